// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/IntakeProtocol.h"

#include "core/AccessGuard.h"
#include "core/Clock.h"
#include "core/SettingsSql.h"
#include "core/SqlSession.h"
#include "crypto/Cades.h"
#include "crypto/Certificate.h"
#include "crypto/Signer.h"

#include <QSqlQuery>

namespace kopii {

namespace {
constexpr char kSince[] = "intake_protocol_since_ms"; // 0 or absent: off
constexpr char kSeal[] = "intake_protocol_seal_sha256";
constexpr char kHolder[] = "intake_protocol_seal_holder";
} // namespace

IntakeProtocol::IntakeProtocol(AccessGuard &guard) : m_guard(guard) {}

Result<IntakeSetting> IntakeProtocol::setting()
{
    SettingsSql settings(m_guard.session());
    const auto since = settings.meta(QString::fromLatin1(kSince));
    if (!since)
        return since.error();
    const auto seal = settings.meta(QString::fromLatin1(kSeal));
    if (!seal)
        return seal.error();
    IntakeSetting s;
    const qint64 ms = since->toLongLong();
    s.on = ms > 0;
    if (s.on)
        s.since = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    s.sealSha256 = *seal;
    const auto holder = settings.meta(QString::fromLatin1(kHolder));
    if (!holder)
        return holder.error();
    s.sealHolder = *holder;
    return s;
}

Status IntakeProtocol::setSetting(bool on, const std::optional<QByteArray> &sealCertificate)
{
    if (Status allowed = m_guard.requireRole(Role::Manager); !allowed)
        return allowed;
    const auto current = setting();
    if (!current)
        return current.error();
    QString sha = sealCertificate ? QString() : current->sealSha256;
    QString holder = sealCertificate ? QString() : current->sealHolder;
    if (sealCertificate && !sealCertificate->isEmpty()) {
        QByteArray der = *sealCertificate;
        if (der.trimmed().startsWith("-----BEGIN")) { // PEM: its base64 body
            QByteArray body;
            for (const QByteArray &line : der.split('\n'))
                if (!line.trimmed().startsWith("-----"))
                    body += line.trimmed();
            der = QByteArray::fromBase64(body);
        }
        const auto cert = Certificate::fromDer(der);
        if (!cert)
            return Error{Error::Code::Validation,
                         tr("This is not a certificate Kopii can read (%1): choose the certificate of the seal or of the "
                            "KEP that seals the protocols (a .cer or .crt file).")
                             .arg(cert.error().message),
                         {}};
        sha = cert->sha256();
        holder = cert->info().holderName();
    }
    return m_guard.session().writeTransaction([&]() -> Status {
        SettingsSql settings(m_guard.session());
        // Turned on: from now; already on: it keeps its start.
        const qint64 since = !on ? 0 : current->on ? current->since.toMSecsSinceEpoch() : m_guard.now().toMSecsSinceEpoch();
        if (Status s = settings.setMeta(QString::fromLatin1(kSince), QString::number(since)); !s)
            return s;
        if (Status s = settings.setMeta(QString::fromLatin1(kSeal), sha); !s)
            return s;
        if (Status s = settings.setMeta(QString::fromLatin1(kHolder), holder); !s)
            return s;
        return m_guard.audit(QStringLiteral("settings.intake-protocol"), QStringLiteral("workspace"), 0,
                             on ? QStringLiteral("on, sealed by %1").arg(sha.isEmpty() ? QStringLiteral("none") : sha)
                                : QStringLiteral("off"));
    });
}

Result<QList<RecordId>> IntakeProtocol::dueForIntake(SqlSession &session, int limit)
{
    const auto since = SettingsSql(session).meta(QString::fromLatin1(kSince));
    if (!since)
        return since.error();
    if (since->toLongLong() <= 0)
        return QList<RecordId>();
    QSqlQuery q(session.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT s.id FROM submission s WHERE s.status = 'received' AND s.received_ms >= ? "
                             "AND NOT EXISTS (SELECT 1 FROM intake_protocol p WHERE p.submission_id = s.id) "
                             "AND EXISTS (SELECT 1 FROM document_copy d WHERE d.submission_id = s.id) "
                             "AND NOT EXISTS (SELECT 1 FROM document_copy d LEFT JOIN verification x ON x.document_id = d.id "
                             "WHERE d.submission_id = s.id AND x.document_id IS NULL) ORDER BY s.id LIMIT ?"));
    q.addBindValue(since->toLongLong());
    q.addBindValue(limit);
    if (!q.exec())
        return session.sqlError(q, tr("read the submissions without a protocol"));
    QList<RecordId> due;
    while (q.next())
        due << q.value(0).toLongLong();
    return due;
}

