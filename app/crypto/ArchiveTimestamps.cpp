// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/ArchiveTimestamps.h"

#include "crypto/TrustStore.h"
#include "crypto/national/Der.h"

#include <QCryptographicHash>

#include <optional>

namespace kopii {

namespace {

constexpr const char *kAtsV2 = "1.2.840.113549.1.9.16.2.48"; // id-aa-ets-archiveTimestampV2
constexpr const char *kAtsV3 = "0.4.0.1733.2.4";             // id-aa-ets-archiveTimestampV3
constexpr const char *kHashIndex = "0.4.0.1733.2.5";         // id-aa-ATSHashIndex
constexpr const char *kHashIndexV2 = "0.4.0.19122.1.4";      // id-aa-ATSHashIndex-v2
constexpr const char *kHashIndexV3 = "0.4.0.19122.1.5";      // id-aa-ATSHashIndex-v3

using der::Element;

// The parts of a SignedData and of one of its SignerInfos that archive timestamps cover, as
// encoded in the file (tag, length and value).
struct Parts
{
    Element encapContentInfo;
    Element eContentType;
    QByteArray eContent; // the content octets of an attached signature
    bool attached = false;
    std::optional<Element> certificates; // [0]
    std::optional<Element> crls;         // [1]
    QList<Element> certificateItems, crlItems;
    QList<Element> signedFields; // version, sid, digestAlgorithm, signedAttrs, signatureAlgorithm, signature
    QList<Element> unsignedAttributes;
    // Certificates and revocation data carried elsewhere in the signature (certValues,
    // revocationValues, the timestamps' own): an index may name them too (DSS's "lax" reading).
    QList<Element> otherCertificates, otherRevocations;
};

// Fills the certificates and revocation data `parts` carries outside SignedData.
void collectOthers(Parts &parts, int depth);

bool childrenOf(const Element &e, QList<Element> *out)
{
    out->clear();
    return der::children(e.content, out);
}

std::optional<Parts> partsOf(const QByteArray &cms, int signerIndex, int depth = 0)
{
    qsizetype pos = 0;
    Element top;
    if (!der::read(cms, pos, &top) || top.tag != der::kSequence)
        return std::nullopt;
    QList<Element> items;
    if (!childrenOf(top, &items) || items.isEmpty())
        return std::nullopt;
    Element signedData = top; // a bare SignedData, or the one inside its ContentInfo
    if (items.first().tag == der::kOid) {
        QList<Element> explicitContent;
        if (items.size() < 2 || items.at(1).tag != 0xa0 || !childrenOf(items.at(1), &explicitContent)
            || explicitContent.size() != 1)
            return std::nullopt;
        signedData = explicitContent.first();
        if (!childrenOf(signedData, &items))
            return std::nullopt;
    }
    // version, digestAlgorithms, encapContentInfo, [0] certificates, [1] crls, signerInfos
    if (items.size() < 4 || items.at(2).tag != der::kSequence || items.last().tag != der::kSet)
        return std::nullopt;
    Parts parts;
    parts.encapContentInfo = items.at(2);
    QList<Element> encap;
    if (!childrenOf(parts.encapContentInfo, &encap) || encap.isEmpty() || encap.first().tag != der::kOid)
        return std::nullopt;
    parts.eContentType = encap.first();
    if (encap.size() > 1) {
        QList<Element> inner;
        if (encap.at(1).tag != 0xa0 || !childrenOf(encap.at(1), &inner) || inner.size() != 1
            || inner.first().tag != der::kOctetString)
            return std::nullopt;
        parts.attached = true;
        parts.eContent = inner.first().content;
    }
    for (qsizetype i = 3; i + 1 < items.size(); ++i) {
        if (items.at(i).tag == 0xa0 && !parts.certificates) {
            parts.certificates = items.at(i);
            if (!childrenOf(items.at(i), &parts.certificateItems))
                return std::nullopt;
        } else if (items.at(i).tag == 0xa1 && !parts.crls) {
            parts.crls = items.at(i);
            if (!childrenOf(items.at(i), &parts.crlItems))
                return std::nullopt;
        } else {
            return std::nullopt;
        }
    }
    QList<Element> signers;
    if (!childrenOf(items.last(), &signers) || signerIndex < 0 || signerIndex >= signers.size())
        return std::nullopt;
    QList<Element> fields;
    if (!childrenOf(signers.at(signerIndex), &fields) || fields.size() < 5)
        return std::nullopt;
    for (const Element &field : std::as_const(fields)) {
        if (field.tag == 0xa1) {
            if (!der::children(field.content, &parts.unsignedAttributes))
                return std::nullopt;
        } else {
            parts.signedFields << field;
        }
    }
    collectOthers(parts, depth);
    return parts;
}

// The attribute's type (dotted) and its values.
struct Attribute
{
    QString type;
    Element typeElement;
    QList<Element> values;
};

std::optional<Attribute> attributeOf(const Element &e)
{
    QList<Element> two;
    if (e.tag != der::kSequence || !der::children(e.content, &two) || two.size() != 2 || two.first().tag != der::kOid
        || two.at(1).tag != der::kSet)
        return std::nullopt;
    Attribute a{der::oid(two.first().content), two.first(), {}};
    if (!der::children(two.at(1).content, &a.values))
        return std::nullopt;
    return a;
}

void collectOthers(Parts &parts, int depth)
{
    static const QStringList timestamps{
        QStringLiteral("1.2.840.113549.1.9.16.2.14"), QStringLiteral("1.2.840.113549.1.9.16.2.25"),
        QStringLiteral("1.2.840.113549.1.9.16.2.26"), QLatin1String(kAtsV2), QLatin1String(kAtsV3)};
    for (const Element &e : std::as_const(parts.unsignedAttributes)) {
        const std::optional<Attribute> a = attributeOf(e);
        if (!a || a->values.isEmpty())
            continue;
        QList<Element> list;
        if (a->type == QLatin1String("1.2.840.113549.1.9.16.2.23") && der::children(a->values.first().content, &list)) {
            parts.otherCertificates += list;
        } else if (a->type == QLatin1String("1.2.840.113549.1.9.16.2.24") && der::children(a->values.first().content, &list)) {
            for (const Element &group : std::as_const(list)) { // [0] crlVals, [1] ocspVals, tagged either way
                QList<Element> values;
                der::children(group.content, &values);
                parts.otherRevocations += values;
                for (const Element &value : std::as_const(values))
                    der::children(value.content, &parts.otherRevocations);
            }
        } else if (timestamps.contains(a->type) && depth == 0) {
            for (const Element &token : a->values)
                if (const std::optional<Parts> inner = partsOf(token.encoded, 0, depth + 1)) {
                    parts.otherCertificates += inner->certificateItems;
                    parts.otherRevocations += inner->crlItems;
                }
        }
    }
}

// The ATSHashIndex (any version) among the unsigned attributes of a timestamp token's signer.
std::optional<std::pair<QString, Element>> hashIndexOf(const QByteArray &token)
{
    const std::optional<Parts> tokenParts = partsOf(token, 0);
    if (!tokenParts)
        return std::nullopt;
    for (const Element &e : tokenParts->unsignedAttributes) {
        const std::optional<Attribute> a = attributeOf(e);
        if (a
            && (a->type == QLatin1String(kHashIndex) || a->type == QLatin1String(kHashIndexV2)
                || a->type == QLatin1String(kHashIndexV3))
            && a->values.size() == 1)
            return std::make_pair(a->type, a->values.first());
    }
    return std::nullopt;
}

QByteArray hashWith(const QString &oid, const QByteArray &data)
{
    static const QHash<QString, QCryptographicHash::Algorithm> known{
        {QStringLiteral("2.16.840.1.101.3.4.2.1"), QCryptographicHash::Sha256},
        {QStringLiteral("2.16.840.1.101.3.4.2.2"), QCryptographicHash::Sha384},
        {QStringLiteral("2.16.840.1.101.3.4.2.3"), QCryptographicHash::Sha512},
        {QStringLiteral("2.16.840.1.101.3.4.2.8"), QCryptographicHash::Sha3_256},
        {QStringLiteral("2.16.840.1.101.3.4.2.10"), QCryptographicHash::Sha3_512},
        {QStringLiteral("1.3.14.3.2.26"), QCryptographicHash::Sha1}};
    const auto it = known.constFind(oid);
    return it == known.constEnd() ? QByteArray() : QCryptographicHash::hash(data, *it);
}

// Checks the index against the file: every hash it lists must be of a certificate, a CRL or
// OCSP answer, or an unsigned attribute (value) present now. Returns why not, or nothing.
QString judgeIndex(const QString &version, const Element &index, const Parts &parts)
{
    QList<Element> fields;
    if (!der::children(index.content, &fields) || fields.size() < 3 || fields.size() > 4)
        return ArchiveTimestamps::tr("Its hash index cannot be read.");
    QString algorithm = QStringLiteral("2.16.840.1.101.3.4.2.1"); // SHA-256 unless named
    if (fields.size() == 4) {
        QList<Element> identifier;
        if (!der::children(fields.first().content, &identifier) || identifier.isEmpty())
            return ArchiveTimestamps::tr("Its hash index cannot be read.");
        algorithm = der::oid(identifier.first().content);
        fields.removeFirst();
    }
    if (hashWith(algorithm, QByteArray()).isEmpty())
        return ArchiveTimestamps::tr("Its hash index uses a hash function Kopii does not know (%1).").arg(algorithm);
    // What is in the file now, hashed as the index version says.
    QList<QByteArray> present[3];
    for (const Element &c : parts.certificateItems)
        present[0] << hashWith(algorithm, c.encoded);
    for (const Element &c : parts.crlItems)
        present[1] << hashWith(algorithm, c.encoded);
    for (const Element &e : parts.unsignedAttributes) {
        if (version != QLatin1String(kHashIndexV3)) {
            present[2] << hashWith(algorithm, e.encoded);
            continue;
        }
        if (const std::optional<Attribute> a = attributeOf(e))
            for (const Element &value : a->values)
                present[2] << hashWith(algorithm, a->typeElement.encoded + value.encoded);
    }
    QList<QByteArray> elsewhere[2];
    for (const Element &c : parts.otherCertificates)
        elsewhere[0] << hashWith(algorithm, c.encoded);
    for (const Element &c : parts.otherRevocations)
        elsewhere[1] << hashWith(algorithm, c.encoded);
    static const char *const what[3] = {QT_TR_NOOP("a certificate"), QT_TR_NOOP("a CRL or OCSP answer"),
                                        QT_TR_NOOP("an unsigned attribute")};
    for (int k = 0; k < 3; ++k) {
        QList<Element> listed;
        if (!der::children(fields.at(k).content, &listed))
            return ArchiveTimestamps::tr("Its hash index cannot be read.");
        for (const Element &hash : std::as_const(listed)) {
            if (hash.tag == der::kOctetString && present[k].removeOne(hash.content))
                continue;
            if (hash.tag == der::kOctetString && k < 2 && elsewhere[k].contains(hash.content))
                return ArchiveTimestamps::tr("Its hash index names %1 kept elsewhere in the file, not where the index says.")
                    .arg(ArchiveTimestamps::tr(what[k]));
            return ArchiveTimestamps::tr("It archived %1 that is no longer in the signature: the file was changed after "
                                         "archiving.")
                .arg(ArchiveTimestamps::tr(what[k]));
        }
    }
    return {};
}

QByteArray signedFields(const Parts &parts)
{
    QByteArray out;
    for (const Element &field : parts.signedFields)
        out += field.encoded;
    return out;
}

ArchiveTimestampCheck checkV3(const QByteArray &token, const Parts &parts, const QByteArray &content, const TrustStore &trust)
{
    ArchiveTimestampCheck check;
    check.version = 3;
    const auto index = hashIndexOf(token);
    if (!index) {
        check.result.state = TimestampResult::State::Invalid;
        check.result.detail = ArchiveTimestamps::tr("The archive timestamp (v3) carries no hash index (ATSHashIndex).");
        return check;
    }
    const QByteArray contentHash = Timestamp::imprintDigest(token, content);
    const QByteArray covered = parts.eContentType.encoded + contentHash + signedFields(parts) + index->second.encoded;
    check.result = Timestamp::verifyArchive(token, covered, trust);
    check.tokenRead = true;
    // The imprint covers the index as it is; the index must also name only what is still there.
    const QString problem = judgeIndex(index->first, index->second, parts);
    check.indexValid = problem.isEmpty();
    if (!problem.isEmpty() && check.result.imprintMatches) {
        check.result.state = TimestampResult::State::Invalid;
        check.result.detail = ArchiveTimestamps::tr("The archive timestamp does not match the signature: %1").arg(problem);
    }
    return check;
}

ArchiveTimestampCheck checkV2(const QByteArray &token, const Parts &parts, const QByteArray &detached, const TrustStore &trust)
{
    ArchiveTimestampCheck check;
    check.version = 2;
    const QDateTime time = Timestamp::tokenTime(token);
    // The unsigned attributes before this timestamp: every one but the archive timestamps of the
    // same time or later.
    QByteArray before;
    for (const Element &e : parts.unsignedAttributes) {
        const std::optional<Attribute> a = attributeOf(e);
        if (a && (a->type == QLatin1String(kAtsV2) || a->type == QLatin1String(kAtsV3))) {
            const QDateTime other = a->values.isEmpty() ? QDateTime() : Timestamp::tokenTime(a->values.first().encoded);
            if (!other.isValid() || !time.isValid() || other >= time)
                continue;
        }
        before += e.encoded;
    }
    QByteArray covered = parts.encapContentInfo.encoded;
    if (!parts.attached)
        covered += detached;
    if (parts.certificates)
        covered += parts.certificates->encoded;
    if (parts.crls)
        covered += parts.crls->encoded;
    covered += signedFields(parts);
    // Implementations differ on whether the unsigned attributes keep their [1] tag and length.
    check.result = Timestamp::verifyArchive(token, covered + der::encode(0xa1, before), trust);
    check.tokenRead = true;
    if (check.result.state == TimestampResult::State::Invalid) {
        const TimestampResult bare = Timestamp::verifyArchive(token, covered + before, trust);
        if (bare.state != TimestampResult::State::Invalid)
            check.result = bare;
    }
    return check;
}

} // namespace

QList<ArchiveTimestampCheck> ArchiveTimestamps::verify(const QByteArray &cms, int signerIndex, const QByteArray &detached,
                                                       const TrustStore &trust)
{
    const std::optional<Parts> parts = partsOf(cms, signerIndex);
    QList<ArchiveTimestampCheck> checks;
    if (!parts) {
        ArchiveTimestampCheck unreadable;
        unreadable.result.state = TimestampResult::State::Unsupported;
        unreadable.result.detail = tr("The archive timestamps cannot be checked: the signature is not in DER, the only "
                                      "encoding they can be checked over.");
        return {unreadable};
    }
    const QByteArray content = parts->attached ? parts->eContent : detached;
    for (const Element &e : parts->unsignedAttributes) {
        const std::optional<Attribute> a = attributeOf(e);
        if (!a || (a->type != QLatin1String(kAtsV2) && a->type != QLatin1String(kAtsV3)))
            continue;
        for (const Element &token : a->values) {
            if (checks.size() >= 16)
                return checks;
            ArchiveTimestampCheck check = a->type == QLatin1String(kAtsV3) ? checkV3(token.encoded, *parts, content, trust)
                                                                           : checkV2(token.encoded, *parts, detached, trust);
            // Said as an archive timestamp's, beside the signature's own timestamp.
            if (check.result.imprintMatches && check.indexValid
                && (check.result.state == TimestampResult::State::Untrusted
                    || check.result.state == TimestampResult::State::Unsupported))
                check.result.detail = tr("The archive timestamp matches the signature, but its authority cannot be relied on: %1")
                                          .arg(check.result.detail);
            else if (check.tokenRead && !check.result.imprintChecked)
                check.result.detail = tr("The archive timestamp is damaged: %1").arg(check.result.detail);
            checks << check;
        }
    }
    return checks;
}

} // namespace kopii
