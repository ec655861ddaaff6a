// SPDX-License-Identifier: GPL-3.0-or-later
// Kopii in the themes people use (issue #22): the demo workspace's every area and its inbox detail,
// on a light, a dark and a high-contrast palette (KOPII_THEME: light, dark, contrast; ctest runs each,
// and one at 200 % with QT_SCALE_FACTOR=2). Every colour Kopii sets itself (verdicts, errors, notes,
// in style sheets and in its own HTML) must stand out from the background by WCAG's 4.5:1; the
// screenshots (KOPII_SCREENSHOT_DIR) are for a person to look at.
#include "demo/DemoWorkspace.h"
#include "mail/DropFolder.h"
#include "GuiTestUtil.h"
#include "ui/InboxPage.h"
#include "mail/Ingestor.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/RecordModels.h"
#include "ui/Widgets.h"
#include "core/AccessGuard.h"
#include "crypto/TrustStore.h"
#include "core/Workspace.h"

#include <QApplication>
#include <QLabel>
#include <QRegularExpression>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace kopii;
using namespace kopii::test;
using namespace kopii::ui;

namespace {

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xc7));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x8a, 0x8a, 0x8a));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x8a, 0x8a, 0x8a));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x8a, 0x8a, 0x8a));
    return p;
}

// White on black with yellow selection, as high-contrast desktop themes are.
QPalette contrastPalette()
{
    QPalette p;
    for (const auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button, QPalette::ToolTipBase})
        p.setColor(role, Qt::black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText,
                            QPalette::BrightText, QPalette::Light, QPalette::Midlight, QPalette::Mid, QPalette::Dark})
        p.setColor(role, Qt::white);
    p.setColor(QPalette::Shadow, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0xc0, 0xc0, 0xc0));
    p.setColor(QPalette::Highlight, QColor(0xff, 0xff, 0x00));
    p.setColor(QPalette::HighlightedText, Qt::black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x9a, 0x9a, 0x9a));
    return p;
}

QString theme()
{
    const QString t = qEnvironmentVariable("KOPII_THEME");
    return t.isEmpty() ? QStringLiteral("light") : t;
}

// Every colour written into the widget's style sheet or into its HTML.
QList<QColor> coloursOf(QWidget *w)
{
    QString text = w->styleSheet();
    if (auto *label = qobject_cast<QLabel *>(w))
        text += label->text();
    if (auto *browser = qobject_cast<QTextBrowser *>(w))
        text += browser->toHtml();
    QList<QColor> colours;
    static const QRegularExpression colour(QStringLiteral(R"((?<![-\w])color\s*:\s*(#[0-9a-fA-F]{6}))"));
    for (auto it = colour.globalMatch(text); it.hasNext();)
        colours << QColor(it.next().captured(1));
    return colours;
}

} // namespace

