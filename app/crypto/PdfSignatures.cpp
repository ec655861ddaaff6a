// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/PdfSignatures.h"

#include "crypto/Timestamp.h"
#include "crypto/TrustStore.h"

#include <QSet>

namespace kopii {

namespace {

constexpr int kMaxSignatures = 32;

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool isDelimiter(char c)
{
    return isSpace(c) || c == '/' || c == '[' || c == ']' || c == '<' || c == '>' || c == '(' || c == ')' || c == '{' || c == '}'
        || c == '%';
}

void skipSpace(const QByteArray &b, qsizetype &p)
{
    while (p < b.size() && isSpace(b.at(p)))
        ++p;
}

// A non-negative integer of at most 15 digits at `p` (PDF allows a sign; a byte offset has none).
bool readOffset(const QByteArray &b, qsizetype &p, qint64 &out)
{
    skipSpace(b, p);
    const qsizetype from = p;
    out = 0;
    while (p < b.size() && b.at(p) >= '0' && b.at(p) <= '9' && p - from < 15)
        out = out * 10 + (b.at(p++) - '0');
    return p > from && (p >= b.size() || isDelimiter(b.at(p)));
}

// A DER SEQUENCE's own length, so the zeros that pad a /Contents string are left out (a BER
// indefinite length is kept whole: the CMS reader stops at its end).
QByteArray withoutPadding(const QByteArray &der)
{
    if (der.size() < 2 || static_cast<unsigned char>(der.at(0)) != 0x30)
        return der;
    const auto first = static_cast<unsigned char>(der.at(1));
    qint64 total = 0;
    if (first < 0x80) {
        total = 2 + first;
    } else {
        const int count = first & 0x7f;
        if (count == 0 || count > 4 || der.size() < 2 + count)
            return der;
        qint64 length = 0;
        for (int i = 0; i < count; ++i)
            length = (length << 8) | static_cast<unsigned char>(der.at(2 + i));
        total = 2 + count + length;
    }
    return total <= der.size() ? der.left(total) : der;
}

// The value of the name entry `key` (e.g. "/SubFilter") between `from` and `to`, without its slash.
QByteArray nameEntry(const QByteArray &b, const QByteArray &key, qsizetype from, qsizetype to)
{
    const qsizetype at = b.indexOf(key, from);
    if (at < 0 || at >= to)
        return {};
    qsizetype p = at + key.size();
    skipSpace(b, p);
    if (p >= to || b.at(p) != '/')
        return {};
    const qsizetype start = ++p;
    while (p < to && !isDelimiter(b.at(p)) && p - start < 64)
        ++p;
    return b.mid(start, p - start);
}

// Checks the byte range of `s` (read at `at`…`arrayEnd`) against the file; fills contents and problem.
void judgeRange(const QByteArray &pdf, PdfSignature &s, qsizetype at, qsizetype arrayEnd)
{
    const qint64 size = pdf.size();
    const qint64 *r = s.range;
    if (r[0] != 0) {
        s.problem =
            PdfSignatures::tr("The signature does not cover the start of the file (its byte range starts at %1).").arg(r[0]);
        return;
    }
    if (r[1] <= 0 || r[2] < r[1] + 2 || r[2] > size || r[3] < 0 || r[3] > size - r[2]) {
        s.problem = PdfSignatures::tr("The signature's byte range points outside the file: it is damaged or was tampered with.");
        return;
    }
    // What the signature leaves out must be exactly one hexadecimal string: its own value.
    bool onlyHex = pdf.at(r[1]) == '<' && pdf.at(r[2] - 1) == '>' && (r[2] - r[1]) % 2 == 0;
    for (qint64 i = r[1] + 1; onlyHex && i < r[2] - 1; ++i)
        onlyHex = isHex(pdf.at(i));
    if (!onlyHex) {
        s.problem = PdfSignatures::tr("The part of the file the signature leaves out holds more than the signature value: "
                                      "something unsigned may be hidden there.");
        return;
    }
    qsizetype before = r[1];
    while (before > 0 && isSpace(pdf.at(before - 1)))
        --before;
    static const QByteArray contentsKey("/Contents");
    if (before < contentsKey.size() || pdf.mid(before - contentsKey.size(), contentsKey.size()) != contentsKey) {
        s.problem = PdfSignatures::tr("The part of the file the signature leaves out is not its /Contents value.");
        return;
    }
    // The byte range and the value in one object, the byte range itself signed.
    static const QByteArray endobj("endobj");
    const qsizetype between = at < r[1] ? pdf.indexOf(endobj, arrayEnd) : pdf.indexOf(endobj, r[2]);
    const bool sameObject = at < r[1] ? (between < 0 || between >= r[1]) : (between < 0 || between >= at);
    if (!sameObject) {
        s.problem = PdfSignatures::tr("The signature's byte range and its value are in different objects of the file.");
        return;
    }
    if (arrayEnd > s.revisionEnd()) {
        s.problem = PdfSignatures::tr("The signature's byte range is not itself covered by the signature.");
        return;
    }
    s.contents = withoutPadding(QByteArray::fromHex(pdf.mid(r[1] + 1, r[2] - r[1] - 2)));
    if (s.contents.count('\0') == s.contents.size()) {
        s.contents.clear();
        s.problem = PdfSignatures::tr("The signature field is empty: the file was prepared for a signature but never signed.");
        return;
    }
    qint64 end = s.revisionEnd();
    while (end < size && isSpace(pdf.at(end)))
        ++end;
    s.coversWholeFile = end == size;
}

QString placeOf(const PdfSignature &s, int index, int count)
{
    const bool timestamp = s.subFilter == "ETSI.RFC3161";
    if (count == 1)
        return timestamp ? PdfSignatures::tr("The document timestamp in the PDF") : PdfSignatures::tr("The signature in the PDF");
    return timestamp ? PdfSignatures::tr("Document timestamp (%1 of %2 in the PDF)").arg(index).arg(count)
                     : PdfSignatures::tr("Signature %1 of %2 in the PDF").arg(index).arg(count);
}

// The form a PDF signature reaches (ETSI EN 319 142-1), from its sub-filter and its CMS form.
QString pdfLevel(const PdfSignature &s, const QString &cadesLevel)
{
    if (s.subFilter == "ETSI.RFC3161")
        return QStringLiteral("PAdES document timestamp");
    if (s.subFilter != "ETSI.CAdES.detached")
        return cadesLevel.isEmpty() ? QStringLiteral("PDF (%1)").arg(QString::fromLatin1(s.subFilter))
                                    : QStringLiteral("PDF (%1), %2").arg(QString::fromLatin1(s.subFilter), cadesLevel);
    if (cadesLevel.isEmpty())
        return QStringLiteral("PAdES");
    if (cadesLevel == QLatin1String("CAdES-BES") || cadesLevel == QLatin1String("CAdES-EPES"))
        return QStringLiteral("PAdES-B-B");
    if (cadesLevel.startsWith(QLatin1String("CAdES-T")))
        return QStringLiteral("PAdES-B-T");
    return QStringLiteral("PAdES (%1)").arg(cadesLevel);
}

// A signature that cannot be checked: its byte range is unsound ("byte-range"), or its value or
// kind cannot be read ("format").
DocumentVerification unreadable(const QString &id, const QString &detail, const TrustStore &trust, const QDateTime &now)
{
    DocumentVerification v;
    v.verifiedAt = now;
    v.poeTime = now;
    v.trustVersion = trust.version();
    const QString name =
        id == QLatin1String("byte-range") ? PdfSignatures::tr("Signed part of the PDF") : PdfSignatures::tr("Signature");
    v.checks << VerificationCheck{id, name, false, detail, Verdict::Indeterminate};
    SignatureVerifier::conclude(v);
    return v;
}

DocumentVerification documentTimestamp(const PdfSignature &s, const QByteArray &pdf, const TrustStore &trust,
                                       const QDateTime &now)
{
    const TimestampResult ts = Timestamp::verifyDocument(s.contents, s.signedBytes(pdf), trust);
    DocumentVerification v;
    v.verifiedAt = now;
    v.trustVersion = trust.version();
    v.signer = ts.authority;
    v.algorithm = ts.authority.isNull() ? QString() : ts.authority.info().publicKeyAlgorithm;
    v.poeTime = now;
    if (ts.state == TimestampResult::State::Valid) {
        v.timestampTime = ts.time;
        v.poeTime = ts.time;
        v.poe = DocumentVerification::Poe::Timestamp;
    }
    const Verdict failure = ts.state == TimestampResult::State::Invalid ? Verdict::Invalid : Verdict::Indeterminate;
    v.checks << VerificationCheck{QStringLiteral("timestamp"), PdfSignatures::tr("Document timestamp"),
                                  ts.state == TimestampResult::State::Valid, ts.detail, failure};
    SignatureVerifier::conclude(v);
    if (ts.state == TimestampResult::State::Invalid) // over other bytes than these, or its own signature fails
        v.subIndication =
            ts.imprintChecked && !ts.imprintMatches ? QStringLiteral("HASH_FAILURE") : QStringLiteral("SIG_CRYPTO_FAILURE");
    else if (ts.state != TimestampResult::State::Valid)
        v.subIndication = QStringLiteral("NO_CERTIFICATE_CHAIN_FOUND");
    return v;
}

} // namespace

QByteArray PdfSignature::signedBytes(const QByteArray &pdf) const
{
    if (!problem.isEmpty() || revisionEnd() > pdf.size())
        return {};
    return pdf.left(range[1]) + pdf.mid(range[2], range[3]);
}

QByteArray PdfSignature::signedRevision(const QByteArray &pdf) const
{
    if (!problem.isEmpty() || revisionEnd() > pdf.size())
        return {};
    return coversWholeFile ? pdf : pdf.left(revisionEnd());
}

bool PdfSignatures::isPdf(const QByteArray &data)
{
    const qsizetype header = data.indexOf("%PDF-");
    return header >= 0 && header < 1024;
}

QList<PdfSignature> PdfSignatures::find(const QByteArray &pdf)
{
    QList<PdfSignature> found;
    if (!isPdf(pdf))
        return found;
    static const QByteArray key("/ByteRange");
    QSet<qint64> values; // each /Contents string once, however many byte ranges name it
    for (qsizetype at = pdf.indexOf(key); at >= 0 && found.size() < kMaxSignatures; at = pdf.indexOf(key, at + key.size())) {
        qsizetype p = at + key.size();
        skipSpace(pdf, p);
        if (p >= pdf.size() || pdf.at(p) != '[')
            continue; // the word in a text, not a byte range
        ++p;
        PdfSignature s;
        bool ok = true;
        for (qint64 &value : s.range)
            ok = ok && readOffset(pdf, p, value);
        skipSpace(pdf, p);
        if (!ok || p >= pdf.size() || pdf.at(p) != ']')
            continue;
        judgeRange(pdf, s, at, p + 1);
        if (s.problem.isEmpty() && values.contains(s.range[1]))
            continue;
        if (s.problem.isEmpty()) // an unsound byte range never hides a sound one of the same value
            values.insert(s.range[1]);
        // The sub-filter, in the object of the byte range (and of the value, when sound).
        const qsizetype low = s.problem.isEmpty() ? std::min<qsizetype>(at, s.range[1]) : at;
        const qsizetype high = s.problem.isEmpty() ? std::max<qsizetype>(at, s.range[2]) : at;
        const qsizetype from = std::max<qsizetype>(0, pdf.lastIndexOf("endobj", low));
        const qsizetype next = pdf.indexOf("endobj", high);
        s.subFilter = nameEntry(pdf, QByteArrayLiteral("/SubFilter"), from, next < 0 ? pdf.size() : next);
        found << s;
    }
    return found;
}

QByteArray PdfSignatures::signedVersion(const QByteArray &pdf)
{
    qint64 end = -1;
    bool whole = false;
    for (const PdfSignature &s : find(pdf)) {
        if (!s.problem.isEmpty())
            continue;
        whole = whole || s.coversWholeFile;
        end = std::max(end, s.revisionEnd());
    }
    return end < 0 || whole ? pdf : pdf.left(end);
}

DocumentVerification PdfSignatures::verify(const QByteArray &pdf, const TrustStore &trust, const QDateTime &now,
                                           const RevocationOptions &revocation, const QDateTime &receivedAt)
{
    const QList<PdfSignature> found = find(pdf);
    if (found.isEmpty())
        return unreadable(QStringLiteral("format"), tr("The PDF carries no signature of its own."), trust, now);
    qint64 shownEnd = -1; // the revision Kopii shows: the largest a sound signature covers
    for (const PdfSignature &s : found)
        if (s.problem.isEmpty())
            shownEnd = std::max(shownEnd, s.revisionEnd());

    std::vector<DocumentVerification> all;
    for (qsizetype i = 0; i < found.size(); ++i) {
        const PdfSignature &s = found.at(i);
        const QString place = placeOf(s, int(i) + 1, int(found.size()));
        std::vector<DocumentVerification> these;
        const bool cms = s.subFilter == "ETSI.CAdES.detached" || s.subFilter == "adbe.pkcs7.detached";
        if (!s.problem.isEmpty()) {
            these.push_back(unreadable(QStringLiteral("byte-range"), s.problem, trust, now));
        } else if (s.subFilter == "ETSI.RFC3161") {
            these.push_back(documentTimestamp(s, pdf, trust, now));
        } else if (cms && !SignatureVerifier::isSignature(s.contents)) {
            // Nothing is shown to be forged: the value cannot be read at all.
            these.push_back(unreadable(QStringLiteral("format"),
                                       tr("The signature value in the PDF cannot be read: it is not a CMS signature."), trust,
                                       now));
        } else if (cms) {
            DocumentVerification v =
                SignatureVerifier::verify(s.contents, s.signedBytes(pdf), trust, now, revocation, receivedAt);
            if (v.signatures.empty())
                these.push_back(std::move(v));
            else
                these = std::move(v.signatures); // counter-signatures inside, each on its own
        } else {
            these.push_back(unreadable(QStringLiteral("format"),
                                       tr("The PDF signature is of a kind (%1) that this version of Kopii cannot check.")
                                           .arg(s.subFilter.isEmpty() ? tr("no SubFilter") : QString::fromLatin1(s.subFilter)),
                                       trust, now));
        }
        for (DocumentVerification &v : these) {
            v.level = pdfLevel(s, v.level);
            if (s.problem.isEmpty()) {
                v.signedContent = s.signedRevision(pdf);
                v.contentMatchesPdf = s.coversWholeFile ? 1 : 0;
                QString detail;
                if (s.coversWholeFile)
                    detail = tr("The signature covers the whole file as received (all but its own value).");
                else if (s.revisionEnd() < shownEnd)
                    detail = tr("The file was added to after this signature (%1 of %2 bytes signed); a later signature or "
                                "timestamp covers the additions, this one does not.")
                                 .arg(s.revisionEnd())
                                 .arg(pdf.size());
                else
                    detail = tr("The file was added to after it was signed (%1 of %2 bytes signed), and no signature covers "
                                "the additions: Kopii shows the version that was signed.")
                                 .arg(s.revisionEnd())
                                 .arg(pdf.size());
                v.checks.prepend(VerificationCheck{QStringLiteral("byte-range"), tr("Signed part of the PDF"), s.coversWholeFile,
                                                   detail, Verdict::ValidWithWarnings});
                const QString sub = v.subIndication;
                SignatureVerifier::conclude(v);
                if (!sub.isEmpty() && (v.verdict == Verdict::Invalid || v.verdict == Verdict::Indeterminate))
                    v.subIndication = sub;
            }
            v.index = int(all.size()) + 1;
            v.place = v.counterSignature ? tr("Counter-signature on: %1").arg(place) : place;
            all.push_back(std::move(v));
        }
    }
    return SignatureVerifier::combine(std::move(all));
}

} // namespace kopii
