// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A test identity provider's signing key (EC P-256) and the JWT access tokens it issues (ES256,
// RFC 7515/7519), as Dovecot's oauth2 passdb validates them locally: header and claims in
// base64url, the signature as R || S of 32 octets each (JOSE), not DER.
#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/bio.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>

namespace kopii::test {

class TestJwtIssuer
{
public:
    TestJwtIssuer() : m_key(EVP_EC_gen("P-256"), EVP_PKEY_free) {}

    QByteArray publicKeyPem() const
    {
        std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), BIO_free);
        PEM_write_bio_PUBKEY(bio.get(), m_key.get());
        char *data = nullptr;
        const long size = BIO_get_mem_data(bio.get(), &data);
        return QByteArray(data, int(size));
    }

    // A token with these claims (sub, email, iss, exp... as the test wants them).
    QByteArray token(const QJsonObject &claims) const
    {
        const QByteArray header = base64url(R"({"alg":"ES256","typ":"JWT"})");
        const QByteArray body = base64url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
        const QByteArray input = header + '.' + body;
        std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
        size_t size = 0;
        if (EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, m_key.get()) != 1
            || EVP_DigestSign(ctx.get(), nullptr, &size, reinterpret_cast<const unsigned char *>(input.constData()),
                              size_t(input.size()))
                != 1)
            return {};
        QByteArray der(int(size), '\0');
        if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(der.data()), &size,
                           reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size()))
            != 1)
            return {};
        const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
        std::unique_ptr<ECDSA_SIG, decltype(&ECDSA_SIG_free)> sig(d2i_ECDSA_SIG(nullptr, &p, long(size)), ECDSA_SIG_free);
        if (!sig)
            return {};
        QByteArray raw(64, '\0');
        BN_bn2binpad(ECDSA_SIG_get0_r(sig.get()), reinterpret_cast<unsigned char *>(raw.data()), 32);
        BN_bn2binpad(ECDSA_SIG_get0_s(sig.get()), reinterpret_cast<unsigned char *>(raw.data()) + 32, 32);
        return input + '.' + base64url(raw);
    }

    static QByteArray base64url(const QByteArray &data)
    {
        return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    }

private:
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> m_key;
};

} // namespace kopii::test
