// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

class QImage;

namespace kopii {

// Reads QR codes (ZXing) from an image, a PDF (each page rendered with Poppler) or an SVG.
class QrDecoder
{
    Q_DECLARE_TR_FUNCTIONS(QrDecoder)

public:
    struct Code
    {
        QByteArray bytes; // exactly what the code holds
        QString text;     // the same as text (UTF-8)
        int page = 0;     // 1-based page of a PDF, else 1
    };

    // Every QR code in the image (tries rotations and harder; the image may be a photo).
    static QList<Code> decodeImage(const QImage &image);
    // A PNG/JPEG/BMP/GIF image, a PDF or an SVG file. An unreadable file is an error; a readable
    // one without codes gives an empty list.
    static Result<QList<Code>> decodeFile(const QString &path);
    static Result<QList<Code>> decodeData(const QByteArray &data, const QString &nameForMessages);
};

} // namespace kopii
