// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoWorkspace.h"
#include "core/SettingsSql.h"

#include "demo/CitizenCopies.h"
#include "demo/DemoPki.h"
#include "crypto/KeyFile.h"
#include "crypto/Login.h"
#include "core/AccessGuard.h"
#include "core/OrganizationRules.h"
#include "core/SqlSession.h"
#include "crypto/TrustStore.h"
#include "crypto/XmlSignature.h"
#include "core/Workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace kopii {

namespace {

Status writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        return Error{Error::Code::Io, DemoWorkspace::tr("Cannot write %1: %2").arg(path, f.errorString()), {}};
    return {};
}

Branch branch(const QString &name, const QString &email, const QString &street, const QString &house)
{
    Branch b;
    b.name = name;
    b.email = email;
    b.region = QStringLiteral("Київська");
    b.district = QStringLiteral("Бучанський");
    b.location = QStringLiteral("Буча");
    b.street = street;
    b.house = house;
    return b;
}

} // namespace

QString DemoWorkspace::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("demo"));
}

QString DemoWorkspace::keyFileIn(const QString &folder)
{
    return QDir(folder).filePath(QStringLiteral("demo-keys/manager-demo.p12"));
}

QString DemoWorkspace::password()
{
    return QStringLiteral("demo");
}

bool DemoWorkspace::isDemo(SqlSession &store)
{
    return Login::isDemo(store);
}

