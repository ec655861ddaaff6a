// SPDX-License-Identifier: GPL-3.0-or-later
#include "qr/QrMatrix.h"

#include <QPainter>

#include <qrencode.h>

#include <cerrno>
#include <memory>

namespace kopii {

QString qrEccName(QrEcc ecc)
{
    switch (ecc) {
    case QrEcc::L: return QStringLiteral("L");
    case QrEcc::M: return QStringLiteral("M");
    case QrEcc::Q: return QStringLiteral("Q");
    case QrEcc::H: return QStringLiteral("H");
    }
    return QStringLiteral("M");
}

bool qrEccFromName(const QString &name, QrEcc *ecc)
{
    const QString n = name.trimmed().toUpper();
    for (QrEcc e : {QrEcc::L, QrEcc::M, QrEcc::Q, QrEcc::H})
        if (qrEccName(e) == n) {
            *ecc = e;
            return true;
        }
    return false;
}

Result<QrMatrix> QrMatrix::encode(const QByteArray &text, QrEcc ecc)
{
    if (text.isEmpty())
        return Error{Error::Code::Validation, tr("There is nothing to put into the QR code."), {}};
    if (text.contains('\0'))
        return Error{Error::Code::Validation, tr("The QR code text contains a NUL character."), {}};
    const QRecLevel level = ecc == QrEcc::L ? QR_ECLEVEL_L
        : ecc == QrEcc::M                   ? QR_ECLEVEL_M
        : ecc == QrEcc::Q                   ? QR_ECLEVEL_Q
                                            : QR_ECLEVEL_H;
    errno = 0;
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(QRcode_encodeString(text.constData(), 0, level, QR_MODE_8, 1),
                                                         &QRcode_free);
    if (!code) {
        if (errno == ERANGE)
            return Error{Error::Code::Validation,
                         tr("The text is too long for a QR code with error correction %1 (%2 bytes). Choose a lower "
                            "error correction or a shorter text.")
                             .arg(qrEccName(ecc))
                             .arg(text.size()),
                         {}};
        return Error{Error::Code::Internal, tr("The QR code could not be made."), {}};
    }
    QrMatrix m;
    m.m_size = code->width;
    m.m_version = code->version;
    m.m_ecc = ecc;
    m.m_modules.resize(qsizetype(m.m_size) * m.m_size);
    for (int i = 0; i < m.m_modules.size(); ++i)
        m.m_modules[i] = code->data[i] & 1;
    return m;
}

void QrMatrix::paint(QPainter &painter, const QRectF &target) const
{
    const qreal module = target.width() / sideWithQuietZone();
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.fillRect(target, Qt::white);
    painter.setBrush(Qt::black);
    // Adjacent rectangles are drawn slightly overlapping so that no hairline gap appears between
    // them at any resolution.
    const qreal bleed = module * 0.02;
    for (int y = 0; y < m_size; ++y) {
        int x = 0;
        while (x < m_size) {
            if (!dark(x, y)) {
                ++x;
                continue;
            }
            int end = x;
            while (end < m_size && dark(end, y))
                ++end;
            painter.drawRect(QRectF(target.left() + (kQuietZone + x) * module, target.top() + (kQuietZone + y) * module,
                                    (end - x) * module + bleed, module + bleed));
            x = end;
        }
    }
    painter.restore();
}

} // namespace kopii
