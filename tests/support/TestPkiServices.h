// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The test PKI's online services, real programs on loopback: `openssl ocsp` as the CA's OCSP
// responder (the port every test leaf names in its authorityInfoAccess) and `openssl ts -reply`
// as the time-stamping authority, under faketime for timestamps in the past.
#include "CryptoTestUtil.h"
#include "crypto/Timestamp.h"
#include "crypto/national/Der.h"
#include "crypto/national/OpenSsl.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QMutex>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <functional>

#include <openssl/ocsp.h>

namespace kopii::test {

// The loopback ports the test PKI's certificates name for OCSP and the CRL, chosen free when it
// was made (tests/data/make-test-pki.sh writes them to its folder's `ports`).
inline int testPkiPort(const char *service)
{
    QFile file(pki(QStringLiteral("ports")));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : file.readAll().split('\n'))
        if (line.startsWith(QByteArray(service) + ' '))
            return line.mid(int(qstrlen(service)) + 1).trimmed().toInt();
    return 0;
}
inline int ocspPort()
{
    static const int port = testPkiPort("ocsp");
    return port;
}
inline int crlPort()
{
    static const int port = testPkiPort("crl");
    return port;
}

// A minimal HTTP server on loopback for the CRL distribution point, on its own thread (the
// verifier under test blocks the test's thread while it downloads). GET /NAME answers the bytes
// set for NAME, anything else 404. With a POST handler, a POST's body goes to it and its result
// is the answer (a scripted OCSP responder, for answers `openssl ocsp` cannot sign).
class HttpFileServer : public QObject
{
public:
    ~HttpFileServer() override { stop(); }

    void serve(const QByteArray &path, const QByteArray &body)
    {
        QMutexLocker lock(&m_mutex);
        m_files.insert(path, body);
    }
    void setPostHandler(std::function<QByteArray(const QByteArray &)> handler)
    {
        QMutexLocker lock(&m_mutex);
        m_post = std::move(handler);
    }
    int requests() const
    {
        QMutexLocker lock(&m_mutex);
        return m_requests;
    }
    bool start(int port = crlPort())
    {
        m_thread.start();
        bool listening = false;
        QMetaObject::invokeMethod(
            &m_worker,
            [this, port, &listening] {
                m_server = new QTcpServer(&m_worker);
                listening = m_server->listen(QHostAddress::LocalHost, quint16(port));
                QObject::connect(m_server, &QTcpServer::newConnection, &m_worker, [this] {
                    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                            const QByteArray request = socket->peek(65536);
                            const qsizetype headerEnd = request.indexOf("\r\n\r\n");
                            if (headerEnd < 0)
                                return;
                            qsizetype length = 0;
                            for (const QByteArray &line : request.left(headerEnd).split('\n'))
                                if (line.toLower().startsWith("content-length:"))
                                    length = line.mid(15).trimmed().toLongLong();
                            if (request.size() < headerEnd + 4 + length)
                                return;
                            socket->readAll();
                            const QByteArray path = request.split(' ').value(1).mid(1);
                            const bool post = request.startsWith("POST ");
                            QByteArray body;
                            bool found = false;
                            {
                                QMutexLocker lock(&m_mutex);
                                ++m_requests;
                                if (post && m_post) {
                                    body = m_post(request.mid(headerEnd + 4, length));
                                    found = !body.isEmpty();
                                } else {
                                    found = m_files.contains(path);
                                    body = m_files.value(path);
                                }
                            }
                            socket->write((found ? QByteArray("HTTP/1.1 200 OK\r\nContent-Type: ")
                                                   + (post ? "application/ocsp-response" : "application/pkix-crl") + "\r\n"
                                                 : QByteArray("HTTP/1.1 404 Not Found\r\n"))
                                          + "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n"
                                          + body);
                            socket->disconnectFromHost();
                        });
                        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                    }
                });
            },
            Qt::BlockingQueuedConnection);
        return listening;
    }
    void stop()
    {
        if (!m_thread.isRunning())
            return;
        QMetaObject::invokeMethod(
            &m_worker,
            [this] {
                delete m_server;
                m_server = nullptr;
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    HttpFileServer() { m_worker.moveToThread(&m_thread); }

private:
    QThread m_thread;
    QObject m_worker;
    QTcpServer *m_server = nullptr;
    mutable QMutex m_mutex;
    QHash<QByteArray, QByteArray> m_files;
    std::function<QByteArray(const QByteArray &)> m_post;
    int m_requests = 0;
};

class OcspResponder
{
public:
    ~OcspResponder() { stop(); }

    // Serves the CA's index (or another index file) until stopped, signed by the responder
    // certificate `signer` of the test PKI. Tests using it hold the ctest RESOURCE_LOCK "ocsp-port".
    bool start(const QString &index = pki(QStringLiteral("db-ca/index.txt")), QString *error = nullptr,
               const QString &signer = QStringLiteral("ocsp"))
    {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral("openssl"),
                        {QStringLiteral("ocsp"), QStringLiteral("-index"), index, QStringLiteral("-port"),
                         QString::number(ocspPort()), QStringLiteral("-rsigner"), pki(signer + QStringLiteral(".crt")),
                         QStringLiteral("-rkey"), pki(signer + QStringLiteral(".key")), QStringLiteral("-CA"),
                         pki(QStringLiteral("ca.crt")), QStringLiteral("-nmin"), QStringLiteral("60"),
                         QStringLiteral("-ignore_err")});
        QByteArray output;
        QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired() && m_process.state() != QProcess::NotRunning) {
            m_process.waitForReadyRead(200);
            output += m_process.readAll();
            if (output.contains("waiting for OCSP client connections"))
                return true;
        }
        if (error)
            *error = QString::fromLocal8Bit(output);
        stop();
        return false;
    }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished(5000);
    }

