// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"

#include <QJsonArray>
#include <QJsonObject>

// The JSON shape of the domain records, used by `kopii-cli --json` and exports. Field names
// follow the Diia partner model (camelCase).
namespace kopii::json {

QJsonObject toJson(const Organization &org);
QJsonObject toJson(const Branch &branch);
// Branch names are resolved from `branches` so that scripts need not join by id.
QJsonObject toJson(const Service &service, const QList<Branch> &branches);
QJsonObject toJson(const AuditEntry &entry);

} // namespace kopii::json
