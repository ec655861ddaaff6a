// kopii-citizen: the reference citizen app, a test tool (issue #7). For now it does what the Diia
// app does when a visitor scans a poster: reads the QR code from a poster (PDF or image, a photo
// of one too), checks a signed request against the trust it is given, and prints what the visitor
// would see; a forged or expired request is refused with the reason. A portal link takes the
// destination address from --to. Producing the copies and sending them follows.
//   kopii-citizen scan POSTER [--trust FILE]... [--to ADDRESS] [--json]
// Exit 0: shown; 1: refused (forged, expired, no code); 2: usage or unreadable file.
#include "DiiaLink.h"
#include "DocumentKinds.h"
#include "QrDecoder.h"
#include "SignedRequest.h"
#include "SqlStore.h"
#include "TrustStore.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

using namespace kopii;

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv); // Poppler and image decoding need a GUI application (offscreen)
    QTextStream out(stdout), err(stderr);
    QCommandLineParser parser;
    const QCommandLineOption trustOpt(QStringLiteral("trust"), QStringLiteral("CA certificates to trust"), QStringLiteral("FILE"));
    const QCommandLineOption toOpt(QStringLiteral("to"), QStringLiteral("destination for a portal link"), QStringLiteral("ADDRESS"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("one JSON object"));
    for (const auto &o : {trustOpt, toOpt, jsonOpt})
        parser.addOption(o);
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("scan"));
    parser.addPositionalArgument(QStringLiteral("poster"), QStringLiteral("PDF or image"));
    if (!parser.parse(QCoreApplication::arguments()) || parser.positionalArguments().size() != 2
        || parser.positionalArguments().first() != QLatin1String("scan")) {
        err << "usage: kopii-citizen scan POSTER [--trust FILE]... [--to ADDRESS] [--json]" << Qt::endl;
        return 2;
    }
    const auto codes = QrDecoder::decodeFile(parser.positionalArguments().at(1));
    if (!codes) {
        err << "kopii-citizen: " << codes.error().message << Qt::endl;
        return 2;
    }
    if (codes->isEmpty()) {
        err << "kopii-citizen: there is no QR code on this poster" << Qt::endl;
        return 1;
    }
    const QString text = codes->first().text;
    QJsonObject shown;
    if (text.startsWith(QLatin1String(SignedRequest::kPrefix))) {
        // The trust the Diia app would have: here, what the test gives.
        QTemporaryDir scratch;
        auto store = SqlStore::openSqlite(scratch.filePath(QStringLiteral("citizen.kopii")));
        if (!store) {
            err << "kopii-citizen: " << store.error().message << Qt::endl;
            return 2;
        }
        TrustStore trust(**store);
        (void)trust.load();
        for (const QString &path : parser.values(trustOpt))
            if (const auto added = trust.addPathForThisRun(path); !added) {
                err << "kopii-citizen: " << added.error().message << Qt::endl;
                return 2;
            }
        const auto check = SignedRequest::verify(text, trust, QDateTime::currentDateTimeUtc());
        if (check.verdict != SignedRequestCheck::Verdict::Valid) {
            err << "kopii-citizen: refused: " << check.reason << Qt::endl;
            return 1;
        }
        const RequestClaims &c = check.claims;
        QJsonArray documents;
        for (const QString &code : c.documents) {
            const DocumentKind *kind = DocumentKindCatalog::instance().find(code);
            documents << QJsonObject{{QStringLiteral("code"), code},
                                     {QStringLiteral("name"), kind ? kind->nameUk : code}};
        }
        shown = QJsonObject{{QStringLiteral("kind"), QStringLiteral("signed-request")},
                            {QStringLiteral("organization"), c.organizationName},
                            {QStringLiteral("code"), c.organizationCode},
                            {QStringLiteral("branch"), c.branchName},
                            {QStringLiteral("address"), c.branchAddress},
                            {QStringLiteral("to"), c.branchEmail},
                            {QStringLiteral("service"), c.serviceName},
                            {QStringLiteral("documents"), documents},
                            {QStringLiteral("signer"), check.signer.info().holderName()},
                            {QStringLiteral("expires"), c.expires.toString(Qt::ISODate)}};
    } else if (DiiaLink::isDiiaLink(text)) {
        if (!parser.isSet(toOpt)) {
            err << "kopii-citizen: a portal link does not say where the copies go; give --to ADDRESS" << Qt::endl;
            return 2;
        }
        shown = QJsonObject{{QStringLiteral("kind"), QStringLiteral("portal-link")},
                            {QStringLiteral("link"), text},
                            {QStringLiteral("to"), parser.value(toOpt)}};
    } else {
        err << "kopii-citizen: refused: the code is not a Diia request: " << text.left(80) << Qt::endl;
        return 1;
    }
    if (parser.isSet(jsonOpt)) {
        out << QString::fromUtf8(QJsonDocument(shown).toJson(QJsonDocument::Compact)) << Qt::endl;
        return 0;
    }
    for (auto it = shown.constBegin(); it != shown.constEnd(); ++it)
        out << it.key() << ": "
            << (it->isArray() ? QString::fromUtf8(QJsonDocument(it->toArray()).toJson(QJsonDocument::Compact)) : it->toString())
            << Qt::endl;
    return 0;
}
