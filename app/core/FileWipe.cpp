// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/FileWipe.h"

#include "core/platform/Platform.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace kopii::files {

bool wipeAndRemove(const QString &path)
{
    const QFileInfo info(path);
    if (info.isSymLink())
        return QFile::remove(path);
    if (!info.exists())
        return true;
    QFile f(path);
    if (f.open(QIODevice::ReadWrite)) {
        static const QByteArray zeros(64 * 1024, '\0');
        qint64 left = f.size();
        while (left > 0) {
            const qint64 n = f.write(zeros.constData(), std::min<qint64>(left, zeros.size()));
            if (n <= 0)
                break;
            left -= n;
        }
        f.flush();
        platform::flushToDisk(f);
        f.close();
    }
    return QFile::remove(path);
}

bool wipeAndRemoveTree(const QString &folder)
{
    const QFileInfo info(folder);
    if (info.isSymLink())
        return QFile::remove(folder);
    if (!info.exists())
        return true;
    bool all = true;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        all = wipeAndRemove(it.next()) && all;
    return QDir(folder).removeRecursively() && all;
}

} // namespace kopii::files