private:
    QProcess m_process;
};

// An RFC 3161 token over the signature value of `p7s`, made by the test TSA `tsa` ("tsa" or
// "rogue-tsa"); `fakeTime` (faketime -f syntax, e.g. "-2d" or "@2025-01-01 12:00:00") moves its time.
inline QByteArray timestampToken(const QByteArray &p7s, const QString &tsa = QStringLiteral("tsa"),
                                 const QString &fakeTime = QString())
{
    const auto value = Timestamp::signatureValue(p7s);
    if (!value)
        qFatal("%s", qPrintable(value.error().message));
    QTemporaryDir dir;
    const QString query = dir.filePath(QStringLiteral("q.tsq")), token = dir.filePath(QStringLiteral("t.der"));
    auto run = [](const QString &program, const QStringList &args) {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(program, args);
        if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            qFatal("%s %s failed: %s", qPrintable(program), qPrintable(args.join(QLatin1Char(' '))), p.readAll().constData());
    };
    run(QStringLiteral("openssl"),
        {QStringLiteral("ts"), QStringLiteral("-query"), QStringLiteral("-digest"),
         QString::fromLatin1(QCryptographicHash::hash(*value, QCryptographicHash::Sha256).toHex()), QStringLiteral("-sha256"),
         QStringLiteral("-cert"), QStringLiteral("-out"), query});
    QStringList reply = {QStringLiteral("openssl"),
                         QStringLiteral("ts"),
                         QStringLiteral("-reply"),
                         QStringLiteral("-config"),
                         pki(tsa + QStringLiteral(".conf")),
                         QStringLiteral("-queryfile"),
                         query,
                         QStringLiteral("-token_out"),
                         QStringLiteral("-out"),
                         token};
    if (fakeTime.isEmpty())
        run(reply.takeFirst(), reply);
    else
        run(QStringLiteral("faketime"), QStringList{QStringLiteral("-f"), fakeTime} + reply);
    QFile f(token);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no timestamp token");
    return f.readAll();
}

// `p7s` with a signature timestamp of the test TSA.
inline QByteArray withTimestamp(const QByteArray &p7s, const QString &tsa = QStringLiteral("tsa"),
                                const QString &fakeTime = QString())
{
    const auto stamped = Timestamp::attachToken(p7s, timestampToken(p7s, tsa, fakeTime));
    if (!stamped)
        qFatal("%s", qPrintable(stamped.error().message));
    return *stamped;
}

