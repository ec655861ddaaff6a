// SPDX-License-Identifier: GPL-3.0-or-later
// kopii-citizen: the reference citizen app, a test tool (issues #7, #22). It does what the Diia app
// does when a visitor scans a poster: reads the QR code from a poster (PDF or image, a photo of one
// too), opens only Diia links, and shows what the visitor would see. Diia's backend, which knows
// each link's branch and documents, is played by the organisation's codes as `kopii-cli qr list
// --json` exports them (--codes); --to names the destination instead. Any other code (Kopii's
// earlier signed requests included) is refused, as the Diia app refuses it. `send` then makes the
// copies as Diia does (a sample PDF and a CAdES .p7s by the visitor's key per requested document)
// and mails them by SMTP.
//   kopii-citizen scan POSTER [--codes FILE | --to ADDRESS] [--json]
//   kopii-citizen send POSTER (--key FILE.p12 --password P | --dstu-key FILE.pk8 --dstu-cert FILE.cer)
//                 (--smtp HOST:PORT | --eml FILE)
//                 [--codes FILE | --to ADDRESS] [--service NAME] [--document CODE]...
//                 [--detached] [--alter-pdf] [--omit-pdf] [--json]
// Exit 0: shown (sent); 1: refused (not a Diia link, an unknown offer, no code) or the mail server
// refused; 2: usage or unreadable file.
#include "demo/CitizenCopies.h"
#include "core/DiiaLink.h"
#include "crypto/KeyFile.h"
#include "core/DocumentKinds.h"
#include "qr/QrDecoder.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QTcpSocket>
#include <QTextStream>

#include <optional>

using namespace kopii;

namespace {

// SMTP as a mail program speaks it: EHLO, MAIL, RCPT, DATA with dot-stuffing. Returns the server's
// refusal, or an empty string when the message was accepted.
QString smtpSend(const QString &hostPort, const QString &from, const QString &to, QByteArray message)
{
    const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':'));
    QTcpSocket s;
    s.connectToHost(hostPort.left(colon), quint16(hostPort.mid(colon + 1).toUInt()));
    if (!s.waitForConnected(10000))
        return QStringLiteral("cannot connect to %1: %2").arg(hostPort, s.errorString());
    QString failure;
    auto expect = [&](const char *code) {
        QByteArray line;
        for (;;) {
            while (!s.canReadLine())
                if (!s.waitForReadyRead(30000)) {
                    failure = QStringLiteral("no answer from the mail server");
                    return false;
                }
            line = s.readLine();
            if (line.size() < 4 || line.at(3) != '-')
                break;
        }
        if (!line.startsWith(code))
            failure = QStringLiteral("the mail server said: %1").arg(QString::fromUtf8(line.trimmed()));
        return line.startsWith(code);
    };
    auto say = [&](const QByteArray &line, const char *code) {
        s.write(line + "\r\n");
        return expect(code);
    };
    if (!expect("220") || !say("EHLO citizen.example.net", "250") || !say("MAIL FROM:<" + from.toUtf8() + ">", "250")
        || !say("RCPT TO:<" + to.toUtf8() + ">", "250") || !say("DATA", "354"))
        return failure;
    if (!message.endsWith("\r\n"))
        message += "\r\n";
    message.replace("\r\n.", "\r\n..");
    if (message.startsWith('.'))
        message.prepend('.');
    s.write(message + ".\r\n");
    if (!expect("250"))
        return failure;
    say("QUIT", "221");
    return {};
}

struct Scan
{
    int code = 0; // 0: shown; else the exit code
    QJsonObject shown;
    QString to, service;
    QStringList documents;
};

Scan failed(int code)
{
    Scan r;
    r.code = code;
    return r;
}

