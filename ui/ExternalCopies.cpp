// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ExternalCopies.h"

#include "inbox/CopyExport.h"
#include "core/FileWipe.h"
#include "core/platform/Platform.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QTemporaryDir>

#include <memory>

namespace kopii::ui {

namespace {

const QString kPrefix = QStringLiteral("kopii-open-");
const QString kLock = QStringLiteral(".kopii.lock");

struct RunFolder
{
    QString path;
    std::unique_ptr<QLockFile> lock;
};

RunFolder &run()
{
    static RunFolder folder;
    return folder;
}

} // namespace

QString ExternalCopies::folder()
{
    return run().path;
}

Result<QString> ExternalCopies::write(const QString &name, const QByteArray &bytes)
{
    RunFolder &r = run();
    if (r.path.isEmpty() || !QFileInfo(r.path).isDir()) {
        QTemporaryDir made(QDir::tempPath() + QLatin1Char('/') + kPrefix + QStringLiteral("XXXXXX"));
        if (!made.isValid())
            return Error{Error::Code::Io,
                         tr("Cannot make a private folder for the copy in %1: %2.")
                             .arg(QDir::toNativeSeparators(QDir::tempPath()), made.errorString()),
                         {}};
        made.setAutoRemove(false); // removed by clear(), with its contents wiped
        r.path = made.path();
        r.lock = std::make_unique<QLockFile>(r.path + QLatin1Char('/') + kLock);
        r.lock->setStaleLockTime(0); // stale only when this process is gone
        r.lock->tryLock(0);
    }
    const QString safe = CopyExport::safeFileName(name, QStringLiteral("document.pdf"));
    QString path = QDir(r.path).filePath(safe);
    for (int n = 2; QFileInfo::exists(path) || QFileInfo(path).isSymLink(); ++n)
        path = QDir(r.path).filePath(
            QStringLiteral("%1 (%2)").arg(QFileInfo(safe).completeBaseName()).arg(n)
            + (QFileInfo(safe).suffix().isEmpty() ? QString() : QLatin1Char('.') + QFileInfo(safe).suffix()));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly) || f.write(bytes) != bytes.size() || !f.flush()) {
        const QString reason = f.errorString();
        f.close();
        files::wipeAndRemove(path);
        return Error{Error::Code::Io, tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), reason), {}};
    }
    f.close();
    return path;
}

void ExternalCopies::clear()
{
    RunFolder &r = run();
    if (r.path.isEmpty())
        return;
    if (r.lock)
        r.lock->unlock();
    r.lock.reset();
    files::wipeAndRemoveTree(r.path);
    r.path.clear();
}

int ExternalCopies::removeStale()
{
    const QDir temp(QDir::tempPath());
    int removed = 0;
    for (const QFileInfo &entry : temp.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
        const QString name = entry.fileName();
        if (!name.startsWith(kPrefix) || entry.isSymLink() || entry.absoluteFilePath() == run().path
            || !platform::isOwnedByCurrentUser(entry.absoluteFilePath()))
            continue;
        QLockFile lock(entry.absoluteFilePath() + QLatin1Char('/') + kLock);
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0)) // its Kopii is still running
            continue;
        lock.unlock();
        if (files::wipeAndRemoveTree(entry.absoluteFilePath()))
            ++removed;
    }
    return removed;
}

} // namespace kopii::ui
