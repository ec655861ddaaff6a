#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts a private Dovecot (IMAP, IMAPS with a test certificate, IDLE, LMTP) on loopback for the
# tests: start-dovecot.sh DIR IMAP_PORT IMAPS_PORT LMTP_PORT USER:PASSWORD...
# Stop it with: dovecot -c DIR/dovecot.conf stop
set -euo pipefail
dir=$1 imap=$2 imaps=$3 lmtp=$4
shift 4
mkdir -p "$dir/run" "$dir/state" "$dir/mail"
chmod 755 "$dir"
if [ ! -f "$dir/cert.pem" ]; then
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$dir/key.pem" \
        -out "$dir/cert.pem" -days 30 -subj "/CN=localhost" \
        -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" 2>/dev/null
fi
chmod 644 "$dir/cert.pem"
: > "$dir/users"
for u in "$@"; do
    echo "${u%%:*}:{PLAIN}${u#*:}" >> "$dir/users"
done
chmod 644 "$dir/users"

if [ "$(id -u)" = 0 ]; then
    # Dovecot never runs mail or login processes as root.
    internal=dovecot internal_group=dovecot login=dovenull
    mail_uid=$(id -u dovecot) mail_gid=$(id -g dovecot)
    chown -R dovecot:dovecot "$dir/mail"
    # Dovecot's own users must reach the folder: let them through the (private) parent.
    chmod o+x "$(dirname "$dir")"
else
    internal=$(id -un) internal_group=$(id -gn) login=$(id -un)
    mail_uid=$(id -u) mail_gid=$(id -g)
fi

# Sign-in with OAuth 2.0 tokens (XOAUTH2, OAUTHBEARER) when the test left the public key of its
# identity provider in DIR/oauth2-key.pem: Dovecot checks each JWT itself (ES256, exp, iss) and
# takes the mailbox's name from its "email" claim.
oauth2_mechanisms=
oauth2_passdb=
password_mechanisms=
userdb_all=
if [ -f "$dir/oauth2-key.pem" ]; then
    mkdir -p "$dir/oauth2-keys/default/ES256"
    cp "$dir/oauth2-key.pem" "$dir/oauth2-keys/default/ES256/default"
    chmod -R a+rX "$dir/oauth2-keys"
    cat > "$dir/oauth2.conf.ext" <<OAUTH
introspection_mode = local
local_validation_key_dict = fs:posix:prefix=$dir/oauth2-keys/
username_attribute = email
issuers = ${KOPII_TEST_OAUTH2_ISSUER:-kopii-test-idp}
OAUTH
    chmod 644 "$dir/oauth2.conf.ext"
    oauth2_mechanisms=" xoauth2 oauthbearer"
    # A password is no token: the password database answers only the password mechanisms.
    password_mechanisms="  mechanisms = plain login"
    # Delivery (LMTP) looks users up without a mechanism, which the filtered password databases
    # then skip: the static user database answers for them.
    userdb_all=" allow_all_users=yes"
    # Refused tokens are answered at once: a real server waits 2 s, and doubles the wait for each
    # further failure from the same address (anvil's auth penalty), against guessing.
    oauth2_passdb="auth_failure_delay = 0
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
passdb {
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = $dir/oauth2.conf.ext
}"
fi

cat > "$dir/dovecot.conf" <<CONF
base_dir = $dir/run
state_dir = $dir/state
log_path = $dir/dovecot.log
info_log_path = $dir/dovecot.log
protocols = imap lmtp
listen = 127.0.0.1
ssl = yes
ssl_cert = <$dir/cert.pem
ssl_key = <$dir/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login$oauth2_mechanisms
default_internal_user = $internal
default_internal_group = $internal_group
default_login_user = $login
first_valid_uid = 1
imap_idle_notify_interval = 1 secs
$oauth2_passdb
passdb {
  driver = passwd-file
$password_mechanisms
  args = scheme=PLAIN username_format=%u $dir/users
}
userdb {
  driver = static
  args = uid=$mail_uid gid=$mail_gid home=$dir/mail/%u$userdb_all
}
mail_location = maildir:~/Maildir
namespace inbox {
  inbox = yes
  mailbox Processed {
    auto = create
  }
}
service imap-login {
  chroot =
  inet_listener imap {
    port = $imap
  }
  inet_listener imaps {
    port = $imaps
    ssl = yes
  }
}
service lmtp {
  inet_listener lmtp {
    address = 127.0.0.1
    port = $lmtp
  }
}
service anvil {
  chroot =
}
protocol imap {
  mail_max_userip_connections = 100
}
CONF
dovecot -c "$dir/dovecot.conf"
for port in "$imap" "$imaps" "$lmtp"; do
    for _ in $(seq 1 100); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then break; fi
        sleep 0.05
    done
done
