// SPDX-License-Identifier: GPL-3.0-or-later
// The layers of docs/architecture.md, guarded: every include of Kopii's own headers names its
// layer ("core/Store.h", "crypto/TrustStore.h", "ui/MainWindow.h"), and no layer includes one above
// it. Besides: nothing in app/ includes QtWidgets (app/ holds no widgets), and ui/ includes no
// OpenSSL, GMime, libp11, Poppler or seccomp (the GUI reaches them through app/ only).
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

const QString kRoot = QStringLiteral(KOPII_SOURCE_DIR);

// Which layers each layer may include (its own among them), as the libraries link.
const QHash<QString, QSet<QString>> &allowed()
{
    static const QHash<QString, QSet<QString>> rules = {
        {QStringLiteral("core"), {QStringLiteral("core")}},
        {QStringLiteral("national"), {QStringLiteral("core"), QStringLiteral("national")}},
        {QStringLiteral("crypto"), {QStringLiteral("core"), QStringLiteral("national"), QStringLiteral("crypto")}},
        {QStringLiteral("accession"),
         {QStringLiteral("core"), QStringLiteral("national"), QStringLiteral("crypto"), QStringLiteral("accession")}},
        {QStringLiteral("render"), {QStringLiteral("core"), QStringLiteral("render")}},
        {QStringLiteral("qr"),
         {QStringLiteral("core"), QStringLiteral("national"), QStringLiteral("crypto"), QStringLiteral("render"),
          QStringLiteral("qr")}},
        {QStringLiteral("inbox"),
         {QStringLiteral("core"), QStringLiteral("national"), QStringLiteral("crypto"), QStringLiteral("inbox")}},
        {QStringLiteral("mail"),
         {QStringLiteral("core"), QStringLiteral("national"), QStringLiteral("crypto"), QStringLiteral("inbox"),
          QStringLiteral("mail")}},
        {QStringLiteral("records"),
         {QStringLiteral("core"), QStringLiteral("national"), QStringLiteral("crypto"), QStringLiteral("accession"),
          QStringLiteral("inbox"), QStringLiteral("records")}},
        {QStringLiteral("demo"),
         {QStringLiteral("core"), QStringLiteral("national"), QStringLiteral("crypto"), QStringLiteral("inbox"),
          QStringLiteral("mail"), QStringLiteral("qr"), QStringLiteral("demo")}},
        {QStringLiteral("cli"),
         {QStringLiteral("core"), QStringLiteral("national"), QStringLiteral("crypto"), QStringLiteral("accession"),
          QStringLiteral("render"), QStringLiteral("qr"), QStringLiteral("mail"), QStringLiteral("inbox"), QStringLiteral("demo"),
          QStringLiteral("records"), QStringLiteral("cli")}},
        {QStringLiteral("ui"),
         {QStringLiteral("core"), QStringLiteral("national"), QStringLiteral("crypto"), QStringLiteral("accession"),
          QStringLiteral("render"), QStringLiteral("qr"), QStringLiteral("mail"), QStringLiteral("inbox"), QStringLiteral("demo"),
          QStringLiteral("records"), QStringLiteral("ui")}},
    };
    return rules;
}

struct Include
{
    QString file; // relative to the source root
    int line;
    QString layer; // of the including file
    QString name;  // as written
    bool quoted;
};

QList<Include> includes()
{
    QList<Include> all;
    static const QRegularExpression include(QStringLiteral(R"(^\s*#\s*include\s*([<"])([^>"]+)[>"])"));
    for (const QString &top : {QStringLiteral("app"), QStringLiteral("ui")}) {
        QDirIterator it(kRoot + QLatin1Char('/') + top, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = QDir(kRoot).relativeFilePath(path);
            const QStringList parts = relative.split(QLatin1Char('/'));
            QString layer = top == QLatin1String("ui") ? top : parts.value(1);
            if (layer == QLatin1String("crypto") && parts.value(2) == QLatin1String("national"))
                layer = QStringLiteral("national"); // the national primitives: a layer below crypto
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            int number = 0;
            while (!f.atEnd()) {
                const QString text = QString::fromUtf8(f.readLine());
                ++number;
                const auto m = include.match(text);
                if (m.hasMatch())
                    all << Include{relative, number, layer, m.captured(2), m.captured(1) == QLatin1String("\"")};
            }
        }
    }
    return all;
}

