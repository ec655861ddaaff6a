// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Signed PDFs for the tests, signed by OpenSSL's own tools (not by Kopii's code): a one-page PDF
// with an AcroForm signature field in the layout of ISO 32000-1 12.8 (a /ByteRange and a hex
// /Contents placeholder), the CMS made by `openssl cms -sign` over the byte ranges, a document
// timestamp by `openssl ts -reply` (the test TSA), and incremental updates as later revisions.
#include "CryptoTestUtil.h"

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace kopii::test::pades {

inline QByteArray runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        qFatal("%s %s failed: %s", qPrintable(program), qPrintable(args.join(QLatin1Char(' '))),
               p.readAllStandardError().constData());
    return p.readAllStandardOutput();
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

inline void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

// A CMS signature (DER, detached) of `who` (a test PKI certificate) over `data`: CAdES (with
// signingCertificateV2) unless `plainCms`.
inline QByteArray opensslSign(const QByteArray &data, const QString &who, bool plainCms)
{
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("in")), out = dir.filePath(QStringLiteral("out"));
    writeAll(in, data);
    QStringList args{QStringLiteral("cms"),
                     QStringLiteral("-sign"),
                     QStringLiteral("-binary"),
                     QStringLiteral("-in"),
                     in,
                     QStringLiteral("-signer"),
                     pki(who + QStringLiteral(".crt")),
                     QStringLiteral("-inkey"),
                     pki(who + QStringLiteral(".key")),
                     QStringLiteral("-certfile"),
                     pki(QStringLiteral("ca.crt")),
                     QStringLiteral("-md"),
                     QStringLiteral("sha256"),
                     QStringLiteral("-outform"),
                     QStringLiteral("DER"),
                     QStringLiteral("-out"),
                     out};
    if (!plainCms)
        args << QStringLiteral("-cades");
    runTool(QStringLiteral("openssl"), args);
    return readAll(out);
}

// An RFC 3161 token (DER) of the test TSA over SHA-256 of `data`.
inline QByteArray opensslTimestamp(const QByteArray &data)
{
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("in")), query = dir.filePath(QStringLiteral("q.tsq")),
                  token = dir.filePath(QStringLiteral("t.der"));
    writeAll(in, data);
    runTool(QStringLiteral("openssl"),
            {QStringLiteral("ts"), QStringLiteral("-query"), QStringLiteral("-data"), in, QStringLiteral("-sha256"),
             QStringLiteral("-cert"), QStringLiteral("-out"), query});
    runTool(QStringLiteral("openssl"),
            {QStringLiteral("ts"), QStringLiteral("-reply"), QStringLiteral("-config"), pki(QStringLiteral("tsa.conf")),
             QStringLiteral("-queryfile"), query, QStringLiteral("-token_out"), QStringLiteral("-out"), token});
    return readAll(token);
}

// How a revision is signed.
struct Signing
{
    QByteArray subFilter = "ETSI.CAdES.detached"; // or "adbe.pkcs7.detached", "ETSI.RFC3161"…
    QString who = QStringLiteral("citizen");
    int placeholder = 16384; // hex digits reserved for /Contents
};

// Builds a PDF, object by object, with its cross-reference table.
class PdfWriter
{
public:
    explicit PdfWriter(QByteArray base = {}) : m_pdf(std::move(base)) {}

    void add(int number, const QByteArray &body)
    {
        m_offsets.append({number, m_pdf.size()});
        m_pdf += QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
    }
    // Ends the revision: the xref section of the objects added, a trailer (with /Prev for an update).
    void finish(int size, qint64 previousXref = -1)
    {
        const qint64 xref = m_pdf.size();
        m_pdf += "xref\n";
        if (previousXref < 0)
            m_pdf += "0 1\n0000000000 65535 f \n";
        for (const auto &[number, offset] : std::as_const(m_offsets))
            m_pdf += QByteArray::number(number) + " 1\n" + QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
        m_pdf += "trailer\n<< /Size " + QByteArray::number(size) + " /Root 1 0 R";
        if (previousXref >= 0)
            m_pdf += " /Prev " + QByteArray::number(previousXref);
        m_pdf += " >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
        m_xref = xref;
    }
    QByteArray &bytes() { return m_pdf; }
    qint64 xref() const { return m_xref; }

private:
    QByteArray m_pdf;
    QList<QPair<int, qint64>> m_offsets;
    qint64 m_xref = -1;
};

