// SPDX-License-Identifier: GPL-3.0-or-later
// Jobs (core/Job.h), the one way Kopii works off the UI thread: the result comes back on the
// owner's thread, never after the owner is gone, and cancelling reaches the work. The worker is
// held at known points with semaphores, never timed.
#include "core/Job.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <memory>

using namespace kopii;

class TstJobs : public QObject
{
    Q_OBJECT

private:
    // Runs the event loop until `done` is true (each job's callback sets it).
    static void waitFor(const bool &done)
    {
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    // Lets every job end and every queued callback run.
    static void drain()
    {
        QVERIFY(Jobs::waitForAll(-1));
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }

private Q_SLOTS:
    void resultComesBackOnTheOwnersThread()
    {
        QObject owner;
        QThread *workThread = nullptr;
        QThread *doneThread = nullptr;
        int got = 0;
        bool done = false;
        Jobs::run(
            &owner,
            [&workThread](const CancelToken &) {
                workThread = QThread::currentThread();
                return 42;
            },
            [&](int value) {
                got = value;
                doneThread = QThread::currentThread();
                done = true;
            });
        waitFor(done);
        QCOMPARE(got, 42);
        QCOMPARE(doneThread, QThread::currentThread());
        QVERIFY(workThread != QThread::currentThread());
        QVERIFY(workThread != nullptr);
    }

    void voidAndMoveOnlyResults()
    {
        QObject owner;
        bool voidDone = false;
        Jobs::run(
            &owner, [](const CancelToken &) {}, [&] { voidDone = true; });
        waitFor(voidDone);

        bool done = false;
        std::unique_ptr<QString> got;
        Jobs::run(
            &owner, [](const CancelToken &) { return std::make_unique<QString>(QStringLiteral("kept")); },
            [&](std::unique_ptr<QString> value) {
                got = std::move(value);
                done = true;
            });
        waitFor(done);
        QVERIFY(got);
        QCOMPARE(*got, QStringLiteral("kept"));
    }

    // The window closes while its job runs: the work learns it, the callback never runs, nothing
    // touches the gone owner (ASan would see it).
    void ownerGoneFirstDropsTheResult()
    {
        auto *owner = new QObject;
        QSemaphore started;
        QSemaphore release;
        bool sawCancel = false;
        bool doneRan = false;
        auto result = std::make_shared<int>(0);
        Jobs::run(
            owner,
            [&](const CancelToken &cancel) {
                started.release();
                release.acquire();
                sawCancel = cancel.cancelled();
                return result; // owned by the job until dropped
            },
            [&](std::shared_ptr<int>) { doneRan = true; });
        started.acquire();
        delete owner;
        release.release();
        drain();
        QVERIFY(sawCancel);
        QVERIFY(!doneRan);
        QCOMPARE(result.use_count(), 1L); // the dropped result was destroyed, not leaked
    }

    void cancelStopsTheWorkAndTheCallback()
    {
        QObject owner;
        QSemaphore started;
        QSemaphore release;
        int steps = 0;
        bool doneRan = false;
        const CancelToken token = Jobs::run(
            &owner,
            [&](const CancelToken &cancel) {
                started.release();
                release.acquire();
                while (!cancel.cancelled() && steps < 1000)
                    ++steps;
                return steps;
            },
            [&](int) { doneRan = true; });
        started.acquire();
        token.cancel();
        release.release();
        drain();
        QCOMPARE(steps, 0);
        QVERIFY(!doneRan);
    }

    // A job cancelled before a worker took it up never runs its work at all.
    void cancelledBeforeStartNeverRuns()
    {
        QObject owner;
        QSemaphore release;
        int blockers = 0;
        // Fill the pool's four workers, so that the fifth job waits in the queue.
        for (int i = 0; i < 4; ++i)
            Jobs::run(
                &owner, [&release](const CancelToken &) { release.acquire(); }, [&blockers] { ++blockers; });
        bool ran = false;
        const CancelToken queued = Jobs::run(
            &owner, [&ran](const CancelToken &) { ran = true; }, [] {});
        queued.cancel();
        release.release(4);
        drain();
        QVERIFY(!ran);
        QCOMPARE(blockers, 4);
    }

    void manyJobsEachGetTheirOwnResult()
    {
        QObject owner;
        QList<int> got(64, -1);
        int finished = 0;
        for (int i = 0; i < 64; ++i)
            Jobs::run(
                &owner, [i](const CancelToken &) { return i * i; },
                [&got, &finished, i](int value) {
                    got[i] = value;
                    ++finished;
                });
        drain();
        QCOMPARE(finished, 64);
        for (int i = 0; i < 64; ++i)
            QCOMPARE(got.at(i), i * i);
    }
};

QTEST_GUILESS_MAIN(TstJobs)
#include "tst_jobs.moc"
