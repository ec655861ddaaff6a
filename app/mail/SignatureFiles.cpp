// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/SignatureFiles.h"

#include "mail/MimeParser.h"

#include "crypto/PdfSignatures.h"
#include "crypto/SignatureVerifier.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace kopii {

namespace {

constexpr qint64 kMaxFile = 256 * 1024 * 1024;

Result<QByteArray> readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{Error::Code::Io, SignatureFiles::tr("Cannot read %1: %2.").arg(path, f.errorString()), {}};
    if (f.size() > kMaxFile)
        return Error{Error::Code::Validation, SignatureFiles::tr("%1 is too large to be a document copy.").arg(path), {}};
    return f.readAll();
}

} // namespace

namespace {

// The names a detached signature is given beside the file it signs.
const QStringList &signatureSuffixes()
{
    static const QStringList suffixes = {QStringLiteral(".p7s"),   QStringLiteral(".p7m"), QStringLiteral(".p7"),
                                         QStringLiteral(".pkcs7"), QStringLiteral(".sig"), QStringLiteral(".cms")};
    return suffixes;
}

bool looksLikePdf(const QByteArray &data)
{
    // PDF readers accept the header anywhere in the first kilobyte.
    return data.left(1024).contains("%PDF-");
}

bool looksLikeMail(const QString &lower, const QByteArray &data)
{
    if (lower.endsWith(QLatin1String(".eml")))
        return true;
    const QByteArray head = data.left(16384).toLower();
    return head.contains("\nmime-version:") || head.startsWith("mime-version:") || head.startsWith("received:")
        || head.startsWith("return-path:");
}

} // namespace

Result<QList<SignedFile>> SignatureFiles::load(const QString &path, const QString &content)
{
    const QString lower = path.toLower();
    const auto raw = readFile(path);
    if (!raw)
        return raw.error();
    QList<SignedFile> items;
    if (content.isEmpty() && !SignatureVerifier::isSignature(*raw) && looksLikeMail(lower, *raw)) {
        const auto parsed = MimeParser::parse(*raw);
        if (!parsed)
            return Error{Error::Code::Validation, tr("%1: %2").arg(path, parsed.error().message), {}};
        for (const DocumentCopy &d : parsed->documents)
            items << SignedFile{path, d.pdfName.isEmpty() ? d.p7sName : d.pdfName, d.kind, d.p7s, d.pdf};
        if (items.isEmpty())
            return Error{Error::Code::Validation, tr("%1 has no PDF or P7S attachments.").arg(path), {}};
        return items;
    }
    QString contentPath = content;
    QByteArray signature;
    if (SignatureVerifier::isSignature(*raw)) {
        signature = *raw;
        if (contentPath.isEmpty()) {
            // X.pdf for X.pdf.p7s, X.p7s or X.p7m; the file without the signature's suffix first.
            const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
            const qsizetype slash = std::max(path.lastIndexOf(QLatin1Char('/')), path.lastIndexOf(QLatin1Char('\\')));
            const QString stem = dot > slash + 1 ? path.left(dot) : QString();
            for (const QString &candidate : {stem, stem + QStringLiteral(".pdf")})
                if (!stem.isEmpty() && QFileInfo(candidate).isFile()) {
                    contentPath = candidate;
                    break;
                }
        }
    } else if (looksLikePdf(*raw) && content.isEmpty()) {
        contentPath = path;
        QStringList tried;
        for (const QString &suffix : signatureSuffixes())
            for (const QString &candidate : {path + suffix, path.left(path.size() - 4) + suffix}) {
                if (!lower.endsWith(QLatin1String(".pdf")) && candidate != path + suffix)
                    continue;
                if (!QFileInfo(candidate).isFile())
                    continue;
                tried << candidate;
                const auto bytes = readFile(candidate);
                if (bytes && SignatureVerifier::isSignature(*bytes)) {
                    signature = *bytes;
                    break;
                }
            }
        // A PDF with signatures of its own (PAdES) is checked by them when none lies beside it.
        if (signature.isEmpty() && !PdfSignatures::find(*raw).isEmpty()) {
            const QString name = QFileInfo(path).fileName();
            items << SignedFile{path, name, MimeParser::kindFromName(name), {}, *raw};
            return items;
        }
        if (signature.isEmpty())
            return Error{Error::Code::NotFound,
                         tried.isEmpty()
                             ? tr("%1 has no signature beside it (%1.p7s). Put the .p7s file the document came with into "
                                  "the same folder.")
                                   .arg(path)
                             : tr("%1 has no signature beside it: %2 is not a signature. Put the .p7s file the document "
                                  "came with into the same folder.")
                                   .arg(path, tried.join(QStringLiteral(", "))),
                         {}};
    } else {
        return Error{Error::Code::Validation,
                     tr("\"%1\" is neither a signature (.p7s, .p7m, .sig…), nor a PDF, nor an e-mail (.eml): Kopii cannot "
                        "read it as any of them.")
                         .arg(path),
                     {}};
    }
    const QString name = QFileInfo(contentPath.isEmpty() ? path : contentPath).fileName();
    SignedFile item{path, name, MimeParser::kindFromName(name), signature, {}};
    if (!contentPath.isEmpty()) {
        const auto bytes = contentPath == path ? raw : readFile(contentPath);
        if (!bytes)
            return bytes.error();
        item.pdf = *bytes;
    }
    items << item;
    return items;
}

} // namespace kopii
