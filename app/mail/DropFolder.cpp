// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/DropFolder.h"

#include "mail/Ingestor.h"
#include "core/platform/Platform.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSet>

namespace kopii {

DropFolder::DropFolder(QString path, Ingestor &ingestor) : m_path(std::move(path)), m_ingestor(ingestor) {}

Result<DropFolder::Report> DropFolder::scan(const QDateTime &now)
{
    return run(true, now);
}

Result<DropFolder::Report> DropFolder::ingestWithoutMoving()
{
    return run(false, QDateTime());
}

bool DropFolder::moveTo(const QString &file, const QString &subfolder, QStringList *errors)
{
    QDir dir(m_path);
    // "done" and "failed" must be real folders of the drop folder: a link planted in their place
    // would take the files somewhere else.
    if (QFileInfo(dir.filePath(subfolder)).isSymLink()) {
        *errors << tr("%1 in %2 is a link, not a folder, so nothing is moved there. Remove the link; Kopii makes the "
                      "folder itself.")
                       .arg(subfolder, m_path);
        return false;
    }
    if (!dir.mkpath(subfolder)) {
        *errors << tr("Cannot create the folder %1 in %2.").arg(subfolder, m_path);
        return false;
    }
    const QFileInfo info(file);
    QString target = dir.filePath(subfolder + QLatin1Char('/') + info.fileName());
    // A dangling link counts as taken too (QFileInfo::exists follows links).
    const auto taken = [](const QString &path) { return QFileInfo::exists(path) || QFileInfo(path).isSymLink(); };
    for (int n = 2; taken(target); ++n)
        target = dir.filePath(QStringLiteral("%1/%2 (%3)%4")
                                  .arg(subfolder, info.completeBaseName())
                                  .arg(n)
                                  .arg(info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix()));
    // QDir::rename moves a link itself, also a dangling one (QFile::rename would refuse it).
    if (!QDir().rename(file, target)) {
        *errors << tr("Cannot move %1 to %2.").arg(info.fileName(), subfolder);
        return false;
    }
    return true;
}

QString DropFolder::problemText(const QString &fileName, const platform::UntrustedFile &file)
{
    using Problem = platform::UntrustedFile::Problem;
    switch (file.problem) {
    case Problem::Link:
        return tr("%1 in the drop folder is a link to another file. Kopii does not follow links there, so nothing was "
                  "read; put the file itself into the folder.")
            .arg(fileName);
    case Problem::NotRegular:
        return tr("%1 in the drop folder is not an ordinary file (a device, a pipe or a folder), so nothing was read.")
            .arg(fileName);
    case Problem::TooLarge:
        return tr("%1 in the drop folder is larger than %2 MB, more than any e-mail or document copy, so it was not "
                  "read. Check where it came from.")
            .arg(fileName)
            .arg(kMaxFileBytes / (1024 * 1024));
    case Problem::CannotOpen: return tr("Cannot read %1: %2.").arg(fileName, file.systemError);
    case Problem::None: break;
    }
    return {};
}

bool DropFolder::storeRefused(const QStringList &paths, const QString &reason, bool move, Report *report)
{
    // One failed submission, stored once per file (name, size and time), so the clerk sees what came.
    QByteArray key = "drop-folder-refused";
    for (const QString &path : paths) {
        const QFileInfo info(path);
        key += '\n' + info.fileName().toUtf8() + '\n' + QByteArray::number(info.size()) + '\n'
            + info.lastModified().toUTC().toString(Qt::ISODateWithMs).toUtf8();
    }
    Ingestor::Prepared prepared = m_ingestor.prepareUnreadable(reason, key, QStringLiteral("drop-folder"), 0, 0);
    prepared.submission.subject = QFileInfo(paths.first()).fileName();
    const auto r = m_ingestor.storePrepared(prepared);
    if (!r) {
        report->errors << QStringLiteral("%1: %2").arg(QFileInfo(paths.first()).fileName(), r.error().message);
        return false;
    }
    if (r->duplicate)
        ++report->duplicates;
    else
        ++report->failed;
    if (move)
        for (const QString &path : paths)
            moveTo(path, QStringLiteral("failed"), &report->errors);
    return true;
}

Result<DropFolder::Report> DropFolder::run(bool move, const QDateTime &now)
{
    QDir dir(m_path);
    if (!dir.exists())
        return Error{Error::Code::NotFound, tr("The folder %1 does not exist.").arg(m_path), {}};
    Report report;
    QMap<QString, QStringList> loose; // stem → files
    QSet<QString> freshStems;
    // System: links, pipes and devices are listed too, so that they are reported, never read.
    const QFileInfoList entries = dir.entryInfoList(QDir::Files | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &info : entries) {
        const QString lower = info.fileName().toLower();
        const bool ours = lower.endsWith(QLatin1String(".eml")) || lower.endsWith(QLatin1String(".pdf"))
            || lower.endsWith(QLatin1String(".p7s"));
        if (!ours)
            continue;
        // (A dangling link has no time of its own to Qt: it is not waited for.)
        const bool fresh = move && now.isValid() && info.lastModified().isValid() && info.lastModified().toUTC().secsTo(now) < 2;
        if (lower.endsWith(QLatin1String(".eml"))) {
            if (fresh) {
                ++report.postponed;
                continue;
            }
            const platform::UntrustedFile file = platform::readUntrustedFile(info.filePath(), kMaxFileBytes);
            if (file.problem == platform::UntrustedFile::Problem::CannotOpen) {
                report.errors << problemText(info.fileName(), file); // may be passing: tried again next scan
                continue;
            }
            if (file.problem != platform::UntrustedFile::Problem::None) {
                storeRefused({info.filePath()}, problemText(info.fileName(), file), move, &report);
                continue;
            }
            const auto r = m_ingestor.ingestMessage(file.data, QStringLiteral("drop-folder"));
            if (!r) {
                report.errors << QStringLiteral("%1: %2").arg(info.fileName(), r.error().message);
                continue; // not stored: stays for the next scan
            }
            if (r->duplicate)
                ++report.duplicates;
            else if (r->failed)
                ++report.failed;
            else
                ++report.stored;
            if (move)
                moveTo(info.filePath(), r->failed ? QStringLiteral("failed") : QStringLiteral("done"), &report.errors);
        } else if (lower.endsWith(QLatin1String(".pdf")) || lower.endsWith(QLatin1String(".p7s"))) {
            QString stem = lower;
            for (const char *ext : {".p7s", ".pdf"})
                if (stem.endsWith(QLatin1String(ext)))
                    stem.chop(4);
            loose[stem] << info.filePath();
            if (fresh)
                freshStems.insert(stem);
        }
    }
    // A pair waits as a whole while any of its files is still being written.
    for (const QString &stem : std::as_const(freshStems)) {
        report.postponed += int(loose.value(stem).size());
        loose.remove(stem);
    }
    for (auto it = loose.cbegin(); it != loose.cend(); ++it) {
        QList<MimeParser::File> files;
        QString refused; // why the pair is stored as failed
        bool retry = false;
        for (const QString &path : it.value()) {
            const platform::UntrustedFile file = platform::readUntrustedFile(path, kMaxFileBytes);
            if (file.problem == platform::UntrustedFile::Problem::CannotOpen) {
                report.errors << problemText(QFileInfo(path).fileName(), file);
                retry = true;
                break;
            }
            if (file.problem != platform::UntrustedFile::Problem::None) {
                refused = problemText(QFileInfo(path).fileName(), file);
                break;
            }
            files << MimeParser::File{QFileInfo(path).fileName(), file.data};
        }
        if (retry)
            continue;
        if (!refused.isEmpty()) {
            storeRefused(it.value(), refused, move, &report);
            continue;
        }
        const auto r =
            m_ingestor.ingestFiles(files, QStringLiteral("drop-folder"), QFileInfo(it.value().first()).completeBaseName());
        if (!r) {
            report.errors << QStringLiteral("%1: %2").arg(it.key(), r.error().message);
            continue;
        }
        if (r->duplicate)
            ++report.duplicates;
        else if (r->failed)
            ++report.failed;
        else
            ++report.stored;
        if (move)
            for (const QString &path : it.value())
                moveTo(path, QStringLiteral("done"), &report.errors);
    }
    return report;
}

} // namespace kopii
