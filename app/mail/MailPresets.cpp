// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/MailPresets.h"

#include <QDnsLookup>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace kopii {

namespace {
const QJsonObject &data()
{
    static const QJsonObject d = [] {
        QFile f(QStringLiteral(":/kopii/mail-presets.json"));
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
    }();
    return d;
}

void apply(MailPreset &p, const QJsonObject &o)
{
    p.imap = o.value(QStringLiteral("imap")).toBool(true);
    if (o.contains(QStringLiteral("host")))
        p.host = o.value(QStringLiteral("host")).toString().replace(QLatin1String("{domain}"), p.domain);
    p.port = o.value(QStringLiteral("port")).toInt(p.port);
    if (o.contains(QStringLiteral("security")))
        mailboxSecurityFromId(o.value(QStringLiteral("security")).toString(), &p.security);
    p.auth = o.value(QStringLiteral("auth")).toString(p.auth);
    p.advice = o.value(QStringLiteral("advice")).toString();
}
} // namespace

Result<MailPreset> MailPresets::forAddress(const QString &input)
{
    const QString address = input.trimmed().toLower();
    // One @, something before it, a domain of labels after it: enough to find the provider.
    static const QRegularExpression shape(
        QStringLiteral("^[^@\\s]+@((?:[a-z0-9\\x{0400}-\\x{04ff}](?:[a-z0-9\\x{0400}-\\x{04ff}-]{0,61}"
                       "[a-z0-9\\x{0400}-\\x{04ff}])?\\.)+[a-z\\x{0400}-\\x{04ff}]{2,63})$"));
    const auto m = shape.match(address);
    if (!m.hasMatch())
        return Error{Error::Code::Validation,
                     tr("\"%1\" is not an e-mail address: it looks like name@example.ua, with one @ and the "
                        "provider's domain after it.")
                         .arg(input.trimmed()),
                     {FieldError{QStringLiteral("address"), QStringLiteral("format"),
                                 tr("E-mail address: enter it as name@example.ua.")}}};
    MailPreset p;
    p.address = address;
    p.domain = m.captured(1);
    p.host = QStringLiteral("imap.") + p.domain;
    const QJsonObject domains = data().value(QStringLiteral("domains")).toObject();
    if (domains.contains(p.domain)) {
        apply(p, domains.value(p.domain).toObject());
        p.source = MailPreset::Source::Known;
        return p;
    }
    const QJsonObject suffixes = data().value(QStringLiteral("suffixes")).toObject();
    for (auto it = suffixes.begin(); it != suffixes.end(); ++it)
        if (p.domain.endsWith(it.key())) {
            apply(p, it.value().toObject());
            p.source = MailPreset::Source::Suffix;
            return p;
        }
    p.source = MailPreset::Source::Guess;
    p.advice = QStringLiteral("guess");
    return p;
}

MailPreset MailPresets::refinedByMx(const MailPreset &preset, const QStringList &mxHosts)
{
    if (preset.source == MailPreset::Source::Known)
        return preset;
    for (const QJsonValue &v : data().value(QStringLiteral("mx")).toArray()) {
        const QJsonObject rule = v.toObject();
        const QString end = rule.value(QStringLiteral("ends_with")).toString();
        for (QString mx : mxHosts) {
            mx = mx.toLower();
            if (mx.endsWith(QLatin1Char('.')))
                mx.chop(1);
            if (!end.isEmpty() && mx.endsWith(end)) {
                MailPreset p = preset;
                apply(p, rule);
                p.source = MailPreset::Source::Mx;
                return p;
            }
        }
    }
    return preset;
}

void MailPresets::lookUp(const QString &address, QObject *context, std::function<void(const Result<MailPreset> &)> done)
{
    const auto preset = forAddress(address);
    if (!preset || preset->source != MailPreset::Source::Guess) {
        done(preset);
        return;
    }
    auto *dns = new QDnsLookup(QDnsLookup::MX, preset->domain, context);
    QObject::connect(dns, &QDnsLookup::finished, context, [dns, p = *preset, done] {
        dns->deleteLater();
        QStringList hosts;
        if (dns->error() == QDnsLookup::NoError)
            for (const QDnsMailExchangeRecord &r : dns->mailExchangeRecords())
                hosts << r.exchange();
        done(refinedByMx(p, hosts));
    });
    dns->lookup();
}

QString MailPresets::adviceText(const MailPreset &p)
{
    if (p.advice == QLatin1String("ukrnet-imap"))
        return tr("ukr.net lets mail programs in only after you allow it: open mail.ukr.net, go to Settings, the part "
                  "about mail programs (IMAP), switch access on and create the password for mail programs there. Enter "
                  "that password here, not the one you use on the website.");
    if (p.advice == QLatin1String("google"))
        return tr("Gmail: sign in with the Google account (your organisation's client id is needed, see the manual), or "
                  "choose Password and use an app password: Google account, Security, 2-Step Verification, App "
                  "passwords. Google does not accept the account's own password from mail programs.");
    if (p.advice == QLatin1String("google-workspace"))
        return tr("%1 receives its mail at Google Workspace: sign in with the Google account. Your Workspace "
                  "administrator must allow IMAP and register Kopii as the organisation's application (see the "
                  "manual).")
            .arg(p.domain);
    if (p.advice == QLatin1String("microsoft"))
        return tr("Microsoft 365 accepts no passwords from mail programs: sign in with the Microsoft account. Your "
                  "organisation's administrator registers Kopii as an application and switches IMAP on for the "
                  "mailbox (see the manual).");
    if (p.advice == QLatin1String("iua-no-imap"))
        return tr("i.ua offers no access for mail programs (IMAP), so Kopii cannot read this mailbox. Create a mailbox "
                  "at another provider (ukr.net, Gmail, your organisation's own), set i.ua to forward all mail to it, and "
                  "add that mailbox here.");
    if (p.advice == QLatin1String("metaua"))
        return tr("meta.ua: if the sign-in is refused, check in the mailbox's settings on the website that access for "
                  "mail programs (IMAP) is switched on.");
    if (p.advice == QLatin1String("gov-ua-certificate"))
        return tr("A state body's mail server often has a certificate from the body's own certification authority. If "
                  "the connection test says the certificate is not trusted, ask your administrator for the authority's "
                  "certificate (a .pem file) or for the server certificate's SHA-256 fingerprint, and pin it.");
    if (p.advice == QLatin1String("guess"))
        return tr("Kopii does not know %1 and guessed the server's name. If the connection test fails, look up the "
                  "IMAP server in your provider's help pages or ask your administrator.")
            .arg(p.domain);
    return QString();
}

} // namespace kopii