// The Diia backend's part, played by an export of the organisation's codes (kopii-cli qr list
// --json): the offer a link names, with its branch's address and e-mail and the documents.
std::optional<QJsonObject> offerOf(const QString &link, const QString &codesFile, QTextStream &err, int *failure)
{
    QFile f(codesFile);
    if (!f.open(QIODevice::ReadOnly)) {
        err << "kopii-citizen: cannot read " << codesFile << Qt::endl;
        *failure = 2;
        return std::nullopt;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    if (!doc.isArray()) {
        err << "kopii-citizen: " << codesFile << " is not an export of codes (kopii-cli qr list --json)" << Qt::endl;
        *failure = 2;
        return std::nullopt;
    }
    for (const QJsonValue &v : doc.array())
        if (v.toObject().value(QStringLiteral("text")).toString() == link
            && v.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("portal"))
            return v.toObject();
    err << "kopii-citizen: refused: Diia knows no offer with this link" << Qt::endl;
    *failure = 1;
    return std::nullopt;
}

Scan scan(const QString &poster, const QString &codesFile, const QString &toOption, QTextStream &err)
{
    Scan r;
    const auto codes = QrDecoder::decodeFile(poster);
    if (!codes) {
        err << "kopii-citizen: " << codes.error().message << Qt::endl;
        return failed(2);
    }
    if (codes->isEmpty()) {
        err << "kopii-citizen: there is no QR code on this poster" << Qt::endl;
        return failed(1);
    }
    const QString text = codes->first().text;
    if (!DiiaLink::isDiiaLink(text)) {
        // What the Diia app does with any other code, Kopii's earlier signed requests included.
        err << "kopii-citizen: refused: the Diia app cannot open this code: " << text.left(80) << Qt::endl;
        return failed(1);
    }
    r.shown = QJsonObject{{QStringLiteral("kind"), QStringLiteral("portal-link")}, {QStringLiteral("link"), text}};
    if (!codesFile.isEmpty()) {
        int failure = 0;
        const auto offer = offerOf(text, codesFile, err, &failure);
        if (!offer)
            return failed(failure);
        QJsonArray documents;
        for (const QJsonValue &code : offer->value(QStringLiteral("documents")).toArray()) {
            const DocumentKind *kind = DocumentKindCatalog::instance().find(code.toString());
            r.documents << code.toString();
            documents << QJsonObject{{QStringLiteral("code"), code.toString()},
                                     {QStringLiteral("name"), kind ? kind->nameUk : code.toString()}};
        }
        for (const char *key : {"organization", "organizationCode", "branch", "address", "service"})
            r.shown.insert(QLatin1String(key), offer->value(QLatin1String(key)));
        r.shown.insert(QStringLiteral("documents"), documents);
        r.to = offer->value(QStringLiteral("email")).toString();
        r.service = offer->value(QStringLiteral("service")).toString();
    } else if (!toOption.isEmpty()) {
        r.to = toOption;
    } else {
        err << "kopii-citizen: where does this link send copies? Give --codes FILE (the organisation's codes) or "
               "--to ADDRESS"
            << Qt::endl;
        return failed(2);
    }
    r.shown.insert(QStringLiteral("to"), r.to);
    return r;
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // Poppler, image decoding and PDF rendering need a GUI application
    QTextStream out(stdout), err(stderr);
    QCommandLineParser parser;
    const QCommandLineOption codesOpt(QStringLiteral("codes"),
                                      QStringLiteral("the organisation's codes (kopii-cli qr list --json): Diia's part"),
                                      QStringLiteral("FILE"));
    const QCommandLineOption toOpt(QStringLiteral("to"), QStringLiteral("destination for a portal link"),
                                   QStringLiteral("ADDRESS"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("one JSON object"));
    const QCommandLineOption keyOpt(QStringLiteral("key"), QStringLiteral("the visitor's key file"), QStringLiteral("FILE"));
    const QCommandLineOption passwordOpt(QStringLiteral("password"), QStringLiteral("its password"), QStringLiteral("P"));
    const QCommandLineOption dstuKeyOpt(QStringLiteral("dstu-key"), QStringLiteral("a DSTU 4145 test key (PKCS#8)"),
                                        QStringLiteral("FILE"));
    const QCommandLineOption dstuCertOpt(QStringLiteral("dstu-cert"), QStringLiteral("its certificate"), QStringLiteral("FILE"));
    const QCommandLineOption smtpOpt(QStringLiteral("smtp"), QStringLiteral("mail server"), QStringLiteral("HOST:PORT"));
    const QCommandLineOption emlOpt(QStringLiteral("eml"), QStringLiteral("write the e-mail here instead"),
                                    QStringLiteral("FILE"));
    const QCommandLineOption serviceOpt(QStringLiteral("service"), QStringLiteral("service (portal link)"),
                                        QStringLiteral("NAME"));
    const QCommandLineOption documentOpt(QStringLiteral("document"), QStringLiteral("document kind (portal link)"),
                                         QStringLiteral("CODE"));
    const QCommandLineOption detachedOpt(QStringLiteral("detached"), QStringLiteral("detached signatures"));
    const QCommandLineOption alterOpt(QStringLiteral("alter-pdf"), QStringLiteral("change the PDFs after signing"));
    const QCommandLineOption omitOpt(QStringLiteral("omit-pdf"), QStringLiteral("send only the signatures"));
    for (const auto &o : {codesOpt, toOpt, jsonOpt, keyOpt, passwordOpt, dstuKeyOpt, dstuCertOpt, smtpOpt, emlOpt, serviceOpt,
                          documentOpt, detachedOpt, alterOpt, omitOpt})
        parser.addOption(o);
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("scan|send"));
    parser.addPositionalArgument(QStringLiteral("poster"), QStringLiteral("PDF or image"));
    const QString command = parser.parse(QCoreApplication::arguments()) && parser.positionalArguments().size() == 2
        ? parser.positionalArguments().first()
        : QString();
    const bool sending = command == QLatin1String("send");
    if ((!sending && command != QLatin1String("scan"))
        || (sending
            && (parser.isSet(keyOpt) == parser.isSet(dstuKeyOpt) || parser.isSet(dstuKeyOpt) != parser.isSet(dstuCertOpt)
                || parser.isSet(smtpOpt) == parser.isSet(emlOpt)))) {
        err << "usage: kopii-citizen scan POSTER [--codes FILE | --to ADDRESS] [--json]\n"
               "       kopii-citizen send POSTER (--key FILE.p12 --password P | --dstu-key FILE.pk8 --dstu-cert FILE.cer)\n"
               "                     (--smtp HOST:PORT | --eml FILE)\n"
               "                     [--codes FILE | --to ADDRESS] [--service NAME] [--document CODE]...\n"
               "                     [--detached] [--alter-pdf] [--omit-pdf] [--json]"
            << Qt::endl;
        return 2;
    }
    Scan scanned = scan(parser.positionalArguments().at(1), parser.value(codesOpt), parser.value(toOpt), err);
    if (scanned.code != 0)
        return scanned.code;
    QJsonObject shown = scanned.shown;

    if (sending) {
        auto readAll = [](const QString &path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        auto signer = parser.isSet(dstuKeyOpt) ? KeyFile::fromNationalKey(
                          readAll(parser.value(dstuKeyOpt)), readAll(parser.value(dstuCertOpt)), QStringLiteral("DSTU test key"))
                                               : KeyFile::open(parser.value(keyOpt), Secret(parser.value(passwordOpt).toUtf8()));
        if (!signer) {
            err << "kopii-citizen: " << signer.error().message << Qt::endl;
            return 2;
        }
        CitizenCopies::Request request;
        request.to = scanned.to;
        request.serviceName = parser.isSet(serviceOpt) ? parser.value(serviceOpt) : scanned.service;
        request.documentKinds = parser.isSet(documentOpt) ? parser.values(documentOpt) : scanned.documents;
        if (request.documentKinds.isEmpty())
            request.documentKinds = {QStringLiteral("passport")};
        request.attached = !parser.isSet(detachedOpt);
        request.alterPdf = parser.isSet(alterOpt);
        request.omitPdf = parser.isSet(omitOpt);
        const auto message = CitizenCopies::message(**signer, request);
        if (!message) {
            err << "kopii-citizen: " << message.error().message << Qt::endl;
            return 2;
        }
        if (parser.isSet(emlOpt)) {
            QFile f(parser.value(emlOpt));
            if (!f.open(QIODevice::WriteOnly) || f.write(*message) != message->size()) {
                err << "kopii-citizen: cannot write " << f.fileName() << Qt::endl;
                return 2;
            }
        } else if (const QString refused = smtpSend(parser.value(smtpOpt), request.person.email, request.to, *message);
                   !refused.isEmpty()) {
            err << "kopii-citizen: not sent: " << refused << Qt::endl;
            return 1;
        }
        shown.insert(QStringLiteral("sent"),
                     QJsonObject{{QStringLiteral("to"), request.to},
                                 {QStringLiteral("documents"), QJsonArray::fromStringList(request.documentKinds)},
                                 {QStringLiteral("bytes"), int(message->size())}});
    }
    if (parser.isSet(jsonOpt)) {
        out << QString::fromUtf8(QJsonDocument(shown).toJson(QJsonDocument::Compact)) << Qt::endl;
        return 0;
    }
    for (auto it = shown.constBegin(); it != shown.constEnd(); ++it)
        out << it.key() << ": "
            << (it->isArray() || it->isObject()
                    ? QString::fromUtf8(it->isArray() ? QJsonDocument(it->toArray()).toJson(QJsonDocument::Compact)
                                                      : QJsonDocument(it->toObject()).toJson(QJsonDocument::Compact))
                    : it->toString())
            << Qt::endl;
    return 0;
}
