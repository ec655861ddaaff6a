#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a private OpenSMTPD in the foreground for the tests:
#   start-smtpd.sh DIR SMTP_PORT LMTP_PORT [ALIAS=ADDRESS]...
# It accepts mail for anyone on 127.0.0.1:SMTP_PORT and delivers it to the LMTP server on
# 127.0.0.1:LMTP_PORT (the test Dovecot), as an office's mail server would; mail to an ALIAS goes
# to ADDRESS's mailbox (several branch addresses served by one shared mailbox).
# OpenSMTPD needs root, and its queue (/var/spool/smtpd) and control socket (/run) are fixed
# paths: it runs in a mount namespace of its own where both are folders under DIR, so it never
# touches the machine's mail queue nor meets another instance.
set -euo pipefail
dir=$1 smtp=$2 lmtp=$3
shift 3
if [ "$(id -u)" != 0 ]; then
    echo "OpenSMTPD runs only as root (it drops its privileges itself)" >&2
    exit 77
fi
mkdir -p "$dir/spool" "$dir/run"
chmod 711 "$dir/spool"
{
    for alias in "$@"; do echo "${alias%%=*} ${alias#*=}"; done
    echo "@ nobody"
} > "$dir/virtuals"
cat > "$dir/smtpd.conf" <<CONF
table virtuals file:$dir/virtuals
listen on 127.0.0.1 port $smtp
action "dovecot" lmtp "127.0.0.1:$lmtp" rcpt-to virtual <virtuals>
match from any for any action "dovecot"
CONF
mkdir -p /var/spool/smtpd
exec unshare -m --propagation private bash -c '
    mount --bind "$1/spool" /var/spool/smtpd && mount --bind "$1/run" /run && exec smtpd -d -f "$1/smtpd.conf"' \
    start-smtpd "$dir"
