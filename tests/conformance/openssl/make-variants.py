#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""CMS signatures made by OpenSSL (an implementation independent of Kopii's), in the variants
real signing software produces, for tests/conformance: make-variants.py PKI_DIR OUT_DIR

The test PKI (tests/data/make-test-pki.sh) issues three more signers here: P-384, P-521 and
brainpoolP256r1. Every variant is a file OUT_DIR/NAME.sig (named .sig on purpose: Kopii must know a
signature by its content), with its signed content in OUT_DIR/content.bin (or other.bin for the
altered one). Some variants are edited after signing, with the signature made again by
`openssl pkeyutl` over the edited bytes where the edit is meant to stay genuine. Then OpenSSL
itself judges each file (`openssl cms -verify`), and OUT_DIR/reference.tsv records what it says:
NAME<TAB>ok|fail. Only the standard library and the openssl command are used."""
import hashlib
import os
import subprocess
import sys

pki, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)


def run(*args, data=None):
    return subprocess.run(args, input=data, check=True, capture_output=True).stdout


def path(name):
    return os.path.join(out, name)


content = b"%PDF-1.4\n% a citizen's copy, as the conformance tests sign it\n" + bytes(range(256)) * 8
with open(path("content.bin"), "wb") as f:
    f.write(content)
with open(path("other.bin"), "wb") as f:
    f.write(content.replace(b"citizen", b"CITIZEN"))

# Three more signers from the test CA, on curves the test PKI does not otherwise use.
ext = path("leaf.ext")
with open(ext, "w") as f:
    f.write("basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,nonRepudiation\n"
            "subjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n")
for name, curve in (("p384", "P-384"), ("p521", "P-521"), ("brainpool", "brainpoolP256r1")):
    key, csr, crt = path(name + ".key"), path(name + ".csr"), path(name + ".crt")
    run("openssl", "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:" + curve, "-out", key)
    run("openssl", "req", "-new", "-key", key, "-subj", "/C=UA/CN=Conformance " + curve + "/serialNumber=TINUA-3012345670",
        "-out", csr)
    run("openssl", "x509", "-req", "-in", csr, "-CA", os.path.join(pki, "ca.crt"), "-CAkey", os.path.join(pki, "ca.key"),
        "-set_serial", str(0x5000 + len(name)), "-days", "700", "-extfile", ext, "-out", crt)


def signer(name):
    base = os.path.join(pki, name) if name in ("manager", "clerk") else path(name)
    return base + ".crt", base + ".key"


def sign(name, who="clerk", *extra, outform="DER"):
    crt, key = signer(who)
    args = ["openssl", "cms", "-sign", "-binary", "-in", path("content.bin"), "-signer", crt, "-inkey", key,
            "-certfile", os.path.join(pki, "ca.crt"), "-outform", outform, "-out", path(name + ".sig")]
    run(*args, *extra)


# --- a minimal DER reader and writer, for the edits --------------------------------------------
def tlv(data, pos):
    tag = data[pos]
    length = data[pos + 1]
    head = 2
    if length & 0x80:
        n = length & 0x7F
        length = int.from_bytes(data[pos + 2:pos + 2 + n], "big")
        head += n
    return tag, pos + head, pos + head + length  # tag, content start, end


def children(data, start, end):
    items, pos = [], start
    while pos < end:
        tag, content, stop = tlv(data, pos)
        items.append((tag, pos, content, stop))
        pos = stop
    return items


def encode(tag, body):
    n = len(body)
    if n < 0x80:
        return bytes([tag, n]) + body
    size = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([tag, 0x80 | len(size)]) + size + body


def rebuild(data, path_, replace):
    """Replaces the element reached by `path_` (child indexes from the top) with `replace(element
    bytes)`, re-encoding the lengths of every element around it."""
    def walk(start, level):
        tag, content, stop = tlv(data, start)
        if level == len(path_):
            return replace(data[start:stop])
        kids = children(data, content, stop)
        body = b"".join(walk(k[1], level + 1) if i == path_[level] else data[k[1]:k[3]] for i, k in enumerate(kids))
        return encode(tag, body)
    return walk(0, 0)


# ContentInfo / [0] / SignedData / signerInfos (last) / SignerInfo 0 / field
def signer_info_path(data):
    _, c, e = tlv(data, 0)
    ci = children(data, c, e)
    _, c0, e0 = ci[1][0], ci[1][2], ci[1][3]
    sd = children(data, c0, e0)[0]
    fields = children(data, sd[2], sd[3])
    return [1, 0, len(fields) - 1, 0]


def signer_fields(data):
    p = signer_info_path(data)
    tag, c, e = tlv(data, 0)
    node = (0, c, e)
    for i in p:
        kids = children(data, node[1], node[2])
        node = (kids[i][0], kids[i][2], kids[i][3])
    return p, children(data, node[1], node[2])


def resign(data, who, digest_info):
    """Signs the signed attributes as they now stand (their [0] made a SET) with `who`'s key and puts
    the value in place: `digest_info(attributes)` gives the bytes PKCS#1 pads."""
    p, fields = signer_fields(data)
    attrs = next(f for f in fields if f[0] == 0xA0)
    signed = b"\x31" + data[attrs[1] + 1:attrs[3]]
    _, key = signer(who)
    value = run("openssl", "pkeyutl", "-sign", "-inkey", key, "-pkeyopt", "rsa_padding_mode:pkcs1",
                data=digest_info(signed))
    index = next(i for i, f in enumerate(fields) if f[0] == 0x04)
    return rebuild(data, p + [index], lambda _: encode(0x04, value))


