// kopii-cli ingest, watch and inbox: received copies.
#include "Cli.h"

#include "DropFolder.h"
#include "Ingestor.h"
#include "Registry.h"
#include "Store.h"
#include "Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace kopii::cli {

namespace {

QString defaultDropFolder(Workspace &workspace)
{
    const auto configured = workspace.store().meta(QStringLiteral("dropFolder"));
    if (configured && !configured->isEmpty())
        return *configured;
    return QDir(workspace.path()).filePath(QStringLiteral("drop"));
}

} // namespace

int Cli::ingest(const QStringList &args)
{
    QCommandLineParser parser;
    if (!parse(parser, QStringLiteral("ingest"), args, 1, 1000))
        return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
    if (!openWorkspace())
        return Refused;
    Ingestor ingestor(m_workspace->store());
    int stored = 0, duplicates = 0, failed = 0;
    QStringList errors;
    for (const QString &path : parser.positionalArguments()) {
        const QFileInfo info(path);
        if (info.isDir()) {
            const auto r = DropFolder(path, ingestor).ingestWithoutMoving();
            if (!r) {
                errors << r.error().message;
                continue;
            }
            stored += r->stored;
            duplicates += r->duplicates;
            failed += r->failed;
            errors += r->errors;
            continue;
        }
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            errors << tr("Cannot read %1: %2.").arg(path, f.errorString());
            continue;
        }
        const auto r = ingestor.ingestMessage(f.readAll(), QStringLiteral("ingest"));
        if (!r) {
            errors << QStringLiteral("%1: %2").arg(path, r.error().message);
            continue;
        }
        if (r->duplicate) {
            ++duplicates;
        } else if (r->failed) {
            ++failed;
            m_err << tr("%1: kept as a failed submission: %2").arg(path, r->reason) << Qt::endl;
        } else {
            ++stored;
        }
    }
    m_out << tr("Stored: %1; already stored: %2; failed (kept with the reason): %3").arg(stored).arg(duplicates).arg(failed)
          << Qt::endl;
    for (const QString &e : std::as_const(errors))
        m_err << QStringLiteral("kopii-cli: ") << e << Qt::endl;
    return errors.isEmpty() ? Success : Refused;
}

int Cli::watch(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption once(QStringLiteral("once"));
    const QCommandLineOption drop(QStringLiteral("drop-folder"), QString(), QStringLiteral("DIR"));
    parser.addOption(once);
    parser.addOption(drop);
    if (!parse(parser, QStringLiteral("watch"), args, 0, 0))
        return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
    if (!parser.isSet(once))
        return usage(tr("watch runs with --once in this version: it takes in what is there and exits"));
    if (!openWorkspace())
        return Refused;
    const QString folder = parser.isSet(drop) ? parser.value(drop) : defaultDropFolder(*m_workspace);
    if (!parser.isSet(drop))
        QDir().mkpath(folder);
    Ingestor ingestor(m_workspace->store());
    const auto r = DropFolder(folder, ingestor).scan();
    if (!r)
        return refused(r.error());
    m_out << tr("Drop folder %1: stored %2, already stored %3, failed %4, still being written %5")
                 .arg(QDir::toNativeSeparators(folder))
                 .arg(r->stored)
                 .arg(r->duplicates)
                 .arg(r->failed)
                 .arg(r->postponed)
          << Qt::endl;
    for (const QString &e : r->errors)
        m_err << QStringLiteral("kopii-cli: ") << e << Qt::endl;
    return r->errors.isEmpty() ? Success : Refused;
}

int Cli::inbox(const QString &sub, const QStringList &args)
{
    if (sub != QLatin1String("list"))
        return usage(tr("unknown subcommand \"inbox %1\"; use list").arg(sub));
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption limit(QStringLiteral("limit"), QString(), QStringLiteral("N"), QStringLiteral("1000"));
    parser.addOption(json);
    parser.addOption(limit);
    addCredentialOptions(parser);
    if (!parse(parser, QStringLiteral("inbox list"), args, 0, 0))
        return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
    if (!takeCredentialOptions(parser))
        return UsageError;
    if (!openWorkspace())
        return Refused;
    const auto list = m_registry->submissions(parser.value(limit).toInt());
    if (!list)
        return refused(list.error());
    const auto branches = m_registry->branches();
    auto branchName = [&](RecordId id) {
        if (branches)
            for (const Branch &b : *branches)
                if (b.id == id)
                    return b.name;
        return QString();
    };
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Submission &s : *list) {
            QJsonArray docs;
            for (const DocumentCopy &d : s.documents)
                docs << QJsonObject{{QStringLiteral("kind"), d.kind},       {QStringLiteral("pdf"), d.pdfName},
                                    {QStringLiteral("pdfBytes"), d.pdfSize}, {QStringLiteral("p7s"), d.p7sName},
                                    {QStringLiteral("p7sBytes"), d.p7sSize}};
            array << QJsonObject{{QStringLiteral("id"), s.id},
                                 {QStringLiteral("status"), s.status == Submission::Status::Failed ? QStringLiteral("failed")
                                                                                                    : QStringLiteral("received")},
                                 {QStringLiteral("failure"), s.failure},
                                 {QStringLiteral("received"), s.receivedAt.toString(Qt::ISODate)},
                                 {QStringLiteral("source"), s.source},
                                 {QStringLiteral("mailboxId"), s.mailboxId},
                                 {QStringLiteral("branch"), branchName(s.branchId)},
                                 {QStringLiteral("sender"), s.sender},
                                 {QStringLiteral("senderName"), s.senderName},
                                 {QStringLiteral("subject"), s.subject},
                                 {QStringLiteral("documents"), docs}};
        }
        printJson(array);
        return Success;
    }
    if (list->isEmpty())
        m_out << tr("No submissions yet.") << Qt::endl;
    for (const Submission &s : *list) {
        m_out << QStringLiteral("#%1  %2  %3  %4 <%5>  %6")
                     .arg(s.id)
                     .arg(QLocale().toString(s.receivedAt.toLocalTime(), QLocale::ShortFormat), branchName(s.branchId),
                          s.senderName, s.sender, s.subject)
              << Qt::endl;
        if (s.status == Submission::Status::Failed)
            m_out << QStringLiteral("    ") << tr("NOT READ: %1").arg(s.failure) << Qt::endl;
        for (const DocumentCopy &d : s.documents)
            m_out << QStringLiteral("    %1: %2 (%3 B) + %4 (%5 B)")
                         .arg(d.kind, d.pdfName.isEmpty() ? QStringLiteral("—") : d.pdfName)
                         .arg(d.pdfSize)
                         .arg(d.p7sName.isEmpty() ? QStringLiteral("—") : d.p7sName)
                         .arg(d.p7sSize)
                  << Qt::endl;
    }
    return Success;
}

} // namespace kopii::cli