// The test CA's OCSP answer about `leaf` as a BasicOCSPResponse (DER), made now by `openssl ocsp`
// from the CA's index, signed by the responder certificate `signer` (no server involved).
inline QByteArray basicOcspAnswer(const QString &leaf, const QString &signer = QStringLiteral("ocsp"))
{
    QTemporaryDir dir;
    const QString request = dir.filePath(QStringLiteral("req.der")), response = dir.filePath(QStringLiteral("resp.der"));
    auto run = [](const QStringList &args) {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("openssl"), args);
        if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            qFatal("openssl %s failed: %s", qPrintable(args.join(QLatin1Char(' '))), p.readAll().constData());
    };
    run({QStringLiteral("ocsp"), QStringLiteral("-issuer"), pki(QStringLiteral("ca.crt")), QStringLiteral("-cert"),
         pki(leaf + QStringLiteral(".crt")), QStringLiteral("-no_nonce"), QStringLiteral("-reqout"), request});
    run({QStringLiteral("ocsp"), QStringLiteral("-index"), pki(QStringLiteral("db-ca/index.txt")), QStringLiteral("-CA"),
         pki(QStringLiteral("ca.crt")), QStringLiteral("-rsigner"), pki(signer + QStringLiteral(".crt")), QStringLiteral("-rkey"),
         pki(signer + QStringLiteral(".key")), QStringLiteral("-reqin"), request, QStringLiteral("-respout"), response,
         QStringLiteral("-ndays"), QStringLiteral("1")});
    QFile f(response);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no OCSP answer");
    const QByteArray der = f.readAll();
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    std::unique_ptr<OCSP_RESPONSE, ossl::Deleter<OCSP_RESPONSE, OCSP_RESPONSE_free>> parsed(
        d2i_OCSP_RESPONSE(nullptr, &p, long(der.size())));
    std::unique_ptr<OCSP_BASICRESP, ossl::Deleter<OCSP_BASICRESP, OCSP_BASICRESP_free>> basic(
        parsed ? OCSP_response_get1_basic(parsed.get()) : nullptr);
    if (!basic)
        qFatal("the OCSP answer cannot be read");
    return ossl::der(basic.get(), i2d_OCSP_BASICRESP);
}

// `p7s` with one more unsigned attribute `nid` whose value is the DER `value` (a SEQUENCE).
inline QByteArray withUnsignedAttribute(const QByteArray &p7s, int nid, const QByteArray &value)
{
    ossl::Bio in = ossl::memoryBio(p7s);
    ossl::Cms cms(d2i_CMS_bio(in.get(), nullptr));
    CMS_SignerInfo *si = cms ? sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(cms.get()), 0) : nullptr;
    if (!si || CMS_unsigned_add1_attr_by_NID(si, nid, V_ASN1_SEQUENCE, value.constData(), int(value.size())) != 1)
        qFatal("cannot add an unsigned attribute");
    return ossl::der(cms.get(), i2d_CMS_ContentInfo);
}

// `p7s` with an unsigned attribute of type `oid` (dotted) whose value is the DER `value`.
inline QByteArray withUnsignedAttribute(const QByteArray &p7s, const char *oid, const QByteArray &value)
{
    ossl::Bio in = ossl::memoryBio(p7s);
    ossl::Cms cms(d2i_CMS_bio(in.get(), nullptr));
    CMS_SignerInfo *si = cms ? sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(cms.get()), 0) : nullptr;
    ossl::Asn1ObjectPtr type(OBJ_txt2obj(oid, 1));
    if (!si || CMS_unsigned_add1_attr_by_OBJ(si, type.get(), V_ASN1_SEQUENCE, value.constData(), int(value.size())) != 1)
        qFatal("cannot add an unsigned attribute");
    return ossl::der(cms.get(), i2d_CMS_ContentInfo);
}

