// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/SignatureFiles.h"

#include "mail/MimeParser.h"

#include <QFile>
#include <QFileInfo>

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

Result<QList<SignedFile>> SignatureFiles::load(const QString &path)
{
    const QString lower = path.toLower();
    QList<SignedFile> items;
    if (lower.endsWith(QLatin1String(".eml"))) {
        const auto raw = readFile(path);
        if (!raw)
            return raw.error();
        const auto parsed = MimeParser::parse(*raw);
        if (!parsed)
            return Error{Error::Code::Validation, tr("%1: %2").arg(path, parsed.error().message), {}};
        for (const DocumentCopy &d : parsed->documents)
            items << SignedFile{path, d.pdfName.isEmpty() ? d.p7sName : d.pdfName, d.kind, d.p7s, d.pdf};
        if (items.isEmpty())
            return Error{Error::Code::Validation, tr("%1 has no PDF or P7S attachments.").arg(path), {}};
        return items;
    }
    QString p7sPath, pdfPath;
    if (lower.endsWith(QLatin1String(".p7s"))) {
        p7sPath = path;
        const QString stem = path.left(path.size() - 4);
        pdfPath = stem.toLower().endsWith(QLatin1String(".pdf")) ? stem : stem + QStringLiteral(".pdf");
        if (!QFileInfo::exists(pdfPath))
            pdfPath.clear();
    } else if (lower.endsWith(QLatin1String(".pdf"))) {
        pdfPath = path;
        for (const QString &candidate : {path + QStringLiteral(".p7s"), path.left(path.size() - 4) + QStringLiteral(".p7s")})
            if (QFileInfo::exists(candidate)) {
                p7sPath = candidate;
                break;
            }
        if (p7sPath.isEmpty())
            return Error{Error::Code::NotFound,
                         tr("%1 has no signature beside it (%1.p7s). Put the .p7s file the document came with into the same "
                            "folder.")
                             .arg(path),
                         {}};
    } else {
        return Error{Error::Code::Validation, tr("\"%1\" is not a signature (.p7s), a PDF or an e-mail (.eml).").arg(path), {}};
    }
    const QString name = QFileInfo(pdfPath.isEmpty() ? p7sPath : pdfPath).fileName();
    SignedFile item{path, name, MimeParser::kindFromName(name), {}, {}};
    const auto p7s = readFile(p7sPath);
    if (!p7s)
        return p7s.error();
    item.p7s = *p7s;
    if (!pdfPath.isEmpty()) {
        const auto pdf = readFile(pdfPath);
        if (!pdf)
            return pdf.error();
        item.pdf = *pdf;
    }
    items << item;
    return items;
}

} // namespace kopii