class TestGuiThemes : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Every visible label and text view of `root`: the colours Kopii chose against its background.
    static void everyColourReadable(QWidget *root, const QString &where)
    {
        QList<QWidget *> widgets = root->findChildren<QWidget *>();
        widgets.prepend(root);
        for (QWidget *w : std::as_const(widgets)) {
            if (!w->isVisible())
                continue;
            const QColor background =
                qobject_cast<QTextBrowser *>(w) ? w->palette().color(QPalette::Base) : w->palette().color(QPalette::Window);
            for (const QColor &c : coloursOf(w))
                QVERIFY2(contrastRatio(c, background) >= 4.5,
                         qPrintable(QStringLiteral("%1: %2 (%3) on %4 has contrast %5")
                                        .arg(where, w->objectName(), c.name(), background.name())
                                        .arg(contrastRatio(c, background), 0, 'f', 2)));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("KopiiTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_gui_themes"));
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toLocal8Bit());
        MessageBox::setTestMode(true);
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        if (theme() == QLatin1String("dark"))
            QApplication::setPalette(darkPalette());
        else if (theme() == QLatin1String("contrast"))
            QApplication::setPalette(contrastPalette());
        else
            QApplication::setPalette(QApplication::style()->standardPalette());
    }

    // The tones against the palettes themselves: light, dark and high contrast.
    void tonesStandOutOnEveryPalette()
    {
        for (const QPalette &palette : {QApplication::style()->standardPalette(), darkPalette(), contrastPalette()})
            for (const Tone tone : {Tone::Good, Tone::Bad, Tone::Caution, Tone::Muted}) {
                const QColor c = toneColor(tone, palette);
                QVERIFY(contrastRatio(c, palette.color(QPalette::Window)) >= 4.5);
                QVERIFY(contrastRatio(c, palette.color(QPalette::Base)) >= 4.5);
            }
        // Good and bad are told apart by more than the text colour in a coloured theme.
        QVERIFY(toneColor(Tone::Good, darkPalette()) != toneColor(Tone::Bad, darkPalette()));
        QVERIFY(toneColor(Tone::Good, QApplication::style()->standardPalette())
                != toneColor(Tone::Bad, QApplication::style()->standardPalette()));
        QCOMPARE(qRound(contrastRatio(Qt::black, Qt::white)), 21);
    }

    void everyAreaReadable()
    {
        const QString folder = m_dir.filePath(QStringLiteral("demo"));
        const auto created = DemoWorkspace::create(folder);
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        auto ws = Workspace::open(folder);
        QVERIFY(ws);
        SqlSession &store = (*ws)->session();
        TrustStore trust(store);
        QVERIFY(trust.load());
        AccessGuard guard(store, QStringLiteral("gui"));
        guard.setSession(Role::Manager, QStringLiteral("Демченко Оксана Петрівна"));
        Ingestor ingestor(store);
        QVERIFY(DropFolder(created->dropFolder, ingestor).scan());
        MainWindow window(**ws, guard);
        window.resize(1300, 860);
        window.setSession(QStringLiteral("Демченко Оксана Петрівна"), Role::Manager);
        window.inboxPage()->setTrust(&trust);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString scale = qEnvironmentVariable("QT_SCALE_FACTOR");
        const QString prefix =
            QStringLiteral("theme-%1%2-").arg(theme(), scale.isEmpty() ? QString() : QStringLiteral("-x") + scale);
        const QStringList areas = {QStringLiteral("organization"), QStringLiteral("branches"), QStringLiteral("services"),
                                   QStringLiteral("posters"),      QStringLiteral("inbox"),    QStringLiteral("mailboxes"),
                                   QStringLiteral("employees"),    QStringLiteral("settings")};
        for (int area = 0; area < areas.size(); ++area) {
            window.showArea(MainWindow::Area(area));
            if (area == MainWindow::Inbox) {
                InboxPage *inbox = window.inboxPage();
                inbox->reload();
                QTRY_VERIFY_WITH_TIMEOUT(!inbox->isVerifying(), 30000);
                QTRY_COMPARE(inbox->view()->model()->rowCount(), 6);
                // The altered submission: its red verdict and notes on screen.
                for (int row = 0; row < inbox->view()->model()->rowCount(); ++row)
                    if (inbox->view()
                            ->model()
                            ->index(row, SubmissionTableModel::VerdictColumn)
                            .data()
                            .toString()
                            .contains(QStringLiteral("NOT valid")))
                        inbox->selectSubmission(row);
                QTRY_VERIFY_WITH_TIMEOUT(!inbox->isRendering(), 20000);
                const QColor verdict = inbox->view()
                                           ->model()
                                           ->index(0, SubmissionTableModel::VerdictColumn)
                                           .data(Qt::ForegroundRole)
                                           .value<QBrush>()
                                           .color();
                if (verdict.isValid())
                    QVERIFY(contrastRatio(verdict, inbox->view()->palette().color(QPalette::Base)) >= 4.5);
            }
            everyColourReadable(&window, areas.at(area));
            screenshot(&window, prefix + areas.at(area));
        }
    }
};

QTEST_MAIN(TestGuiThemes)
#include "tst_gui_themes.moc"
