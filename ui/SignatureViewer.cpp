// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SignatureViewer.h"
#include "ui/Widgets.h"

#include "ui/DocumentView.h"
#include "ui/RecordModels.h"
#include "crypto/SignatureVerifier.h"
#include "crypto/TrustStore.h"
#include "inbox/VerificationPipeline.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace kopii::ui {

SignatureViewer::SignatureViewer(const TrustStore &trust, bool online, QWidget *parent)
    : QWidget(parent), m_trust(trust), m_online(online)
{
    setObjectName(QStringLiteral("SignatureViewer"));
    m_title = makeLabel();
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_verdict = makeLabel();
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setWordWrap(true);
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("documents"));
    m_list->setMaximumHeight(90);
    m_view = new DocumentView;
    m_openOther = new QPushButton;
    m_chooseContent = new QPushButton;
    m_chooseContent->setObjectName(QStringLiteral("chooseContent"));
    m_chooseContent->setVisible(false);
    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_chooseContent);
    top->addWidget(m_openOther);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_verdict);
    layout->addWidget(m_list);
    layout->addWidget(m_view, 1);
    connect(m_list, &QListWidget::currentRowChanged, this, &SignatureViewer::showDocument);
    connect(m_openOther, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open a signature"), QFileInfo(m_path).absolutePath(),
            tr("Signatures and documents (*.p7s *.p7m *.p7 *.pkcs7 *.sig *.cms *.pdf *.eml);;All files (*)"));
        if (!path.isEmpty())
            open(path);
    });
    // A detached signature whose document has another name: the user points at it.
    connect(m_chooseContent, &QPushButton::clicked, this, [this] {
        const QString content = QFileDialog::getOpenFileName(this, tr("Choose the signed file"), QFileInfo(m_path).absolutePath(),
                                                             tr("All files (*)"));
        if (!content.isEmpty())
            open(m_path, content);
    });
    retranslateUi();
}

void SignatureViewer::retranslateUi()
{
    setWindowTitle(m_path.isEmpty() ? tr("Signature check") : tr("%1 — signature check").arg(QFileInfo(m_path).fileName()));
    m_openOther->setText(tr("Open &another…"));
    m_chooseContent->setText(tr("&Choose the signed file…"));
    m_chooseContent->setToolTip(tr("The signature is kept apart from the document it signs; choose that document"));
    if (m_path.isEmpty())
        m_title->setText(tr("Open a signature (.p7s), a signed PDF or an e-mail (.eml) to check it."));
}

void SignatureViewer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool SignatureViewer::open(const QString &path, const QString &content)
{
    if (m_verifying)
        return false;
    m_path = path;
    m_documents.clear();
    m_list->clear();
    m_view->clear();
    retranslateUi();
    m_title->setText(QDir::toNativeSeparators(path));
    m_chooseContent->setVisible(false);
    const auto files = SignatureFiles::load(path, content);
    if (!files) {
        m_verdict->setText(files.error().message);
        m_verdict->setStyleSheet(QStringLiteral("color:%1").arg(toneName(Tone::Bad)));
        return false;
    }
    RecordId id = 0;
    // A lone detached signature without its document: offer to choose it.
    m_chooseContent->setVisible(files->size() == 1 && files->first().pdf.isEmpty()
                                && SignatureVerifier::attachedContent(files->first().p7s).isEmpty());
    for (const SignedFile &f : *files) {
        DocumentCopy d;
        d.id = ++id;
        d.kind = f.kind;
        d.pdfName = f.pdf.isEmpty() ? QString() : f.document;
        d.p7sName = f.pdf.isEmpty() ? f.document : f.document + QStringLiteral(".p7s");
        d.pdf = f.pdf;
        d.p7s = f.p7s;
        m_documents << d;
    }
    m_verdict->setText(tr("Checking the signature…"));
    m_verdict->setStyleSheet(QString());
    // A job: the chain, and the issuer's OCSP responder when online, off the UI thread.
    m_verifying = true;
    VerificationPipeline::startFiles(this, m_documents, m_trust, m_online, [this](QList<DocumentCopy> checked) {
        m_verifying = false;
        m_documents = std::move(checked);
        Submission all;
        all.documents = m_documents;
        const QString worst = kopii::worstVerdict(all);
        for (const DocumentCopy &d : std::as_const(m_documents))
            m_list->addItem(QStringLiteral("%1 — %2").arg(d.pdfName.isEmpty() ? d.p7sName : d.pdfName,
                                                          SubmissionTableModel::verdictText(d.verification->verdict)));
        m_verdict->setText(m_documents.size() == 1 ? m_documents.first().verification->summary
                                                   : SubmissionTableModel::verdictText(worst));
        m_verdict->setStyleSheet(QStringLiteral("color:%1; font-weight:bold")
                                     .arg(toneName(worst == QLatin1String("valid")         ? Tone::Good
                                                       : worst == QLatin1String("invalid") ? Tone::Bad
                                                                                           : Tone::Caution)));
        m_list->setVisible(m_documents.size() > 1);
        m_list->setCurrentRow(0);
        Q_EMIT verified();
    });
    return true;
}

void SignatureViewer::showDocument(int index)
{
    if (index >= 0 && index < m_documents.size())
        m_view->setDocument(m_documents.at(index));
}

} // namespace kopii::ui
