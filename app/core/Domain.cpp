#include "Domain.h"

namespace kopii {

QString organizationKindId(OrganizationKind kind)
{
    return kind == OrganizationKind::SoleProprietor ? QStringLiteral("sole-proprietor")
                                                    : QStringLiteral("legal-entity");
}

bool organizationKindFromId(const QString &id, OrganizationKind *kind)
{
    if (id == QLatin1String("legal-entity")) {
        *kind = OrganizationKind::LegalEntity;
        return true;
    }
    if (id == QLatin1String("sole-proprietor")) {
        *kind = OrganizationKind::SoleProprietor;
        return true;
    }
    return false;
}

QString Branch::displayAddress() const
{
    if (!customFullAddress.isEmpty())
        return customFullAddress;
    QStringList parts;
    for (const QString &p : {street, house, location, district, region})
        if (!p.isEmpty())
            parts << p;
    return parts.join(QStringLiteral(", "));
}

} // namespace kopii
