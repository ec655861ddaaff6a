// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/national/OpenSsl.h"

#include <openssl/x509v3.h>

#include <openssl/err.h>
#include <openssl/provider.h>

#include <mutex>

namespace kopii::ossl {

QString lastError(const QString &fallback)
{
    QStringList parts;
    unsigned long code = 0;
    while ((code = ERR_get_error()) != 0) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        const char *reason = ERR_reason_error_string(code);
        parts << QString::fromUtf8(reason ? reason : buffer);
    }
    parts.removeDuplicates();
    return parts.isEmpty() ? fallback : parts.join(QStringLiteral("; "));
}

void clearErrors()
{
    ERR_clear_error();
}

bool ensureProviders()
{
    // Loaded for the life of the process; the handles are kept (not dropped), so that leak
    // checkers see them held rather than lost.
    static std::once_flag once;
    [[maybe_unused]] static OSSL_PROVIDER *defaultProvider = nullptr;
    static OSSL_PROVIDER *legacyProvider = nullptr;
    std::call_once(once, [] {
        defaultProvider = OSSL_PROVIDER_load(nullptr, "default");
        legacyProvider = OSSL_PROVIDER_load(nullptr, "legacy");
        ERR_clear_error();
    });
    return legacyProvider != nullptr;
}

Bio memoryBio(const QByteArray &data)
{
    return Bio(BIO_new_mem_buf(data.constData(), int(data.size())));
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, size) : QByteArray();
}

QDateTime toDateTime(const ASN1_TIME *time)
{
    if (!time)
        return {};
    struct tm t = {};
    if (ASN1_TIME_to_tm(time, &t) != 1)
        return {};
    return QDateTime(QDate(t.tm_year + 1900, t.tm_mon + 1, t.tm_mday), QTime(t.tm_hour, t.tm_min, t.tm_sec), Qt::UTC);
}

QString toQString(const ASN1_STRING *string)
{
    if (!string)
        return {};
    unsigned char *utf8 = nullptr;
    const int size = ASN1_STRING_to_UTF8(&utf8, string);
    if (size < 0) {
        ERR_clear_error();
        return {};
    }
    QString result = QString::fromUtf8(reinterpret_cast<const char *>(utf8), size);
    OPENSSL_free(utf8);
    return result;
}

QString oidText(const ASN1_OBJECT *object)
{
    char buffer[128];
    const int size = OBJ_obj2txt(buffer, sizeof buffer, object, 1);
    return size > 0 ? QString::fromLatin1(buffer, qMin(size, int(sizeof buffer) - 1)) : QString();
}

QByteArray toDer(X509 *cert)
{
    return der(cert, i2d_X509);
}

bool crlIsPartial(X509_CRL *crl)
{
    int critical = 0;
    auto *idp = static_cast<ISSUING_DIST_POINT *>(X509_CRL_get_ext_d2i(crl, NID_issuing_distribution_point, &critical, nullptr));
    const bool partial = idp && (idp->onlysomereasons || idp->onlyCA > 0 || idp->onlyattr > 0 || idp->indirectCRL > 0);
    ISSUING_DIST_POINT_free(idp);
    clearErrors();
    return partial || critical == -2;
}

} // namespace kopii::ossl
