// SPDX-License-Identifier: GPL-3.0-or-later
// The whole loop with real parts (issues #7, #22): a workspace made with kopii-cli keeps the Diia
// portal's codes and prints their posters; the reference citizen app scans a poster, finds where
// its link sends copies in the organisation's codes (Diia's part), makes the copies and
// mails them through OpenSMTPD, which delivers to Dovecot through LMTP; `kopii-cli watch` (IDLE)
// takes them in over IMAPS and `kopii-cli inbox list --json` shows them routed and verified
// (the OCSP responder of the test PKI answers). Needs root for OpenSMTPD.
#include "CryptoTestUtil.h"
#include "TestTrust.h"
#include "CliRun.h"
#include "CryptoTestUtil.h"
#include "DovecotServer.h"
#include "OpenSmtpd.h"
#include "QrPosterImage.h"
#include "crypto/national/Dstu4145.h"
#include "DstuIssuer.h"
#include "DstuTestPki.h"
#include "TestPkiServices.h"

#include <QDir>
#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QImage>
#include <QJsonArray>
#include <QMap>
#include <QPainter>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace kopii;
using namespace kopii::test;

class TestE2eLoop : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;
    QList<QByteArray> m_dstuRoots; // DSTU roots the trusted list names, one per era tested
    DovecotServer m_dovecot;
    OpenSmtpd m_smtpd;
    OcspResponder m_ocsp;
    QStringList m_login;

    const QString m_school = QStringLiteral("Бучанський ліцей № 1");
    const QString m_main = QStringLiteral("Головний корпус");
    const QString m_second = QStringLiteral("Корпус на Тарасівській");
    const QString m_mainAddress = QStringLiteral("kopii@lyceum1.example.org");
    const QString m_secondAddress = QStringLiteral("korpus2@lyceum1.example.org");
    const QString m_sharedAddress = QStringLiteral("copies@lyceum1.example.org");
    const QString m_enrolment = QStringLiteral("Зарахування до 1 класу");
    const QString m_certificate = QStringLiteral("Довідка з місця навчання");

    CliRun cli(const QStringList &args) { return runCli(QStringLiteral(KOPII_CLI), m_ws, args, 120000); }
    CliRun manager(const QStringList &args) { return cli(m_login + args); }
    static CliRun citizen(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(KOPII_CITIZEN), args);
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    // The citizen app's arguments to send from `poster`. Diia's backend, which knows where each of
    // the organisation's links sends copies, is played by the organisation's codes as exported now.
    QStringList send(const QString &poster, const QStringList &more = {})
    {
        const CliRun codes = cli({QStringLiteral("qr"), QStringLiteral("list"), QStringLiteral("--json")});
        if (codes.code != 0)
            qFatal("qr list: %s", qPrintable(codes.err));
        writeFile(path(QStringLiteral("codes.json")), codes.out.toUtf8());
        return QStringList{QStringLiteral("send"),       poster,
                           QStringLiteral("--codes"),    path(QStringLiteral("codes.json")),
                           QStringLiteral("--key"),      pki(QStringLiteral("citizen.p12")),
                           QStringLiteral("--password"), QString::fromLatin1(kPkiPassword),
                           QStringLiteral("--smtp"),     QStringLiteral("127.0.0.1:%1").arg(m_smtpd.port),
                           QStringLiteral("--json")}
        + more;
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    static void writeFile(const QString &name, const QByteArray &data)
    {
        QFile f(name);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    }

    QJsonArray inbox()
    {
        const CliRun r = manager({QStringLiteral("inbox"), QStringLiteral("list"), QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }
    // Runs the watcher until `count` submissions are in the inbox, and returns the inbox. Mail is
    // delivered by the MTA's queue a moment after it accepted it; the watcher learns of it from
    // Dovecot at once (IDLE) and prints a line for each pass that stored something, so the test
    // waits for those lines, never for a time. (The deadline only ends a test that hangs.)
    QJsonArray watchUntil(int count)
    {
        QJsonArray list = inbox();
        if (list.size() >= count)
            return list;
        QProcess watch;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KOPII_LANG"), QStringLiteral("en"));
        watch.setProcessEnvironment(env);
        watch.setStandardInputFile(QProcess::nullDevice());
        watch.start(QStringLiteral(KOPII_CLI),
                    {QStringLiteral("--workspace"), m_ws, QStringLiteral("watch"), QStringLiteral("--password-file"),
                     path(QStringLiteral("password"))});
        if (!watch.waitForStarted(30000)) {
            qWarning("kopii-cli watch did not start");
            return list;
        }
        // "2026-12-03T10:00:00 Main: 2 new submission(s)" once each pass has stored and verified.
        static const QRegularExpression stored(QStringLiteral(": (\\d+) new submission"));
        qsizetype arrived = 0;
        QString seen;
        const QDeadlineTimer guard(120000);
        while (list.size() + arrived < count && !guard.hasExpired() && watch.state() == QProcess::Running) {
            if (!watch.canReadLine() && !watch.waitForReadyRead(int(qMax<qint64>(1, guard.remainingTime()))))
                continue;
            while (watch.canReadLine()) {
                const QString line = QString::fromUtf8(watch.readLine());
                seen += line;
                if (const auto m = stored.match(line); m.hasMatch())
                    arrived += m.captured(1).toInt();
            }
        }
        watch.terminate(); // SIGTERM: the watcher stops cleanly and gives the workspace back
        if (!watch.waitForFinished(30000))
            watch.kill();
        watch.waitForFinished(30000);
        list = inbox();
        if (list.size() < count)
            qWarning("only %d of %d submissions arrived; the watcher said:\n%s%s\nOpenSMTPD said:\n%s", int(list.size()), count,
                     qPrintable(seen), qPrintable(QString::fromUtf8(watch.readAllStandardError())), qPrintable(m_smtpd.log()));
        return list;
    }
    static QJsonObject bySubject(const QJsonArray &list, const QString &subjectPart, const QString &sender = {})
    {
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("subject")).toString().contains(subjectPart)
                && (sender.isEmpty() || o.value(QStringLiteral("sender")).toString() == sender))
                return o;
        }
        return {};
    }
    QString poster(const QString &branch, const QString &service, const QString &file)
    {
        const CliRun r = manager({QStringLiteral("poster"), QStringLiteral("--branch"), branch, QStringLiteral("--service"),
                                  service, QStringLiteral("--out"), path(file)});
        if (r.code != 0)
            qWarning("poster: %s", qPrintable(r.err));
        return path(file);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_ws = path(QStringLiteral("ws"));
        writeFile(path(QStringLiteral("pin")), QByteArray(kPkiPassword) + "\n");
        writeFile(path(QStringLiteral("password")), "secret\n");
        m_login = {QStringLiteral("--pkcs12"), pki(QStringLiteral("manager.p12")), QStringLiteral("--pin-file"),
                   path(QStringLiteral("pin"))};

        QVERIFY(m_dovecot.start(path(QStringLiteral("dovecot")),
                                {m_mainAddress + QStringLiteral(":secret"), m_sharedAddress + QStringLiteral(":secret")},
                                sourcePath(QStringLiteral("tests/support/start-dovecot.sh"))));
        QString why;
        if (!m_smtpd.start(path(QStringLiteral("smtpd")), m_dovecot.lmtpPort,
                           sourcePath(QStringLiteral("tests/support/start-smtpd.sh")),
                           {m_secondAddress + QLatin1Char('=') + m_sharedAddress}, &why)) {
            if (m_smtpd.notRoot())
                QSKIP(qPrintable(why));
            QFAIL(qPrintable(why));
        }
        QVERIFY2(m_ocsp.start(pki(QStringLiteral("db-ca/index.txt")), &why), qPrintable(why));

        // The manager sets up the organisation as the README and the user guide say.
        auto ok = [](const CliRun &r) {
            if (r.code != 0)
                qWarning("%s", qPrintable(r.err));
            return r.code == 0;
        };
        QVERIFY(
            ok(cli({QStringLiteral("org"), QStringLiteral("set"), QStringLiteral("--name"), m_school, QStringLiteral("--edrpou"),
                    QStringLiteral("14360570"), QStringLiteral("--head"), QStringLiteral("Шевченко Тарас Григорович")})));
        for (const auto &[name, email] : {std::pair{m_main, m_mainAddress}, std::pair{m_second, m_secondAddress}})
            QVERIFY(ok(cli({QStringLiteral("branch"), QStringLiteral("add"), QStringLiteral("--name"), name,
                            QStringLiteral("--email"), email, QStringLiteral("--region"), QStringLiteral("Київська"),
                            QStringLiteral("--district"), QStringLiteral("Бучанський"), QStringLiteral("--location"),
                            QStringLiteral("Буча"), QStringLiteral("--street"), QStringLiteral("вул. Вокзальна"),
                            QStringLiteral("--house"), QStringLiteral("1")})));
        QVERIFY(ok(cli({QStringLiteral("service"), QStringLiteral("add"), QStringLiteral("--name"), m_enrolment,
                        QStringLiteral("--branch"), m_main, QStringLiteral("--branch"), m_second, QStringLiteral("--document"),
                        QStringLiteral("birth-certificate"), QStringLiteral("--document"), QStringLiteral("passport")})));
        QVERIFY(ok(cli({QStringLiteral("service"), QStringLiteral("add"), QStringLiteral("--name"), m_certificate,
                        QStringLiteral("--branch"), m_main, QStringLiteral("--document"), QStringLiteral("passport")})));
        for (const QStringList &step : trustTestPkiCli())
            QVERIFY(ok(cli(step)));
        // One mailbox of its own for the main building; the second building's address is served
        // by the shared mailbox, whose messages Kopii routes by the address they were sent to.
        QVERIFY(ok(cli({QStringLiteral("mailbox"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Головний"),
                        QStringLiteral("--branch"), m_main, QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                        QStringLiteral("--port"), QString::number(m_dovecot.imapsPort), QStringLiteral("--user"), m_mainAddress,
                        QStringLiteral("--pin-sha256"), m_dovecot.fingerprint})));
        QVERIFY(ok(cli({QStringLiteral("mailbox"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Спільна"),
                        QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                        QString::number(m_dovecot.imapsPort), QStringLiteral("--user"), m_sharedAddress,
                        QStringLiteral("--pin-sha256"), m_dovecot.fingerprint})));
        // The codes the Diia portal issued for the service at each building.
        for (const QString &branch : {m_main, m_second})
            QVERIFY(ok(
                manager({QStringLiteral("qr"), QStringLiteral("import"), QStringLiteral("--branch"), branch,
                         QStringLiteral("--service"), m_enrolment,
                         QStringLiteral("https://diia.app/acquirers/offer-request/%1")
                             .arg(branch == m_main ? QStringLiteral("7d1c2b3a4f5e6d7c") : QStringLiteral("8e2d3c4b5a6f7e8d"))})));
    }

    void diiaPosterToVerifiedInbox()
    {
        const QString posterMain = poster(m_main, m_enrolment, QStringLiteral("main.pdf"));
        const QString posterSecond = poster(m_second, m_enrolment, QStringLiteral("second.pdf"));

        CliRun r = citizen(send(posterMain));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject shown = r.json();
        QCOMPARE(shown.value(QStringLiteral("organization")).toString(), m_school);
        QCOMPARE(shown.value(QStringLiteral("branch")).toString(), m_main);
        QCOMPARE(shown.value(QStringLiteral("to")).toString(), m_mainAddress);
        r = citizen(send(posterSecond));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json().value(QStringLiteral("to")).toString(), m_secondAddress);

        const QJsonArray list = watchUntil(2);
        QCOMPARE(list.size(), 2);
        QSet<QString> branches;
        for (const QJsonValue &v : list) {
            const QJsonObject s = v.toObject();
            branches << s.value(QStringLiteral("branch")).toString();
            QCOMPARE(s.value(QStringLiteral("service")).toString(), m_enrolment);
            QCOMPARE(s.value(QStringLiteral("sender")).toString(), QStringLiteral("maria.petrenko@example.net"));
            const QJsonArray docs = s.value(QStringLiteral("documents")).toArray();
            QCOMPARE(docs.size(), 2);
            QStringList kinds;
            for (const QJsonValue &d : docs) {
                const QJsonObject doc = d.toObject();
                kinds << doc.value(QStringLiteral("kind")).toString();
                QVERIFY2(doc.value(QStringLiteral("verdict")).toString() == QStringLiteral("valid"),
                         qPrintable(doc.value(QStringLiteral("summary")).toString()));
                QCOMPARE(doc.value(QStringLiteral("signer")).toString(), QStringLiteral("Петренко Марія Іванівна"));
                QCOMPARE(doc.value(QStringLiteral("signerRnokpp")).toString(), QStringLiteral("3198765436"));
            }
            kinds.sort();
            QCOMPARE(kinds, (QStringList{QStringLiteral("birth-certificate"), QStringLiteral("passport")}));
            QCOMPARE(s.value(QStringLiteral("verdict")).toString(), QStringLiteral("valid"));
        }
        QCOMPARE(branches, (QSet<QString>{m_main, m_second}));
        // The shared mailbox's message went to the second building.
        bool sharedRouted = false;
        for (const QJsonValue &v : list)
            sharedRouted |= v.toObject().value(QStringLiteral("mailbox")).toString() == QStringLiteral("Спільна")
                && v.toObject().value(QStringLiteral("branch")).toString() == m_second;
        QVERIFY(sharedRouted);

        // Nothing twice: another pass finds nothing new.
        QCOMPARE(watchUntil(2).size(), 2);
    }

    void portalLinkPoster()
    {
        const QString link =
            QStringLiteral("https://diia.app/acquirers/offer-request/dynamic/0b6f0c1e-1111-4a2b-9c3d-5e6f7a8b9c0d");
        CliRun r = manager({QStringLiteral("qr"), QStringLiteral("import"), QStringLiteral("--branch"), m_main,
                            QStringLiteral("--service"), m_certificate, link});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString posterPath = poster(m_main, m_certificate, QStringLiteral("portal.pdf"));
        // The link alone does not say where the copies go: Diia's backend knows it.
        QStringList unresolved = send(posterPath);
        unresolved.remove(unresolved.indexOf(QStringLiteral("--codes")), 2);
        r = citizen(unresolved);
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("--codes")));
        r = citizen(send(posterPath));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json().value(QStringLiteral("link")).toString(), link);
        QCOMPARE(r.json().value(QStringLiteral("to")).toString(), m_mainAddress);
        QCOMPARE(r.json().value(QStringLiteral("service")).toString(), m_certificate);
        const QJsonObject s = bySubject(watchUntil(3), m_certificate);
        QVERIFY(!s.isEmpty());
        QCOMPARE(s.value(QStringLiteral("branch")).toString(), m_main);
        QCOMPARE(s.value(QStringLiteral("service")).toString(), m_certificate);
        QCOMPARE(s.value(QStringLiteral("verdict")).toString(), QStringLiteral("valid"));
    }

    void tamperedPosterIsRefused()
    {
        // The main building's code with a character changed: a link Diia does not know, or no
        // link at all; either way the visitor is refused and nothing is sent.
        const CliRun decoded = cli({QStringLiteral("qr"), QStringLiteral("decode"), path(QStringLiteral("main.pdf"))});
        QVERIFY2(decoded.code == 0, qPrintable(decoded.err));
        QString text = decoded.out.trimmed().split(QLatin1Char('\n')).last().trimmed();
        QVERIFY(text.size() > 50);
        text[text.size() / 2] = text.at(text.size() / 2) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QVERIFY(saveQrPoster(text, path(QStringLiteral("tampered.png"))));
        const CliRun r = citizen(send(path(QStringLiteral("tampered.png"))));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("refused")), qPrintable(r.err));
    }

    void pdfSwappedInTransitIsInvalid()
    {
        const int before = int(watchUntil(0).size());
        const CliRun r = citizen(send(path(QStringLiteral("main.pdf")), {QStringLiteral("--alter-pdf")}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray list = watchUntil(before + 1);
        QCOMPARE(int(list.size()), before + 1);
        // The newest first.
        const QJsonObject s = list.first().toObject();
        QCOMPARE(s.value(QStringLiteral("verdict")).toString(), QStringLiteral("invalid"));
        for (const QJsonValue &d : s.value(QStringLiteral("documents")).toArray()) {
            QCOMPARE(d.toObject().value(QStringLiteral("verdict")).toString(), QStringLiteral("invalid"));
            QVERIFY2(d.toObject().value(QStringLiteral("summary")).toString().contains(QStringLiteral("changed after signing")),
                     qPrintable(d.toObject().value(QStringLiteral("summary")).toString()));
        }
    }

    // `kopii-cli demo create`: a newcomer's workspace with every verdict, its own key file.
    void demoWorkspaceFromTheCommandLine()
    {
        const QString demo = path(QStringLiteral("demo"));
        CliRun r = runCli(QStringLiteral(KOPII_CLI), demo, {QStringLiteral("demo"), QStringLiteral("create"), demo});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("password: demo")), qPrintable(r.out));
        QCOMPARE(runCli(QStringLiteral(KOPII_CLI), demo, {QStringLiteral("demo"), QStringLiteral("create"), demo}).code, 1);
        r = runCli(QStringLiteral(KOPII_CLI), demo, {QStringLiteral("watch"), QStringLiteral("--once")});
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("stored 6")), qPrintable(r.out + r.err));
        writeFile(path(QStringLiteral("demo-pin")), "demo\n");
        const QStringList login = {QStringLiteral("--pkcs12"), QDir(demo).filePath(QStringLiteral("demo-keys/manager-demo.p12")),
                                   QStringLiteral("--pin-file"), path(QStringLiteral("demo-pin"))};
        r = runCli(QStringLiteral(KOPII_CLI), demo,
                   login + QStringList{QStringLiteral("inbox"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QMap<QString, int> verdicts;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            ++verdicts[v.toObject().value(QStringLiteral("verdict")).toString()];
        QCOMPARE(verdicts.value(QStringLiteral("valid")), 3);
        QCOMPARE(verdicts.value(QStringLiteral("invalid")), 1);       // the PDF changed in transit
        QCOMPARE(verdicts.value(QStringLiteral("indeterminate")), 2); // an unknown signer, a missing PDF
        // Its copies leave it marked DEMO.
        const int id = QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject().value(QStringLiteral("id")).toInt();
        QDir().mkpath(path(QStringLiteral("demo-export")));
        r = runCli(QStringLiteral(KOPII_CLI), demo,
                   login
                       + QStringList{QStringLiteral("inbox"), QStringLiteral("export"), QString::number(id),
                                     path(QStringLiteral("demo-export"))});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList folders = QDir(path(QStringLiteral("demo-export"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(folders.size(), 1);
        QVERIFY2(folders.first().startsWith(QLatin1String("DEMO-")), qPrintable(folders.first()));
        const QStringList files = QDir(path(QStringLiteral("demo-export/") + folders.first())).entryList(QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString &f : files)
            QVERIFY2(f.startsWith(QLatin1String("DEMO-")), qPrintable(f));
    }

    // A DSTU-signed copy through the whole loop: the citizen app signs with a DSTU 4145 key from a
    // Ukrainian-algorithm PKI (Kopii's own DstuIssuer, on the Diia CA's curve), of the GOST 34.311
    // era and of the Kupyna era (keys made since February 2026); the workspace trusts its root and
    // holds its CRL; the inbox shows the copies Valid.
    void dstuSignedCopiesAreValid_data()
    {
        QTest::addColumn<int>("era");
        QTest::newRow("GOST 34.311") << int(NationalHash::Gost34311);
        QTest::newRow("Kupyna-256") << int(NationalHash::Kupyna256);
    }
    void dstuSignedCopiesAreValid()
    {
        QFETCH(int, era);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto made =
            DstuIssuer::createRoot(QStringLiteral("Тестовий ЦЗО ДСТУ (Kopii, %1)").arg(national::hashName(NationalHash(era))),
                                   diiaCurve(), now, NationalHash(era));
        QVERIFY(made);
        DstuIssuer ca = std::move(made).value();
        const auto citizenKey = ca.issue(
            DemoHolder{QStringLiteral("Петренко"), QStringLiteral("Марія Іванівна"), QStringLiteral("3198765436"), {}, {}, {}},
            now);
        const auto crl = ca.crl(now);
        QVERIFY(citizenKey && crl);
        writeFile(path(QStringLiteral("dstu-root.cer")), ca.certificate());
        writeFile(path(QStringLiteral("dstu-root.crl")), *crl);
        writeFile(path(QStringLiteral("dstu-citizen.pk8")), citizenKey->privateKeyInfo);
        writeFile(path(QStringLiteral("dstu-citizen.cer")), citizenKey->certificate);
        // The office imports the ЦЗО's newer trusted list, which names this DSTU root too.
        m_dstuRoots << ca.certificate();
        writeFile(path(QStringLiteral("TL-UA.xml")), testTrustedList(m_dstuRoots));
        CliRun r = manager({QStringLiteral("trust"), QStringLiteral("import"), path(QStringLiteral("TL-UA.xml")),
                            path(QStringLiteral("dstu-root.crl"))});
        QVERIFY2(r.code == 0, qPrintable(r.err));

        const int before = int(watchUntil(0).size());
        QStringList args = send(path(QStringLiteral("main.pdf")));
        const qsizetype key = args.indexOf(QStringLiteral("--key"));
        args.remove(key, 4); // --key FILE --password P
        args << QStringLiteral("--dstu-key") << path(QStringLiteral("dstu-citizen.pk8")) << QStringLiteral("--dstu-cert")
             << path(QStringLiteral("dstu-citizen.cer"));
        r = citizen(args);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray list = watchUntil(before + 1);
        QCOMPARE(int(list.size()), before + 1);
        const QJsonObject s = list.first().toObject();
        for (const QJsonValue &d : s.value(QStringLiteral("documents")).toArray()) {
            QVERIFY2(d.toObject().value(QStringLiteral("verdict")).toString() == QStringLiteral("valid"),
                     qPrintable(d.toObject().value(QStringLiteral("summary")).toString()));
            QCOMPARE(d.toObject().value(QStringLiteral("signerRnokpp")).toString(), QStringLiteral("3198765436"));
        }
        QCOMPARE(s.value(QStringLiteral("verdict")).toString(), QStringLiteral("valid"));
    }

    void untrustedSignerIsInvalid()
    {
        const int before = int(watchUntil(0).size());
        QStringList args = send(path(QStringLiteral("main.pdf")));
        args[args.indexOf(pki(QStringLiteral("citizen.p12")))] = pki(QStringLiteral("untrusted-citizen.p12"));
        const CliRun r = citizen(args);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray list = watchUntil(before + 1);
        QCOMPARE(int(list.size()), before + 1);
        QCOMPARE(list.first().toObject().value(QStringLiteral("verdict")).toString(), QStringLiteral("indeterminate"));
    }
};

QTEST_MAIN(TestE2eLoop)
#include "tst_e2e_loop.moc"
