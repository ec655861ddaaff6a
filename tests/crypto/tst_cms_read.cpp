// SPDX-License-Identifier: GPL-3.0-or-later
// cms::read takes the certificates a signature carries from the cache of certificates read before
// (OpenSSL 3.0's certificate decoding is a third of a check). Here: what it gives is what OpenSSL
// alone reads from the same bytes, certificate for certificate and in order, for signatures made by
// the openssl command and for frames bent out of the ordinary; and certificates met again are reused.
#include "crypto/Certificate.h"
#include "crypto/CmsParts.h"
#include "CryptoFixture.h"
#include "crypto/national/Der.h"
#include "crypto/national/OpenSsl.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace kopii;
using namespace kopii::test;

namespace {

// One DER element with a definite length: its tag, header and content.
struct Element
{
    uchar tag = 0;
    QByteArray header;
    QByteArray content;
    QByteArray whole() const { return header + content; }
};

QList<Element> elements(const QByteArray &d)
{
    QList<Element> out;
    for (qsizetype pos = 0; pos + 2 <= d.size();) {
        Element e;
        e.tag = uchar(d.at(pos));
        qsizetype length = uchar(d.at(pos + 1));
        qsizetype headerSize = 2;
        if (length & 0x80) {
            const int n = length & 0x7f;
            length = 0;
            for (int i = 0; i < n; ++i)
                length = (length << 8) | uchar(d.at(pos + 2 + i));
            headerSize += n;
        }
        e.header = d.mid(pos, headerSize);
        e.content = d.mid(pos + headerSize, length);
        out << e;
        pos += headerSize + length;
    }
    return out;
}

// The SignedData's fields of a ContentInfo, and the ContentInfo rebuilt around changed fields.
QList<Element> signedDataFields(const QByteArray &contentInfo)
{
    const auto info = elements(elements(contentInfo).first().content);
    return elements(elements(info.at(1).content).first().content);
}

QByteArray rebuild(const QByteArray &contentInfo, const QList<Element> &fields, bool indefinite = false)
{
    QByteArray body;
    for (const Element &f : fields)
        body += f.whole();
    const QByteArray oid = elements(elements(contentInfo).first().content).first().whole();
    if (indefinite)
        return QByteArray("\x30\x80") + oid + "\xa0\x80" + der::encode(der::kSequence, body) + QByteArray(4, '\0');
    return der::encode(der::kSequence, oid + der::encode(0xa0, der::encode(der::kSequence, body)));
}

// The certificates of a CMS, in DER and in order.
QList<QByteArray> certificatesOf(CMS_ContentInfo *cms)
{
    QList<QByteArray> out;
    ossl::X509Stack certs(CMS_get1_certs(cms));
    for (int i = 0; certs && i < sk_X509_num(certs.get()); ++i)
        out << ossl::toDer(sk_X509_value(certs.get(), i));
    return out;
}

ossl::Cms opensslAlone(const QByteArray &ber)
{
    ossl::Bio in = ossl::memoryBio(ber);
    ossl::Cms cms(d2i_CMS_bio(in.get(), nullptr));
    ossl::clearErrors();
    return cms;
}

} // namespace

