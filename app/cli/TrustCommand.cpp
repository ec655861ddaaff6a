// SPDX-License-Identifier: GPL-3.0-or-later
// kopii-cli trust: see its usage() below, and docs/man/kopii-cli.1.
#include "cli/CertificateText.h"
#include "cli/Command.h"

#include "core/OrganizationRules.h"
#include "core/Staff.h"
#include "core/AuditLog.h"
#include "core/OrganizationSql.h"
#include "accession/Accession.h"
#include "crypto/Cades.h"
#include "crypto/KeyFile.h"
#include "crypto/Login.h"
#include "crypto/Pkcs11Token.h"
#include "core/AccessGuard.h"
#include "core/Secret.h"
#include "core/SqlSession.h"
#include "crypto/TrustStore.h"
#include "core/Workspace.h"
#include "core/platform/Platform.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace kopii::cli {

class TrustCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TrustCommand)

public:
    using Command::Command;
    int run(const QString &sub, const QStringList &args) override;
};

int TrustCommand::run(const QString &sub, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    if (sub == QLatin1String("list")) {
        parser.addOption(json);
        if (!parse(parser, QStringLiteral("trust list"), args, 0, 0))
            return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
        if (!openTrust())
            return Refused;
        QJsonArray array;
        for (const TrustedCertificate &t : m_trust->certificates()) {
            QJsonObject o = certificateJson(t.certificate);
            o[QStringLiteral("bundled")] = t.bundled;
            o[QStringLiteral("anchor")] = t.anchor;
            o[QStringLiteral("source")] = t.source;
            array << o;
            if (!parser.isSet(json))
                m_out << (t.anchor ? tr("root") : tr("CA  ")) << QStringLiteral("  ") << t.certificate.info().holderName()
                      << QStringLiteral("  ") << tr("valid to %1").arg(day(t.certificate.info().notAfter)) << QStringLiteral("  ")
                      << (t.bundled ? tr("(comes with Kopii)") : t.source) << Qt::endl;
        }
        if (parser.isSet(json))
            printJson(array);
        else if (m_trust->crlCount() > 0)
            m_out << tr("%n revocation list(s) imported.", nullptr, m_trust->crlCount()) << Qt::endl;
        return Success;
    }
    if (sub == QLatin1String("import")) {
        const QCommandLineOption addAnchor(
            QStringLiteral("add-anchor"),
            tr("Trust this self-signed root (its SHA-256 fingerprint, as shown when it was left out)."),
            QStringLiteral("SHA256"));
        parser.addOption(addAnchor);
        if (!parse(parser, QStringLiteral("trust import"), args, 1, 1000))
            return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
        if (const int opened = openTrustForManager(); opened != Success)
            return opened;
        const QStringList confirmed = fingerprints(parser.values(addAnchor));
        int added = 0, leftOut = 0;
        QStringList fingerprints;
        for (const QString &file : parser.positionalArguments()) {
            const auto report = m_trust->importFile(file, now(), confirmed);
            if (!report)
                return refused(report.error());
            for (const QString &s : report->added)
                m_out << tr("added: %1").arg(s) << Qt::endl;
            for (const QString &s : report->present)
                m_out << tr("already trusted: %1").arg(s) << Qt::endl;
            for (const QString &s : report->withdrawn)
                m_out << tr("withdrawn by the trusted list, no longer trusted: %1").arg(s.section(QLatin1Char(' '), 1))
                      << Qt::endl;
            for (const UnconfirmedRoot &root : report->unconfirmedRoots)
                m_out << tr("left out: the root \"%1\" is trusted only when you confirm it. Compare its fingerprint with "
                            "the one its provider publishes, then import again with --add-anchor %2")
                             .arg(root.name, root.sha256)
                      << Qt::endl;
            for (const QString &note : report->notes)
                m_out << note << Qt::endl;
            added += int(report->added.size());
            leftOut += int(report->unconfirmedRoots.size());
            for (const QString &t : report->trusted)
                fingerprints << QStringLiteral("+") + t.section(QLatin1Char(' '), 0, 0);
            for (const QString &t : report->withdrawn)
                fingerprints << QStringLiteral("-") + t.section(QLatin1Char(' '), 0, 0);
        }
        // Fingerprints only: which trust changed, without names.
        (void)AuditLog(m_workspace->session())
            .append(AuditEntry{0, now(), QStringLiteral("cli"), QStringLiteral("trust.import"), QStringLiteral("trust"), added,
                               fingerprints.join(QLatin1Char(' ')), QString()});
        return leftOut > 0 && added == 0 ? Refused : Success;
    }
    if (sub == QLatin1String("tl-signer")) {
        const QStringList rest = args.mid(1);
        const QString action = args.value(0);
        if (action == QLatin1String("list")) {
            if (!parse(parser, QStringLiteral("trust tl-signer list"), rest, 0, 0))
                return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
            if (!openTrust())
                return Refused;
            const auto signers = m_trust->tlSigners();
            if (!signers)
                return refused(signers.error());
            for (const Certificate &c : *signers)
                m_out << c.sha256() << QStringLiteral("  ") << c.info().holderName() << QStringLiteral("  ")
                      << tr("valid to %1").arg(day(c.info().notAfter)) << Qt::endl;
            if (signers->isEmpty())
                m_out << tr("No signer of trusted lists is allowed yet: add the ЦЗО's with `kopii-cli trust tl-signer add CERT`.")
                      << Qt::endl;
            return Success;
        }
        if (action == QLatin1String("add")) {
            if (!parse(parser, QStringLiteral("trust tl-signer add"), rest, 1, 1))
                return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
            if (const int opened = openTrustForManager(); opened != Success)
                return opened;
            const auto certs = Certificate::loadFile(parser.positionalArguments().constFirst());
            if (!certs)
                return refused(certs.error());
            if (certs->size() != 1)
                return refused(
                    Error{Error::Code::Validation, tr("Give exactly one certificate, the trusted list's signer's."), {}});
            const Certificate &c = certs->constFirst();
            if (Status s = m_trust->addTlSigner(c, now()); !s)
                return refused(s.error());
            m_out << tr("Trusted lists signed by \"%1\" (SHA-256 %2) are accepted from now on.")
                         .arg(c.info().holderName(), c.sha256())
                  << Qt::endl;
            (void)AuditLog(m_workspace->session())
                .append(AuditEntry{0, now(), QStringLiteral("cli"), QStringLiteral("trust.tl-signer.add"),
                                   QStringLiteral("trust"), 1, QStringLiteral("+") + c.sha256(), QString()});
            return Success;
        }
        return usage(tr("unknown subcommand \"trust tl-signer %1\"").arg(action));
    }
    return usage(tr("unknown subcommand \"trust %1\"").arg(sub));
}

std::unique_ptr<Command> makeTrustCommand(Context &context)
{
    return std::make_unique<TrustCommand>(context);
}

} // namespace kopii::cli
