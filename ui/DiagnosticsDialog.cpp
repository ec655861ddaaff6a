// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/DiagnosticsDialog.h"

#include "ui/Widgets.h"

#include "core/Job.h"
#include "core/Workspace.h"
#include "crypto/CryptoDiagnostics.h"
#include "crypto/Pkcs11Token.h"
#include "crypto/TrustStore.h"
#include "mail/MailDiagnostics.h"
#include "render/PdfRenderer.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kopii::ui {

DiagnosticsDialog::DiagnosticsDialog(Workspace &workspace, const TrustStore *trust, QWidget *parent)
    : QDialog(parent), m_text(new QPlainTextEdit), m_status(new QLabel), m_copy(new QPushButton(tr("&Copy for support")))
{
    setWindowTitle(tr("Diagnostics"));
    auto *intro = new QLabel(tr("What Kopii's support needs to know about this installation. It holds nothing about "
                                "the documents or the people who sent them. Copy it into your message to support."));
    intro->setWordWrap(true);
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setAccessibleName(tr("Diagnostics report"));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *buttons = makeButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(reportText());
        m_status->setText(tr("Copied. Paste it into your message to support."));
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(820, 560);

    QList<DiagnosticsSection> sections{Diagnostics::program(), Diagnostics::workspace(workspace.path(), workspace.session())};
    if (trust)
        sections << CryptoDiagnostics::trust(*trust, workspace.session());
    sections << MailDiagnostics::mailboxes(workspace.session()) << Diagnostics::recentErrors();
    present(sections);
    m_status->setText(tr("Looking for tokens and the PDF helper…"));
    // Loading a PKCS#11 module and starting the PDF helper take a moment: off the UI thread.
    Jobs::run(
        this,
        [](const CancelToken &) {
            DiagnosticsSection pdf{tr("PDF display"), {}};
            const auto poppler = PdfRenderer::popplerVersion();
            pdf.rows.append({tr("Poppler (in the helper kopii-render)"), poppler ? *poppler : poppler.error().message});
            return QList<DiagnosticsSection>{pdf, CryptoDiagnostics::tokens(Pkcs11Module::defaultModulePath())};
        },
        [this](const QList<DiagnosticsSection> &more) {
            QList<DiagnosticsSection> all = m_sections;
            // After the program's own versions and the workspace: the PDF helper; the tokens
            // after trust; the recent errors last.
            all.insert(1, more.at(0));
            all.insert(all.size() - 1, more.at(1));
            present(all);
            m_status->clear();
            m_complete = true;
            Q_EMIT completed();
        });
}

QString DiagnosticsDialog::reportText() const
{
    return Diagnostics::text(m_sections);
}

void DiagnosticsDialog::present(const QList<DiagnosticsSection> &sections)
{
    m_sections = sections;
    m_text->setPlainText(reportText());
}

} // namespace kopii::ui
