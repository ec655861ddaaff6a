// SPDX-License-Identifier: GPL-3.0-or-later
// kopii-cli verify: see its usage() below, and docs/man/kopii-cli.1.
#include "cli/Command.h"

#include "crypto/TrustSql.h"
#include "mail/SignatureFiles.h"
#include "crypto/SignatureVerifier.h"
#include "core/SqlSession.h"
#include "crypto/TrustStore.h"
#include "core/Workspace.h"
#include "inbox/VerificationPipeline.h"
#include "records/ProtocolSource.h"
#include "records/RecordFiles.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kopii::cli {

class VerifyCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(VerifyCommand)

public:
    using Command::Command;
    int run(const QString &sub, const QStringList &args) override;
};

int VerifyCommand::run(const QString &, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption trustOpt(QStringLiteral("trust"), QString(), QStringLiteral("FILE|DIR"));
    const QCommandLineOption offline(QStringLiteral("offline"));
    const QCommandLineOption at(QStringLiteral("at"), QString(), QStringLiteral("TIME"));
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption addAnchor(QStringLiteral("add-anchor"), QString(), QStringLiteral("SHA256"));
    const QCommandLineOption contentOpt(QStringLiteral("content"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption reportPdf(QStringLiteral("report-pdf"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption reportXml(QStringLiteral("report-xml"), QString(), QStringLiteral("FILE"));
    for (const auto &o : {trustOpt, offline, at, json, addAnchor, contentOpt, reportPdf, reportXml})
        parser.addOption(o);
    if (!parse(parser, QStringLiteral("verify"), args, 1, 100000))
        return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
    QDateTime now = Command::now();
    if (parser.isSet(at)) {
        now = QDateTime::fromString(parser.value(at), Qt::ISODate);
        if (!now.isValid())
            return usage(tr("--at takes a time like 2026-11-26T10:00:00Z"));
        now = now.toUTC();
    }
    if (!openTrust())
        return Refused;
    // Extra trust for this run only; a root in it only when confirmed by its fingerprint.
    const QStringList confirmed = fingerprints(parser.values(addAnchor));
    for (const QString &path : parser.values(trustOpt)) {
        const auto added = m_trust->addPathForThisRun(path, confirmed);
        if (!added) {
            m_err << QStringLiteral("kopii-cli: ") << added.error().message << Qt::endl;
            return UsageError;
        }
        for (const QString &note : added->notes)
            m_err << QStringLiteral("kopii-cli: %1: %2").arg(path, note) << Qt::endl;
        for (const UnconfirmedRoot &root : added->unconfirmedRoots)
            m_err << tr("kopii-cli: the root \"%1\" in %2 is left out; to trust it for this run, add --add-anchor %3")
                         .arg(root.name, path, root.sha256)
                  << Qt::endl;
    }

    // What to check.
    QList<SignedFile> items;
    const QString content = parser.value(contentOpt);
    if (!content.isEmpty() && parser.positionalArguments().size() != 1)
        return usage(tr("--content names the file one detached signature signs: give exactly one signature with it"));
    for (const QString &path : parser.positionalArguments()) {
        const auto found = SignatureFiles::load(path, content);
        if (!found) {
            m_err << QStringLiteral("kopii-cli: ") << found.error().message << Qt::endl;
            return UsageError;
        }
        items << *found;
    }

    // OCSP answers: the workspace's cached ones, and new ones kept for the next run.
    OcspCache cache;
    if (const auto cached = TrustSql(m_workspace->session()).ocspAnswers())
        cache.preload(*cached);
    const RevocationOptions revocation{!parser.isSet(offline), 8, &cache};
    bool allValid = !items.isEmpty();
    QList<ProtocolDocument> protocol;
    for (const SignedFile &item : std::as_const(items)) {
        DocumentCopy copy;
        copy.pdf = item.pdf;
        copy.p7s = item.p7s;
        copy.pdfSize = item.pdf.size();
        copy.p7sSize = item.p7s.size();
        copy.pdfName = item.pdf.isEmpty() ? QString() : item.document;
        copy.p7sName = item.p7s.isEmpty() ? QString() : QFileInfo(item.file).fileName();
        const DocumentVerification whole = VerificationPipeline::verifyDocument(copy, *m_trust, now, revocation, QDateTime());
        if (parser.isSet(reportPdf) || parser.isSet(reportXml))
            protocol << ProtocolDocument::from(copy, whole);
        allValid = allValid && whole.verdict == Verdict::Valid;
        // One object (or block) per signature: a file of several signatures lists each with its place.
        std::vector<const DocumentVerification *> each;
        for (const DocumentVerification &one : whole.signatures)
            each.push_back(&one);
        if (each.empty())
            each.push_back(&whole);
        if (!parser.isSet(json)) {
            m_out << QStringLiteral("%1 — %2").arg(item.document, whole.summary) << Qt::endl;
        }
        for (const DocumentVerification *one : each) {
            const DocumentVerification &v = *one;
            const CertificateInfo info = v.signer.isNull() ? CertificateInfo() : v.signer.info();
            if (parser.isSet(json)) {
                QJsonArray checks;
                for (const VerificationCheck &c : v.checks)
                    checks << QJsonObject{
                        {QStringLiteral("name"), c.id}, {QStringLiteral("ok"), c.ok}, {QStringLiteral("detail"), c.detail}};
                const QJsonObject o{
                    {QStringLiteral("file"), item.file},
                    {QStringLiteral("document"), item.document},
                    {QStringLiteral("kind"), item.kind},
                    {QStringLiteral("signature"), v.index},
                    {QStringLiteral("signatures"), int(each.size())},
                    {QStringLiteral("place"), v.place.isEmpty() ? QJsonValue() : QJsonValue(v.place)},
                    {QStringLiteral("counterSignature"), v.counterSignature},
                    {QStringLiteral("verdict"), verdictId(v.verdict)},
                    {QStringLiteral("documentVerdict"), verdictId(whole.verdict)},
                    {QStringLiteral("indication"), v.indication},
                    {QStringLiteral("subIndication"), v.subIndication.isEmpty() ? QJsonValue() : QJsonValue(v.subIndication)},
                    {QStringLiteral("summary"), v.summary},
                    {QStringLiteral("proofOfExistence"),
                     QJsonObject{{QStringLiteral("kind"), poeId(v.poe)},
                                 {QStringLiteral("time"), v.poeTime.toString(Qt::ISODate)}}},
                    {QStringLiteral("signer"),
                     QJsonObject{{QStringLiteral("name"), info.holderName()},
                                 {QStringLiteral("rnokpp"), info.rnokpp},
                                 {QStringLiteral("edrpou"), info.edrpou}}},
                    {QStringLiteral("signingTime"), v.signingTime.toString(Qt::ISODate)},
                    {QStringLiteral("timestamp"),
                     v.timestampTime.isValid() ? QJsonValue(v.timestampTime.toString(Qt::ISODate)) : QJsonValue()},
                    {QStringLiteral("algorithm"), v.algorithm},
                    {QStringLiteral("level"), v.level.isEmpty() ? QJsonValue() : QJsonValue(v.level)},
                    {QStringLiteral("contentMatchesPdf"),
                     v.contentMatchesPdf < 0 ? QJsonValue() : QJsonValue(v.contentMatchesPdf == 1)},
                    {QStringLiteral("checks"), checks}};
                m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << Qt::endl;
                continue;
            }
            const QString indent = each.size() > 1 ? QStringLiteral("        ") : QStringLiteral("    ");
            if (each.size() > 1)
                m_out << QStringLiteral("    %1 — %2").arg(v.place, verdictName(v.verdict)) << Qt::endl;
            if (!v.signer.isNull())
                m_out << indent
                      << tr("Signed by %1, RNOKPP %2, at %3")
                             .arg(info.holderName(), info.rnokpp.isEmpty() ? QStringLiteral("—") : info.rnokpp,
                                  v.signingTime.isValid() ? v.signingTime.toString(Qt::ISODate) : tr("an unstated time"))
                      << Qt::endl;
            if (!v.level.isEmpty())
                m_out << indent << tr("Form: %1").arg(v.level) << Qt::endl;
            for (const VerificationCheck &c : v.checks)
                m_out << indent
                      << QStringLiteral("%1 %2: %3").arg(c.ok ? QStringLiteral("✓") : QStringLiteral("✗"), c.name, c.detail)
                      << Qt::endl;
        }
    }
    if (const auto fetched = cache.takeNew(); !fetched.isEmpty())
        if (Status s = TrustSql(m_workspace->session()).saveOcspAnswers(fetched, Command::now()); !s)
            m_err << QStringLiteral("kopii-cli: ") << s.error().message << Qt::endl; // the verdicts stand
    if (parser.isSet(reportPdf) || parser.isSet(reportXml)) {
        const auto context = ProtocolSource::context(m_workspace->session(), *m_trust, now);
        if (!context)
            return refused(context.error());
        QList<QPair<QString, QByteArray>> files;
        if (parser.isSet(reportPdf)) {
            const auto pdf = VerificationProtocol::pdf(*context, protocol);
            if (!pdf)
                return refused(pdf.error());
            files << qMakePair(parser.value(reportPdf), *pdf);
        }
        if (parser.isSet(reportXml))
            files << qMakePair(parser.value(reportXml), VerificationProtocol::etsiXml(*context, protocol));
        if (Status s = RecordFiles::write(files); !s)
            return refused(s.error());
    }
    return allValid ? Success : Refused;
}

std::unique_ptr<Command> makeVerifyCommand(Context &context)
{
    return std::make_unique<VerifyCommand>(context);
}

} // namespace kopii::cli
