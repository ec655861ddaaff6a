#include "Secret.h"

#include <openssl/crypto.h>

namespace kopii {

Secret Secret::fromString(const QString &text)
{
    return Secret(text.toUtf8());
}

void Secret::clear()
{
    wipe(m_data);
    m_data.clear();
}

void Secret::wipe(QString &text)
{
    // Only a buffer nobody else shares is overwritten; a shared one is merely released.
    if (!text.isEmpty() && text.isDetached())
        OPENSSL_cleanse(text.data(), size_t(text.size()) * sizeof(QChar));
    text.clear();
}

void Secret::wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty() && bytes.isDetached())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

} // namespace kopii
