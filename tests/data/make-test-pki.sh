#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Generates a test PKI with the Ukrainian qualified-certificate profile into OUTDIR:
#
#   root (Тестовий ЦЗО, ECDSA P-384, self-signed) -> ca (Тестовий КНЕДП, ECDSA P-256) -> leaves
#   rogue-root (not in any trust store) -> untrusted leaf
#
# Leaves (each NAME.crt, NAME.key (PKCS#8 PEM), NAME.p12 with the chain, password "test-pass"):
#   manager      RSA-2048, head of "Бучанський ліцей № 1": РНОКПП 3012345670, ЄДРПОУ 14360570
#   clerk        ECDSA P-256, employee of the same school:   РНОКПП 3023456784, ЄДРПОУ 14360570
#   fop          ECDSA P-256, a sole proprietor (ФОП):        РНОКПП 2912345672, no ЄДРПОУ
#   seal         ECDSA P-256, the school's electronic seal (QcType eseal, QcSSCD): ЄДРПОУ 14360570, no РНОКПП
#   stranger     RSA-2048, head of another organisation:      РНОКПП 3111111116, ЄДРПОУ 32855961
#   expired      like manager, valid 3 years ago .. 1 year ago
#   notyet       like manager, valid from next year
#   notqualified like manager, without qcStatements and the qualified policy
#   wrongku      like manager, keyUsage keyEncipherment only (a key-agreement certificate)
#   untrusted    like manager, issued by rogue-root
#   citizen      ECDSA P-256, a visitor's Diia signature (the reference citizen app signs copies
#                with it): РНОКПП 3198765436; untrusted-citizen: the same person from rogue-root
#   revoked      like manager, revoked in ca.crl (and in db-ca/index.txt, for the OCSP responder)
#   revokedlater like manager, valid from 30 days back, revoked a day ago
# Every leaf names the OCSP responder http://127.0.0.1:OCSP/ and the CRL http://127.0.0.1:CRL/ca.crl,
# two loopback ports free when the PKI is made, chosen below the kernel's range for outgoing
# connections and written to OUTDIR/ports (read by ocspPort() and crlPort() in
# tests/support/TestPkiServices.h):
#   ocsp         the responder's certificate, issued by ca (id-kp-OCSPSigning, id-pkix-ocsp-nocheck)
#   ocsp-plain   a responder certificate without id-pkix-ocsp-nocheck (its own revocation must be
#                checked: it names ca.crl), and ocsp-revoked, the same, revoked in ca-ocsp-revoked.crl
#   tsa          a time-stamping authority issued by ca (critical id-kp-timeStamping); tsa.conf
#                configures `openssl ts -reply` with it
#   rogue-tsa    the same, issued by rogue-root; rogue-tsa.conf
# Plus manager-legacy.p12 (RC2-40/3DES, OpenSSL's legacy provider), ca.crl, chain.p7b (root+ca),
# and every *.crt also as *.der. Validity is relative to the time the script runs.
set -euo pipefail
out="${1:?usage: $0 OUTDIR}"
mkdir -p "$out"
cd "$out"
rm -rf ./*
umask 077
pass="test-pass"
# Two free ports from 20000-32767 (below ip_local_port_range, so no outgoing connection holds one).
read -r ocsp_port crl_port < <(python3 - <<'PY'
import random, socket
def free(taken):
    for _ in range(500):
        port = random.randrange(20000, 32768)
        if port in taken:
            continue
        s = socket.socket()
        try:
            s.bind(("127.0.0.1", port))
            return port
        except OSError:
            pass
        finally:
            s.close()
    raise SystemExit("no free loopback port in 20000-32767")
a = free(set())
print(a, free({a}))
PY
)
printf 'ocsp %s\ncrl %s\n' "$ocsp_port" "$crl_port" > ports

ts() { date -u -d "$1" +%Y%m%d%H%M%SZ; }

mkca() { # name
    mkdir -p "db-$1"
    : > "db-$1/index.txt"
    echo 1000 > "db-$1/serial"
    echo 1000 > "db-$1/crlnumber"
    cat > "$1.cnf" <<EOF
[ca]
default_ca = this
[this]
dir = db-$1
database = \$dir/index.txt
serial = \$dir/serial
crlnumber = \$dir/crlnumber
new_certs_dir = \$dir
default_md = sha256
policy = anything
unique_subject = no
copy_extensions = none
default_crl_days = 30
[anything]
commonName = supplied
[req]
distinguished_name = dn
[dn]
EOF
}

# --- roots and the intermediate -----------------------------------------------------------------
cat > ext-ca.cnf <<'EOF'
[root]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[ca]
basicConstraints = critical, CA:TRUE, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
certificatePolicies = 1.2.804.2.1.1.1.2.2
EOF

mkca root
mkca ca
mkca rogue-root

# Roots and the intermediate start five years back, so that signatures made in the past (by
# certificates that have expired since) chain at their signing time.
selfsigned() { # name keyalg subject
    openssl genpkey -algorithm EC -pkeyopt "ec_paramgen_curve:$2" -out "$1.key" 2>/dev/null
    openssl req -new -utf8 -key "$1.key" -config "$1.cnf" -subj "$3" -out "$1.csr"
    openssl ca -batch -selfsign -utf8 -preserveDN -notext -config "$1.cnf" -keyfile "$1.key" \
        -startdate "$(ts '-5 years')" -enddate "$(ts '+15 years')" \
        -extfile ext-ca.cnf -extensions root -in "$1.csr" -out "$1.crt" 2>/dev/null
}
selfsigned root P-384 "/C=UA/O=Тестовий центральний засвідчувальний орган/CN=Тестовий ЦЗО Kopii/organizationIdentifier=NTRUA-00015622"
selfsigned rogue-root P-256 "/C=UA/O=Підробний центр/CN=Підробний ЦЗО"

openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out ca.key 2>/dev/null
openssl req -new -utf8 -key ca.key -config root.cnf \
    -subj "/C=UA/O=Тестовий надавач довірчих послуг/CN=Тестовий КНЕДП Kopii/organizationIdentifier=NTRUA-43395033" \
    -out ca.csr
openssl ca -batch -utf8 -preserveDN -notext -config root.cnf -cert root.crt -keyfile root.key \
    -startdate "$(ts '-4 years')" -enddate "$(ts '+10 years')" \
    -extfile ext-ca.cnf -extensions ca -in ca.csr -out ca.crt 2>/dev/null

# --- leaves -------------------------------------------------------------------------------------
# leaf NAME KEYALG ISSUER START END QUALIFIED(yes/no) KEYUSAGE CN SURNAME GIVEN RNOKPP EDRPOU ORG TITLE
leaf() {
    local name=$1 alg=$2 issuer=$3 start=$4 end=$5 qualified=$6 ku=$7
    local cn=$8 sn=$9 gn=${10} rnokpp=${11} edrpou=${12} org=${13} title=${14}
    case "$alg" in
        rsa) openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$name.key" 2>/dev/null ;;
        ec) openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$name.key" 2>/dev/null ;;
    esac
    local subj="/C=UA/L=Буча/CN=$cn"
    [ -n "$sn" ] && subj="$subj/SN=$sn"
    [ -n "$gn" ] && subj="$subj/GN=$gn"
    [ -n "$rnokpp" ] && subj="$subj/serialNumber=TINUA-$rnokpp"
    [ -n "$org" ] && subj="$subj/O=$org"
    [ -n "$title" ] && subj="$subj/title=$title"
    [ -n "$edrpou" ] && subj="$subj/organizationIdentifier=NTRUA-$edrpou"
    {
        echo "[leaf]"
        echo "basicConstraints = critical, CA:FALSE"
        echo "keyUsage = critical, $ku"
        echo "subjectKeyIdentifier = hash"
        echo "authorityKeyIdentifier = keyid"
        echo "authorityInfoAccess = OCSP;URI:http://127.0.0.1:$ocsp_port/"
        echo "crlDistributionPoints = URI:http://127.0.0.1:$crl_port/ca.crl"
        echo "2.5.29.9 = ASN1:SEQUENCE:sda"
        if [ "$qualified" = yes ]; then
            echo "certificatePolicies = 1.2.804.2.1.1.1.2.2"
            echo "1.3.6.1.5.5.7.1.3 = ASN1:SEQUENCE:qcs"
        fi
        echo "[qcs]"
        echo "compliance = SEQUENCE:qc_compliance"
        echo "ua = SEQUENCE:qc_ua"
        # The organisation's seal: its key in a qualified device (QcSSCD), a seal by QcType.
        if [ "$name" = seal ]; then
            echo "sscd = SEQUENCE:qc_sscd"
            echo "type = SEQUENCE:qc_type"
        fi
        echo "[qc_compliance]"
        echo "id = OID:0.4.0.1862.1.1"
        echo "[qc_ua]"
        echo "id = OID:1.2.804.2.1.1.1.2.1"
        echo "[qc_sscd]"
        echo "id = OID:0.4.0.1862.1.4"
        echo "[qc_type]"
        echo "id = OID:0.4.0.1862.1.6"
        echo "types = SEQUENCE:qc_types"
        echo "[qc_types]"
        echo "eseal = OID:0.4.0.1862.1.6.2"
        echo "[sda]"
        [ -n "$rnokpp" ] && echo "drfo = SEQUENCE:drfo"
        [ -n "$edrpou" ] && echo "edrpou = SEQUENCE:edrpou"
        echo "[drfo]"
        echo "type = OID:1.2.804.2.1.1.1.11.1.4.1.1"
        echo "values = SET:drfo_values"
        echo "[drfo_values]"
        echo "value = PRINTABLESTRING:$rnokpp"
        echo "[edrpou]"
        echo "type = OID:1.2.804.2.1.1.1.11.1.4.2.1"
        echo "values = SET:edrpou_values"
        echo "[edrpou_values]"
        echo "value = PRINTABLESTRING:$edrpou"
    } > "ext-$name.cnf"
    openssl req -new -utf8 -key "$name.key" -config "$issuer.cnf" -subj "$subj" -out "$name.csr"
    openssl ca -batch -utf8 -preserveDN -notext -config "$issuer.cnf" -cert "$issuer.crt" \
        -keyfile "$issuer.key" -startdate "$(ts "$start")" -enddate "$(ts "$end")" \
        -extfile "ext-$name.cnf" -extensions leaf -in "$name.csr" -out "$name.crt" 2>/dev/null
    openssl pkey -in "$name.key" -out "$name.key.tmp" && mv "$name.key.tmp" "$name.key"
    local chain="ca.crt"
    [ "$issuer" = ca ] && cat ca.crt root.crt > "chain-$name.pem" || cp rogue-root.crt "chain-$name.pem"
    openssl pkcs12 -export -in "$name.crt" -inkey "$name.key" -certfile "chain-$name.pem" \
        -name "$cn" -passout "pass:$pass" -out "$name.p12"
    rm -f "chain-$name.pem" "$name.csr"
    : "$chain"
}

school="Бучанський ліцей № 1"
mgr=("Шевченко Тарас Григорович" "Шевченко" "Тарас Григорович" 3012345670 14360570 "$school" "Директор")
dsig="digitalSignature, nonRepudiation"
leaf manager rsa ca '-1 day' '+2 years' yes "$dsig" "${mgr[@]}"
leaf clerk ec ca '-1 day' '+2 years' yes "$dsig" \
    "Коваленко Олена Петрівна" "Коваленко" "Олена Петрівна" 3023456784 14360570 "$school" "Секретар"
leaf fop ec ca '-1 day' '+2 years' yes "$dsig" \
    "Бондаренко Іван Сергійович" "Бондаренко" "Іван Сергійович" 2912345672 "" "" ""
leaf stranger rsa ca '-1 day' '+2 years' yes "$dsig" \
    "Мельник Андрій Васильович" "Мельник" "Андрій Васильович" 3111111116 32855961 "ТОВ «Інша фірма»" "Директор"
leaf expired rsa ca '-3 years' '-1 year' yes "$dsig" "${mgr[@]}"
leaf notyet rsa ca '+1 year' '+3 years' yes "$dsig" "${mgr[@]}"
leaf notqualified rsa ca '-1 day' '+2 years' no "$dsig" "${mgr[@]}"
leaf wrongku rsa ca '-1 day' '+2 years' yes "keyEncipherment, keyAgreement" "${mgr[@]}"
leaf untrusted ec rogue-root '-1 day' '+2 years' yes "$dsig" "${mgr[@]}"
leaf citizen ec ca '-1 day' '+2 years' yes "$dsig" \
    "Петренко Марія Іванівна" "Петренко" "Марія Іванівна" 3198765436 "" "" ""
leaf untrusted-citizen ec rogue-root '-1 day' '+2 years' yes "$dsig" \
    "Петренко Марія Іванівна" "Петренко" "Марія Іванівна" 3198765436 "" "" ""
leaf revoked rsa ca '-1 day' '+2 years' yes "$dsig" "${mgr[@]}"

leaf revokedlater rsa ca '-30 days' '+2 years' yes "$dsig" "${mgr[@]}"

# The school's electronic seal: a legal person's, no RNOKPP (after the others: their serial
# numbers stay as tests know them).
leaf seal ec ca '-1 day' '+2 years' yes "$dsig" "$school" "" "" "" 14360570 "$school" ""

# Service certificates: the OCSP responder and time-stamping authorities.
service() { # name issuer eku cn [extra extension lines]
    local name=$1 issuer=$2 eku=$3 cn=$4 extra=${5:-}
    openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$name.key" 2>/dev/null
    {
        echo "[svc]"
        echo "basicConstraints = critical, CA:FALSE"
        echo "keyUsage = critical, digitalSignature, nonRepudiation"
        echo "extendedKeyUsage = $eku"
        echo "subjectKeyIdentifier = hash"
        echo "authorityKeyIdentifier = keyid"
        [ -n "$extra" ] && printf '%b\n' "$extra"
    } > "ext-$name.cnf"
    openssl req -new -utf8 -key "$name.key" -config "$issuer.cnf" -subj "/C=UA/O=Тестовий надавач/CN=$cn" -out "$name.csr"
    openssl ca -batch -utf8 -preserveDN -notext -config "$issuer.cnf" -cert "$issuer.crt" \
        -keyfile "$issuer.key" -startdate "$(ts '-4 years')" -enddate "$(ts '+5 years')" \
        -extfile "ext-$name.cnf" -extensions svc -in "$name.csr" -out "$name.crt" 2>/dev/null
    openssl pkey -in "$name.key" -out "$name.key.tmp" && mv "$name.key.tmp" "$name.key"
    rm -f "$name.csr"
}
service ocsp ca "OCSPSigning" "Тестовий OCSP-сервер Kopii" "noCheck = ignored"
service ocsp-plain ca "OCSPSigning" "Тестовий OCSP-сервер без nocheck" \
    "crlDistributionPoints = URI:http://127.0.0.1:$crl_port/ca.crl"
service ocsp-revoked ca "OCSPSigning" "Відкликаний OCSP-сервер" \
    "crlDistributionPoints = URI:http://127.0.0.1:$crl_port/ca-ocsp-revoked.crl"
service tsa ca "critical, timeStamping" "Тестова служба позначок часу Kopii"
service rogue-tsa rogue-root "critical, timeStamping" "Підробна служба позначок часу"
# The signer of the test trusted list, as the ЦЗО's (EKU id-tsl-kp-tslSigning).
service tl-signer root "critical, 0.4.0.2231.3.0" "Тестовий підписувач довірчого списку Kopii"
tsaconf() { # name chain
    echo 1000 > "$1.serial"
    cat > "$1.conf" <<EOF
[tsa]
default_tsa = this
[this]
serial = $PWD/$1.serial
signer_cert = $PWD/$1.crt
certs = $PWD/$2
signer_key = $PWD/$1.key
signer_digest = sha256
default_policy = 1.2.804.2.1.1.1.2.3.1
digests = sha256, sha384, sha512
accuracy = secs:1
ordering = no
tsa_name = no
ess_cert_id_chain = no
ess_cert_id_alg = sha256
EOF
}
tsaconf tsa ca.crt
tsaconf rogue-tsa rogue-root.crt

# A CRL of ten days ago, before any revocation (a store that keeps old CRLs must still use the newest).
faketime -f '-10d' openssl ca -batch -config ca.cnf -cert ca.crt -keyfile ca.key -gencrl -out ca-old.crl.pem 2>/dev/null
openssl crl -in ca-old.crl.pem -outform DER -out ca-old.crl
openssl ca -batch -config ca.cnf -cert ca.crt -keyfile ca.key -revoke revoked.crt \
    -crl_reason keyCompromise 2>/dev/null
faketime -f '-1d' openssl ca -batch -config ca.cnf -cert ca.crt -keyfile ca.key -revoke revokedlater.crt \
    -crl_reason keyCompromise 2>/dev/null
openssl ca -batch -config ca.cnf -cert ca.crt -keyfile ca.key -gencrl -out ca.crl.pem 2>/dev/null
openssl crl -in ca.crl.pem -outform DER -out ca.crl
# A delta CRL of the CA (Delta CRL Indicator 2.5.29.27) built on ca-old.crl (CRL number 0x1000):
# alone it proves nothing; with ca-old.crl, ten days old, it makes the revocations current.
printf '[delta]\n2.5.29.27 = critical, DER:02:02:10:00\n' >> ca.cnf
openssl ca -batch -config ca.cnf -cert ca.crt -keyfile ca.key -gencrl -crlexts delta -out ca-delta.crl.pem 2>/dev/null
openssl crl -in ca-delta.crl.pem -outform DER -out ca-delta.crl
# The CA revokes the responder ocsp-revoked.
openssl ca -batch -config ca.cnf -cert ca.crt -keyfile ca.key -revoke ocsp-revoked.crt -crl_reason keyCompromise 2>/dev/null
openssl ca -batch -config ca.cnf -cert ca.crt -keyfile ca.key -gencrl -out ca-ocsp-revoked.crl.pem 2>/dev/null
openssl crl -in ca-ocsp-revoked.crl.pem -outform DER -out ca-ocsp-revoked.crl

# An old-style .pfx: RC2-40 for the certificates, 3DES for the key, SHA-1 MAC.
openssl pkcs12 -export -legacy -in manager.crt -inkey manager.key -certfile ca.crt \
    -name "Шевченко Тарас Григорович" -passout "pass:$pass" -out manager-legacy.p12

# Later CRLs for the review's M2 attacks: the CA's, which also revokes the TSA (ca.crl above does
# not), and the root's, which revokes the CA.
openssl ca -batch -config ca.cnf -cert ca.crt -keyfile ca.key -revoke tsa.crt -crl_reason keyCompromise 2>/dev/null
openssl ca -batch -config ca.cnf -cert ca.crt -keyfile ca.key -gencrl -out ca-tsa-revoked.crl.pem 2>/dev/null
openssl crl -in ca-tsa-revoked.crl.pem -outform DER -out ca-tsa-revoked.crl
openssl ca -batch -config root.cnf -cert root.crt -keyfile root.key -revoke ca.crt -crl_reason cACompromise 2>/dev/null
openssl ca -batch -config root.cnf -cert root.crt -keyfile root.key -gencrl -out root-ca-revoked.crl.pem 2>/dev/null
openssl crl -in root-ca-revoked.crl.pem -outform DER -out root-ca-revoked.crl

cat root.crt ca.crt > chain.pem
openssl crl2pkcs7 -nocrl -certfile chain.pem -outform DER -out chain.p7b

# Test trusted lists (ETSI TS 119 612), signed by tl-signer with xmlsec1: tl.xml (number 5) grants
# the test root and CA as CA/QC, with the OCSP responder and the TSA as services; tl-withdrawn.xml
# (number 6) withdraws the CA two hours ago.
b64() { openssl x509 -in "$1" -outform DER | base64 -w0; }
tlservice() { # type status cert [since]
    printf '<TSPService><ServiceInformation><ServiceTypeIdentifier>http://uri.etsi.org/TrstSvc/Svctype/%s</ServiceTypeIdentifier>' "$1"
    printf '<ServiceName><Name xml:lang="uk">%s</Name></ServiceName>' "$(openssl x509 -in "$3" -noout -subject -nameopt utf8,sep_multiline | sed -n 's/^ *CN=//p')"
    printf '<ServiceDigitalIdentity><DigitalId><X509Certificate>%s</X509Certificate></DigitalId></ServiceDigitalIdentity>' "$(b64 "$3")"
    printf '<ServiceStatus>http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/%s</ServiceStatus>' "$2"
    printf '<StatusStartingTime>%s</StatusStartingTime></ServiceInformation></TSPService>\n' "${4:-$(date -u -d '-4 years' +%Y-%m-%dT%H:%M:%SZ)}"
}
tl() { # out sequence ca-status
    {
        echo '<?xml version="1.0" encoding="UTF-8"?>'
        echo '<TrustServiceStatusList xmlns="http://uri.etsi.org/02231/v2#" TSLTag="http://uri.etsi.org/19612/TSLTag">'
        echo "<SchemeInformation><TSLVersionIdentifier>5</TSLVersionIdentifier><TSLSequenceNumber>$2</TSLSequenceNumber>"
        echo '<TSLType>http://uri.etsi.org/TrstSvc/TrustedList/TSLType/UAlist</TSLType><SchemeTerritory>UA</SchemeTerritory>'
        echo "<ListIssueDateTime>$(date -u -d '-1 day' +%Y-%m-%dT%H:%M:%SZ)</ListIssueDateTime>"
        echo "<NextUpdate><dateTime>$(date -u -d '+6 months' +%Y-%m-%dT%H:%M:%SZ)</dateTime></NextUpdate></SchemeInformation>"
        echo '<TrustServiceProviderList><TrustServiceProvider><TSPInformation><TSPName><Name xml:lang="uk">Тестовий надавач Kopii</Name></TSPName></TSPInformation><TSPServices>'
        tlservice CA/QC granted root.crt
        tlservice CA/QC "$3" ca.crt "$(date -u -d '-2 hours' +%Y-%m-%dT%H:%M:%SZ)"
        tlservice Certstatus/OCSP/QC granted ocsp.crt
        tlservice TSA/QTST granted tsa.crt
        echo '</TSPServices></TrustServiceProvider></TrustServiceProviderList>'
        echo '<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignedInfo><ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/><ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256"/><ds:Reference URI=""><ds:Transforms><ds:Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/><ds:Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/></ds:Transforms><ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><ds:DigestValue/></ds:Reference></ds:SignedInfo><ds:SignatureValue/><ds:KeyInfo><ds:X509Data/></ds:KeyInfo></ds:Signature></TrustServiceStatusList>'
    } > "$1.tmpl"
    xmlsec1 --sign --privkey-pem tl-signer.key,tl-signer.crt --output "$1" "$1.tmpl"
    rm -f "$1.tmpl"
}
openssl pkcs12 -export -in tl-signer.crt -inkey tl-signer.key -passout "pass:$pass" -out tl-signer.p12
tl tl.xml 5 granted
tl tl-withdrawn.xml 6 withdrawn

for c in *.crt; do openssl x509 -in "$c" -outform DER -out "${c%.crt}.der"; done
rm -f ./*.cnf
echo "test PKI ready in $out"