// A CAdES-X Long signature as Diia makes it, from `p7s`: a signature timestamp of the test TSA,
// certValues (the signer's certificate, the CA and the root) and revocationValues with the test
// responder's answer about `leaf` (`answer`, else a fresh one).
// A CRL of the test CA issued now (DER), from a copy of the CA's database: the PKI stays as it is.
inline QByteArray freshCaCrl()
{
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath(QStringLiteral("db-ca")));
    for (const QString &name : QDir(pki(QStringLiteral("db-ca"))).entryList(QDir::Files))
        QFile::copy(pki(QStringLiteral("db-ca/") + name), dir.filePath(QStringLiteral("db-ca/") + name));
    QFile config(dir.filePath(QStringLiteral("ca.cnf"))); // as make-test-pki.sh's mkca writes it
    if (!config.open(QIODevice::WriteOnly))
        qFatal("no CA configuration");
    config.write("[ca]\ndefault_ca = this\n[this]\ndir = db-ca\ndatabase = $dir/index.txt\nserial = $dir/serial\n"
                 "crlnumber = $dir/crlnumber\nnew_certs_dir = $dir\ndefault_md = sha256\ndefault_crl_days = 30\n");
    config.close();
    auto run = [&dir](const QStringList &args) {
        QProcess p;
        p.setWorkingDirectory(dir.path());
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("openssl"), args);
        if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            qFatal("openssl %s failed: %s", qPrintable(args.join(QLatin1Char(' '))), p.readAll().constData());
    };
    run({QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"), QStringLiteral("ca.cnf"),
         QStringLiteral("-cert"), pki(QStringLiteral("ca.crt")), QStringLiteral("-keyfile"), pki(QStringLiteral("ca.key")),
         QStringLiteral("-gencrl"), QStringLiteral("-out"), QStringLiteral("crl.pem")});
    run({QStringLiteral("crl"), QStringLiteral("-in"), QStringLiteral("crl.pem"), QStringLiteral("-outform"),
         QStringLiteral("DER"), QStringLiteral("-out"), QStringLiteral("crl.der")});
    QFile f(dir.filePath(QStringLiteral("crl.der")));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no CRL");
    return f.readAll();
}

// With `crl`, the revocation values are that CRL instead of an OCSP answer.
inline QByteArray asCadesXLong(const QByteArray &p7s, const QString &leaf, QByteArray answer = QByteArray(),
                               const QByteArray &crl = QByteArray())
{
    const auto der = [](const QString &name) {
        QFile f(pki(name + QStringLiteral(".der")));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("no %s", qPrintable(name));
        return f.readAll();
    };
    const QByteArray stamped = withTimestamp(p7s);
    if (answer.isEmpty() && crl.isEmpty())
        answer = basicOcspAnswer(leaf);
    const QByteArray certValues =
        der::encode(der::kSequence, der(leaf) + der(QStringLiteral("ca")) + der(QStringLiteral("root")));
    // RevocationValues ::= SEQUENCE { crlVals [0] SEQUENCE OF CertificateList, ocspVals [1] SEQUENCE OF BasicOCSPResponse }
    const QByteArray revocationValues = der::encode(der::kSequence,
                                                    crl.isEmpty() ? der::encode(0xa1, der::encode(der::kSequence, answer))
                                                                  : der::encode(0xa0, der::encode(der::kSequence, crl)));
    return withUnsignedAttribute(withUnsignedAttribute(stamped, NID_id_smime_aa_ets_certValues, certValues),
                                 NID_id_smime_aa_ets_revocationValues, revocationValues);
}

} // namespace kopii::test

