// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/RecordFiles.h"

#include "core/platform/Platform.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringList>

namespace kopii {

Status RecordFiles::write(const QList<QPair<QString, QByteArray>> &files)
{
    QStringList written;
    const auto fail = [&written](const QString &path, const QString &why) -> Status {
        for (const QString &done : std::as_const(written))
            QFile::remove(done);
        return Error{Error::Code::Io,
                     tr("Cannot write %1: %2. Nothing was saved; choose another folder or free some space, then try again.")
                         .arg(path, why),
                     {},
                     why};
    };
    for (const auto &[path, bytes] : files) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return fail(path, file.errorString());
        if (file.write(bytes) != bytes.size()) {
            const QString why = file.errorString();
            file.cancelWriting();
            return fail(path, why);
        }
        if (!file.commit())
            return fail(path, file.errorString());
        platform::makePrivate(path, false);
        written << path;
    }
    return {};
}

QString RecordFiles::unusedPath(const QString &folder, const QString &base, const QStringList &extensions)
{
    const QDir dir(folder);
    for (int n = 1;; ++n) {
        const QString name = n == 1 ? base : QStringLiteral("%1 (%2)").arg(base).arg(n);
        bool taken = false;
        for (const QString &extension : extensions)
            taken = taken || QFileInfo::exists(dir.filePath(name + extension));
        if (!taken)
            return dir.filePath(name);
    }
}

} // namespace kopii
