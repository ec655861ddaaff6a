// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A bare poster for the tests: the QR code of `text` on white, large enough to read, saved as PNG.
#include "qr/QrMatrix.h"

#include <QImage>
#include <QPainter>
#include <QString>

namespace kopii::test {

// True when the code could be made and the picture saved at `path`.
inline bool saveQrPoster(const QString &text, const QString &path, int side = 1800)
{
    const auto matrix = QrMatrix::encode(text.toUtf8(), QrEcc::M);
    if (!matrix)
        return false;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    matrix->paint(p, QRectF(side / 18.0, side / 18.0, side * 16 / 18.0, side * 16 / 18.0));
    p.end();
    return image.save(path);
}

} // namespace kopii::test
