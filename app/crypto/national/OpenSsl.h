// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/pem.h> // before cms.h, which declares its PEM functions only then
#include <openssl/cms.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

#include <memory>

// RAII owners for OpenSSL handles and small helpers. Every handle the crypto layer holds lives in
// one of these; errors are turned into readable text with lastError().
namespace kopii::ossl {

template <typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *p) const
    {
        if (p)
            Free(p);
    }
};

using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using X509CrlPtr = std::unique_ptr<X509_CRL, Deleter<X509_CRL, X509_CRL_free>>;
using Asn1IntegerPtr = std::unique_ptr<ASN1_INTEGER, Deleter<ASN1_INTEGER, ASN1_INTEGER_free>>;
using PKey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX, EVP_MD_CTX_free>>;
using Cms = std::unique_ptr<CMS_ContentInfo, Deleter<CMS_ContentInfo, CMS_ContentInfo_free>>;
using Pkcs12 = std::unique_ptr<PKCS12, Deleter<PKCS12, PKCS12_free>>;
using X509Store = std::unique_ptr<X509_STORE, Deleter<X509_STORE, X509_STORE_free>>;
using X509StoreCtx = std::unique_ptr<X509_STORE_CTX, Deleter<X509_STORE_CTX, X509_STORE_CTX_free>>;
using Pkcs7Ptr = std::unique_ptr<PKCS7, Deleter<PKCS7, PKCS7_free>>;
using BnPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using Asn1ObjectPtr = std::unique_ptr<ASN1_OBJECT, Deleter<ASN1_OBJECT, ASN1_OBJECT_free>>;
using Asn1TimePtr = std::unique_ptr<ASN1_TIME, Deleter<ASN1_TIME, ASN1_TIME_free>>;
// A string OpenSSL allocated (BN_bn2hex, i2d with a null buffer…), freed with OPENSSL_free.
struct OpenSslFree
{
    void operator()(void *p) const { OPENSSL_free(p); }
};
using CString = std::unique_ptr<char, OpenSslFree>;
// What X509_get_ext_d2i hands out, owned by the type it returns.
template <typename T, void (*Free)(T *)>
using Owned = std::unique_ptr<T, Deleter<T, Free>>;

struct X509StackDeleter
{
    void operator()(STACK_OF(X509) * s) const
    {
        if (s)
            sk_X509_pop_free(s, X509_free);
    }
};
using X509Stack = std::unique_ptr<STACK_OF(X509), X509StackDeleter>;

// The OpenSSL error queue as one line (and clears it); `fallback` when the queue is empty.
QString lastError(const QString &fallback = QString());
void clearErrors();

// Loads OpenSSL's "default" and "legacy" providers once (old .pfx files need RC2 and 3DES).
// Returns false when the legacy provider is missing; modern files still work then.
bool ensureProviders();

// A read-only memory BIO over `data`'s bytes in place (no copy): `data` must outlive it, so a
// temporary is refused at compile time.
Bio memoryBio(const QByteArray &data);
Bio memoryBio(QByteArray &&data) = delete;
QByteArray bioContents(BIO *bio);

QDateTime toDateTime(const ASN1_TIME *time);
// Text of an ASN1_STRING as UTF-8 (BMPString, UTF8String, PrintableString...).
QString toQString(const ASN1_STRING *string);
QString oidText(const ASN1_OBJECT *object); // always the dotted form
QByteArray toDer(X509 *cert);
// Whether a CRL covers only part of its issuer's revocations (its issuing distribution point limits
// it to some reasons, to CA or attribute certificates, or makes it indirect), or carries such an
// extension that cannot be read: it cannot prove a certificate unrevoked.
bool crlIsPartial(X509_CRL *crl);

// The DER of an OpenSSL object through its i2d function; empty when it cannot be encoded.
template <typename T, typename I2d>
QByteArray der(T *object, I2d i2d)
{
    unsigned char *raw = nullptr;
    const int size = object ? i2d(object, &raw) : 0;
    QByteArray out = size > 0 ? QByteArray(reinterpret_cast<const char *>(raw), size) : QByteArray();
    OPENSSL_free(raw);
    return out;
}

} // namespace kopii::ossl
