#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts a private PostgreSQL 15 cluster for the tests, on a Unix socket in DIR/sock and on a
# loopback TCP port with TLS (a test CA in DIR/ca.pem signs the server's certificate for
# localhost and 127.0.0.1; DIR/other-ca.pem is a CA that did not; the server also answers on
# 127.0.0.2, a name its certificate does not carry):
#   start-postgres.sh start DIR PORT ADMIN_PASSWORD
#   start-postgres.sh stop DIR [immediate]
# The superuser is kopii_admin. PostgreSQL refuses to run as root: as root the cluster belongs to
# the unprivileged user "postgres" (Debian's postgresql-common makes it), else to the caller.
# Every login needs a password (scram-sha-256); TCP without TLS is refused.
set -euo pipefail
cmd=$1 dir=$2
bin=/usr/lib/postgresql/15/bin
[ -x "$bin/initdb" ] || { echo "PostgreSQL 15 is missing: scripts/ensure-packages.sh test installs it" >&2; exit 3; }

if [ "$(id -u)" = 0 ]; then
    owner=postgres
    id "$owner" >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/false "$owner"
    as_owner() { runuser -u "$owner" -- "$@"; }
else
    owner=$(id -un)
    as_owner() { "$@"; }
fi

case "$cmd" in
stop)
    mode=${3:-fast}
    [ -f "$dir/data/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$dir/data" -m "$mode" -w stop >/dev/null 2>&1 || true
    exit 0
    ;;
start) ;;
*) echo "usage: $0 start DIR PORT PASSWORD | stop DIR" >&2; exit 2 ;;
esac

port=$3 password=$4
mkdir -p "$dir/sock" "$dir/log"
# The cluster's owner must reach the folder through its (private) parent.
chmod 755 "$dir"
chmod o+x "$(dirname "$dir")"

if [ ! -f "$dir/ca.pem" ]; then
    cd "$dir"
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout ca.key -out ca.pem \
        -days 30 -subj "/CN=Kopii test server CA" 2>/dev/null
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout other-ca.key -out other-ca.pem \
        -days 30 -subj "/CN=Kopii test CA that signed nothing" 2>/dev/null
    openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout server.key -out server.csr \
        -subj "/CN=localhost" 2>/dev/null
    printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' > server.ext
    openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 30 -extfile server.ext \
        -out server.pem 2>/dev/null
    rm -f server.csr server.ext ca.key other-ca.key ca.srl
    chmod 644 ca.pem other-ca.pem server.pem
    chmod 600 server.key
    chown "$owner" server.key server.pem "$dir/sock" "$dir/log"
    cd - >/dev/null
fi

if [ ! -f "$dir/data/PG_VERSION" ]; then
    mkdir -p "$dir/data"
    chown "$owner" "$dir/data"
    chmod 700 "$dir/data"
    pwfile=$(mktemp)
    printf '%s\n' "$password" > "$pwfile"
    chown "$owner" "$pwfile"
    as_owner "$bin/initdb" -D "$dir/data" -U kopii_admin --pwfile="$pwfile" --auth=scram-sha-256 \
        --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { rm -f "$pwfile"; cat "$dir/initdb.log" >&2; exit 1; }
    rm -f "$pwfile"
    cat >> "$dir/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1,127.0.0.2'
port = $port
unix_socket_directories = '$dir/sock'
unix_socket_permissions = 0777
ssl = on
ssl_cert_file = '$dir/server.pem'
ssl_key_file = '$dir/server.key'
password_encryption = 'scram-sha-256'
max_connections = 60
shared_buffers = 64MB
log_min_messages = warning
CONF
    # More settings for a bench's or a developer's look inside (log_min_duration_statement = 0...).
    [ -n "${KOPII_TEST_PG_CONF:-}" ] && printf '%b\n' "$KOPII_TEST_PG_CONF" >> "$dir/data/postgresql.conf"
    cat > "$dir/data/pg_hba.conf" <<HBA
local     all all              scram-sha-256
hostssl   all all 127.0.0.0/8  scram-sha-256
hostnossl all all 0.0.0.0/0    reject
HBA
fi
as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/log/server.log" -w -t 60 start >/dev/null || { cat "$dir/log/server.log" >&2; exit 1; }
