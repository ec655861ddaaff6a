// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/DocumentKinds.h"
#include "core/Language.h"
#include "TestUtil.h"
#include "core/Validator.h"

#include <QTest>

using namespace kopii;

namespace {

// A value of exactly n characters that is valid for the field apart from its length.
QString valueOfLength(const QString &id, int n)
{
    if (id == QLatin1String("email")) {
        // The local part may have at most 64 characters; the rest goes into the domain.
        const int local = qMin(n - 5, 64);
        const int labels = n - local - 1 - 3; // "@" and ".ua"
        return QString(local, QLatin1Char('a')) + QLatin1Char('@') + QString(labels, QLatin1Char('x')) + QStringLiteral(".ua");
    }
    return QString(n, QChar(0x0416)); // Ж: Cyrillic counts one character each
}

QStringList rules(const QList<FieldError> &errors, const QString &fieldId)
{
    QStringList r;
    for (const auto &e : errors)
        if (e.field == fieldId)
            r << e.rule;
    return r;
}
} // namespace

class TestValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Language::install(QStringLiteral("en")); }

    void validBranchPasses() { QVERIFY(Validator::validate(test::validBranch()).isEmpty()); }

    void branchLengthEdges_data()
    {
        QTest::addColumn<QString>("fieldId");
        QTest::addColumn<int>("length");
        QTest::addColumn<QString>("expectedRule"); // empty: valid
        const struct
        {
            const char *id;
            int min, max;
            bool required;
        } limits[] = {
            {"name", 1, 32, true},      {"email", 6, 100, true},           {"region", 4, 100, true},
            {"district", 4, 100, true}, {"location", 2, 100, true},        {"street", 4, 100, true},
            {"house", 1, 20, true},     {"customFullName", 1, 100, false}, {"customFullAddress", 1, 200, false},
        };
        for (const auto &l : limits) {
            const QByteArray id(l.id);
            QTest::newRow((id + " empty").constData())
                << QString::fromLatin1(l.id) << 0 << (l.required ? QStringLiteral("required") : QString());
            if (l.min > 1 && QByteArray(l.id) != "email")
                QTest::newRow((id + " min-1").constData())
                    << QString::fromLatin1(l.id) << l.min - 1 << QStringLiteral("min-length");
            if (QByteArray(l.id) != "email" || l.min >= 6)
                QTest::newRow((id + " min").constData()) << QString::fromLatin1(l.id) << l.min << QString();
            QTest::newRow((id + " max").constData()) << QString::fromLatin1(l.id) << l.max << QString();
            QTest::newRow((id + " max+1").constData()) << QString::fromLatin1(l.id) << l.max + 1 << QStringLiteral("max-length");
        }
    }

    void branchLengthEdges()
    {
        QFETCH(QString, fieldId);
        QFETCH(int, length);
        QFETCH(QString, expectedRule);
        Branch b = test::validBranch();
        *branchField(b, fieldId) = length == 0 ? QString() : valueOfLength(fieldId, length);
        const auto errors = Validator::validate(b);
        const QStringList got = rules(errors, fieldId);
        if (expectedRule.isEmpty()) {
            QVERIFY2(got.isEmpty(), qPrintable(got.join(QLatin1Char(','))));
        } else {
            QCOMPARE(got, QStringList{expectedRule});
            // The message names the field and says what is wrong with the value.
            const auto &e = errors.first();
            QVERIFY(e.message.startsWith(Validator::fieldLabel(QStringLiteral("branch"), fieldId) + QLatin1Char(':')));
            if (expectedRule != QLatin1String("required"))
                QVERIFY2(e.message.contains(QString::number(length)), qPrintable(e.message));
        }
    }

    void emailShortestValid()
    {
        Branch b = test::validBranch();
        b.email = QStringLiteral("a@b.ua"); // 6 characters
        QVERIFY(Validator::validate(b).isEmpty());
        b.email = QStringLiteral("a@b.u"); // 5: too short (and a one-letter TLD is fine by format)
        QCOMPARE(rules(Validator::validate(b), QStringLiteral("email")), QStringList{QStringLiteral("min-length")});
    }

    void emailFormat_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << "centr@example.com" << true;
        QTest::newRow("plus and dots") << "school.no1+diia@mail.example.ua" << true;
        QTest::newRow("idn domain") << QStringLiteral("info@школа.укр") << true;
        QTest::newRow("no at") << "centr.example.com" << false;
        QTest::newRow("two at") << "a@b@example.com" << false;
        QTest::newRow("space") << "cen tr@example.com" << false;
        QTest::newRow("no domain dot") << "centr@localhost" << false;
        QTest::newRow("leading dot") << ".centr@example.com" << false;
        QTest::newRow("double dot") << "cen..tr@example.com" << false;
        QTest::newRow("cyrillic local") << QStringLiteral("центр@example.com") << false;
        QTest::newRow("hyphen domain edge") << "a@-example.com" << false;
    }

    void emailFormat()
    {
        QFETCH(QString, email);
        QFETCH(bool, valid);
        QCOMPARE(Validator::isValidEmail(email), valid);
        Branch b = test::validBranch();
        b.email = email;
        const auto r = rules(Validator::validate(b), QStringLiteral("email"));
        QCOMPARE(r.isEmpty(), valid);
        if (!valid)
            QCOMPARE(r, QStringList{QStringLiteral("format")});
    }

    void controlCharactersRefused()
    {
        Branch b = test::validBranch();
        b.name = QStringLiteral("Центр\u200E");
        QCOMPARE(rules(Validator::validate(b), QStringLiteral("name")), QStringList{QStringLiteral("control-characters")});
        b = test::validBranch();
        b.note = QStringLiteral("line one\nline two\tand tab");
        QVERIFY(Validator::validate(b).isEmpty());
    }

    void normalization()
    {
        Branch b = test::validBranch(QStringLiteral("  Центр   міста "));
        b.note = QStringLiteral("  a\n  b  ");
        const Branch n = Validator::normalized(b);
        QCOMPARE(n.name, QStringLiteral("Центр міста"));
        QCOMPARE(n.note, QStringLiteral("a\n  b"));
        QCOMPARE(Validator::duplicateKey(QStringLiteral(" ЦЕНТР  Міста")),
                 Validator::duplicateKey(QStringLiteral("центр міста")));
    }

    void edrpou_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("valid");
        QTest::newRow("PrivatBank") << "14360570" << true;     // weights 1..7
        QTest::newRow("Ukrzaliznytsia") << "40075815" << true; // 30..60 million: weights 7,1..6
        QTest::newRow("Diia state enterprise") << "43395033" << true;
        QTest::newRow("wrong check digit") << "14360571" << false;
        QTest::newRow("seven digits") << "1436057" << false;
        QTest::newRow("letters") << "1436057A" << false;
    }

    void edrpou()
    {
        QFETCH(QString, code);
        QFETCH(bool, valid);
        QCOMPARE(Validator::isValidEdrpou(code), valid);
    }

    void edrpouSecondPass()
    {
        // Find a code whose first remainder is 10: the check digit then comes from weights + 2.
        int found = 0;
        for (int body = 1000000; body < 1001000 && !found; ++body) {
            const QString base = QString::number(body).rightJustified(7, QLatin1Char('0'));
            int s = 0;
            for (int i = 0; i < 7; ++i)
                s += base.at(i).digitValue() * (i + 1);
            if (s % 11 != 10)
                continue;
            int s2 = 0;
            for (int i = 0; i < 7; ++i)
                s2 += base.at(i).digitValue() * (i + 3);
            const int check = s2 % 11 == 10 ? 0 : s2 % 11;
            QVERIFY(Validator::isValidEdrpou(base + QString::number(check)));
            QVERIFY(!Validator::isValidEdrpou(base + QString::number((check + 1) % 10)));
            found = body;
        }
        QVERIFY(found);
    }

    void rnokpp_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("valid");
        QTest::newRow("valid") << "3012304569" << true;
        QTest::newRow("valid, negative sum") << "1000000000" << true;
        QTest::newRow("wrong check digit") << "3012304560" << false;
        QTest::newRow("nine digits") << "301230456" << false;
        QTest::newRow("eleven digits") << "30123045690" << false;
    }

    void rnokpp()
    {
        QFETCH(QString, code);
        QFETCH(bool, valid);
        QCOMPARE(Validator::isValidRnokpp(code), valid);
    }

    void organization_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("head");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("rule");
        const QString head = QStringLiteral("Шевченко Тарас Григорович");
        QTest::newRow("valid legal") << "Ліцей" << 0 << "14360570" << head << QString() << QString();
        QTest::newRow("valid FOP") << "ФОП Коваль" << 1 << "3012304569" << QStringLiteral("Коваль Олена") << QString()
                                   << QString();
        QTest::newRow("apostrophe name") << "Ліцей" << 0 << "14360570" << QStringLiteral("Дем'яненко Мар’яна") << QString()
                                         << QString();
        QTest::newRow("empty name") << "" << 0 << "14360570" << head << "name"
                                    << "required";
        QTest::newRow("name 201") << QString(201, QLatin1Char('x')) << 0 << "14360570" << head << "name"
                                  << "max-length";
        QTest::newRow("empty code") << "Ліцей" << 0 << "" << head << "edrpou"
                                    << "required";
        QTest::newRow("FOP with EDRPOU") << "ФОП" << 1 << "14360570" << head << "rnokpp"
                                         << "format";
        QTest::newRow("checksum") << "Ліцей" << 0 << "14360571" << head << "edrpou"
                                  << "checksum";
        QTest::newRow("FOP checksum") << "ФОП" << 1 << "3012304560" << head << "rnokpp"
                                      << "checksum";
        QTest::newRow("one word head") << "Ліцей" << 0 << "14360570" << QStringLiteral("Шевченко") << "headFullName"
                                       << "format";
        QTest::newRow("digits in head") << "Ліцей" << 0 << "14360570" << QStringLiteral("Шевченко Т1") << "headFullName"
                                        << "format";
        QTest::newRow("head too short") << "Ліцей" << 0 << "14360570" << QStringLiteral("Ш") << "headFullName"
                                        << "min-length";
    }

    void organization()
    {
        QFETCH(QString, name);
        QFETCH(int, kind);
        QFETCH(QString, code);
        QFETCH(QString, head);
        QFETCH(QString, field);
        QFETCH(QString, rule);
        const Organization org{name, kind ? OrganizationKind::SoleProprietor : OrganizationKind::LegalEntity, code, head};
        const auto errors = Validator::validate(org);
        if (field.isEmpty()) {
            QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).message));
        } else {
            QCOMPARE(errors.size(), 1);
            QCOMPARE(errors.first().field, field);
            QCOMPARE(errors.first().rule, rule);
        }
    }

    void service_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("kinds");
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("rule");
        const QStringList passport{QStringLiteral("passport")};
        QTest::newRow("valid") << "Зарахування" << passport << QString() << QString() << QString();
        QTest::newRow("valid with link") << "Зарахування" << passport << "https://school.example.ua/done" << QString()
                                         << QString();
        QTest::newRow("name 100") << QString(100, QLatin1Char('x')) << passport << QString() << QString() << QString();
        QTest::newRow("name 101") << QString(101, QLatin1Char('x')) << passport << QString() << "name"
                                  << "max-length";
        QTest::newRow("no name") << "" << passport << QString() << "name"
                                 << "required";
        QTest::newRow("no documents") << "Зарахування" << QStringList{} << QString() << "documentKinds"
                                      << "required";
        QTest::newRow("unknown document") << "Зарахування" << QStringList{QStringLiteral("passportt")} << QString()
                                          << "documentKinds"
                                          << "unknown-code";
        QTest::newRow("http link") << "Зарахування" << passport << "http://school.example.ua"
                                   << "returnLink"
                                   << "format";
        QTest::newRow("not a link") << "Зарахування" << passport << "school"
                                    << "returnLink"
                                    << "format";
        QTest::newRow("long link") << "Зарахування" << passport
                                   << (QStringLiteral("https://e.ua/") + QString(500, QLatin1Char('a'))) << "returnLink"
                                   << "max-length";
    }

    void service()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, kinds);
        QFETCH(QString, link);
        QFETCH(QString, field);
        QFETCH(QString, rule);
        Service s;
        s.name = name;
        s.documentKinds = kinds;
        s.returnLink = link;
        const auto errors = Validator::validate(s);
        if (field.isEmpty()) {
            QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).message));
        } else {
            QCOMPARE(errors.size(), 1);
            QCOMPARE(errors.first().field, field);
            QCOMPARE(errors.first().rule, rule);
        }
    }

    void serviceNormalizationDropsDuplicates()
    {
        Service s;
        s.name = QStringLiteral(" Запис ");
        s.branchIds = {3, 1, 3};
        s.documentKinds = {QStringLiteral("passport"), QStringLiteral(" passport"), QStringLiteral("taxpayer-card")};
        const Service n = Validator::normalized(s);
        QCOMPARE(n.name, QStringLiteral("Запис"));
        QCOMPARE(n.branchIds, (QList<RecordId>{1, 3}));
        QCOMPARE(n.documentKinds, (QStringList{QStringLiteral("passport"), QStringLiteral("taxpayer-card")}));
    }

    void messagesInUkrainian()
    {
        Language::install(QStringLiteral("uk"));
        Branch b = test::validBranch();
        b.name = QString(33, QLatin1Char('x'));
        const auto errors = Validator::validate(b);
        Language::install(QStringLiteral("en"));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().message, QStringLiteral("Назва відділення: має містити не більше 32 символів, а містить 33"));
    }

    void documentKindCatalog()
    {
        const auto &catalog = DocumentKindCatalog::instance();
        const QStringList expected = {QStringLiteral("passport"),
                                      QStringLiteral("internal-passport"),
                                      QStringLiteral("foreign-passport"),
                                      QStringLiteral("taxpayer-card"),
                                      QStringLiteral("reference-internally-displaced-person"),
                                      QStringLiteral("birth-certificate"),
                                      QStringLiteral("driver-license"),
                                      QStringLiteral("vehicle-license"),
                                      QStringLiteral("student-id-card"),
                                      QStringLiteral("education-document")};
        QCOMPARE(catalog.codes(), expected);
        for (const auto &k : catalog.kinds()) {
            QVERIFY(!k.nameUk.isEmpty() && !k.nameEn.isEmpty());
            QVERIFY(!k.descriptionUk.isEmpty() && !k.descriptionEn.isEmpty());
        }
        QString error;
        QVERIFY(DocumentKindCatalog::fromJson("{", &error).kinds().isEmpty());
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(
            DocumentKindCatalog::fromJson(R"({"kinds":[{"code":"a","uk":"А","en":"A"},{"code":"a","uk":"Б","en":"B"}]})", &error)
                .kinds()
                .isEmpty());
        QVERIFY(error.contains(QLatin1String("duplicate")));
    }
};

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
