// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AccessionPanel.h"
#include "core/OrganizationRules.h"
#include "ui/Widgets.h"
#include "ui/ExternalCopies.h"

#include "accession/Accession.h"
#include "ui/MessageBox.h"
#include "core/AccessGuard.h"
#include "ui/Session.h"
#include "crypto/TrustStore.h"

#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace kopii::ui {

namespace {
std::optional<bool> g_previewAnswer;
const QString kKind = QString::fromLatin1(kAccessionApplication);
} // namespace

AccessionPanel::AccessionPanel(AccessGuard &guard, QWidget *parent) : QGroupBox(parent), m_guard(guard)
{
    setObjectName(QStringLiteral("accessionPanel"));
    auto *layout = new QVBoxLayout(this);
    m_intro = makeLabel();
    m_intro->setWordWrap(true);
    m_status = makeRichLabel(); // HTML of Kopii's own, its data escaped
    m_status->setObjectName(QStringLiteral("accessionStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details = makeLabel();
    m_details->setObjectName(QStringLiteral("accessionDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_intro);
    layout->addWidget(m_status);
    layout->addWidget(m_details);

    auto *buttons = new QHBoxLayout;
    m_sign = new QPushButton;
    m_sign->setObjectName(QStringLiteral("signAccession"));
    m_open = new QPushButton;
    m_open->setObjectName(QStringLiteral("openAccession"));
    m_save = new QPushButton;
    m_save->setObjectName(QStringLiteral("saveAccession"));
    buttons->addWidget(m_sign);
    buttons->addWidget(m_open);
    buttons->addWidget(m_save);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_sign, &QPushButton::clicked, this, &AccessionPanel::signApplication);
    connect(m_open, &QPushButton::clicked, this, &AccessionPanel::openPdf);
    connect(m_save, &QPushButton::clicked, this, &AccessionPanel::chooseFolderAndSave);
    retranslateUi();
}

AccessionPanel::~AccessionPanel() = default;

void AccessionPanel::setPreviewAnswerForTests(std::optional<bool> answer)
{
    g_previewAnswer = answer;
}

void AccessionPanel::setSession(Session *session, TrustStore *trust)
{
    m_session = session;
    m_trust = trust;
    reload();
}

void AccessionPanel::setEditable(bool manager)
{
    m_manager = manager;
    reload();
}

void AccessionPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void AccessionPanel::retranslateUi()
{
    setTitle(tr("Application for accession to Diia.QR"));
    m_intro->setText(tr("Per the Diia.QR rules, the head of the organisation (or the sole proprietor) signs the "
                        "application for accession with a qualified electronic signature (KEP). Kopii prepares it "
                        "from the data on this page and the branches, and keeps it with its signature."));
    m_open->setText(tr("&Open PDF"));
    m_save->setText(tr("Save PDF and &signature…"));
    reload();
}

void AccessionPanel::reload()
{
    if (m_busy)
        return;
    const auto latest = OrganizationRules(m_guard).latestSignedDocument(kKind);
    m_document.reset();
    if (latest && latest->has_value())
        m_document = **latest;
    const bool signedAlready = m_document.has_value();
    m_sign->setText(signedAlready ? tr("Sign &again…") : tr("&Sign the application…"));
    m_sign->setVisible(m_manager);
    m_sign->setEnabled(m_session && m_trust && m_session->signer());
    m_open->setEnabled(signedAlready);
    m_save->setEnabled(signedAlready);
    if (!latest) {
        m_status->setText(latest.error().message);
        m_details->clear();
        return;
    }
    if (!signedAlready) {
        m_status->setText(m_manager ? tr("Not signed yet. Sign it once the organisation and its branches are right.")
                                    : tr("Not signed yet: the manager signs it."));
        m_details->clear();
        return;
    }
    const SignedDocument &d = *m_document;
    if (!m_trust) {
        m_status->setText(tr("Signed by %1 on %2; the signature is checked after login.")
                              .arg(d.signerName, QLocale().toString(d.signedAt.toLocalTime(), QLocale::ShortFormat)));
        m_details->clear();
        return;
    }
    const auto check = Accession::verify(d, *m_trust, m_guard.now());
    const bool valid = check && check->valid();
    m_status->setText(QStringLiteral("<b style=\"color:%1\">%2</b>")
                          .arg(valid ? toneName(Tone::Good) : toneName(Tone::Bad), Accession::summary(d, check).toHtmlEscaped()));
    QStringList details;
    details << tr("Files: %1 (%2 KB) and its signature %1.p7s").arg(d.fileName).arg((d.pdf.size() + 1023) / 1024);
    if (check && !check->signer.isNull()) {
        const CertificateInfo &info = check->signer.info();
        details << tr("Signer: %1, RNOKPP %2").arg(info.holderName(), info.rnokpp);
        details << tr("Certificate: serial %1, issued by %2, valid until %3")
                       .arg(info.serialNumber, info.issuerCommonName,
                            QLocale().toString(info.notAfter.toLocalTime().date(), QLocale::ShortFormat));
        details << tr("Format: CAdES-BES, detached; signing time %1 (as stated by the signer's computer)")
                       .arg(QLocale().toString(check->signingTime.toLocalTime(), QLocale::ShortFormat));
    }
    m_details->setText(details.join(QLatin1Char('\n')));
}

bool AccessionPanel::confirmPreview(const QString &html)
{
    if (g_previewAnswer)
        return *g_previewAnswer;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("accessionPreview"));
    dialog.setWindowTitle(tr("Application for accession to Diia.QR"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *intro = makeLabel(tr("Read the application. It is signed with your KEP as it is shown here."));
    intro->setWordWrap(true);
    auto *view = new QTextBrowser;
    view->setHtml(html);
    auto *box = makeButtonBox(QDialogButtonBox::Cancel);
    QPushButton *sign = box->addButton(tr("Sign with my KEP"), QDialogButtonBox::AcceptRole);
    sign->setDefault(true);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(intro);
    layout->addWidget(view, 1);
    layout->addWidget(box);
    dialog.resize(720, 820);
    return dialog.exec() == QDialog::Accepted;
}

void AccessionPanel::signApplication()
{
    if (m_busy)
        return;
    if (!m_session || !m_trust || !m_session->signer()) {
        MessageBox::warning(this, title(), tr("Log in with your KEP to sign the application."));
        return;
    }
    std::shared_ptr<Signer> signer = m_session->sharedSigner();
    const auto data = Accession::collect(m_guard, signer->certificate(), m_guard.now().toLocalTime().date());
    if (!data) {
        MessageBox::warning(this, title(), data.error());
        Q_EMIT signingFinished(false, data.error().message);
        return;
    }
    if (!confirmPreview(AccessionApplication::html(*data))) {
        Q_EMIT signingFinished(false, QString());
        return;
    }
    m_busy = true;
    m_sign->setEnabled(false);
    m_status->setText(tr("Signing… (a token may ask for its button or PIN pad)"));
    // Rendering and the token's signature run as a job; keeping the document comes back here.
    Accession::startSigning(this, m_guard, *m_trust, std::move(signer), *data,
                            [this](Result<RecordId> kept) { finishSigning(kept ? QString() : kept.error().message); });
}

void AccessionPanel::finishSigning(const QString &message)
{
    m_busy = false;
    reload();
    if (!message.isEmpty()) {
        MessageBox::warning(this, title(), message);
        Q_EMIT signingFinished(false, message);
        return;
    }
    Q_EMIT signingFinished(true, m_status->text());
}

void AccessionPanel::openPdf()
{
    if (!m_document)
        return;
    // A private folder of this run, wiped when the session locks and when Kopii quits.
    const auto path = ExternalCopies::write(m_document->fileName, m_document->pdf);
    if (!path) {
        MessageBox::warning(this, title(), path.error());
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(*path)))
        MessageBox::warning(this, title(),
                            tr("No program to show PDF files was found. Save the PDF and open it yourself: %1")
                                .arg(QDir::toNativeSeparators(*path)));
}

void AccessionPanel::chooseFolderAndSave()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the application and its signature"),
                                                             QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (!folder.isEmpty() && exportTo(folder))
        MessageBox::information(
            this, title(), tr("Saved:\n%1\n%1.p7s").arg(QDir::toNativeSeparators(QDir(folder).filePath(m_document->fileName))));
}

bool AccessionPanel::exportTo(const QString &folder)
{
    if (!m_document)
        return false;
    const QString pdfPath = QDir(folder).filePath(m_document->fileName);
    for (const auto &[path, bytes] :
         {std::pair{pdfPath, m_document->pdf}, std::pair{pdfPath + QStringLiteral(".p7s"), m_document->signature}}) {
        QSaveFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
            MessageBox::warning(this, title(), tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), f.errorString()));
            return false;
        }
    }
    return true;
}

} // namespace kopii::ui
