// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QRectF>
#include <QVector>

class QPainter;

namespace kopii {

// Error correction of a QR code: how much of it may be damaged (L 7 %, M 15 %, Q 25 %, H 30 %).
enum class QrEcc { L, M, Q, H };
QString qrEccName(QrEcc ecc); // "L" … "H"
bool qrEccFromName(const QString &name, QrEcc *ecc);

// The modules of one QR code (libqrencode), without the quiet zone.
class QrMatrix
{
    Q_DECLARE_TR_FUNCTIONS(QrMatrix)

public:
    // Encodes exactly these bytes (URLs and Base45 text pick the densest mode themselves).
    static Result<QrMatrix> encode(const QByteArray &text, QrEcc ecc);

    int size() const { return m_size; }       // modules per side
    int version() const { return m_version; } // 1…40
    QrEcc ecc() const { return m_ecc; }
    bool dark(int x, int y) const { return m_modules.at(y * m_size + x); }

    static constexpr int kQuietZone = 4; // modules of white around the code (ISO 18004)
    int sideWithQuietZone() const { return m_size + 2 * kQuietZone; }

    // Paints the code with its quiet zone as vector rectangles filling `target` (a square):
    // white background, each run of dark modules in a row as one rectangle.
    void paint(QPainter &painter, const QRectF &target) const;

private:
    int m_size = 0;
    int m_version = 0;
    QrEcc m_ecc = QrEcc::M;
    QVector<bool> m_modules;
};

} // namespace kopii
