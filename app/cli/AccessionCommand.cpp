// SPDX-License-Identifier: GPL-3.0-or-later
// kopii-cli accession: see its usage() below, and docs/man/kopii-cli.1.
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

class AccessionCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AccessionCommand)

public:
    using Command::Command;
    int run(const QString &sub, const QStringList &args) override;
};

int AccessionCommand::run(const QString &sub, const QStringList &args)
{
    const QString kind = QString::fromLatin1(kAccessionApplication);
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    if (sub == QLatin1String("sign")) {
        addCredentialOptions(parser);
        if (!parse(parser, QStringLiteral("accession sign"), args, 0, 0))
            return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
        if (!takeCredentialOptions(parser))
            return UsageError;
        if (!m_credentials.any())
            return usage(tr("accession sign needs --pkcs12 FILE or --pkcs11 MODULE"));
        std::unique_ptr<Signer> signer;
        const auto identity = logInToWorkspace(&signer);
        if (!identity)
            return Refused;
        if (identity->role != Role::Manager)
            return refused(
                Error{Error::Code::Denied, tr("Only a manager of the organisation may sign the accession application."), {}});
        const QDateTime now = Command::now();
        const auto data = Accession::collect(*m_guard, signer->certificate(), now.toLocalTime().date());
        if (!data)
            return refused(data.error());
        const auto document = Accession::renderAndSign(*data, *signer, now);
        if (!document)
            return refused(document.error());
        const auto id = Accession::keep(*m_guard, *m_trust, *document, now);
        if (!id)
            return refused(id.error());
        m_out << tr("The accession application is signed by %1 and kept in the workspace.").arg(document->signerName) << Qt::endl
              << tr("Save it with: kopii-cli accession export DIR") << Qt::endl;
        return Success;
    }
    if (sub == QLatin1String("show")) {
        parser.addOption(json);
        if (!parse(parser, QStringLiteral("accession show"), args, 0, 0))
            return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
        if (!openTrust())
            return Refused;
        const auto doc = OrganizationRules(*m_guard).latestSignedDocument(kind);
        if (!doc)
            return refused(doc.error());
        if (!doc->has_value())
            return refused(Error{Error::Code::NotFound,
                                 tr("The accession application has not been signed yet: kopii-cli accession sign "
                                    "KEY-OPTIONS"),
                                 {}});
        const SignedDocument &d = **doc;
        const auto check = Accession::verify(d, *m_trust, now());
        const bool valid = check && check->valid();
        if (parser.isSet(json)) {
            QJsonObject o;
            o[QStringLiteral("fileName")] = d.fileName;
            o[QStringLiteral("signer")] = d.signerName;
            o[QStringLiteral("signerRnokpp")] = d.signerRnokpp;
            o[QStringLiteral("signedAt")] = d.signedAt.toString(Qt::ISODate);
            o[QStringLiteral("pdfBytes")] = qint64(d.pdf.size());
            o[QStringLiteral("valid")] = valid;
            o[QStringLiteral("summary")] = Accession::summary(d, check);
            if (check && !check->signer.isNull()) {
                o[QStringLiteral("certificateSerial")] = check->signer.info().serialNumber;
                o[QStringLiteral("certificateIssuer")] = check->signer.info().issuerCommonName;
            }
            printJson(o);
        } else {
            m_out << tr("File: %1").arg(d.fileName) << Qt::endl << Accession::summary(d, check) << Qt::endl;
            if (check && !check->signer.isNull())
                m_out << tr("Certificate: %1, serial %2, issued by %3")
                             .arg(check->signer.info().holderName(), check->signer.info().serialNumber,
                                  check->signer.info().issuerCommonName)
                      << Qt::endl;
        }
        return valid ? Success : Refused;
    }
    if (sub == QLatin1String("export")) {
        if (!parse(parser, QStringLiteral("accession export"), args, 1, 1))
            return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
        if (!openWorkspace())
            return Refused;
        const auto doc = OrganizationRules(*m_guard).latestSignedDocument(kind);
        if (!doc)
            return refused(doc.error());
        if (!doc->has_value())
            return refused(Error{Error::Code::NotFound,
                                 tr("The accession application has not been signed yet: kopii-cli accession sign "
                                    "KEY-OPTIONS"),
                                 {}});
        const QDir dir(parser.positionalArguments().first());
        if (!dir.exists())
            return refused(Error{Error::Code::NotFound, tr("The folder %1 does not exist.").arg(dir.path()), {}});
        const QString pdfPath = dir.filePath((*doc)->fileName);
        const QString p7sPath = pdfPath + QStringLiteral(".p7s");
        for (const auto &[path, bytes] : {std::pair{pdfPath, (*doc)->pdf}, std::pair{p7sPath, (*doc)->signature}}) {
            QSaveFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
                return refused(Error{Error::Code::Io, tr("Cannot write %1: %2.").arg(path, f.errorString()), {}});
        }
        m_out << pdfPath << Qt::endl << p7sPath << Qt::endl;
        return Success;
    }
    return usage(tr("unknown subcommand \"accession %1\"; use sign, show or export").arg(sub));
}

std::unique_ptr<Command> makeAccessionCommand(Context &context)
{
    return std::make_unique<AccessionCommand>(context);
}

} // namespace kopii::cli
