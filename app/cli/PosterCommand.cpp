// SPDX-License-Identifier: GPL-3.0-or-later
// kopii-cli poster: see its usage() below, and docs/man/kopii-cli.1.
#include "cli/Command.h"

#include "core/OrganizationRules.h"
#include "qr/PortalImport.h"
#include "qr/PosterCheck.h"
#include "qr/PosterExport.h"
#include "qr/PosterSource.h"
#include "qr/QrDecoder.h"
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

private:
    int check(const QStringList &args);
};

// kopii-cli poster check PHOTO...: each QR code in each photo of a poster on the wall, judged
// against the office's codes (PosterCheck). Exit 0: every photo shows codes, all current.
int PosterCommand::check(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOption(json);
    if (!parse(parser, QStringLiteral("poster check"), args, 1, 1000))
        return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
    if (!openWorkspace())
        return Refused;
    QList<PosterFinding> all;
    QJsonArray array;
    for (const QString &photo : parser.positionalArguments()) {
        const QList<PosterFinding> findings = PosterCheck::checkFile(m_guard->session(), photo);
        all << findings;
        for (const PosterFinding &f : findings) {
            static const char *const kVerdicts[] = {"current", "replaced", "unknown", "no-code", "unreadable"};
            if (parser.isSet(json)) {
                QJsonObject o{{QStringLiteral("photo"), f.photo},
                              {QStringLiteral("verdict"), QLatin1String(kVerdicts[int(f.verdict)])},
                              {QStringLiteral("summary"), f.summary},
                              {QStringLiteral("advice"), f.advice}};
                if (!f.code.isEmpty())
                    o[QStringLiteral("code")] = f.code;
                if (!f.serviceName.isEmpty()) {
                    o[QStringLiteral("service")] = f.serviceName;
                    o[QStringLiteral("branch")] = f.branchName;
                }
                array << o;
                continue;
            }
            const QString verdict = f.verdict == PosterFinding::Verdict::Current ? tr("current")
                : f.verdict == PosterFinding::Verdict::Replaced                  ? tr("REPLACED")
                : f.verdict == PosterFinding::Verdict::Unknown                   ? tr("NOT OURS")
                                                                                 : tr("not checked");
            m_out << QFileInfo(f.photo).fileName() << QStringLiteral(": ") << verdict << QStringLiteral(" — ") << f.summary
                  << QLatin1Char(' ') << f.advice << Qt::endl;
        }
    }
    if (parser.isSet(json))
        printJson(array);
    bool everyPhotoCurrent = true;
    for (const QString &photo : parser.positionalArguments()) {
        QList<PosterFinding> ofPhoto;
        for (const PosterFinding &f : std::as_const(all))
            if (f.photo == photo)
                ofPhoto << f;
        everyPhotoCurrent = everyPhotoCurrent && PosterCheck::allCurrent(ofPhoto);
    }
    return everyPhotoCurrent ? Success : Refused;
}

int PosterCommand::run(const QString &, const QStringList &args)
{
    if (args.value(0) == QLatin1String("check"))
        return check(args.mid(1));
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
