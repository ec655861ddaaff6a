// SPDX-License-Identifier: GPL-3.0-or-later
// jkurwa's side of tests/conformance (run with node, jkurwa installed beside this file by
// install.sh):
//   node jkurwa.js sign PRIV.cer CERT.cer CONTENT OUT attached|detached UNIX_TIME
//       jkurwa signs CONTENT (CAdES with signingTime, DSTU 4145 + GOST 34.311) with its own code
//   node jkurwa.js verify SIGNATURE [CONTENT]
//       jkurwa checks a signature (the content's digest, the signing time within the signer's
//       certificate, the DSTU 4145 value); prints "ok" or "fail" (exit 0 either way), or the error
const fs = require("fs");
const gost89 = require("gost89");
const jk = require("jkurwa");
const Message = require("jkurwa/lib/models/Message");

const algo = gost89.compat.algos();
const [command, ...args] = process.argv.slice(2);
if (command === "sign") {
  const [priv, cert, content, out, mode, time] = args;
  const data = fs.readFileSync(content);
  const options = {
    type: "signedData",
    cert: jk.Certificate.from_asn1(fs.readFileSync(cert)),
    hash: algo.hash,
    signTime: Number(time),
    signer: jk.Priv.from_asn1(fs.readFileSync(priv)),
  };
  if (mode === "detached") options.dataHash = algo.hash(data);
  else options.data = data;
  fs.writeFileSync(out, new Message(options).as_asn1());
} else if (command === "verify") {
  const [signature, content] = args;
  const message = new Message(fs.readFileSync(signature));
  if (content) message.info.contentInfo.content = fs.readFileSync(content);
  let ok = false;
  try {
    ok = message.verify(algo.hash);
  } catch (e) {
    ok = false;
  }
  process.stdout.write(ok ? "ok\n" : "fail\n");
} else {
  process.stderr.write("usage: jkurwa.js sign|verify ...\n");
  process.exit(2);
}
