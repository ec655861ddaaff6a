// SPDX-License-Identifier: GPL-3.0-or-later
// The Ukrainian translation is complete and well-formed: every text translated, the same
// placeholders, a keyboard mnemonic where the English has one, and no doubly escaped entities
// (which a user would see as "&amp;" on a button).
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT

    struct Message
    {
        QString context;
        QString source;
        QStringList translations; // one, or the plural forms
        bool unfinished = false;
        bool obsolete = false;
    };

    static QList<Message> read(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        QXmlStreamReader xml(&file);
        QList<Message> messages;
        QString context;
        Message current;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = Message{context, {}, {}, false, false};
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                current.unfinished = type == QLatin1String("unfinished");
                current.obsolete = type == QLatin1String("vanished") || type == QLatin1String("obsolete");
                QString text;
                while (!xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        current.translations << xml.readElementText();
                    else if (xml.isCharacters())
                        text += xml.text();
                    else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                        break;
                }
                if (current.translations.isEmpty())
                    current.translations << text;
                messages << current;
            }
        }
        if (xml.hasError())
            qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
        return messages;
    }

    static QStringList placeholders(const QString &text)
    {
        static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
        QStringList found;
        for (auto it = re.globalMatch(text); it.hasNext();)
            found << it.next().captured(0);
        found.removeDuplicates();
        found.sort();
        return found;
    }

    static bool hasMnemonic(const QString &text)
    {
        static const QRegularExpression re(QStringLiteral("&(?!&)(?![a-z]+;)[^\\s]"));
        return text.contains(re);
    }

private Q_SLOTS:
    void ukrainianIsCompleteAndConsistent()
    {
        const QString path = QString::fromLocal8Bit(qgetenv("KOPII_SOURCE_DIR")) + QStringLiteral("/translations/kopii_uk.ts");
        const QList<Message> messages = read(path);
        QVERIFY(messages.size() > 500);
        static const QRegularExpression entity(QStringLiteral("&(amp|apos|quot|lt|gt);"));
        QStringList problems;
        for (const Message &m : messages) {
            if (m.obsolete)
                continue;
            const QString where = m.context + QStringLiteral(" | ") + m.source.left(60);
            if (m.unfinished || m.translations.join(QString()).trimmed().isEmpty()) {
                problems << QStringLiteral("untranslated: ") + where;
                continue;
            }
            for (const QString &t : m.translations) {
                QStringList expected = placeholders(m.source);
                if (m.translations.size() > 1)
                    expected.removeAll(QStringLiteral("%n")); // a plural form may spell the number out
                QStringList got = placeholders(t);
                got.removeAll(QStringLiteral("%n"));
                expected.removeAll(QStringLiteral("%n"));
                if (got != expected)
                    problems << QStringLiteral("placeholders %1 vs %2: ")
                                    .arg(expected.join(QLatin1Char(',')), got.join(QLatin1Char(',')))
                            + where;
                for (auto it = entity.globalMatch(t); it.hasNext();) {
                    const QString e = it.next().captured(0);
                    if (!m.source.contains(e))
                        problems << QStringLiteral("escaped twice (%1): ").arg(e) + where;
                }
                if (hasMnemonic(m.source) && !hasMnemonic(t))
                    problems << QStringLiteral("no keyboard mnemonic: ") + where;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
