// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/DocumentView.h"
#include "ui/Widgets.h"

#include "ui/PdfPreview.h"
#include "inbox/ShownDocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace kopii::ui {

DocumentView::DocumentView(QWidget *parent) : QWidget(parent)
{
    m_checks = new QTextBrowser;
    m_checks->setObjectName(QStringLiteral("checks"));
    m_preview = new PdfPreview;
    m_contentNote = makeLabel();
    m_contentNote->setObjectName(QStringLiteral("contentNote"));
    m_contentNote->setWordWrap(true);
    m_contentNote->hide();
    auto *previewPane = new QWidget;
    auto *previewLayout = new QVBoxLayout(previewPane);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_contentNote);
    previewLayout->addWidget(m_preview, 1);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_checks);
    split->addWidget(previewPane);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
}

QString DocumentView::checksHtml(const StoredVerification &v)
{
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(v.summary.toHtmlEscaped());
    if (!v.signerName.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Signed by %1, RNOKPP %2%3, at %4")
                             .arg(v.signerName.toHtmlEscaped(), v.signerRnokpp.isEmpty() ? QStringLiteral("—") : v.signerRnokpp,
                                  v.signerEdrpou.isEmpty() ? QString() : tr(", EDRPOU %1").arg(v.signerEdrpou),
                                  v.signingTime.isValid() ? QLocale().toString(v.signingTime.toLocalTime(), QLocale::ShortFormat)
                                                          : tr("an unstated time")));
    QStringList facts;
    if (!v.issuer.isEmpty())
        facts << tr("Certificate issued by %1.").arg(v.issuer.toHtmlEscaped());
    if (v.chain.size() > 1)
        facts << tr("Chain: %1.").arg(v.chain.join(QStringLiteral(" → ")).toHtmlEscaped());
    if (v.timestamp.isValid())
        facts << tr("Timestamp: %1.").arg(QLocale().toString(v.timestamp.toLocalTime(), QLocale::ShortFormat));
    if (v.poeTime.isValid()) {
        // The time the checks were judged at: never the time the signer states.
        const QString at = QLocale().toString(v.poeTime.toLocalTime(), QLocale::ShortFormat);
        if (v.poe == QLatin1String("timestamp"))
            facts << tr("Judged as of its timestamp, %1.").arg(at);
        else if (v.poe == QLatin1String("received"))
            facts << tr("Judged as of %1, when Kopii received it (the time the signer states proves nothing).").arg(at);
        else
            facts << tr("Judged as of %1, the time of the check: nothing proves an earlier time.").arg(at);
    }
    if (!v.algorithm.isEmpty())
        facts << tr("Algorithm: %1.").arg(v.algorithm.toHtmlEscaped());
    if (!facts.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral("<br>")));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    for (const QJsonValue &c : QJsonDocument::fromJson(v.checksJson.toUtf8()).array()) {
        const QJsonObject o = c.toObject();
        const bool ok = o.value(QStringLiteral("ok")).toBool();
        if (o.value(QStringLiteral("name")).toString() == QLatin1String("signature-of")) {
            // One signature of several: a heading over its own checks.
            html += QStringLiteral("</table><p style=\"margin-top:8px; color:%1\"><b>%2</b></p>"
                                   "<table cellspacing=\"0\" cellpadding=\"3\">")
                        .arg(ok ? toneName(Tone::Good) : toneName(Tone::Bad),
                             o.value(QStringLiteral("detail")).toString().toHtmlEscaped());
            continue;
        }
        if (o.value(QStringLiteral("info")).toBool()) { // information, no check: the signature's form
            html += QStringLiteral("<tr><td style=\"color:%1\">•</td><td>%2</td></tr>")
                        .arg(toneName(Tone::Muted))
                        .arg(o.value(QStringLiteral("detail")).toString().toHtmlEscaped());
            continue;
        }
        html += QStringLiteral("<tr><td style=\"color:%1\">%2</td><td>%3</td></tr>")
                    .arg(ok ? toneName(Tone::Good) : toneName(Tone::Bad), ok ? QStringLiteral("✓") : QStringLiteral("✗"),
                         o.value(QStringLiteral("detail")).toString().toHtmlEscaped());
    }
    html += QStringLiteral("</table><p style=\"color:%1\">%2</p>")
                .arg(toneName(Tone::Muted),
                     tr("Checked %1.").arg(QLocale().toString(v.verifiedAt.toLocalTime(), QLocale::ShortFormat)));
    return html;
}

void DocumentView::setDocument(const DocumentCopy &d)
{
    if (d.verification)
        m_checks->setHtml(checksHtml(*d.verification));
    else
        m_checks->setPlainText(tr("Not checked yet."));
    // The preview shows what was signed: for an attached signature, the content inside it.
    const ShownDocument shown = ShownDocument::of(d);
    if (shown.differsFromAttachment) {
        m_contentNote->setText(tr("The PDF sent with this signature is not what was signed. Shown below is the signed "
                                  "document, taken from the signature."));
        m_contentNote->setStyleSheet(QStringLiteral("color:%1; font-weight:bold").arg(toneName(Tone::Bad)));
        m_contentNote->show();
    } else if (shown.signedVersionOnly) {
        m_contentNote->setText(tr("Parts were added to this PDF after it was signed. Shown below is the version that "
                                  "was signed, without them."));
        m_contentNote->setStyleSheet(QStringLiteral("color:%1; font-weight:bold").arg(toneName(Tone::Caution)));
        m_contentNote->show();
    } else if (shown.fromSignature) {
        m_contentNote->setText(tr("Shown below is the signed document, taken from the signature."));
        m_contentNote->setStyleSheet(QString());
        m_contentNote->show();
    } else {
        m_contentNote->hide();
    }
    m_preview->setPdf(shown.pdf,
                      tr("There is no document to show: the signature carries no content and no PDF came "
                         "with it."));
}

void DocumentView::showMessage(const QString &text)
{
    m_checks->setPlainText(text);
    m_contentNote->hide();
    m_preview->clear();
}

void DocumentView::clear()
{
    m_checks->clear();
    m_contentNote->hide();
    m_preview->clear();
}

} // namespace kopii::ui
