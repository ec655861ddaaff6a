// SPDX-License-Identifier: GPL-3.0-or-later
// kopii-cli ingest: see its usage() below, and docs/man/kopii-cli.1.
#include "cli/Command.h"

#include "inbox/InboxRules.h"
#include "mail/MailboxRules.h"
#include "core/OrganizationRules.h"
#include "core/WorkspaceSettings.h"
#include "core/SettingsSql.h"
#include "core/Wipe.h"
#include "mail/DropFolder.h"
#include "mail/Ingestor.h"
#include "crypto/TrustStore.h"
#include "inbox/CopyExport.h"
#include "inbox/VerificationPipeline.h"
#include "mail/MailboxSync.h"
#include "mail/Watcher.h"
#include "core/platform/Platform.h"
#include "core/AccessGuard.h"
#include "inbox/InboxRules.h"
#include "core/SqlSession.h"
#include "core/Workspace.h"
#include <QDir>
#include <QTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QJsonObject>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QLocale>

namespace kopii::cli {

class IngestCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(IngestCommand)

public:
    using Command::Command;
    int run(const QString &sub, const QStringList &args) override;
};

int IngestCommand::run(const QString &, const QStringList &args)
{
    QCommandLineParser parser;
    if (!parse(parser, QStringLiteral("ingest"), args, 1, 1000))
        return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
    if (!openWorkspace())
        return Refused;
    Ingestor ingestor(m_workspace->session(), m_context.clock());
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
    if (stored > 0 && openTrust()) {
        if (const auto v = VerificationPipeline::verifyAllPending(m_workspace->session(), *m_trust, now()); !v)
            errors << v.error().message;
        else if (!afterArrival())
            errors << tr("A package or a protocol at intake could not be done; it is tried again by the next watcher "
                         "pass.");
    }
    for (const QString &e : std::as_const(errors))
        m_err << QStringLiteral("kopii-cli: ") << e << Qt::endl;
    return errors.isEmpty() ? Success : Refused;
}

std::unique_ptr<Command> makeIngestCommand(Context &context)
{
    return std::make_unique<IngestCommand>(context);
}

} // namespace kopii::cli