// The layer a quoted include names, or empty when it names none of Kopii's headers.
QString layerOf(const QString &name)
{
    QString layer = name.section(QLatin1Char('/'), 0, 0);
    if (layer == QLatin1String("crypto") && name.section(QLatin1Char('/'), 1, 1) == QLatin1String("national")
        && name.count(QLatin1Char('/')) == 2)
        layer = QStringLiteral("national");
    if (layer == QLatin1String("ui"))
        return QFileInfo::exists(kRoot + QLatin1Char('/') + name) ? layer : QString();
    return QFileInfo::exists(kRoot + QStringLiteral("/app/") + name) && allowed().contains(layer) ? layer : QString();
}

QStringList ownHeaderNames()
{
    QStringList names;
    for (const QString &top : {QStringLiteral("app"), QStringLiteral("ui")}) {
        QDirIterator it(kRoot + QLatin1Char('/') + top, {QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            names << QFileInfo(it.next()).fileName();
    }
    return names;
}

} // namespace

class TestLayers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theSourcesAreThere()
    {
        QVERIFY2(includes().size() > 500, qPrintable(kRoot)); // a test that reads nothing cannot fail
    }

    void everyIncludeNamesItsLayer()
    {
        const QStringList own = ownHeaderNames();
        QStringList wrong;
        for (const Include &i : includes()) {
            if (!i.quoted || i.name.endsWith(QLatin1String(".moc")))
                continue;
            if (layerOf(i.name).isEmpty())
                wrong << QStringLiteral("%1:%2: \"%3\"%4")
                             .arg(i.file)
                             .arg(i.line)
                             .arg(i.name,
                                  own.contains(QFileInfo(i.name).fileName()) ? QStringLiteral(" (name its layer)") : QString());
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }

    void noLayerIncludesOneAboveIt()
    {
        QStringList wrong;
        for (const Include &i : includes()) {
            if (!i.quoted)
                continue;
            const QString target = layerOf(i.name);
            if (!target.isEmpty() && !allowed().value(i.layer).contains(target))
                wrong << QStringLiteral("%1:%2: %3 includes %4 (\"%5\")").arg(i.file).arg(i.line).arg(i.layer, target, i.name);
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }

    void appHasNoWidgetsAndUiNoParsers()
    {
        const QDir widgets(QStringLiteral(KOPII_QTWIDGETS_DIR));
        QVERIFY2(widgets.exists(QStringLiteral("QWidget")), KOPII_QTWIDGETS_DIR);
        static const QStringList parserLibraries = {QStringLiteral("openssl/"), QStringLiteral("gmime/"),
                                                    QStringLiteral("libp11"),   QStringLiteral("poppler"),
                                                    QStringLiteral("seccomp"),  QStringLiteral("glib")};
        QStringList wrong;
        for (const Include &i : includes()) {
            if (i.quoted)
                continue;
            const QString name = i.name.startsWith(QLatin1String("QtWidgets/")) ? i.name.mid(10) : i.name;
            if (i.layer != QLatin1String("ui") && (i.name.startsWith(QLatin1String("QtWidgets/")) || widgets.exists(name)))
                wrong
                    << QStringLiteral("%1:%2: <%3> is QtWidgets, and app/ holds no widgets").arg(i.file).arg(i.line).arg(i.name);
            if (i.layer == QLatin1String("ui"))
                for (const QString &library : parserLibraries)
                    if (i.name.startsWith(library))
                        wrong << QStringLiteral("%1:%2: <%3>: the GUI reaches it through app/ only")
                                     .arg(i.file)
                                     .arg(i.line)
                                     .arg(i.name);
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestLayers)
#include "tst_layers.moc"
