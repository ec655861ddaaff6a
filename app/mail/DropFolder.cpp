#include "DropFolder.h"

#include "Ingestor.h"

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
    if (!dir.mkpath(subfolder)) {
        *errors << tr("Cannot create the folder %1 in %2.").arg(subfolder, m_path);
        return false;
    }
    const QFileInfo info(file);
    QString target = dir.filePath(subfolder + QLatin1Char('/') + info.fileName());
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = dir.filePath(QStringLiteral("%1/%2 (%3)%4")
                                  .arg(subfolder, info.completeBaseName())
                                  .arg(n)
                                  .arg(info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix()));
    if (!QFile::rename(file, target)) {
        *errors << tr("Cannot move %1 to %2.").arg(info.fileName(), subfolder);
        return false;
    }
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
    const QFileInfoList entries = dir.entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &info : entries) {
        const QString lower = info.fileName().toLower();
        const bool ours = lower.endsWith(QLatin1String(".eml")) || lower.endsWith(QLatin1String(".pdf"))
                          || lower.endsWith(QLatin1String(".p7s"));
        if (!ours)
            continue;
        const bool fresh = move && now.isValid() && info.lastModified().toUTC().secsTo(now) < 2;
        if (lower.endsWith(QLatin1String(".eml"))) {
            if (fresh) {
                ++report.postponed;
                continue;
            }
            QFile f(info.filePath());
            if (!f.open(QIODevice::ReadOnly)) {
                report.errors << tr("Cannot read %1: %2.").arg(info.fileName(), f.errorString());
                continue;
            }
            const auto r = m_ingestor.ingestMessage(f.readAll(), QStringLiteral("drop-folder"));
            f.close();
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
        bool readable = true;
        for (const QString &path : it.value()) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly)) {
                report.errors << tr("Cannot read %1: %2.").arg(QFileInfo(path).fileName(), f.errorString());
                readable = false;
                break;
            }
            files << MimeParser::File{QFileInfo(path).fileName(), f.readAll()};
        }
        if (!readable)
            continue;
        const auto r = m_ingestor.ingestFiles(files, QStringLiteral("drop-folder"), QFileInfo(it.value().first()).completeBaseName());
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
