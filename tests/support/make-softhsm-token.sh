#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Provisions a SoftHSM2 token in DIR from the test PKI in PKIDIR:
#   token "Kopii Test", user PIN 123456, SO PIN 87654321
#   ID 01: the manager's RSA key and certificate; ID 02: the clerk's ECDSA key and certificate;
#   ID 03: the certificate of wrongku (key agreement) with its key.
# Prints the line SOFTHSM2_CONF=DIR/softhsm2.conf; the caller exports it.
set -euo pipefail
dir="${1:?usage: $0 DIR PKIDIR}"
pki="${2:?usage: $0 DIR PKIDIR}"
module="${SOFTHSM_MODULE:-/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so}"
mkdir -p "$dir/tokens"
cat > "$dir/softhsm2.conf" <<CONF
directories.tokendir = $dir/tokens
objectstore.backend = file
log.level = ERROR
slots.removable = false
CONF
export SOFTHSM2_CONF="$dir/softhsm2.conf"
softhsm2-util --init-token --free --label "Kopii Test" --so-pin 87654321 --pin 123456 >/dev/null
add() { # id name
    openssl pkcs8 -topk8 -nocrypt -in "$pki/$2.key" -out "$dir/$2.pk8"
    softhsm2-util --import "$dir/$2.pk8" --token "Kopii Test" --label "$2" --id "$1" --pin 123456 >/dev/null
    pkcs11-tool --module "$module" --token-label "Kopii Test" --login --pin 123456 \
        --write-object "$pki/$2.der" --type cert --id "$1" --label "$2" >/dev/null 2>&1
    rm -f "$dir/$2.pk8"
}
add 01 manager
add 02 clerk
add 03 wrongku
echo "SOFTHSM2_CONF=$dir/softhsm2.conf"
