// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qr/PosterLayout.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>

class QIODevice;

namespace kopii {

// Posters into files: PDF (vector, one page per poster), PNG (at a chosen resolution), SVG.
class PosterExport
{
    Q_DECLARE_TR_FUNCTIONS(PosterExport)

public:
    static Result<QByteArray> pdf(const QList<PosterLayout> &posters);
    static QImage image(const PosterLayout &poster, int dpi);
    static Result<QByteArray> svg(const PosterLayout &poster);

    // By the file's extension: .pdf (all posters), .png or .svg (one poster).
    static Status save(const QList<PosterLayout> &posters, const QString &path, int dpi = 300);
};

} // namespace kopii
