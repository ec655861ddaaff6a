// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/Certificate.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace kopii::cli {

// How the certificate commands (cert, token, trust) print certificates.
QString day(const QDateTime &t);                  // the date, as the commands show it
QString yesNo(bool b);                            // translated
QStringList usageNames(const CertificateInfo &i); // the key usages, translated
QJsonObject certificateJson(const Certificate &c);

} // namespace kopii::cli
