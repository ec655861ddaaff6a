// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace kopii {

// A kind of document a service may request (Diia's document codes).
struct DocumentKind
{
    QString code;
    QString nameUk;
    QString nameEn;
    QString descriptionUk;
    QString descriptionEn;

    // Name and description in the UI language: Ukrainian unless the UI runs in English.
    QString name() const;
    QString description() const;
};

// The catalog of document kinds shipped in resources/document-kinds.json.
class DocumentKindCatalog
{
public:
    static const DocumentKindCatalog &instance();

    const QList<DocumentKind> &kinds() const { return m_kinds; }
    const DocumentKind *find(const QString &code) const;
    QStringList codes() const;

    // Parses a catalog; returns an empty catalog and sets *error on a malformed file.
    static DocumentKindCatalog fromJson(const QByteArray &json, QString *error);

private:
    QList<DocumentKind> m_kinds;
};

} // namespace kopii
