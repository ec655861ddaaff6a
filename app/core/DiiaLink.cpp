// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/DiiaLink.h"

#include <QUrl>

namespace kopii {

Result<QString> DiiaLink::check(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return Error{Error::Code::Validation, tr("The link is empty."), {}};
    if (text.size() > 2048)
        return Error{Error::Code::Validation, tr("The link is too long to be a Diia link."), {}};
    for (QChar c : text)
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return Error{Error::Code::Validation, tr("The link contains spaces or control characters."), {}};
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return Error{Error::Code::Validation, tr("This is not a valid link."), {}};
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("diia")) {
        if (url.host().isEmpty() && url.path().isEmpty())
            return Error{Error::Code::Validation, tr("The Diia link names nothing to open."), {}};
        return text;
    }
    if (scheme == QLatin1String("https") && url.host().toLower() == QLatin1String("diia.app") && url.userInfo().isEmpty()
        && url.port(-1) == -1 && url.path().startsWith(QLatin1String("/acquirers/"))
        && url.path().size() > int(sizeof("/acquirers/") - 1))
        return text;
    if (scheme == QLatin1String("http") && url.host().toLower() == QLatin1String("diia.app"))
        return Error{Error::Code::Validation, tr("Diia links use https://, not http://."), {}};
    return Error{
        Error::Code::Validation,
        tr("This is not a Diia.QR link: expected https://diia.app/acquirers/… or diia://…, found \"%1\".").arg(text.left(80)),
        {}};
}

} // namespace kopii
