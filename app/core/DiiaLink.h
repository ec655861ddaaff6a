// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace kopii {

// The links a Diia.QR code may hold: https://diia.app/acquirers/… (offer-request,
// branch/offer/offer-request, document-request) and diia://… deep links.
class DiiaLink
{
    Q_DECLARE_TR_FUNCTIONS(DiiaLink)

public:
    // The link, trimmed, when it is one of Diia's; otherwise why not.
    static Result<QString> check(const QString &text);
    static bool isDiiaLink(const QString &text) { return bool(check(text)); }
};

} // namespace kopii
