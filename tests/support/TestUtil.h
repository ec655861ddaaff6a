// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <unistd.h>

namespace kopii::test {

// A branch that passes every rule, with Ukrainian values.
inline Branch validBranch(const QString &name = QStringLiteral("Центр"),
                          const QString &email = QStringLiteral("centr@example.com"))
{
    Branch b;
    b.name = name;
    b.email = email;
    b.region = QStringLiteral("Київська");
    b.district = QStringLiteral("Бучанський");
    b.location = QStringLiteral("Буча");
    b.street = QStringLiteral("вул. Вокзальна");
    b.house = QStringLiteral("1");
    return b;
}

inline Organization validOrganization()
{
    return Organization{QStringLiteral("Бучанський ліцей № 1"), OrganizationKind::LegalEntity, QStringLiteral("14360570"),
                        QStringLiteral("Шевченко Тарас Григорович")};
}

inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

#ifdef KOPII_TEST_HOLDER
// Starts the holder helper and waits until it holds its lock. Closing its stdin releases it.
inline bool startHolder(QProcess &process, const QString &mode, const QString &path)
{
    process.setProgram(QStringLiteral(KOPII_TEST_HOLDER));
    process.setArguments({mode, path});
    process.start();
    if (!process.waitForStarted(5000) || !process.waitForReadyRead(10000))
        return false;
    return process.readAllStandardOutput().contains("ready");
}

inline void stopHolder(QProcess &process)
{
    process.closeWriteChannel();
    process.waitForFinished(5000);
}

#endif

inline bool runningAsRoot()
{
    return ::geteuid() == 0;
}

} // namespace kopii::test