Result<DemoWorkspace::Created> DemoWorkspace::create(const QString &folder, const QDateTime &now)
{
    const QDir dir(folder);
    if (dir.exists() && !dir.isEmpty())
        return Error{Error::Code::Conflict,
                     tr("%1 is not empty: the demo is made in a new or empty folder.").arg(QDir::toNativeSeparators(folder)),
                     {}};
    auto opened = Workspace::open(folder);
    if (!opened)
        return opened.error();
    std::unique_ptr<Workspace> workspace = std::move(opened).value();
    SqlSession &store = workspace->session();
    if (Status s = SettingsSql(store).setMeta(QStringLiteral("demo"), QStringLiteral("1")); !s)
        return s.error();

    // The certificates: a demo CA this workspace trusts (with its CRL, so revocation is checked),
    // and one nobody trusts.
    auto madeCa = DemoPki::create(QStringLiteral("Демонстраційний КНЕДП «Копії» (DEMO)"), now);
    if (!madeCa)
        return madeCa.error();
    auto madeStranger = DemoPki::create(QStringLiteral("Невідомий надавач (DEMO)"), now);
    if (!madeStranger)
        return madeStranger.error();
    DemoPki ca = std::move(madeCa).value();
    DemoPki stranger = std::move(madeStranger).value();
    TrustStore trust(store);
    if (Status s = trust.load(); !s)
        return s.error();
    const auto crl = ca.crlDer(now);
    if (!crl)
        return crl.error();
    // The demo CA was made here, a moment ago: its root is confirmed by construction.
    const QString demoRoot =
        QString::fromLatin1(QCryptographicHash::hash(ca.certificateDer(), QCryptographicHash::Sha256).toHex());
    for (const QByteArray &der : {ca.certificateDer(), *crl})
        if (const auto imported = trust.importData(der, QStringLiteral("demo"), now, {demoRoot}); !imported)
            return imported.error();
    // Its qualified status comes from a demo trusted list, as a real provider's comes from the
    // ЦЗО's: signed by a demo list signer that this workspace alone allows.
    {
        const DemoHolder listSigner{
            QStringLiteral("Оператор"), QStringLiteral("довірчого списку (DEMO)"), QStringLiteral("3000000004"), {}, {}, {}};
        const auto signerFile = ca.issueKeyFile(listSigner, password().toUtf8(), now);
        if (!signerFile)
            return signerFile.error();
        auto tlSigner = KeyFile::openData(*signerFile, QStringLiteral("tl-signer.p12"), Secret(password().toUtf8()));
        if (!tlSigner)
            return tlSigner.error();
        const QByteArray list =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><TrustServiceStatusList "
            "xmlns=\"http://uri.etsi.org/02231/v2#\"><SchemeInformation>"
            "<TSLSequenceNumber>1</TSLSequenceNumber><SchemeTerritory>UA</SchemeTerritory></"
            "SchemeInformation><TrustServiceProviderList>"
            "<TrustServiceProvider><TSPInformation><TSPName><Name xml:lang=\"uk\">Демонстраційний надавач (DEMO)</Name></TSPName>"
            "</TSPInformation><TSPServices><TSPService><ServiceInformation><ServiceTypeIdentifier>"
            "http://uri.etsi.org/TrstSvc/Svctype/CA/QC</"
            "ServiceTypeIdentifier><ServiceDigitalIdentity><DigitalId><X509Certificate>"
            + ca.certificateDer().toBase64()
            + "</X509Certificate></DigitalId></ServiceDigitalIdentity><ServiceStatus>"
              "http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/granted</ServiceStatus></ServiceInformation></TSPService>"
              "</TSPServices></TrustServiceProvider></TrustServiceProviderList></TrustServiceStatusList>";
        const auto signedList = XmlSignature::signEnveloped(list, **tlSigner);
        if (!signedList)
            return signedList.error();
        if (Status s = trust.addTlSigner((*tlSigner)->certificate(), now); !s)
            return s.error();
        if (const auto imported = trust.importData(*signedList, QStringLiteral("demo-TL.xml"), now); !imported)
            return imported.error();
    }

    // The manager's key file, and the first login with it: it sets the organisation up from the
    // certificate and makes its holder the manager, as with a real КЕП.
    const QString school = QStringLiteral("Демонстраційний ліцей «Копії» (DEMO)");
    const DemoHolder manager{QStringLiteral("Демченко"),
                             QStringLiteral("Оксана Петрівна"),
                             QStringLiteral("2987654320"),
                             QStringLiteral("23456783"),
                             school,
                             QStringLiteral("Директор")};
    const QByteArray secret = password().toUtf8();
    const auto managerFile = ca.issueKeyFile(manager, secret, now);
    if (!managerFile)
        return managerFile.error();
    Created created;
    created.folder = folder;
    created.keyFile = keyFileIn(folder);
    created.password = password();
    created.dropFolder = dir.filePath(QStringLiteral("drop"));
    if (!QDir().mkpath(QFileInfo(created.keyFile).path()) || !QDir().mkpath(created.dropFolder))
        return Error{Error::Code::Io, tr("Cannot create folders in %1.").arg(QDir::toNativeSeparators(folder)), {}};
    if (Status s = writeFile(created.keyFile, *managerFile); !s)
        return s.error();
    auto signer = KeyFile::openData(*managerFile, QFileInfo(created.keyFile).fileName(), Secret(secret));
    if (!signer)
        return signer.error();
    const auto identity = Login(store, trust).login(**signer);
    if (!identity)
        return identity.error();

    // Two branches, three services, a signed QR code for each service at each of its branches.
    AccessGuard guard(store, QStringLiteral("demo"));
    guard.setSession(identity->role, identity->fullName);
    const QString mainEmail = QStringLiteral("kopii@demo-lyceum.example.org");
    const QString secondEmail = QStringLiteral("korpus2@demo-lyceum.example.org");
    const auto first = OrganizationRules(guard).addBranch(
        branch(QStringLiteral("Головний корпус"), mainEmail, QStringLiteral("вул. Вокзальна"), QStringLiteral("1")));
    if (!first)
        return first.error();
    const auto second = OrganizationRules(guard).addBranch(
        branch(QStringLiteral("Корпус на Тарасівській"), secondEmail, QStringLiteral("вул. Тарасівська"), QStringLiteral("12")));
    if (!second)
        return second.error();
    struct Offered
    {
        QString name;
        QList<RecordId> branches;
        QStringList documents;
    };
    const QString enrolment = QStringLiteral("Зарахування до 1 класу");
    const QString transfer = QStringLiteral("Переведення з іншого закладу");
    const QString benefits = QStringLiteral("Пільгове харчування");
    const QList<Offered> offered = {
        {enrolment, {*first, *second}, {QStringLiteral("birth-certificate"), QStringLiteral("passport")}},
        {transfer, {*first}, {QStringLiteral("birth-certificate"), QStringLiteral("education-document")}},
        {benefits, {*second}, {QStringLiteral("passport"), QStringLiteral("reference-internally-displaced-person")}},
    };
    for (const Offered &o : offered) {
        Service s;
        s.name = o.name;
        s.branchIds = o.branches;
        s.documentKinds = o.documents;
        const auto id = OrganizationRules(guard).addService(s);
        if (!id)
            return id.error();
        for (RecordId branchId : o.branches) {
            // A Diia-style link, as the portal issues one per service and branch; made up (the Diia
            // app knows no such offer), and the demo's posters say DEMO around the page.
            PosterCode code;
            code.serviceId = *id;
            code.branchId = branchId;
            code.text = QStringLiteral("https://diia.app/acquirers/offer-request/demo-%1")
                            .arg(QString::fromLatin1(
                                QCryptographicHash::hash(
                                    QStringLiteral("%1/%2/%3").arg(o.name).arg(branchId).arg(now.toSecsSinceEpoch()).toUtf8(),
                                    QCryptographicHash::Sha256)
                                    .toHex()
                                    .left(24)));
            code.source = QStringLiteral("demo");
            if (Status saved = OrganizationRules(guard).setPosterCode(code); !saved)
                return saved.error();
        }
    }

    // The sample submissions, as visitors' Diia apps would send them, waiting in the drop folder.
    SamplePerson maria;
    SamplePerson taras;
    taras.surname = QStringLiteral("Коваль");
    taras.givenNames = QStringLiteral("Тарас Андрійович");
    taras.birthDate = QStringLiteral("02.09.1985");
    taras.birthPlace = QStringLiteral("м. Ірпінь, Київська обл.");
    taras.rnokpp = QStringLiteral("3055512341");
    taras.email = QStringLiteral("taras.koval@example.net");
    SamplePerson stranger1 = taras;
    stranger1.surname = QStringLiteral("Невідомий");
    stranger1.givenNames = QStringLiteral("Іван Іванович");
    stranger1.rnokpp = QStringLiteral("2877765438");
    stranger1.email = QStringLiteral("ivan@example.net");
    auto keyOf = [&](DemoPki &issuer, const SamplePerson &p) -> Result<std::unique_ptr<Signer>> {
        const auto file = issuer.issueKeyFile(DemoHolder{p.surname, p.givenNames, p.rnokpp, {}, {}, {}}, secret, now);
        if (!file)
            return file.error();
        return KeyFile::openData(*file, QStringLiteral("citizen.p12"), Secret(secret));
    };
    auto mariaKey = keyOf(ca, maria);
    auto tarasKey = keyOf(ca, taras);
    auto strangerKey = keyOf(stranger, stranger1);
    for (const auto *key : {&mariaKey, &tarasKey, &strangerKey})
        if (!*key)
            return key->error();
    struct Sample
    {
        const char *file;
        Signer *signer;
        SamplePerson person;
        QString to, service;
        QStringList documents;
        bool alter = false, detachedWithoutPdf = false;
        int minutesAgo = 0;
    };
    const QList<Sample> samples = {
        {"01-valid.eml", mariaKey->get(), maria, mainEmail, enrolment, offered.at(0).documents, false, false, 180},
        {"02-valid.eml", tarasKey->get(), taras, secondEmail, benefits, offered.at(2).documents, false, false, 150},
        {"03-valid.eml", tarasKey->get(), taras, mainEmail, transfer, offered.at(1).documents, false, false, 120},
        {"04-altered-pdf.eml", mariaKey->get(), maria, secondEmail, enrolment, offered.at(0).documents, true, false, 90},
        {"05-untrusted.eml", strangerKey->get(), stranger1, mainEmail, enrolment, offered.at(0).documents, false, false, 60},
        {"06-pdf-missing.eml",
         tarasKey->get(),
         taras,
         mainEmail,
         transfer,
         {QStringLiteral("education-document")},
         false,
         true,
         30},
    };
    for (const Sample &s : samples) {
        CitizenCopies::Request request;
        request.to = s.to;
        request.serviceName = s.service;
        request.documentKinds = s.documents;
        request.person = s.person;
        request.when = now.addSecs(-60 * s.minutesAgo);
        request.alterPdf = s.alter;
        request.attached = !s.detachedWithoutPdf;
        request.omitPdf = s.detachedWithoutPdf;
        const auto message = CitizenCopies::message(*s.signer, request);
        if (!message)
            return message.error();
        const QString path = QDir(created.dropFolder).filePath(QString::fromLatin1(s.file));
        if (Status w = writeFile(path, *message); !w)
            return w.error();
        // Saved when it was sent, as a mail program would: the drop folder takes it at once (it
        // waits for files that may still be being written).
        QFile saved(path);
        if (saved.open(QIODevice::ReadWrite))
            saved.setFileTime(request.when.toLocalTime(), QFileDevice::FileModificationTime);
        ++created.samples;
    }
    return created;
}

} // namespace kopii
