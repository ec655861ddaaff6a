// SPDX-License-Identifier: GPL-3.0-or-later
#include "qr/PortalImport.h"

#include "core/DiiaLink.h"
#include "qr/QrDecoder.h"

#include <QFileInfo>

namespace kopii {

Result<QString> PortalImport::fromText(const QString &text)
{
    return DiiaLink::check(text);
}

Result<QString> PortalImport::fromFile(const QString &path)
{
    const auto codes = QrDecoder::decodeFile(path);
    if (!codes)
        return codes.error();
    const QString name = QFileInfo(path).fileName();
    QStringList links;
    QStringList others;
    for (const auto &c : *codes)
        (DiiaLink::isDiiaLink(c.text) ? links : others) << c.text.trimmed();
    links.removeDuplicates();
    if (links.isEmpty() && others.isEmpty())
        return Error{Error::Code::NotFound,
                     tr("No QR code was found in %1. Use a sharper image or the PDF from the portal.").arg(name),
                     {}};
    if (links.isEmpty())
        return Error{Error::Code::Validation,
                     tr("The QR code in %1 is not a Diia.QR link: \"%2\". Download the code from the Diia portal "
                        "(\"Мій бізнес — Мої Дія.QR\").")
                         .arg(name, others.first().left(80)),
                     {}};
    if (links.size() > 1)
        return Error{Error::Code::Conflict,
                     tr("%1 holds %2 different Diia codes; import the file of one service: %3")
                         .arg(name)
                         .arg(links.size())
                         .arg(links.join(QStringLiteral(", "))),
                     {}};
    return links.first();
}

} // namespace kopii
