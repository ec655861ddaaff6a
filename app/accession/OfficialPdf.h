// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>

namespace kopii {

// The documents Kopii prints for offices (the accession application, the verification protocol,
// the register): HTML laid out by QTextDocument onto an A4 PDF/A-1b (every font embedded, an sRGB
// output intent), in a font with Cyrillic wherever Kopii runs.
class OfficialPdf
{
    Q_DECLARE_TR_FUNCTIONS(OfficialPdf)

public:
    // `margins` in millimetres besides the 2 cm QTextDocument::print adds on every side.
    static Result<QByteArray> render(const QString &html, const QString &title,
                                     QPageLayout::Orientation orientation = QPageLayout::Portrait,
                                     const QMarginsF &margins = QMarginsF(5, 0, 0, 0), qreal pointSize = 11);
};

} // namespace kopii
