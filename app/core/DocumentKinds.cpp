// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/DocumentKinds.h"

#include "core/Language.h"
#include "core/Log.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kopii {

QString DocumentKind::name() const
{
    return Language::current() == QLatin1String("en") ? nameEn : nameUk;
}

QString DocumentKind::description() const
{
    return Language::current() == QLatin1String("en") ? descriptionEn : descriptionUk;
}

const DocumentKindCatalog &DocumentKindCatalog::instance()
{
    static const DocumentKindCatalog catalog = [] {
        QFile file(QStringLiteral(":/kopii/document-kinds.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCCritical(lcCore) << "document kind catalog is missing from the resources";
            return DocumentKindCatalog();
        }
        QString error;
        auto result = fromJson(file.readAll(), &error);
        if (!error.isEmpty())
            qCCritical(lcCore) << "document kind catalog is malformed:" << error;
        return result;
    }();
    return catalog;
}

const DocumentKind *DocumentKindCatalog::find(const QString &code) const
{
    for (const auto &kind : m_kinds)
        if (kind.code == code)
            return &kind;
    return nullptr;
}

QStringList DocumentKindCatalog::codes() const
{
    QStringList result;
    for (const auto &kind : m_kinds)
        result << kind.code;
    return result;
}

DocumentKindCatalog DocumentKindCatalog::fromJson(const QByteArray &json, QString *error)
{
    DocumentKindCatalog catalog;
    QJsonParseError parseError;
    const auto doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = parseError.errorString();
        return catalog;
    }
    const auto kinds = doc.object().value(QLatin1String("kinds")).toArray();
    if (kinds.isEmpty()) {
        *error = QStringLiteral("no \"kinds\" array");
        return catalog;
    }
    for (const auto &value : kinds) {
        const auto o = value.toObject();
        DocumentKind kind{o.value(QLatin1String("code")).toString(), o.value(QLatin1String("uk")).toString(),
                          o.value(QLatin1String("en")).toString(), o.value(QLatin1String("descriptionUk")).toString(),
                          o.value(QLatin1String("descriptionEn")).toString()};
        if (kind.code.isEmpty() || kind.nameUk.isEmpty() || kind.nameEn.isEmpty()) {
            *error = QStringLiteral("a kind without code or names");
            return DocumentKindCatalog();
        }
        if (catalog.find(kind.code)) {
            *error = QStringLiteral("duplicate code %1").arg(kind.code);
            return DocumentKindCatalog();
        }
        catalog.m_kinds << kind;
    }
    return catalog;
}

} // namespace kopii
