// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace kopii {

// The Diia link in what the manager brings from the portal: an image, a PDF or an SVG file with
// the code, or the pasted link. Exactly one Diia link must be found.
class PortalImport
{
    Q_DECLARE_TR_FUNCTIONS(PortalImport)

public:
    static Result<QString> fromFile(const QString &path);
    static Result<QString> fromText(const QString &text);
};

} // namespace kopii