inline QByteArray signatureDictionary(const Signing &how)
{
    const bool timestamp = how.subFilter == "ETSI.RFC3161";
    return "<< /Type /" + QByteArray(timestamp ? "DocTimeStamp" : "Sig") + " /Filter /Adobe.PPKLite /SubFilter /" + how.subFilter
        + " /ByteRange [0 ********** ********** **********] /Contents <" + QByteArray(how.placeholder, '0') + ">"
        + (timestamp ? QByteArray() : QByteArray(" /M (D:20261203120000Z)")) + " >>";
}

// Fills the last signature placeholder of `pdf` (the whole file is the revision it signs).
inline QByteArray fillPlaceholder(QByteArray pdf, const Signing &how)
{
    const qsizetype range = pdf.lastIndexOf("/ByteRange [0 **********");
    const qsizetype open = pdf.indexOf("/Contents <", range) + 10;
    const qsizetype close = pdf.indexOf('>', open) + 1;
    const QByteArray numbers = "[0 " + QByteArray::number(open).leftJustified(10, ' ') + " "
        + QByteArray::number(close).leftJustified(10, ' ') + " " + QByteArray::number(pdf.size() - close).leftJustified(10, ' ')
        + "]";
    pdf.replace(range + 11, numbers.size(), numbers);
    const QByteArray signedBytes = pdf.left(open) + pdf.mid(close);
    const QByteArray cms = how.subFilter == "ETSI.RFC3161"
        ? opensslTimestamp(signedBytes)
        : opensslSign(signedBytes, how.who, how.subFilter != "ETSI.CAdES.detached");
    const QByteArray hex = cms.toHex();
    if (hex.size() > how.placeholder)
        qFatal("the signature does not fit its placeholder");
    pdf.replace(open + 1, hex.size(), hex);
    return pdf;
}

// A one-page PDF saying `text`, signed as `how` says.
inline QByteArray signedPdf(const Signing &how = {}, const QByteArray &text = "Kopii test document")
{
    PdfWriter w("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n");
    const QByteArray content = "BT /F1 24 Tf 72 760 Td (" + text + ") Tj ET";
    w.add(1, "<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [5 0 R] /SigFlags 3 >> >>");
    w.add(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    w.add(3,
          "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 6 0 R >> >> "
          "/Annots [5 0 R] >>");
    w.add(4, "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream");
    w.add(5, "<< /Type /Annot /Subtype /Widget /FT /Sig /Rect [0 0 0 0] /F 132 /T (Signature1) /V 7 0 R /P 3 0 R >>");
    w.add(6, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    w.add(7, signatureDictionary(how));
    w.finish(8);
    return fillPlaceholder(w.bytes(), how);
}

// Where the last revision's cross-reference section starts.
inline qint64 lastXref(const QByteArray &pdf)
{
    const qsizetype at = pdf.lastIndexOf("startxref");
    return pdf.mid(at + 9).trimmed().split('\n').value(0).trimmed().toLongLong();
}

// `pdf` with an incremental update that adds a second signature field (objects `first`…) signed
// as `how`; `extraPageText` also replaces the page's content in the same revision.
inline QByteArray withSignedRevision(const QByteArray &pdf, const Signing &how, int first = 8,
                                     const QByteArray &extraPageText = {})
{
    PdfWriter w(pdf);
    w.add(1,
          "<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [5 0 R " + QByteArray::number(first) + " 0 R] /SigFlags 3 >> >>");
    w.add(first,
          "<< /Type /Annot /Subtype /Widget /FT /Sig /Rect [0 0 0 0] /F 132 /T (Signature" + QByteArray::number(first) + ") /V "
              + QByteArray::number(first + 1) + " 0 R /P 3 0 R >>");
    w.add(first + 1, signatureDictionary(how));
    if (!extraPageText.isEmpty()) {
        const QByteArray content = "BT /F1 24 Tf 72 700 Td (" + extraPageText + ") Tj ET";
        w.add(4, "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream");
    }
    w.finish(first + 2, lastXref(pdf));
    return fillPlaceholder(w.bytes(), how);
}

// `pdf` with an unsigned incremental update that replaces the page's text (a "shadow" change).
inline QByteArray withUnsignedChange(const QByteArray &pdf, const QByteArray &text)
{
    PdfWriter w(pdf);
    const QByteArray content = "BT /F1 24 Tf 72 760 Td (" + text + ") Tj ET";
    w.add(4, "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream");
    w.finish(8, lastXref(pdf));
    return w.bytes();
}

} // namespace kopii::test::pades