Result<bool> IntakeProtocol::keep(SqlSession &session, RecordId submissionId, const QDateTime &checkedAt, const QByteArray &pdf,
                                  const QByteArray &xml)
{
    bool kept = false;
    const Status stored = session.writeTransaction([&]() -> Status {
        // Another desk or watcher may have kept it meanwhile: the first one stays.
        QSqlQuery insert(session.db());
        insert.prepare(
            QStringLiteral("INSERT INTO intake_protocol (submission_id, checked_ms, pdf, xml) SELECT ?, ?, ?, ? WHERE NOT "
                           "EXISTS (SELECT 1 FROM intake_protocol WHERE submission_id = ?)"));
        insert.addBindValue(submissionId);
        insert.addBindValue(checkedAt.toMSecsSinceEpoch());
        insert.addBindValue(pdf);
        insert.addBindValue(xml);
        insert.addBindValue(submissionId);
        if (!insert.exec())
            return session.sqlError(insert, tr("keep the protocol"));
        kept = insert.numRowsAffected() > 0;
        return {};
    });
    if (!stored)
        return stored.error();
    return kept;
}

Result<int> IntakeProtocol::sealPending(SqlSession &session, Signer &signer, const Clock &clock, const QString &actor)
{
    const auto chosen = SettingsSql(session).meta(QString::fromLatin1(kSeal));
    if (!chosen)
        return chosen.error();
    const Certificate cert = signer.certificate();
    if (chosen->isEmpty())
        return Error{Error::Code::Validation,
                     tr("No key is chosen to seal the protocols: the manager chooses its certificate first (kopii-cli "
                        "protocol intake on --seal-cert FILE)."),
                     {}};
    if (cert.sha256() != *chosen)
        return Error{
            Error::Code::Denied,
            tr("%1 is not the key the manager chose to seal the protocols: nothing was sealed.").arg(cert.info().holderName()),
            {}};
    QSqlQuery q(session.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT submission_id, pdf FROM intake_protocol WHERE seal IS NULL ORDER BY submission_id")))
        return session.sqlError(q, tr("read the protocols to seal"));
    QList<QPair<RecordId, QByteArray>> pending;
    while (q.next())
        pending.append({q.value(0).toLongLong(), q.value(1).toByteArray()});
    q.finish();
    AccessGuard guard(session, actor, clock);
    int sealed = 0;
    for (const auto &[id, pdf] : pending) {
        const QDateTime now = clock.now();
        const auto seal = Cades::sign(signer, pdf, {false, now});
        if (!seal)
            return seal.error();
        const Status stored = session.writeTransaction([&]() -> Status {
            QSqlQuery u(session.db());
            u.prepare(QStringLiteral(
                "UPDATE intake_protocol SET seal = ?, sealed_ms = ?, sealer = ? WHERE submission_id = ? AND seal IS NULL"));
            u.addBindValue(*seal);
            u.addBindValue(now.toMSecsSinceEpoch());
            u.addBindValue(cert.info().holderName());
            u.addBindValue(id);
            if (!u.exec())
                return session.sqlError(u, tr("keep the seal"));
            if (u.numRowsAffected() == 0)
                return {};
            ++sealed;
            return guard.audit(QStringLiteral("protocol.seal"), QStringLiteral("submission"), id, QString());
        });
        if (!stored)
            return stored.error();
    }
    return sealed;
}

Result<IntakeRecord> IntakeProtocol::record(RecordId submissionId)
{
    if (Status allowed = m_guard.requireRole(Role::Clerk); !allowed)
        return allowed.error();
    QSqlQuery q(m_guard.session().db());
    q.prepare(
        QStringLiteral("SELECT checked_ms, pdf, xml, seal, sealed_ms, sealer FROM intake_protocol WHERE submission_id = ?"));
    q.addBindValue(submissionId);
    if (!q.exec())
        return m_guard.session().sqlError(q, tr("read the protocol"));
    if (!q.next())
        return Error{Error::Code::NotFound,
                     tr("Submission %1 has no protocol kept at intake: it arrived before the manager turned it on, or "
                        "its signatures are not checked yet.")
                         .arg(submissionId),
                     {}};
    IntakeRecord r;
    r.submissionId = submissionId;
    r.checkedAt = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
    r.pdf = q.value(1).toByteArray();
    r.xml = q.value(2).toByteArray();
    r.seal = q.value(3).toByteArray();
    if (const qint64 t = q.value(4).toLongLong())
        r.sealedAt = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC);
    r.sealer = q.value(5).toString();
    return r;
}

} // namespace kopii