SHA256_OID = bytes.fromhex("0609608648016503040201")


def digest_info(with_null):
    def make(signed):
        algorithm = SHA256_OID + (b"\x05\x00" if with_null else b"")
        return encode(0x30, encode(0x30, algorithm) + encode(0x04, hashlib.sha256(signed).digest()))
    return make


def edit(name, source, change):
    with open(path(source + ".sig"), "rb") as f:
        data = f.read()
    with open(path(name + ".sig"), "wb") as f:
        f.write(change(data))


# --- the variants ------------------------------------------------------------------------------
sign("ecdsa-p256-cades", "clerk", "-cades")
sign("ecdsa-p256-attached", "clerk", "-cades", "-nodetach")
sign("rsa-sha256-cades", "manager", "-cades")
sign("rsa-noattr", "manager", "-noattr")
sign("rsa-noattr-attached", "manager", "-noattr", "-nodetach")
sign("rsa-keyid", "manager", "-cades", "-keyid")
sign("rsa-pss-sha256", "manager", "-cades", "-keyopt", "rsa_padding_mode:pss")
sign("rsa-sha512", "manager", "-cades", "-md", "sha512")
sign("ecdsa-p384-sha384", "p384", "-cades", "-md", "sha384")
sign("ecdsa-p521-sha512", "p521", "-cades", "-md", "sha512")
sign("ecdsa-brainpool", "brainpool", "-cades")
sign("econtent-type", "clerk", "-cades", "-nodetach", "-econtent_type", "1.2.840.113549.1.9.16.1.4")
sign("ber-indefinite", "clerk", "-cades", "-nodetach", "-stream")
sign("pem", "clerk", "-cades", outform="PEM")
sign("two-signers", "manager", "-cades", "-signer", os.path.join(pki, "clerk.crt"), "-inkey", os.path.join(pki, "clerk.key"))
with open(path("ecdsa-p256-cades.sig"), "rb") as f:
    der = f.read()
import base64  # noqa: E402
with open(path("base64.sig"), "wb") as f:
    f.write(base64.encodebytes(der))


def bare(data):  # the SignedData without its ContentInfo
    _, c, e = tlv(data, 0)
    wrapper = children(data, c, e)[1]
    return data[wrapper[2]:wrapper[3]]


edit("bare-signeddata", "ecdsa-p256-cades", bare)


def unsorted(data):
    # The signed attributes put in reverse DER order, then signed again over exactly those bytes.
    p, fields = signer_fields(data)
    attrs_index = next(i for i, f in enumerate(fields) if f[0] == 0xA0)
    def reverse(element):
        _, c, e = tlv(element, 0)
        kids = children(element, c, e)
        return encode(0xA0, b"".join(element[k[1]:k[3]] for k in reversed(kids)))
    return resign(rebuild(data, p + [attrs_index], reverse), "manager", digest_info(True))


edit("unsorted-attributes", "rsa-sha256-cades", unsorted)
edit("pkcs1-without-null", "rsa-sha256-cades", lambda d: resign(d, "manager", digest_info(False)))


def flip_signature(data):
    p, fields = signer_fields(data)
    index = next(i for i, f in enumerate(fields) if f[0] == 0x04)
    return rebuild(data, p + [index], lambda el: el[:-1] + bytes([el[-1] ^ 1]))


def change_signing_time(data):
    # One digit of signingTime changed, the signature left as it was.
    marker = bytes.fromhex("06092a864886f70d010905")
    at = data.index(marker) + len(marker) + 4  # SET, UTCTime headers
    return data[:at] + bytes([data[at] ^ 1]) + data[at + 1:]


edit("altered-signature", "ecdsa-p256-cades", flip_signature)
edit("altered-signing-time", "rsa-sha256-cades", change_signing_time)
edit("altered-content", "ecdsa-p256-cades", lambda d: d)  # checked against other.bin

# --- what OpenSSL says of each -------------------------------------------------------------------
trust = os.path.join(pki, "chain.pem")
rows = []
for name in sorted(n[:-4] for n in os.listdir(out) if n.endswith(".sig")):
    form = "PEM" if name == "pem" else "DER"
    data_file = path(name + ".sig")
    if name == "base64":
        continue  # OpenSSL's cms reads no bare base64; the DER it decodes to is ecdsa-p256-cades
    if name == "bare-signeddata":
        continue  # OpenSSL's cms reads only a ContentInfo
    args = ["openssl", "cms", "-verify", "-binary", "-inform", form, "-in", data_file, "-CAfile", trust,
            "-purpose", "any", "-out", os.devnull]
    detached = subprocess.run(["openssl", "cms", "-cmsout", "-print", "-inform", form, "-in", data_file],
                              capture_output=True).stdout
    if b"eContent: <ABSENT>" in detached:
        args += ["-content", path("other.bin" if name == "altered-content" else "content.bin")]
    result = subprocess.run(args, capture_output=True)
    rows.append(f"{name}\t{'ok' if result.returncode == 0 else 'fail'}")
with open(path("reference.tsv"), "w") as f:
    f.write("\n".join(rows) + "\n")
