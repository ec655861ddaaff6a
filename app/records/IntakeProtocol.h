// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace kopii {

class AccessGuard;
class Clock;
class Signer;
class SqlSession;

// The protocol at intake: when the manager turns it on, each submission that arrives gets its
// verification protocol (PDF and ETSI XML) made as soon as its signatures are checked and kept
// with it, as lasting evidence of what was checked and when; then sealed (CAdES, detached, over
// the PDF) with the key the manager chose (the organisation's seal or her КЕП), by whoever holds
// that key: the watcher started with it, or `kopii-cli protocol seal` later. Intake never waits
// for the key.
struct IntakeSetting
{
    bool on = false;
    QDateTime since;    // UTC: submissions that arrive from then on
    QString sealSha256; // the chosen key's certificate (SHA-256 of its DER); empty: kept unsealed
    QString sealHolder; // whom that certificate names
};

struct IntakeRecord
{
    RecordId submissionId = 0;
    QDateTime checkedAt; // UTC
    QByteArray pdf, xml;
    QByteArray seal;    // the CAdES over the PDF; empty while not sealed
    QDateTime sealedAt; // UTC
    QString sealer;     // the seal's holder, as its certificate names it
};

class IntakeProtocol
{
    Q_DECLARE_TR_FUNCTIONS(IntakeProtocol)

public:
    explicit IntakeProtocol(AccessGuard &guard);

    Result<IntakeSetting> setting();
    // On or off, and the key that seals (its certificate, DER or PEM; empty: unsealed; nullopt:
    // the one chosen before): the manager's, audited.
    Status setSetting(bool on, const std::optional<QByteArray> &sealCertificate = std::nullopt);

    // What arrived since the setting went on, checked and without its protocol yet (Arrival
    // makes and keeps them); and one kept, unless another runner kept it first (then false).
    static Result<QList<RecordId>> dueForIntake(SqlSession &session, int limit);
    static Result<bool> keep(SqlSession &session, RecordId submissionId, const QDateTime &checkedAt, const QByteArray &pdf,
                             const QByteArray &xml);
    // Seals every kept protocol not sealed yet with `signer`, which must be the key the manager
    // chose (else refused, nothing sealed). Returns how many were sealed.
    static Result<int> sealPending(SqlSession &session, Signer &signer, const Clock &clock, const QString &actor);

    // A submission's kept protocol (a clerk's or manager's).
    Result<IntakeRecord> record(RecordId submissionId);

private:
    AccessGuard &m_guard;
};

} // namespace kopii
