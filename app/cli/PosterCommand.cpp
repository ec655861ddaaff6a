// SPDX-License-Identifier: GPL-3.0-or-later
// kopii-cli poster: see its usage() below, and docs/man/kopii-cli.1.
#include "cli/Command.h"

#include "core/OrganizationRules.h"
#include "qr/PortalImport.h"
#include "qr/PosterExport.h"
#include "qr/PosterSource.h"
#include "qr/QrDecoder.h"
#include "crypto/Signer.h"
#include "qr/SignedRequest.h"
#include "crypto/TrustStore.h"
#include "crypto/Login.h"
#include "core/AccessGuard.h"
#include "core/Workspace.h"
#include <QDate>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace kopii::cli {

class PosterCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PosterCommand)

public:
    using Command::Command;
    int run(const QString &sub, const QStringList &args) override;
};

int PosterCommand::run(const QString &, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption branchOpt(QStringLiteral("branch"), QString(), QStringLiteral("B"));
    const QCommandLineOption serviceOpt(QStringLiteral("service"), QString(), QStringLiteral("S"));
    const QCommandLineOption all(QStringLiteral("all"));
    const QCommandLineOption size(QStringLiteral("size"), QString(), QStringLiteral("A4|A5|A3"), QStringLiteral("A4"));
    const QCommandLineOption landscape(QStringLiteral("landscape"));
    const QCommandLineOption large(QStringLiteral("large-print"));
    const QCommandLineOption ecc(QStringLiteral("ecc"), QString(), QStringLiteral("L|M|Q|H"), QStringLiteral("M"));
    const QCommandLineOption dpi(QStringLiteral("dpi"), QString(), QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption out(QStringLiteral("out"), QString(), QStringLiteral("FILE"));
    for (const auto &o : {branchOpt, serviceOpt, all, size, landscape, large, ecc, dpi, out})
        parser.addOption(o);
    if (!parse(parser, QStringLiteral("poster"), args, 0, 0))
        return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
    if (!parser.isSet(out))
        return usage(tr("poster needs --out FILE.pdf, .png or .svg"));
    if (parser.isSet(all) == parser.isSet(serviceOpt))
        return usage(tr("poster needs either --service S or --all"));

    PosterOptions options;
    if (!paperFromName(parser.value(size), &options.paper))
        return usage(tr("--size takes A4, A5 or A3"));
    if (!qrEccFromName(parser.value(ecc), &options.ecc))
        return usage(tr("--ecc takes L, M, Q or H"));
    bool dpiOk = false;
    const int resolution = parser.value(dpi).toInt(&dpiOk);
    if (!dpiOk)
        return usage(tr("--dpi takes a number"));
    options.orientation = parser.isSet(landscape) ? QPageLayout::Landscape : QPageLayout::Portrait;
    options.largePrint = parser.isSet(large);

    if (!openWorkspace())
        return Refused;
    Service service;
    Branch branch;
    if (int rc = findServiceAndBranch(parser, parser.isSet(all) ? nullptr : &service, &branch); rc != Success)
        return rc;
    const QDate today = now().toLocalTime().date();
    QList<PosterContent> contents;
    QStringList missing;
    if (parser.isSet(all)) {
        const auto list = PosterSource::branchContents(*m_guard, branch.id, today, &missing);
        if (!list)
            return refused(list.error());
        contents = *list;
        if (contents.isEmpty())
            return refused(
                Error{Error::Code::NotFound,
                      tr("No service at \"%1\" has a QR code yet: import them first (kopii-cli qr import).").arg(branch.name),
                      {}});
    } else {
        const auto c = PosterSource::content(*m_guard, service.id, branch.id, today);
        if (!c)
            return refused(c.error());
        contents << *c;
    }
    QList<PosterLayout> posters;
    for (const PosterContent &c : std::as_const(contents)) {
        auto layout = PosterLayout::make(c, options);
        if (!layout)
            return refused(Error{layout.error().code, QStringLiteral("%1: %2").arg(c.serviceName, layout.error().message), {}});
        posters << *layout;
    }
    if (Status s = PosterExport::save(posters, parser.value(out), resolution); !s)
        return refused(s.error());
    m_out << tr("%n poster(s) saved to %1", nullptr, int(posters.size())).arg(parser.value(out)) << Qt::endl;
    if (!missing.isEmpty())
        m_err << tr("Without a QR code, so not printed: %1").arg(missing.join(QStringLiteral(", "))) << Qt::endl;
    return Success;
}

std::unique_ptr<Command> makePosterCommand(Context &context)
{
    return std::make_unique<PosterCommand>(context);
}

} // namespace kopii::cli