class TestCmsRead : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QByteArray m_signature; // by the openssl command: the clerk's certificate and the CA's

    // Reads `ber` both ways; fails the test when they differ. `expectRead`: 1 read, 0 refused, -1
    // whichever OpenSSL does.
    static void readsAsOpenSslDoes(const QByteArray &ber, int expectRead)
    {
        const ossl::Cms ours = cms::read(ber);
        const ossl::Cms theirs = opensslAlone(ber);
        QCOMPARE(bool(ours), bool(theirs));
        if (expectRead >= 0)
            QCOMPARE(bool(ours), expectRead == 1);
        if (ours)
            QCOMPARE(certificatesOf(ours.get()), certificatesOf(theirs.get()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString content = m_dir.filePath(QStringLiteral("doc.pdf"));
        QFile f(content);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4 a document");
        f.close();
        const QString out = m_dir.filePath(QStringLiteral("doc.p7s"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("cms"), QStringLiteral("-sign"), QStringLiteral("-binary"), QStringLiteral("-in"), content,
                       QStringLiteral("-signer"), pki(QStringLiteral("clerk.crt")), QStringLiteral("-inkey"),
                       pki(QStringLiteral("clerk.key")), QStringLiteral("-certfile"), pki(QStringLiteral("ca.crt")),
                       QStringLiteral("-outform"), QStringLiteral("DER"), QStringLiteral("-out"), out});
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);
        QFile p7s(out);
        QVERIFY(p7s.open(QIODevice::ReadOnly));
        m_signature = p7s.readAll();
    }

    void sameCertificatesAsOpenSslReads()
    {
        readsAsOpenSslDoes(m_signature, 1);
        const ossl::Cms first = cms::read(m_signature);
        QCOMPARE(certificatesOf(first.get()).size(), 2);
        QVERIFY(certificatesOf(first.get())
                    .contains(ossl::toDer(Certificate::loadFile(pki(QStringLiteral("clerk.crt")))->first().x509())));
    }

    void certificatesMetAgainAreReused()
    {
        const ossl::Cms first = cms::read(m_signature);
        const ossl::Cms second = cms::read(m_signature);
        ossl::X509Stack a(CMS_get1_certs(first.get()));
        ossl::X509Stack b(CMS_get1_certs(second.get()));
        QVERIFY(a && b);
        // The same objects: neither signature's certificates were decoded anew.
        QCOMPARE(sk_X509_value(a.get(), 0), sk_X509_value(b.get(), 0));
        QCOMPARE(sk_X509_value(a.get(), 1), sk_X509_value(b.get(), 1));
        // Described once as well: the description is shared.
        const Certificate c1 = Certificate::fromX509(sk_X509_value(a.get(), 0));
        const Certificate c2 = Certificate::fromX509(sk_X509_value(b.get(), 0));
        QCOMPARE(&c1.info(), &c2.info());
    }

    void framesOutOfTheOrdinaryReadAsOpenSslDoes_data()
    {
        QTest::addColumn<QByteArray>("ber");
        QTest::addColumn<int>("read");
        QList<Element> fields = signedDataFields(m_signature);
        qsizetype certificates = -1;
        for (qsizetype i = 0; i < fields.size(); ++i)
            if (fields.at(i).tag == 0xa0)
                certificates = i;
        QVERIFY(certificates > 0);
        const QList<Element> carried = elements(fields.at(certificates).content);
        QCOMPARE(carried.size(), 2);
        const auto withCertificates = [&](const QByteArray &set) {
            QList<Element> changed = fields;
            changed[certificates].header = der::encode(0xa0, set).left(der::encode(0xa0, set).size() - set.size());
            changed[certificates].content = set;
            return rebuild(m_signature, changed);
        };
        QTest::newRow("rebuilt as it was") << rebuild(m_signature, fields) << 1;
        QTest::newRow("indefinite lengths outside") << rebuild(m_signature, fields, true) << 1;
        QTest::newRow("bytes after the end") << m_signature + QByteArray("\x05\x00", 2) << 1;
        QTest::newRow("the same certificate twice")
            << withCertificates(carried.at(0).whole() + carried.at(1).whole() + carried.at(0).whole()) << 1;
        QTest::newRow("in the other order") << withCertificates(carried.at(1).whole() + carried.at(0).whole()) << 1;
        QTest::newRow("an empty set") << withCertificates(QByteArray()) << 1;
        // An attribute certificate's choice ([1]) where a certificate stands.
        QByteArray attributeChoice = carried.at(1).whole();
        attributeChoice[0] = char(0xa1);
        QTest::newRow("another choice") << withCertificates(carried.at(0).whole() + attributeChoice) << -1;
        QByteArray broken = carried.at(1).whole();
        broken[broken.size() / 2] = char(0xff);
        broken[4] = char(0x04); // the TBSCertificate's SEQUENCE made an OCTET STRING: no certificate
        QTest::newRow("a certificate that does not read") << withCertificates(carried.at(0).whole() + broken) << 0;
        QList<Element> without = fields;
        without.removeAt(certificates);
        QTest::newRow("no certificates at all") << rebuild(m_signature, without) << 1;
    }

    void framesOutOfTheOrdinaryReadAsOpenSslDoes()
    {
        QFETCH(QByteArray, ber);
        QFETCH(int, read);
        readsAsOpenSslDoes(ber, read);
    }
};

QTEST_GUILESS_MAIN(TestCmsRead)
#include "tst_cms_read.moc"
