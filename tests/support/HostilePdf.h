// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// PDFs that attack a renderer by their size alone (the security review's appendix A.3).
#include <QByteArray>
#include <QList>

namespace kopii::test {

// The review's hostile_pdf.py: `count` pages of w x h points.
inline QByteArray hostilePdf(int count, int w, int h)
{
    QList<QByteArray> objects{"<< /Type /Catalog /Pages 2 0 R >>"};
    QByteArray kids;
    for (int i = 0; i < count; ++i)
        kids += QByteArray::number(4 + i) + " 0 R ";
    objects << "<< /Type /Pages /Count " + QByteArray::number(count) + " /Kids [" + kids + "] >>";
    const QByteArray content = "BT /F1 24 Tf 72 720 Td (page) Tj ET";
    objects << "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream";
    for (int i = 0; i < count; ++i)
        objects << "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + QByteArray::number(w) + ' ' + QByteArray::number(h)
                + "] /Contents 3 0 R >>";
    QByteArray out = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << out.size();
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype o : offsets)
        out += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

} // namespace kopii::test
