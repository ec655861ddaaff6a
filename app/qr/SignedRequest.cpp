// SPDX-License-Identifier: GPL-3.0-or-later
#include "qr/SignedRequest.h"

#include "qr/Base45.h"
#include "qr/CoseSign1.h"
#include "crypto/Signer.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamReader>
#include <QCborValue>
#include <QCryptographicHash>

#include <zlib.h>

namespace kopii {

namespace {

constexpr qsizetype kMaxInflated = 64 * 1024;

enum Key : int {
    Version = 1,
    Org = 2,
    BranchKey = 3,
    ServiceName = 4,
    Documents = 5,
    Issued = 6,
    Expires = 7,
    RequestId = 8,
};

Result<QByteArray> inflate(const QByteArray &data)
{
    z_stream z = {};
    if (inflateInit(&z) != Z_OK)
        return Error{Error::Code::Internal, QStringLiteral("zlib"), {}};
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    QByteArray out(kMaxInflated + 1, Qt::Uninitialized);
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int rc = ::inflate(&z, Z_FINISH);
    const qsizetype produced = qsizetype(z.total_out);
    const bool consumedAll = z.avail_in == 0;
    inflateEnd(&z);
    if (rc != Z_STREAM_END || !consumedAll || produced > kMaxInflated)
        return Error{Error::Code::Validation, SignedRequest::tr("the compressed data is damaged or too large"), {}};
    out.resize(produced);
    return out;
}

} // namespace

QByteArray SignedRequest::kidOf(const Certificate &certificate)
{
    return QCryptographicHash::hash(certificate.der(), QCryptographicHash::Sha256).left(8);
}

QByteArray SignedRequest::encodeClaims(const RequestClaims &c)
{
    QCborMap org;
    org.insert(1, c.organizationName);
    org.insert(2, c.organizationCode);
    org.insert(3, c.legalEntity ? 1 : 2);
    QCborMap branch;
    branch.insert(1, c.branchName);
    branch.insert(2, c.branchAddress);
    branch.insert(3, c.branchEmail);
    QCborArray documents;
    for (const QString &d : c.documents)
        documents << d;
    QCborMap m;
    m.insert(Version, 1);
    m.insert(Org, org);
    m.insert(BranchKey, branch);
    m.insert(ServiceName, c.serviceName);
    m.insert(Documents, documents);
    m.insert(Issued, c.issued.toSecsSinceEpoch());
    m.insert(Expires, c.expires.toSecsSinceEpoch());
    m.insert(RequestId, c.requestId);
    return m.toCborValue().toCbor();
}

Result<RequestClaims> SignedRequest::decodeClaims(const QByteArray &cbor)
{
    auto bad = [](const QString &why) {
        return Error{Error::Code::Validation, tr("The request's content is not valid: %1").arg(why), {}};
    };
    QCborStreamReader reader(cbor);
    const QCborValue v = QCborValue::fromCbor(reader);
    if (reader.lastError() != QCborError::NoError || reader.currentOffset() != cbor.size() || !v.isMap())
        return bad(tr("not a CBOR map"));
    const QCborMap m = v.toMap();
    // Only integers are read as integers: QCborValue::toInteger() of a double (NaN, 1e300) is
    // undefined behaviour (found by fuzz_qr).
    auto integer = [](const QCborValue &value, qint64 otherwise) { return value.isInteger() ? value.toInteger() : otherwise; };
    if (integer(m.value(Version), -1) != 1)
        return bad(tr("version %1 is not known; a newer Kopii may read it").arg(m.value(Version).toVariant().toString()));
    const QCborMap org = m.value(Org).toMap();
    const QCborMap branch = m.value(BranchKey).toMap();
    RequestClaims c;
    c.organizationName = org.value(1).toString();
    c.organizationCode = org.value(2).toString();
    c.legalEntity = integer(org.value(3), 1) != 2;
    c.branchName = branch.value(1).toString();
    c.branchAddress = branch.value(2).toString();
    c.branchEmail = branch.value(3).toString();
    c.serviceName = m.value(ServiceName).toString();
    for (const QCborValue &d : m.value(Documents).toArray())
        c.documents << d.toString();
    if (!m.value(Issued).isInteger() || !m.value(Expires).isInteger())
        return bad(tr("the dates are missing"));
    c.issued = QDateTime::fromSecsSinceEpoch(m.value(Issued).toInteger(), Qt::UTC);
    c.expires = QDateTime::fromSecsSinceEpoch(m.value(Expires).toInteger(), Qt::UTC);
    c.requestId = m.value(RequestId).toByteArray();
    if (c.organizationName.isEmpty() || c.organizationCode.isEmpty() || c.serviceName.isEmpty() || c.branchEmail.isEmpty())
        return bad(tr("the organisation, the service or the branch's e-mail is missing"));
    return c;
}

SignedRequestCheck SignedRequest::verify(const QString &input, const TrustStore &trust, const QDateTime &now)
{
    SignedRequestCheck r;
    const QString text = input.trimmed();
    auto unreadable = [&r](const QString &why) {
        r.verdict = SignedRequestCheck::Verdict::Unreadable;
        r.reason = why;
        return r;
    };
    auto invalid = [&r](const QString &why) {
        r.verdict = SignedRequestCheck::Verdict::Invalid;
        r.reason = why;
        return r;
    };
    if (!text.startsWith(QLatin1String(kPrefix)))
        return unreadable(tr("This is not a Kopii signed request (it does not start with %1).").arg(QLatin1String(kPrefix)));
    const auto compressed = Base45::decode(text.mid(int(qstrlen(kPrefix))).toLatin1());
    if (!compressed)
        return unreadable(tr("The code is damaged or cut short: %1").arg(compressed.error().message));
    const auto cbor = inflate(*compressed);
    if (!cbor)
        return unreadable(tr("The code is damaged or cut short: %1").arg(cbor.error().message));
    const auto cose = CoseSign1::decode(*cbor);
    if (!cose)
        return unreadable(cose.error().message);
    const auto claims = decodeClaims(cose->payload);
    if (!claims)
        return unreadable(claims.error().message);
    r.claims = *claims;
    r.kid = cose->kid;

    // The signer: the embedded certificate named by the key id.
    QList<Certificate> embedded;
    for (const QByteArray &der : cose->x5chain) {
        const auto c = Certificate::fromDer(der);
        if (!c)
            return unreadable(tr("A certificate in the code cannot be read: %1").arg(c.error().message));
        embedded << *c;
    }
    r.chainEmbedded = !embedded.isEmpty();
    if (embedded.isEmpty())
        return invalid(tr("The code does not carry its signer's certificate, and this computer does not know the key "
                          "%1. It cannot be checked.")
                           .arg(QString::fromLatin1(cose->kid.toHex())));
    if (kidOf(embedded.first()) != cose->kid)
        return invalid(
            tr("The key id %1 does not belong to the certificate in the code.").arg(QString::fromLatin1(cose->kid.toHex())));
    r.signer = embedded.first();

    if (Status s = cose->verify(r.signer); !s)
        return invalid(tr("The signature does not match: the code was changed after it was signed, or forged."));

    if (now.addSecs(300) < r.claims.issued)
        return invalid(tr("The code is dated in the future (%1).").arg(r.claims.issued.toString(Qt::ISODate)));
    if (now > r.claims.expires)
        return invalid(
            tr("The code expired on %1.").arg(r.claims.expires.toLocalTime().date().toString(QStringLiteral("dd.MM.yyyy"))));
    r.chain = trust.buildChain(r.signer, embedded.mid(1), now);
    if (!r.chain.trusted)
        return invalid(tr("The signer's certificate is not trusted: %1").arg(r.chain.reason));
    const CertificateInfo &info = r.signer.info();
    if (!info.qualified())
        return invalid(tr("The signer's certificate is not qualified."));
    const QString signerCode = r.claims.legalEntity ? info.edrpou : info.rnokpp;
    if (signerCode != r.claims.organizationCode)
        return invalid(tr("The signer (%1) does not belong to the organisation named in the code (%2).")
                           .arg(info.holderName(), r.claims.organizationCode));
    r.verdict = SignedRequestCheck::Verdict::Valid;
    r.reason.clear();
    return r;
}

} // namespace kopii
