// SPDX-License-Identifier: GPL-3.0-or-later
#include "accession/AccessionApplication.h"

#include "core/DocumentKinds.h"
#include "core/Language.h"
#include "accession/OfficialPdf.h"

namespace kopii {

namespace {

// The document's texts: English in the source (for lupdate and readers of the code), printed in
// Ukrainian through Language::ukrainian.
const char *const kContext = "AccessionApplication";
QString uk(const char *source)
{
    return Language::ukrainian(kContext, source);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td class=\"label\">%1</td><td>%2</td></tr>").arg(esc(label), esc(value));
}

QString dateText(const QDate &date)
{
    return date.toString(QStringLiteral("dd.MM.yyyy"));
}

} // namespace

QString AccessionApplication::fileName(const QDate &date)
{
    return uk(QT_TRANSLATE_NOOP("AccessionApplication", "Accession application")) + QLatin1Char(' ') + date.toString(Qt::ISODate)
        + QStringLiteral(".pdf");
}

QString AccessionApplication::html(const AccessionData &d)
{
    const bool legal = d.organization.kind == OrganizationKind::LegalEntity;
    QString h;
    h += QStringLiteral("<html><head><style>"
                        "body { font-size: 11pt; }"
                        "h1 { font-size: 16pt; text-align: center; margin-bottom: 2pt; }"
                        "h2 { font-size: 12pt; margin-top: 14pt; margin-bottom: 4pt; }"
                        "p.sub { text-align: center; margin-top: 0; }"
                        "td.label { color: #333333; padding-right: 12pt; }"
                        "table.list th { background-color: #e8e8e8; text-align: left; }"
                        "p.small { font-size: 9pt; color: #333333; }"
                        "</style></head><body>");
    h += QStringLiteral("<p align=\"right\">%1</p>")
             .arg(esc(uk(QT_TRANSLATE_NOOP("AccessionApplication", "To the administrator of the Diia.QR service"))));
    h += QStringLiteral("<h1>%1</h1>").arg(esc(uk(QT_TRANSLATE_NOOP("AccessionApplication", "APPLICATION"))));
    h += QStringLiteral("<p class=\"sub\"><b>%1</b></p>")
             .arg(esc(uk(QT_TRANSLATE_NOOP("AccessionApplication", "for accession to the Diia.QR service"))));

    h += QStringLiteral("<h2>%1</h2><table cellspacing=\"0\" cellpadding=\"3\">")
             .arg(esc(uk(QT_TRANSLATE_NOOP("AccessionApplication", "1. Applicant"))));
    h += row(uk(QT_TRANSLATE_NOOP("AccessionApplication", "Name")), d.organization.name);
    h += row(uk(QT_TRANSLATE_NOOP("AccessionApplication", "Legal form")),
             legal ? uk(QT_TRANSLATE_NOOP("AccessionApplication", "legal entity"))
                   : uk(QT_TRANSLATE_NOOP("AccessionApplication", "individual entrepreneur (FOP)")));
    h += row(legal ? uk(QT_TRANSLATE_NOOP("AccessionApplication", "EDRPOU code"))
                   : uk(QT_TRANSLATE_NOOP("AccessionApplication", "RNOKPP (taxpayer number)")),
             d.organization.code);
    h += row(uk(QT_TRANSLATE_NOOP("AccessionApplication", "Head")), d.organization.headFullName);
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>%1</h2><table cellspacing=\"0\" cellpadding=\"3\">")
             .arg(esc(uk(QT_TRANSLATE_NOOP("AccessionApplication", "2. Person signing the application"))));
    h += row(uk(QT_TRANSLATE_NOOP("AccessionApplication", "Full name")), d.signerName);
    h += row(uk(QT_TRANSLATE_NOOP("AccessionApplication", "RNOKPP")), d.signerRnokpp);
    if (!d.signerTitle.isEmpty())
        h += row(uk(QT_TRANSLATE_NOOP("AccessionApplication", "Position")), d.signerTitle);
    h += row(uk(QT_TRANSLATE_NOOP("AccessionApplication", "Certificate issued by")), d.certificateIssuer);
    h += row(uk(QT_TRANSLATE_NOOP("AccessionApplication", "Certificate serial number")), d.certificateSerial);
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>%1</h2>")
             .arg(esc(uk(QT_TRANSLATE_NOOP("AccessionApplication", "3. Branches that receive the copies"))));
    if (d.branches.isEmpty()) {
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(
                     uk(QT_TRANSLATE_NOOP("AccessionApplication", "No branches yet; they will be added in the program Kopii."))));
    } else {
        h += QStringLiteral("<table class=\"list\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"0.5\">"
                            "<tr><th width=\"28%\">%1</th><th width=\"40%\">%2</th><th width=\"32%\">%3</th></tr>")
                 .arg(esc(uk(QT_TRANSLATE_NOOP("AccessionApplication", "Branch"))),
                      esc(uk(QT_TRANSLATE_NOOP("AccessionApplication", "Address"))),
                      esc(uk(QT_TRANSLATE_NOOP("AccessionApplication", "E-mail for the copies"))));
        for (const Branch &b : d.branches)
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                     .arg(esc(b.customFullName.isEmpty() ? b.name : b.customFullName),
                          esc(b.customFullAddress.isEmpty() ? b.displayAddress() : b.customFullAddress), esc(b.email));
        h += QStringLiteral("</table>");
    }

    if (!d.services.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2><table class=\"list\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" "
                            "border=\"0.5\"><tr><th>%2</th><th>%3</th></tr>")
                 .arg(esc(uk(QT_TRANSLATE_NOOP("AccessionApplication", "4. Services and the documents requested"))),
                      esc(uk(QT_TRANSLATE_NOOP("AccessionApplication", "Service"))),
                      esc(uk(QT_TRANSLATE_NOOP("AccessionApplication", "Documents"))));
        const auto &catalog = DocumentKindCatalog::instance();
        for (const Service &s : d.services) {
            QStringList kinds;
            for (const QString &code : s.documentKinds) {
                const DocumentKind *k = catalog.find(code);
                kinds << (k ? k->nameUk : code);
            }
            h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(esc(s.name), esc(kinds.join(QStringLiteral("; "))));
        }
        h += QStringLiteral("</table>");
    }

    h += QStringLiteral("<h2>%1</h2>")
             .arg(esc(d.services.isEmpty() ? uk(QT_TRANSLATE_NOOP("AccessionApplication", "4. Undertakings of the applicant"))
                                           : uk(QT_TRANSLATE_NOOP("AccessionApplication", "5. Undertakings of the applicant"))));
    h += QStringLiteral("<p>%1</p><ul>")
             .arg(esc(uk(QT_TRANSLATE_NOOP("AccessionApplication",
                                           "The applicant joins the Diia.QR service on its terms of use and undertakes:"))));
    const char *const terms[] = {
        QT_TRANSLATE_NOOP("AccessionApplication",
                          "to request through Diia.QR only the documents a service really needs, and to use the copies "
                          "received only for that service;"),
        QT_TRANSLATE_NOOP("AccessionApplication",
                          "to process the personal data in the copies under the Law of Ukraine \"On Personal Data "
                          "Protection\", with access only for authorised employees;"),
        QT_TRANSLATE_NOOP("AccessionApplication", "to keep the copies no longer than the service requires and then delete them;"),
        QT_TRANSLATE_NOOP("AccessionApplication",
                          "to place the QR codes only at its own premises named above and to remove them when a "
                          "service or a branch stops;"),
        QT_TRANSLATE_NOOP("AccessionApplication",
                          "to protect the mailboxes that receive the copies and to report a change of its data or of "
                          "the mailboxes without delay."),
    };
    for (const char *t : terms)
        h += QStringLiteral("<li>%1</li>").arg(esc(uk(t)));
    h += QStringLiteral("</ul>");

    h += QStringLiteral("<p>&nbsp;</p><table cellspacing=\"0\" cellpadding=\"3\">");
    h += row(uk(QT_TRANSLATE_NOOP("AccessionApplication", "Date")), dateText(d.date));
    h += row(uk(QT_TRANSLATE_NOOP("AccessionApplication", "Signature")),
             uk(QT_TRANSLATE_NOOP("AccessionApplication",
                                  "qualified electronic signature (KEP) in the separate file of the same name with the "
                                  "extension .p7s")));
    h += QStringLiteral("</table>");
    h += QStringLiteral("<p class=\"small\">%1</p>")
             .arg(esc(uk(QT_TRANSLATE_NOOP("AccessionApplication",
                                           "Prepared with the program Kopii %1. The signature is CAdES-BES; any "
                                           "program that checks qualified electronic signatures can confirm it."))
                          .arg(QStringLiteral(KOPII_VERSION))));
    h += QStringLiteral("</body></html>");
    return h;
}

Result<QByteArray> AccessionApplication::renderPdf(const AccessionData &data)
{
    if (data.organization.name.isEmpty() || data.organization.code.isEmpty())
        return Error{Error::Code::Validation,
                     tr("The organisation's name and code are missing: fill in the Organisation page first."),
                     {}};
    if (data.signerName.isEmpty() || data.signerRnokpp.isEmpty() || !data.date.isValid())
        return Error{Error::Code::Validation,
                     tr("The application needs the signer's name and RNOKPP and the date; the certificate carries "
                        "no name or RNOKPP."),
                     {}};

    // QTextDocument::print adds 2 cm on every side (and the page numbers): with these, the left
    // margin is the 2.5 cm of an office document.
    return OfficialPdf::render(html(data),
                               uk(QT_TRANSLATE_NOOP("AccessionApplication", "Application for accession to the Diia.QR service"))
                                   + QStringLiteral(" — ") + data.organization.name);
}

} // namespace kopii