namespace kopii::test {

// `p7s` (DER, one signer, its SignedData carrying certificates) with an archive-time-stamp-v3 of
// the test TSA, built as ETSI EN 319 122-1 5.5.3 says, from the file's own bytes: an ATSHashIndex
// (SHA-256) of its certificates, CRLs and unsigned attributes, the imprint over eContentType, the
// content's hash, the signer's signed fields and that index; the index then goes into the token's
// unsigned attributes. `detached`: the content of a detached signature.
inline QByteArray withArchiveTimestampV3(const QByteArray &p7s, const QByteArray &detached = QByteArray())
{
    using der::Element;
    const auto childrenOf = [](const QByteArray &content) {
        QList<Element> out;
        if (!der::children(content, &out))
            qFatal("not DER");
        return out;
    };
    qsizetype pos = 0;
    Element top;
    if (!der::read(p7s, pos, &top))
        qFatal("not DER");
    const QList<Element> signedData = childrenOf(childrenOf(childrenOf(top.content).at(1).content).first().content);
    const QList<Element> encap = childrenOf(signedData.at(2).content);
    const QByteArray content = encap.size() > 1 ? childrenOf(encap.at(1).content).first().content : detached;
    QByteArray certificates, crls;
    for (qsizetype i = 3; i + 1 < signedData.size(); ++i)
        for (const Element &e : childrenOf(signedData.at(i).content))
            (signedData.at(i).tag == 0xa0 ? certificates : crls) +=
                der::encode(der::kOctetString, QCryptographicHash::hash(e.encoded, QCryptographicHash::Sha256));
    QByteArray fields, attributes;
    for (const Element &field : childrenOf(childrenOf(signedData.last().content).first().content)) {
        if (field.tag != 0xa1) {
            fields += field.encoded;
            continue;
        }
        for (const Element &attribute : childrenOf(field.content))
            attributes += der::encode(der::kOctetString, QCryptographicHash::hash(attribute.encoded, QCryptographicHash::Sha256));
    }
    const QByteArray index = der::encode(der::kSequence,
                                         der::encode(der::kSequence, certificates) + der::encode(der::kSequence, crls)
                                             + der::encode(der::kSequence, attributes));
    const QByteArray imprint =
        encap.first().encoded + QCryptographicHash::hash(content, QCryptographicHash::Sha256) + fields + index;

    QTemporaryDir dir;
    const QString query = dir.filePath(QStringLiteral("q.tsq")), tokenFile = dir.filePath(QStringLiteral("t.der"));
    auto run = [](const QStringList &args) {
        QProcess p;
        p.start(QStringLiteral("openssl"), args);
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            qFatal("openssl %s failed", qPrintable(args.join(QLatin1Char(' '))));
    };
    run({QStringLiteral("ts"), QStringLiteral("-query"), QStringLiteral("-digest"),
         QString::fromLatin1(QCryptographicHash::hash(imprint, QCryptographicHash::Sha256).toHex()), QStringLiteral("-sha256"),
         QStringLiteral("-cert"), QStringLiteral("-out"), query});
    run({QStringLiteral("ts"), QStringLiteral("-reply"), QStringLiteral("-config"), pki(QStringLiteral("tsa.conf")),
         QStringLiteral("-queryfile"), query, QStringLiteral("-token_out"), QStringLiteral("-out"), tokenFile});
    QFile f(tokenFile);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no token");
    // The index into the token's own signer (id-aa-ATSHashIndex, 0.4.0.1733.2.5).
    const QByteArray tokenDer = f.readAll();
    const auto *p = reinterpret_cast<const unsigned char *>(tokenDer.constData());
    ossl::Cms token(d2i_CMS_ContentInfo(nullptr, &p, long(tokenDer.size())));
    CMS_SignerInfo *tsi = token ? sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(token.get()), 0) : nullptr;
    ossl::Asn1ObjectPtr indexOid(OBJ_txt2obj("0.4.0.1733.2.5", 1));
    if (!tsi || CMS_unsigned_add1_attr_by_OBJ(tsi, indexOid.get(), V_ASN1_SEQUENCE, index.constData(), int(index.size())) != 1)
        qFatal("cannot add the hash index");
    const QByteArray stamped = ossl::der(token.get(), i2d_CMS_ContentInfo);
    // The token into the signature (id-aa-ets-archiveTimestampV3, 0.4.0.1733.2.4).
    return withUnsignedAttribute(p7s, "0.4.0.1733.2.4", stamped);
}

} // namespace kopii::test
