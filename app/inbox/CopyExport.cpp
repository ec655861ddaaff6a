// SPDX-License-Identifier: GPL-3.0-or-later
#include "inbox/CopyExport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace kopii {

namespace {

bool isUnsafeCharacter(char32_t c)
{
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
        return true; // C0, DEL, C1 controls
    switch (c) {
    case 0x061c: // Arabic letter mark
    case 0x200b:
    case 0x200e:
    case 0x200f: // zero width space, LRM, RLM
    case 0x2028:
    case 0x2029: // line and paragraph separators
    case 0xfeff: // byte order mark
        return true;
    default: return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069); // embeddings, overrides, isolates
    }
}

// "name.pdf" → "name (n).pdf"; "name.pdf.p7s" → "name (n).pdf.p7s".
QString numbered(const QString &name, int n)
{
    static const QRegularExpression extension(QStringLiteral("((\\.[A-Za-z0-9]{1,5}){1,2})$"));
    const QRegularExpressionMatch m = extension.match(name);
    const qsizetype cut = m.hasMatch() && m.capturedStart() > 0 ? m.capturedStart() : name.size();
    return name.left(cut) + QStringLiteral(" (%1)").arg(n) + name.mid(cut);
}

} // namespace

QString CopyExport::safeFileName(const QString &name, const QString &fallback)
{
    QString base = name;
    base.replace(QLatin1Char('\\'), QLatin1Char('/'));
    base = base.section(QLatin1Char('/'), -1);
    QString out;
    for (const char32_t c : base.toUcs4()) {
        if (isUnsafeCharacter(c))
            continue;
        if (c < 0x80 && QByteArrayView("<>:\"|?*").contains(char(c)))
            out += QLatin1Char('_');
        else
            out += QString::fromUcs4(&c, 1);
    }
    while (!out.isEmpty() && (out.front() == QLatin1Char('.') || out.front().isSpace()))
        out.remove(0, 1);
    while (!out.isEmpty() && (out.back() == QLatin1Char('.') || out.back().isSpace()))
        out.chop(1);
    if (out.isEmpty())
        return fallback;
    // Windows devices, with any extension: "CON", "con.pdf", "COM1.p7s".
    static const QRegularExpression device(QStringLiteral("^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])(\\..*)?$"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (device.match(out).hasMatch())
        out.prepend(QLatin1Char('_'));
    // File systems take 255 bytes; keep room for " (99)" and a prefix.
    constexpr qsizetype maxBytes = 200;
    if (out.toUtf8().size() > maxBytes) {
        static const QRegularExpression extension(QStringLiteral("((\\.[A-Za-z0-9]{1,5}){1,2})$"));
        const QRegularExpressionMatch m = extension.match(out);
        const QString ext = m.hasMatch() ? m.captured(1) : QString();
        QString stem = out.left(out.size() - ext.size());
        while (!stem.isEmpty() && (stem + ext).toUtf8().size() > maxBytes)
            stem.chop(stem.size() >= 2 && stem.at(stem.size() - 1).isLowSurrogate() ? 2 : 1);
        out = stem.trimmed() + ext;
    }
    return out;
}

Result<CopyExport::Written> CopyExport::write(const Submission &submission, const QString &folder, bool demo)
{
    const QDir parent(folder);
    if (!parent.exists())
        return Error{Error::Code::NotFound, tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder)), {}};
    const QDateTime when = submission.receivedAt.isValid() ? submission.receivedAt : submission.sentAt;
    const QString stem = (demo ? QStringLiteral("DEMO-") : QString())
        + tr("Submission %1 of %2").arg(submission.id).arg(when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")));
    QString own;
    for (int n = 1; n < 1000 && own.isEmpty(); ++n) {
        const QString candidate = n == 1 ? stem : QStringLiteral("%1 (%2)").arg(stem).arg(n);
        if (!parent.exists(candidate) && parent.mkdir(candidate))
            own = parent.filePath(candidate);
    }
    if (own.isEmpty())
        return Error{Error::Code::Io,
                     tr("Cannot create a folder for the copies in %1. Check that you may write there, "
                        "or choose another folder.")
                         .arg(QDir::toNativeSeparators(folder)),
                     {}};
    const QDir dir(own);
    Written written{own, {}};
    const auto undo = [&] {
        for (const QString &path : std::as_const(written.files))
            QFile::remove(path);
        QDir().rmdir(own);
    };

    QSet<QString> taken; // case-folded: Windows and macOS do not tell "A.pdf" from "a.pdf"
    const auto claim = [&](const QString &name) {
        QString candidate = name;
        for (int n = 2; taken.contains(candidate.toCaseFolded()); ++n)
            candidate = numbered(name, n);
        taken.insert(candidate.toCaseFolded());
        return candidate;
    };
    const QString prefix = demo ? QStringLiteral("DEMO-") : QString();
    int index = 0;
    for (const DocumentCopy &d : submission.documents) {
        ++index;
        const QString fallback = tr("document %1").arg(index);
        QString pdfName;
        if (!d.pdf.isEmpty())
            pdfName = claim(prefix + safeFileName(d.pdfName, fallback + QStringLiteral(".pdf")));
        QString p7sName;
        if (!d.p7s.isEmpty()) {
            // The signature keeps following its PDF: "Паспорт (2).pdf" gets "Паспорт (2).pdf.p7s".
            const QString own7s = safeFileName(d.p7sName, fallback + QStringLiteral(".p7s"));
            const bool follows = !pdfName.isEmpty()
                && own7s.compare(safeFileName(d.pdfName, QString()) + QStringLiteral(".p7s"), Qt::CaseInsensitive) == 0;
            p7sName = claim(follows ? pdfName + QStringLiteral(".p7s") : prefix + own7s);
        }
        for (const auto &[name, bytes] : {std::pair{pdfName, d.pdf}, std::pair{p7sName, d.p7s}}) {
            if (name.isEmpty())
                continue;
            const QString path = dir.filePath(name);
            QFile f(path);
            // NewOnly: an existing file (or a link planted in the moment between) is never written through.
            if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
                const QString reason = f.errorString();
                undo();
                return Error{Error::Code::Io,
                             tr("Cannot write %1: %2. Nothing was saved.").arg(QDir::toNativeSeparators(path), reason),
                             {}};
            }
            written.files << path;
            if (f.write(bytes) != bytes.size() || !f.flush()) {
                const QString reason = f.errorString();
                f.close();
                undo();
                return Error{Error::Code::Io,
                             tr("Cannot write %1: %2. Nothing was saved; check the free space.")
                                 .arg(QDir::toNativeSeparators(path), reason),
                             {}};
            }
            f.close();
        }
    }
    return written;
}

} // namespace kopii
