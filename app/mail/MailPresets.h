// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QObject>
#include <QStringList>

#include <functional>

namespace kopii {

// What Kopii proposes for a mailbox from its e-mail address (resources/mail-presets.json): the
// IMAP server, port and security, how it signs in (a password, or Google's or Microsoft's
// OAuth 2.0), and what the provider asks of the office, in plain words (advice).
struct MailPreset
{
    QString address;
    QString domain;
    bool imap = true; // false: the provider offers no IMAP at all (i.ua)
    QString host;
    int port = 993;
    Mailbox::Security security = Mailbox::Security::Tls;
    QString auth = QStringLiteral("password"); // "password", "google", "microsoft"
    QString advice;                            // an id (see adviceText), may be empty
    enum class Source { Known, Suffix, Mx, Guess };
    Source source = Source::Guess;
};

class MailPresets
{
    Q_DECLARE_TR_FUNCTIONS(MailPresets)

public:
    // The preset for an address from the data alone (known domains, suffixes such as .gov.ua,
    // else imap.<domain>); a malformed address gets a message that says what is wrong.
    static Result<MailPreset> forAddress(const QString &address);
    // The same, refined by the domain's mail servers (MX) when the domain is not a known one:
    // Microsoft 365 and Google Workspace organisations are recognised by where their mail goes.
    static MailPreset refinedByMx(const MailPreset &preset, const QStringList &mxHosts);
    // forAddress, then an MX lookup (asynchronous; without an answer the guess stands).
    static void lookUp(const QString &address, QObject *context, std::function<void(const Result<MailPreset> &)> done);
    // What the provider asks of the office, in the user's language; empty when nothing.
    static QString adviceText(const MailPreset &preset);
};

} // namespace kopii
