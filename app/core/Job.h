// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

class QThreadPool;

namespace kopii {

// Asked by long work now and then: has the one who waits for the result gone, or cancelled?
class CancelToken
{
public:
    CancelToken() : m_flag(std::make_shared<std::atomic_bool>(false)) {}
    bool cancelled() const { return m_flag->load(std::memory_order_relaxed); }
    void cancel() const { m_flag->store(true, std::memory_order_relaxed); }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

// The one way Kopii works off the UI thread. Jobs::run(owner, work, done) runs `work` on the job
// pool and then `done` with its result on the owner's thread, the way a page wants it:
// - `done` never runs after the owner is gone: closing a window while its job runs is safe, the
//   result is dropped (and destroyed on the worker);
// - the owner's destruction, or cancel() on the returned token, cancels: `work` may look at the
//   token and stop early, and `done` does not run;
// - the pool is Kopii's own, so a token waiting for its PIN pad never holds up QtConcurrent's.
// A workflow (verify, sign, log in, issue) is a function in app/ built on this; pages only start it.
class Jobs
{
public:
    template <typename Work, typename Done>
    static CancelToken run(QObject *owner, Work work, Done done)
    {
        using T = std::invoke_result_t<Work &, const CancelToken &>;
        CancelToken token;
        auto *watcher = new QFutureWatcher<Box<T>>(owner);
        QObject::connect(watcher, &QObject::destroyed, [token] { token.cancel(); });
        QObject::connect(watcher, &QFutureWatcherBase::finished, watcher, [watcher, token, done = std::move(done)]() mutable {
            watcher->deleteLater();
            if (token.cancelled() || watcher->future().resultCount() == 0)
                return;
            const Box<T> box = watcher->future().result();
            if constexpr (std::is_void_v<T>)
                done();
            else
                done(std::move(**box.value));
        });
        watcher->setFuture(QtConcurrent::run(pool(), [token, work = std::move(work)]() mutable -> Box<T> {
            Box<T> box;
            if (token.cancelled())
                return box;
            if constexpr (std::is_void_v<T>)
                work(token);
            else
                box.value->emplace(work(token));
            return box;
        }));
        return token;
    }

    // The pool for checks that fan out over every core (the inbox's verification): its threads
    // give way to the rest of Kopii (platform::lowerCurrentThreadPriority), so that a mailbox's
    // download and the window, which someone waits for, are never held up by them. Use it with
    // QtConcurrent's functions that take a pool; each item calls Jobs::inBackground() first.
    static QThreadPool *backgroundPool();
    // Called by work running on backgroundPool(): lowers the calling thread's priority, once.
    static void inBackground();

    // Waits for every running job, at most `msecs`: at quit, so that no job outlives the objects
    // its work uses. True when all have ended.
    static bool waitForAll(int msecs);

private:
    // QFuture needs a default-constructible result; Result<T> and move-only types are not.
    template <typename T>
    struct Box
    {
        std::shared_ptr<std::optional<T>> value = std::make_shared<std::optional<T>>();
    };
    static QThreadPool *pool();
};

template <>
struct Jobs::Box<void>
{
};

} // namespace kopii
