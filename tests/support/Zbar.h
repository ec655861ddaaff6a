// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What zbar (zbarimg, from zbar-tools), a decoder independent of Kopii's own (ZXing), reads
// from an image file: the text of every symbol, in the order found. `ok` is false when zbarimg
// did not run or failed for another reason than finding nothing.
#include <QProcess>
#include <QStringList>

namespace kopii::test {

inline QStringList zbarRead(const QString &imagePath, bool *ok = nullptr)
{
    QProcess zbar;
    // One symbol a line, XML-free; exit 4 means "no symbol found".
    zbar.start(QStringLiteral("zbarimg"),
               {QStringLiteral("--quiet"), QStringLiteral("--raw"), QStringLiteral("-Sdisable"),
                QStringLiteral("-Sqrcode.enable"), imagePath});
    const bool finished = zbar.waitForFinished(60000);
    if (ok)
        *ok = finished && zbar.exitStatus() == QProcess::NormalExit && (zbar.exitCode() == 0 || zbar.exitCode() == 4);
    QStringList symbols;
    for (const QByteArray &line : zbar.readAllStandardOutput().split('\n'))
        if (!line.trimmed().isEmpty())
            symbols << QString::fromUtf8(line.trimmed());
    return symbols;
}

} // namespace kopii::test
