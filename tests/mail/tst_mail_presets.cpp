// SPDX-License-Identifier: GPL-3.0-or-later
// What Kopii proposes for a mailbox from its address (resources/mail-presets.json): each known
// domain's server and sign-in, the advice for what the provider asks, Microsoft 365 and Google
// Workspace organisations by their MX, and clear messages for what is not an address.
#include "mail/MailPresets.h"
#include "mail/OAuthProvider.h"

#include <QTest>

using namespace kopii;

class TestMailPresets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownDomains_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("auth");
        QTest::addColumn<QString>("adviceHas");
        QTest::newRow("ukr.net") << "Centr@UKR.NET"
                                 << "imap.ukr.net"
                                 << "password"
                                 << "switch access on";
        QTest::newRow("gmail.com") << "school@gmail.com"
                                   << "imap.gmail.com"
                                   << "google"
                                   << "app password";
        QTest::newRow("googlemail.com") << "school@googlemail.com"
                                        << "imap.gmail.com"
                                        << "google"
                                        << "app password";
        QTest::newRow("outlook.com") << "clinic@outlook.com"
                                     << "outlook.office365.com"
                                     << "microsoft"
                                     << "Microsoft account";
        QTest::newRow("hotmail.com") << "clinic@hotmail.com"
                                     << "outlook.office365.com"
                                     << "microsoft"
                                     << "Microsoft account";
        QTest::newRow("meta.ua") << "cnap@meta.ua"
                                 << "imap.meta.ua"
                                 << "password"
                                 << "IMAP";
        QTest::newRow(".gov.ua") << "zvernennia@rada.gov.ua"
                                 << "imap.rada.gov.ua"
                                 << "password"
                                 << "fingerprint";
        QTest::newRow("unknown: a guess") << "office@school42.kyiv.ua"
                                          << "imap.school42.kyiv.ua"
                                          << "password"
                                          << "guessed";
    }
    void knownDomains()
    {
        QFETCH(QString, address);
        QFETCH(QString, host);
        QFETCH(QString, auth);
        QFETCH(QString, adviceHas);
        const auto p = MailPresets::forAddress(address);
        QVERIFY2(p, qPrintable(p ? QString() : p.error().message));
        QVERIFY(p->imap);
        QCOMPARE(p->address, address.toLower());
        QCOMPARE(p->host, host);
        QCOMPARE(p->port, 993);
        QCOMPARE(p->security, Mailbox::Security::Tls);
        QCOMPARE(p->auth, auth);
        QVERIFY2(MailPresets::adviceText(*p).contains(adviceHas), qPrintable(MailPresets::adviceText(*p)));
        if (auth != QLatin1String("password")) // a provider Kopii knows how to sign in with
            QVERIFY(OAuthProvider::byIdOrFile(auth));
    }

    void iuaHasNoImapAndGetsTheForwardingAdvice()
    {
        const auto p = MailPresets::forAddress(QStringLiteral("school@i.ua"));
        QVERIFY(p);
        QVERIFY(!p->imap);
        QVERIFY(MailPresets::adviceText(*p).contains(QStringLiteral("forward")));
    }

    void notAnAddressIsExplained_data()
    {
        QTest::addColumn<QString>("address");
        for (const char *bad : {"", "school", "school@", "@ukr.net", "a@@ukr.net", "a b@ukr.net", "a@ukr", "a@-x.ua", "a@x..ua"})
            QTest::newRow(bad) << QString::fromLatin1(bad);
    }
    void notAnAddressIsExplained()
    {
        QFETCH(QString, address);
        const auto p = MailPresets::forAddress(address);
        QVERIFY(!p);
        QCOMPARE(p.error().code, Error::Code::Validation);
        QVERIFY(p.error().message.contains(QStringLiteral("name@example.ua")));
    }

    void organisationsAreRecognisedByTheirMx_data()
    {
        QTest::addColumn<QStringList>("mx");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("auth");
        QTest::newRow("Microsoft 365") << QStringList{QStringLiteral("school42-kyiv-ua.mail.protection.outlook.com.")}
                                       << "outlook.office365.com"
                                       << "microsoft";
        QTest::newRow("Google Workspace") << QStringList{QStringLiteral("aspmx.l.google.com"),
                                                         QStringLiteral("alt1.aspmx.l.google.com")}
                                          << "imap.gmail.com"
                                          << "google";
        QTest::newRow("own server") << QStringList{QStringLiteral("mx.school42.kyiv.ua")} << "imap.school42.kyiv.ua"
                                    << "password";
        QTest::newRow("no answer") << QStringList{} << "imap.school42.kyiv.ua"
                                   << "password";
        QTest::newRow("look-alike") << QStringList{QStringLiteral("evil-google.com.example.net")} << "imap.school42.kyiv.ua"
                                    << "password";
    }
    void organisationsAreRecognisedByTheirMx()
    {
        QFETCH(QStringList, mx);
        QFETCH(QString, host);
        QFETCH(QString, auth);
        const auto guess = MailPresets::forAddress(QStringLiteral("office@school42.kyiv.ua"));
        QVERIFY(guess);
        const MailPreset p = MailPresets::refinedByMx(*guess, mx);
        QCOMPARE(p.host, host);
        QCOMPARE(p.auth, auth);
        // A known domain is what the data says, whatever its MX.
        const auto known = MailPresets::forAddress(QStringLiteral("a@ukr.net"));
        QCOMPARE(MailPresets::refinedByMx(*known, mx).host, QStringLiteral("imap.ukr.net"));
    }
};

QTEST_GUILESS_MAIN(TestMailPresets)
#include "tst_mail_presets.moc"
