// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: the verification protocol of a stored submission of two documents (ECDSA P-256
// detached signatures, 60 KiB PDFs): opened for a logged look, checked again, stored, laid out as
// PDF/A and as the ETSI report, as "Протокол…" and `kopii-cli inbox protocol` do. Goal: under
// 300 ms. Prints numbers only (median and worst of N runs).
#include "crypto/Cades.h"
#include "CryptoFixture.h"
#include "core/AccessGuard.h"
#include "crypto/KeyFile.h"
#include "MailSamples.h"
#include "mail/Ingestor.h"
#include "records/ProtocolSource.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>

using namespace kopii;
using namespace kopii::test;

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const int runs = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 20;
    CryptoWorkspace ws;
    if (!ws.open() || !ws.trustTestPkiWithCrl())
        return 1;
    auto signer = KeyFile::open(pki(QStringLiteral("clerk.p12")), Secret(QByteArray(kPkiPassword)));
    if (!signer)
        return 1;
    QList<Attachment> docs;
    for (const QString &name : {QStringLiteral("Паспорт"), QStringLiteral("РНОКПП")}) {
        const QByteArray pdf = "%PDF-1.7 " + name.toUtf8() + QByteArray(60 * 1024, 'a');
        const auto p7s = Cades::sign(**signer, pdf, {false, QDateTime::currentDateTimeUtc()});
        if (!p7s)
            return 1;
        docs += pairOf(name, pdf, *p7s);
    }
    const auto stored = Ingestor(ws.session()).ingestMessage(message(docs), QStringLiteral("ingest"));
    if (!stored)
        return 1;
    AccessGuard guard(ws.session(), QStringLiteral("bench"));
    guard.setSession(Role::Clerk, QStringLiteral("Clerk"));
    QList<qint64> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const auto made = ProtocolSource::make(guard, *ws.trust, 1, 0, QDateTime::currentDateTimeUtc());
        if (!made || made->documents.size() != 2)
            return 1;
        const auto pdf = VerificationProtocol::pdf(made->context, made->documents);
        const QByteArray xml = VerificationProtocol::etsiXml(made->context, made->documents);
        if (!pdf || xml.isEmpty())
            return 1;
        times << t.nsecsElapsed() / 1000;
    }
    std::sort(times.begin(), times.end());
    out << "protocol of a two-document submission (check again, store, PDF/A, ETSI XML), " << runs << " runs: median "
        << times[times.size() / 2] / 1000.0 << " ms, worst " << times.last() / 1000.0 << " ms (goal: under 300 ms)\n";
    return 0;
}
