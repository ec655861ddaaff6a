// SPDX-License-Identifier: GPL-3.0-or-later
// kopii-cli qr: see its usage() below, and docs/man/kopii-cli.1.
#include "cli/Command.h"

#include "core/OrganizationRules.h"
#include "qr/PortalImport.h"
#include "qr/QrDecoder.h"
#include "qr/SignedRequest.h"
#include "crypto/TrustStore.h"
#include "core/AccessGuard.h"
#include "core/Workspace.h"
#include <QDate>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace kopii::cli {

class QrCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(QrCommand)

public:
    using Command::Command;
    int run(const QString &sub, const QStringList &args) override;
};

int QrCommand::run(const QString &sub, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption branchOpt(QStringLiteral("branch"), QString(), QStringLiteral("B"));
    const QCommandLineOption serviceOpt(QStringLiteral("service"), QString(), QStringLiteral("S"));
    const QCommandLineOption json(QStringLiteral("json"));

    if (sub == QLatin1String("decode")) {
        if (!parse(parser, QStringLiteral("qr decode"), args, 1, 1))
            return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
        const auto codes = QrDecoder::decodeFile(parser.positionalArguments().first());
        if (!codes)
            return refused(codes.error());
        if (codes->isEmpty())
            return refused(Error{Error::Code::NotFound,
                                 tr("No QR code was found in %1. Use a sharper image or the PDF from the portal.")
                                     .arg(parser.positionalArguments().first()),
                                 {}});
        for (const auto &c : *codes)
            m_out << c.text << Qt::endl;
        return Success;
    }
    if (sub == QLatin1String("import")) {
        parser.addOption(branchOpt);
        parser.addOption(serviceOpt);
        if (!parse(parser, QStringLiteral("qr import"), args, 1, 1))
            return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
        if (!openWorkspace())
            return Refused;
        Service service;
        Branch branch;
        if (int rc = findServiceAndBranch(parser, &service, &branch); rc != Success)
            return rc;
        const QString input = parser.positionalArguments().first();
        PosterCode code;
        code.serviceId = service.id;
        code.branchId = branch.id;
        const bool link = input.contains(QLatin1String("://"));
        const auto text = link ? PortalImport::fromText(input) : PortalImport::fromFile(input);
        if (!text)
            return refused(text.error());
        code.text = *text;
        code.source = link ? QStringLiteral("pasted") : QFileInfo(input).fileName();
        if (Status s = OrganizationRules(*m_guard).setPosterCode(code); !s)
            return refused(s.error());
        m_out << tr("The code of \"%1\" at \"%2\" is kept: %3").arg(service.name, branch.name, code.text.trimmed()) << Qt::endl;
        return Success;
    }
    if (sub == QLatin1String("remove")) {
        parser.addOption(branchOpt);
        parser.addOption(serviceOpt);
        if (!parse(parser, QStringLiteral("qr remove"), args, 0, 0))
            return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
        if (!openWorkspace())
            return Refused;
        Service service;
        Branch branch;
        if (int rc = findServiceAndBranch(parser, &service, &branch); rc != Success)
            return rc;
        if (Status s = OrganizationRules(*m_guard).removePosterCode(service.id, branch.id); !s)
            return refused(s.error());
        return Success;
    }
    if (sub == QLatin1String("list")) {
        parser.addOption(json);
        if (!parse(parser, QStringLiteral("qr list"), args, 0, 0))
            return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
        if (!openWorkspace())
            return Refused;
        const auto codes = OrganizationRules(*m_guard).posterCodes();
        const auto services = OrganizationRules(*m_guard).services();
        const auto branches = OrganizationRules(*m_guard).branches();
        const auto organization = OrganizationRules(*m_guard).organization();
        if (!codes || !services || !branches || !organization)
            return refused(!codes          ? codes.error()
                               : !services ? services.error()
                               : !branches ? branches.error()
                                           : organization.error());
        QJsonArray array;
        for (const Service &s : *services)
            for (RecordId b : s.branchIds) {
                const Branch *branch = nullptr;
                for (const Branch &br : *branches)
                    if (br.id == b)
                        branch = &br;
                const QString branchName = branch ? branch->name : QString();
                const PosterCode *found = nullptr;
                for (const PosterCode &c : *codes)
                    if (c.serviceId == s.id && c.branchId == b)
                        found = &c;
                if (parser.isSet(json)) {
                    QJsonObject o{{QStringLiteral("service"), s.name},
                                  {QStringLiteral("serviceId"), s.id},
                                  {QStringLiteral("branch"), branchName},
                                  {QStringLiteral("branchId"), b},
                                  {QStringLiteral("documents"), QJsonArray::fromStringList(s.documentKinds)}};
                    if (organization->has_value()) {
                        o[QStringLiteral("organization")] = (*organization)->name;
                        o[QStringLiteral("organizationCode")] = (*organization)->code;
                    }
                    if (branch) {
                        o[QStringLiteral("address")] = branch->displayAddress();
                        o[QStringLiteral("email")] = branch->email;
                    }
                    if (found) {
                        o[QStringLiteral("kind")] =
                            found->kind == PosterCode::Kind::Signed ? QStringLiteral("signed") : QStringLiteral("portal");
                        o[QStringLiteral("text")] = found->text;
                        o[QStringLiteral("added")] = found->added.toString(Qt::ISODate);
                    }
                    array << o;
                } else {
                    m_out << s.name << QStringLiteral(" @ ") << branchName << QStringLiteral(": ")
                          << (!found ? tr("no code yet")
                                  : found->kind == PosterCode::Kind::Signed
                                  ? tr("%1 (a signed request of an earlier Kopii, which "
                                       "the Diia app cannot open: import the portal's "
                                       "code)")
                                        .arg(found->text)
                                  : found->text)
                          << Qt::endl;
                }
            }
        if (parser.isSet(json))
            printJson(array);
        return Success;
    }
    if (sub == QLatin1String("verify")) {
        parser.addOption(json);
        if (!parse(parser, QStringLiteral("qr verify"), args, 1, 1))
            return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
        const QString input = parser.positionalArguments().first();
        QString text = input;
        if (QFileInfo::exists(input)) {
            const auto codes = QrDecoder::decodeFile(input);
            if (!codes) {
                m_err << QStringLiteral("kopii-cli: ") << codes.error().message << Qt::endl;
                return 2;
            }
            if (codes->isEmpty()) {
                m_err << QStringLiteral("kopii-cli: ") << tr("No QR code was found in %1.").arg(input) << Qt::endl;
                return 2;
            }
            text = codes->first().text;
        }
        if (!openTrust())
            return Refused;
        const SignedRequestCheck check = SignedRequest::verify(text, *m_trust, now());
        const int code = check.verdict == SignedRequestCheck::Verdict::Valid ? 0
            : check.verdict == SignedRequestCheck::Verdict::Invalid          ? 1
                                                                             : 2;
        const RequestClaims &c = check.claims;
        if (parser.isSet(json)) {
            QJsonObject o;
            o[QStringLiteral("verdict")] = code == 0 ? QStringLiteral("valid")
                : code == 1                          ? QStringLiteral("invalid")
                                                     : QStringLiteral("unreadable");
            o[QStringLiteral("reason")] = check.reason;
            if (code != 2) {
                o[QStringLiteral("organization")] = c.organizationName;
                o[QStringLiteral("organizationCode")] = c.organizationCode;
                o[QStringLiteral("branch")] = c.branchName;
                o[QStringLiteral("address")] = c.branchAddress;
                o[QStringLiteral("email")] = c.branchEmail;
                o[QStringLiteral("service")] = c.serviceName;
                o[QStringLiteral("documents")] = QJsonArray::fromStringList(c.documents);
                o[QStringLiteral("issued")] = c.issued.toString(Qt::ISODate);
                o[QStringLiteral("expires")] = c.expires.toString(Qt::ISODate);
                o[QStringLiteral("kid")] = QString::fromLatin1(check.kid.toHex());
                if (!check.signer.isNull()) {
                    o[QStringLiteral("signer")] = check.signer.info().holderName();
                    o[QStringLiteral("signerRnokpp")] = check.signer.info().rnokpp;
                    o[QStringLiteral("signerIssuer")] = check.signer.info().issuerCommonName;
                }
            }
            printJson(o);
            return code;
        }
        if (code != 2) {
            m_out << tr("Service: %1").arg(c.serviceName) << Qt::endl
                  << tr("Documents: %1").arg(c.documents.join(QStringLiteral(", "))) << Qt::endl
                  << tr("Organisation: %1 (%2)").arg(c.organizationName, c.organizationCode) << Qt::endl
                  << tr("Branch: %1, %2").arg(c.branchName, c.branchAddress) << Qt::endl
                  << tr("Copies go to: %1").arg(c.branchEmail) << Qt::endl
                  << tr("Valid: %1 to %2")
                         .arg(c.issued.toLocalTime().date().toString(QStringLiteral("dd.MM.yyyy")),
                              c.expires.toLocalTime().date().toString(QStringLiteral("dd.MM.yyyy")))
                  << Qt::endl;
            if (!check.signer.isNull())
                m_out << tr("Signed by: %1, issued by %2")
                             .arg(check.signer.info().holderName(), check.signer.info().issuerCommonName)
                      << Qt::endl;
        }
        m_out << (code == 0       ? tr("Verdict: valid")
                      : code == 1 ? tr("Verdict: NOT valid — %1").arg(check.reason)
                                  : tr("Verdict: unreadable — %1").arg(check.reason))
              << Qt::endl;
        return code;
    }
    return usage(tr("unknown subcommand \"qr %1\"; use import, list, remove, verify or decode").arg(sub));
}

std::unique_ptr<Command> makeQrCommand(Context &context)
{
    return std::make_unique<QrCommand>(context);
}

} // namespace kopii::cli
