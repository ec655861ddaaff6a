// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/Arrival.h"

#include "core/AccessGuard.h"
#include "core/Clock.h"
#include "core/SqlSession.h"
#include "records/HandOff.h"
#include "records/IntakeProtocol.h"
#include "records/ProtocolSource.h"
#include "records/VerificationProtocol.h"

#include <QPointer>

#include <algorithm>

#include <memory>

namespace kopii {

namespace {

// A submission due after arrival: its hot folder (empty: none, or claimed by another runner) and
// whether its protocol is to be kept.
struct Due
{
    RecordId id = 0;
    QString folder;
    bool keep = false;
    QDateTime claimed; // when this runner claimed its hand-off
};

Result<QList<Due>> dueNow(SqlSession &session, const QDateTime &now, int limit)
{
    const auto handOff = HandOff::dueOnArrival(session, now, limit);
    if (!handOff)
        return handOff.error();
    const auto intake = IntakeProtocol::dueForIntake(session, limit);
    if (!intake)
        return intake.error();
    QList<Due> due;
    for (const auto &[id, folder] : *handOff)
        due.append({id, folder, intake->contains(id), {}});
    for (RecordId id : *intake)
        if (std::none_of(due.cbegin(), due.cend(), [id](const Due &d) { return d.id == id; }))
            due.append({id, QString(), true, {}});
    std::sort(due.begin(), due.end(), [](const Due &a, const Due &b) { return a.id < b.id; });
    return due.mid(0, limit);
}

// Claims its hand-off (so that another runner does not write it too); false when there is
// nothing left to do for it here.
Result<bool> claim(SqlSession &session, Due &d, const QDateTime &now)
{
    if (!d.folder.isEmpty()) {
        const auto ours = HandOff::claimArrival(session, d.id, now);
        if (!ours)
            return ours.error();
        if (*ours)
            d.claimed = now;
        else
            d.folder.clear(); // another runner's
    }
    return !d.folder.isEmpty() || d.keep;
}

// With its protocol made: kept, and its package written; a failed write releases the claim.
Status finish(AccessGuard &guard, const Due &d, const ProtocolSource::Prepared &made, const QByteArray &pdf,
              const QByteArray &xml, ArrivalWork &work)
{
    SqlSession &session = guard.session();
    if (d.keep) {
        const auto kept = IntakeProtocol::keep(session, d.id, made.context.checkedAt, pdf, xml);
        if (!kept)
            return kept.error();
        work.kept += *kept ? 1 : 0;
    }
    if (d.folder.isEmpty())
        return {};
    Result<QString> written = Error{Error::Code::Internal, QString(), {}};
    if (const auto package = HandOff(guard).assemble(made, pdf, xml); !package)
        written = package.error();
    else
        written = HandOff::writeHot(*package, d.folder);
    if (written)
        work.written << *written;
    else
        work.errors << Arrival::tr("Submission %1 did not reach the hot folder: %2").arg(d.id).arg(written.error().message);
    return HandOff::settleArrival(session, d.id, d.claimed, bool(written));
}

void failed(SqlSession &session, const Due &d, const Error &why, ArrivalWork &work)
{
    work.errors << Arrival::tr("Submission %1: %2").arg(d.id).arg(why.message);
    if (d.claimed.isValid())
        (void)HandOff::settleArrival(session, d.id, d.claimed, false); // else taken over when its claim is stale
}

std::unique_ptr<AccessGuard> runner(SqlSession &session, const Clock &clock, const QString &actor)
{
    auto guard = std::make_unique<AccessGuard>(session, actor, clock);
    guard->setSession(Role::Clerk, actor); // the manager's setting carried out
    return guard;
}

} // namespace

Result<ArrivalWork> Arrival::run(SqlSession &session, const TrustStore &trust, const Clock &clock, const QString &actor,
                                 int limit)
{
    auto found = dueNow(session, clock.now(), limit);
    if (!found)
        return found.error();
    QList<Due> due = std::move(found).value();
    const auto guard = runner(session, clock, actor);
    ArrivalWork work;
    for (Due &d : due) {
        const QDateTime now = clock.now();
        const auto todo = claim(session, d, now);
        if (!todo)
            return todo.error();
        if (!*todo)
            continue;
        const auto made = ProtocolSource::make(*guard, trust, d.id, 0, now);
        const auto pdf = made ? VerificationProtocol::pdf(made->context, made->documents) : Result<QByteArray>(made.error());
        if (!pdf) {
            failed(session, d, pdf.error(), work);
            continue;
        }
        if (Status s = finish(*guard, d, *made, *pdf, VerificationProtocol::etsiXml(made->context, made->documents), work); !s)
            return s.error();
    }
    return work;
}

namespace {

// One pass for a window: the submissions one after another, each checked off the window's thread.
struct Pass : std::enable_shared_from_this<Pass>
{
    QPointer<QObject> owner;
    const TrustStore *trust = nullptr;
    const Clock *clock = nullptr;
    std::unique_ptr<AccessGuard> guard;
    QList<Due> due;
    qsizetype next = 0;
    ArrivalWork work;
    std::function<void(Result<ArrivalWork>)> done;

    void step()
    {
        SqlSession &session = guard->session();
        while (next < due.size()) {
            Due &d = due[next++];
            const auto todo = claim(session, d, clock->now());
            if (!todo) {
                done(todo.error());
                return;
            }
            if (!*todo)
                continue;
            auto self = shared_from_this();
            ProtocolSource::start(
                owner, *guard, *trust, d.id, 0,
                [self, d](Result<ProtocolSource::Files> files) {
                    if (!files)
                        failed(self->guard->session(), d, files.error(), self->work);
                    else if (Status s = finish(*self->guard, d, files->prepared, files->pdf, files->xml, self->work); !s) {
                        self->done(s.error());
                        return;
                    }
                    self->step();
                },
                *clock);
            return;
        }
        done(work);
    }
};

} // namespace

void Arrival::start(QObject *owner, SqlSession &session, const TrustStore &trust, const Clock &clock, const QString &actor,
                    std::function<void(Result<ArrivalWork>)> done, int limit)
{
    auto due = dueNow(session, clock.now(), limit);
    if (!due) {
        done(due.error());
        return;
    }
    auto pass = std::make_shared<Pass>();
    pass->owner = owner;
    pass->trust = &trust;
    pass->clock = &clock;
    pass->guard = runner(session, clock, actor);
    pass->due = std::move(due).value();
    pass->done = std::move(done);
    pass->step();
}

} // namespace kopii
