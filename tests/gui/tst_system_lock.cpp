// SPDX-License-Identifier: GPL-3.0-or-later
// Kopii's session locks with the computer's: logind's PrepareForSleep and the session's Lock
// (system bus), the screen saver's ActiveChanged (session bus). A private dbus-daemon stands in
// for both buses and a scripted login1 for logind, which cannot run here.
#include "ui/Session.h"
#include "ui/SystemLock.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace kopii;
using namespace kopii::ui;

namespace {

QString g_busAddress;
const QString kFake = QStringLiteral("fake-services");
const QString kSessionPath = QStringLiteral("/org/freedesktop/login1/session/_3");

} // namespace

// logind's manager, as far as Kopii asks it.
class FakeLogin1 : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.login1.Manager")

public:
    int asked = 0;

public Q_SLOTS:
    QDBusObjectPath GetSessionByPID(uint pid)
    {
        ++asked;
        Q_UNUSED(pid)
        return QDBusObjectPath(kSessionPath);
    }
};

class TestSystemLock : public QObject
{
    Q_OBJECT

    FakeLogin1 m_login1;

    static QDBusConnection fake() { return QDBusConnection(kFake); }
    static void emitSignal(const QString &path, const QString &interface, const QString &name, const QVariantList &args = {})
    {
        QDBusMessage signal = QDBusMessage::createSignal(path, interface, name);
        signal.setArguments(args);
        QVERIFY(fake().send(signal));
    }
    // Everything the fake sent before has reached both buses' connections and their slots: a
    // call on each, answered after it, in order.
    static void flush()
    {
        for (QDBusConnection bus : {QDBusConnection::systemBus(), QDBusConnection::sessionBus()}) {
            // Asynchronous: the fake answers from this very thread's event loop.
            QDBusPendingCallWatcher watcher(
                bus.asyncCall(QDBusMessage::createMethodCall(
                                  QStringLiteral("org.freedesktop.login1"), QStringLiteral("/org/freedesktop/login1"),
                                  QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("GetSessionByPID"))
                              << 0u));
            if (!watcher.isFinished()) {
                QSignalSpy finished(&watcher, &QDBusPendingCallWatcher::finished);
                QVERIFY(finished.wait(10000));
            }
            QVERIFY(!watcher.isError());
        }
        QCoreApplication::processEvents();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QDBusConnection services = QDBusConnection::connectToBus(g_busAddress, kFake);
        QVERIFY2(services.isConnected(), qPrintable(g_busAddress));
        QVERIFY(services.registerObject(QStringLiteral("/org/freedesktop/login1"), &m_login1, QDBusConnection::ExportAllSlots));
        QVERIFY(services.registerService(QStringLiteral("org.freedesktop.login1")));
        QVERIFY(QDBusConnection::systemBus().isConnected());
        QVERIFY(QDBusConnection::sessionBus().isConnected());
    }

    void sleepAndTheSessionsLockAreHeard()
    {
        SystemLock lock;
        QSignalSpy locking(&lock, &SystemLock::locking);
        QSignalSpy watching(&lock, &SystemLock::watching);
        QVERIFY(watching.wait(10000));
        QVERIFY(m_login1.asked > 0);
        flush(); // the watches are in place at the bus

        // Waking up is not going to sleep; another session's lock is not ours.
        emitSignal(QStringLiteral("/org/freedesktop/login1"), QStringLiteral("org.freedesktop.login1.Manager"),
                   QStringLiteral("PrepareForSleep"), {false});
        emitSignal(QStringLiteral("/org/freedesktop/login1/session/_9"), QStringLiteral("org.freedesktop.login1.Session"),
                   QStringLiteral("Lock"));
        flush();
        QCOMPARE(locking.count(), 0);

        emitSignal(QStringLiteral("/org/freedesktop/login1"), QStringLiteral("org.freedesktop.login1.Manager"),
                   QStringLiteral("PrepareForSleep"), {true});
        flush();
        QCOMPARE(locking.count(), 1);
        QVERIFY(locking.at(0).at(0).toString().contains(QStringLiteral("sleep")));

        emitSignal(kSessionPath, QStringLiteral("org.freedesktop.login1.Session"), QStringLiteral("Lock"));
        flush();
        QCOMPARE(locking.count(), 2);
        QVERIFY(locking.at(1).at(0).toString().contains(QStringLiteral("computer's session was locked")));
    }

    void theScreenSaversAreHeard()
    {
        SystemLock lock;
        QSignalSpy locking(&lock, &SystemLock::locking);
        flush();
        emitSignal(QStringLiteral("/org/freedesktop/ScreenSaver"), QStringLiteral("org.freedesktop.ScreenSaver"),
                   QStringLiteral("ActiveChanged"), {false});
        flush();
        QCOMPARE(locking.count(), 0);
        emitSignal(QStringLiteral("/org/freedesktop/ScreenSaver"), QStringLiteral("org.freedesktop.ScreenSaver"),
                   QStringLiteral("ActiveChanged"), {true});
        emitSignal(QStringLiteral("/org/gnome/ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver"),
                   QStringLiteral("ActiveChanged"), {true});
        flush();
        QCOMPARE(locking.count(), 2);
        QVERIFY(locking.at(0).at(0).toString().contains(QStringLiteral("screen was locked")));
    }

    // Kopii's session locks once, with the reason, and lets go of the key.
    void kopiisSessionLocksWithTheComputer()
    {
        Session session(Identity{}, nullptr);
        QSignalSpy locked(&session, &Session::locked);
        flush();
        emitSignal(QStringLiteral("/org/freedesktop/login1"), QStringLiteral("org.freedesktop.login1.Manager"),
                   QStringLiteral("PrepareForSleep"), {true});
        emitSignal(QStringLiteral("/org/freedesktop/ScreenSaver"), QStringLiteral("org.freedesktop.ScreenSaver"),
                   QStringLiteral("ActiveChanged"), {true});
        flush();
        QVERIFY(session.isLocked());
        QCOMPARE(locked.count(), 1);
        QVERIFY(locked.at(0).at(0).toString().contains(QStringLiteral("sleep")));
    }
};

int main(int argc, char *argv[])
{
    // One private bus stands in for the system bus and the session bus, set before Qt connects.
    QProcess daemon;
    daemon.start(QStringLiteral("dbus-daemon"),
                 {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
    if (!daemon.waitForStarted(10000) || !daemon.waitForReadyRead(10000)) {
        fprintf(stderr, "dbus-daemon did not start (package dbus)\n");
        return 1;
    }
    g_busAddress = QString::fromUtf8(daemon.readLine().trimmed());
    qputenv("DBUS_SESSION_BUS_ADDRESS", g_busAddress.toUtf8());
    qputenv("DBUS_SYSTEM_BUS_ADDRESS", g_busAddress.toUtf8());
    int result = 0;
    {
        QApplication app(argc, argv);
        TestSystemLock test;
        result = QTest::qExec(&test, argc, argv);
    }
    daemon.terminate();
    daemon.waitForFinished(5000);
    return result;
}

#include "tst_system_lock.moc"
