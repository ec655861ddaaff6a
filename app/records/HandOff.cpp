// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/HandOff.h"

#include "core/AccessGuard.h"
#include "core/OrganizationSql.h"
#include "core/SqlSession.h"
#include "core/platform/Platform.h"
#include "inbox/CopyExport.h"
#include "inbox/InboxRules.h"
#include "inbox/ShownDocument.h"
#include "records/ProtocolSource.h"
#include "records/RegisterCard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlQuery>

#include <cerrno>

#include <zlib.h>

namespace kopii {

namespace {

// A ZIP of stored (uncompressed) entries with UTF-8 names: what every unzip and every Windows
// opens; the PDFs inside are compressed already.
QByteArray zipOf(const HandOffPackage &package)
{
    QByteArray out, central;
    const auto u16 = [](QByteArray &b, quint16 v) { b.append(char(v & 0xff)).append(char(v >> 8)); };
    const auto u32 = [&u16](QByteArray &b, quint32 v) {
        u16(b, quint16(v & 0xffff));
        u16(b, quint16(v >> 16));
    };
    for (const auto &[path, bytes] : package.files) {
        const QByteArray name = (package.name + QLatin1Char('/') + path).toUtf8();
        const quint32 crc = quint32(crc32(0L, reinterpret_cast<const Bytef *>(bytes.constData()), uInt(bytes.size())));
        const quint32 offset = quint32(out.size());
        const auto header = [&](QByteArray &b, bool centralEntry) {
            u32(b, centralEntry ? 0x02014b50 : 0x04034b50);
            if (centralEntry)
                u16(b, 20); // made by
            u16(b, 20);     // needed to extract
            u16(b, 0x0800); // UTF-8 names
            u16(b, 0);      // stored
            u16(b, 0);      // time
            u16(b, 0x21);   // date: 1980-01-01
            u32(b, crc);
            u32(b, quint32(bytes.size()));
            u32(b, quint32(bytes.size()));
            u16(b, quint16(name.size()));
            u16(b, 0); // extra
            if (centralEntry) {
                u16(b, 0); // comment
                u16(b, 0); // disk
                u16(b, 0); // internal attributes
                u32(b, 0); // external attributes
                u32(b, offset);
            }
            b.append(name);
        };
        header(out, false);
        out.append(bytes);
        header(central, true);
    }
    const quint32 at = quint32(out.size());
    out.append(central);
    u32(out, 0x06054b50);
    u16(out, 0);
    u16(out, 0);
    u16(out, quint16(package.files.size()));
    u16(out, quint16(package.files.size()));
    u32(out, quint32(central.size()));
    u32(out, at);
    u16(out, 0);
    return out;
}

// `base`, or `base (2)`, `base (3)`… whichever is free in `dir` (`suffix` after it), also as a
// hot folder's ".done".
QString freeName(const QDir &dir, const QString &base, const QString &suffix)
{
    for (int n = 1;; ++n) {
        const QString name = (n == 1 ? base : QStringLiteral("%1 (%2)").arg(base).arg(n)) + suffix;
        if (!QFileInfo::exists(dir.filePath(name)) && !QFileInfo::exists(dir.filePath(name + QStringLiteral(".done"))))
            return name;
    }
}

Error writeError(const QString &path, const QString &why)
{
    return Error{Error::Code::Io,
                 HandOff::tr("Cannot write the package to %1: %2. Nothing of it was left there; choose another folder "
                             "or free some space, then try again.")
                     .arg(QDir::toNativeSeparators(path), why),
                 {},
                 why};
}

// Why a write failed, in the system's words ("No space left on device"): Qt's own text is
// "Unknown error" when a flush fails.
QString reason(const QFileDevice &f)
{
    const int code = errno;
    const QString qt = f.errorString();
    return qt.isEmpty() || qt.contains(QLatin1String("Unknown error")) ? qt_error_string(code) : qt;
}

// Writes the files under `root` (which must not exist), each flushed to the disk; on failure
// removes what it wrote. Errors name `shown`: where the package was to be.
Status writeTree(const HandOffPackage &package, const QString &root, const QString &shown)
{
    const auto fail = [&root, &shown](const QString &why) -> Status {
        QDir(root).removeRecursively();
        return writeError(shown, why);
    };
    if (!QDir().mkpath(root))
        return writeError(shown, HandOff::tr("the folder cannot be made"));
    platform::makePrivate(root, true);
    for (const auto &[path, bytes] : package.files) {
        const QString file = QDir(root).filePath(path);
        if (!QDir().mkpath(QFileInfo(file).path()))
            return fail(HandOff::tr("the folder cannot be made"));
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return fail(reason(f));
        if (f.write(bytes) != bytes.size() || !f.flush() || !platform::flushToDisk(f)) {
            const QString why = reason(f);
            f.close();
            return fail(why);
        }
        f.close();
    }
    return {};
}

} // namespace

HandOff::HandOff(AccessGuard &guard) : m_guard(guard) {}

Result<HandOffPackage> HandOff::build(const TrustStore &trust, RecordId submissionId, const QDateTime &now)
{
    const auto made = ProtocolSource::make(m_guard, trust, submissionId, 0, now);
    if (!made)
        return made.error();
    const auto pdf = VerificationProtocol::pdf(made->context, made->documents);
    if (!pdf)
        return pdf.error();
    return assemble(*made, *pdf, VerificationProtocol::etsiXml(made->context, made->documents));
}

Result<HandOffPackage> HandOff::assemble(const ProtocolSource::Prepared &made, const QByteArray &protocolPdf,
                                         const QByteArray &protocolXml)
{
    const RecordId submissionId = made.context.submissionId;
    const auto submission = InboxRules(m_guard).submission(submissionId);
    if (!submission)
        return submission.error();
    HandOffPackage p;
    p.name = CopyExport::safeFileName(submission->registrationNumber.isEmpty()
                                          ? QStringLiteral("submission-%1").arg(submissionId)
                                          : QString(submission->registrationNumber).replace(QLatin1Char('/'), QLatin1Char('-')),
                                      QStringLiteral("submission-%1").arg(submissionId));
    QStringList taken;
    const auto claim = [&taken](const QString &folder, const QString &name) {
        QString candidate = name;
        for (int n = 2; taken.contains(folder + candidate, Qt::CaseInsensitive); ++n) {
            const QFileInfo info(name);
            candidate = QStringLiteral("%1 (%2)%3")
                            .arg(info.completeBaseName())
                            .arg(n)
                            .arg(info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix());
        }
        taken << folder + candidate;
        return folder + candidate;
    };
    QList<RegisterCard::Document> documents;
    for (qsizetype i = 0; i < made.batch.documents.size(); ++i) {
        const DocumentCopy &d = made.batch.documents[i];
        RegisterCard::Document card;
        const QString fallback = QStringLiteral("document-%1").arg(i + 1);
        if (!d.pdf.isEmpty()) {
            card.file =
                claim(QStringLiteral("originals/"), CopyExport::safeFileName(d.pdfName, fallback + QStringLiteral(".pdf")));
            p.files.append({card.file, d.pdf});
        }
        if (!d.p7s.isEmpty()) {
            card.signatureFile =
                claim(QStringLiteral("originals/"), CopyExport::safeFileName(d.p7sName, fallback + QStringLiteral(".p7s")));
            p.files.append({card.signatureFile, d.p7s});
        }
        const ShownDocument shown = ShownDocument::of(d);
        if (!shown.pdf.isEmpty()) {
            card.shownFile =
                claim(QStringLiteral("shown/"),
                      CopyExport::safeFileName(d.pdfName.isEmpty() ? d.p7sName : d.pdfName, fallback + QStringLiteral(".pdf")));
            p.files.append({card.shownFile, shown.pdf});
        }
        card.copy = d;
        if (i < made.documents.size())
            card.verification = made.documents[i].verification;
        documents << card;
    }
    p.files.append({QStringLiteral("protocol.pdf"), protocolPdf});
    p.files.append({QStringLiteral("protocol.xml"), protocolXml});
    RegisterCard card = RegisterCard::of(*submission, made.context, documents, m_guard.actor());
    if (const auto b = OrganizationSql(m_guard.session()).branch(submission->branchId); b && submission->branchId > 0)
        card.branchName = b->name;
    if (const auto v = OrganizationSql(m_guard.session()).service(submission->serviceId); v && submission->serviceId > 0)
        card.serviceName = v->name;
    p.files.append({QStringLiteral("card.json"), card.json()});
    p.files.append({QStringLiteral("card.xml"), card.xml()});
    if (Status a = m_guard.audit(QStringLiteral("submission.handoff"), QStringLiteral("submission"), submissionId, p.name); !a)
        return a.error();
    return p;
}

Result<QString> HandOff::write(const HandOffPackage &package, const QString &folder, bool zip)
{
    const QDir dir(folder);
    if (!QFileInfo(folder).isDir())
        return Error{Error::Code::NotFound, tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder)), {}};
    if (zip) {
        const QString path = dir.filePath(freeName(dir, package.name, QStringLiteral(".zip")));
        QSaveFile f(path);
        const QByteArray bytes = zipOf(package);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
            return writeError(path, f.errorString());
        platform::makePrivate(path, false);
        return path;
    }
    const QString path = dir.filePath(freeName(dir, package.name, QString()));
    if (Status s = writeTree(package, path, path); !s)
        return s.error();
    return path;
}

Result<QString> HandOff::writeHot(const HandOffPackage &package, const QString &folder, bool zip)
{
    const QDir dir(folder);
    if (!QFileInfo(folder).isDir())
        return Error{
            Error::Code::NotFound,
            tr("The hot folder %1 does not exist: ask the manager to set it again.").arg(QDir::toNativeSeparators(folder)),
            {}};
    const QString name = freeName(dir, package.name, zip ? QStringLiteral(".zip") : QString());
    // Hidden while incomplete: a СЕД skips names that begin with a dot.
    const QString partial = dir.filePath(QStringLiteral(".%1.kopii-partial").arg(name));
    QDir(partial).removeRecursively();
    QFile::remove(partial);
    if (zip) {
        QFile f(partial);
        const QByteArray bytes = zipOf(package);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly) || f.write(bytes) != bytes.size() || !f.flush()
            || !platform::flushToDisk(f)) {
            const QString why = reason(f);
            f.close();
            f.remove();
            return writeError(dir.filePath(name), why);
        }
        f.close();
    } else if (Status s = writeTree(package, partial, dir.filePath(name)); !s) {
        return s.error();
    }
    if (!QDir().rename(partial, dir.filePath(name))) {
        QDir(partial).removeRecursively();
        QFile::remove(partial);
        return writeError(dir.filePath(name), tr("it could not be renamed to its name"));
    }
    QSaveFile done(dir.filePath(name + QStringLiteral(".done")));
    if (!done.open(QIODevice::WriteOnly) || done.write(package.name.toUtf8() + '\n') < 0 || !done.commit())
        return writeError(dir.filePath(name + QStringLiteral(".done")), done.errorString());
    return dir.filePath(name);
}

Result<HandOffFolder> HandOff::folder(const QString &table, RecordId id)
{
    if (table != QLatin1String("branch") && table != QLatin1String("service"))
        return Error{Error::Code::Internal, QStringLiteral("no hand-off folder for %1").arg(table), {}};
    HandOffFolder f;
    if (id <= 0)
        return f;
    QSqlQuery q(m_guard.session().db());
    q.prepare(QStringLiteral("SELECT handoff_folder, handoff_when FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    if (!q.exec())
        return m_guard.session().sqlError(q, tr("read the hand-off settings"));
    if (q.next()) {
        f.folder = q.value(0).toString();
        f.when = q.value(1).toString();
    }
    return f;
}

Result<HandOffFolder> HandOff::folderFor(RecordId submissionId)
{
    const auto s = InboxRules(m_guard).submission(submissionId);
    if (!s)
        return s.error();
    auto chosen = folder(QStringLiteral("service"), s->serviceId);
    if (!chosen || !chosen->folder.isEmpty())
        return chosen;
    return folder(QStringLiteral("branch"), s->branchId);
}

Status HandOff::setFolder(const QString &table, RecordId id, const HandOffFolder &f)
{
    if (Status allowed = m_guard.requireRole(Role::Manager); !allowed)
        return allowed;
    if (f.when != QLatin1String("processed") && f.when != QLatin1String("arrival"))
        return Error{Error::Code::Validation,
                     tr("A package goes to the hot folder when its submission is marked processed, or when it arrives."),
                     {}};
    if (!f.folder.isEmpty()) {
        const QFileInfo info(f.folder);
        if (!info.isDir() || !info.isAbsolute() || !info.isWritable())
            return Error{Error::Code::Validation,
                         tr("%1 is not a folder Kopii can write to: give the full path of an existing folder.")
                             .arg(QDir::toNativeSeparators(f.folder)),
                         {}};
    }
    if (table != QLatin1String("branch") && table != QLatin1String("service"))
        return Error{Error::Code::Internal, QStringLiteral("no hand-off folder for %1").arg(table), {}};
    return m_guard.session().writeTransaction([&]() -> Status {
        QSqlQuery q(m_guard.session().db());
        q.prepare(QStringLiteral("UPDATE %1 SET handoff_folder = ?, handoff_when = ? WHERE id = ?").arg(table));
        q.addBindValue(sqlText(f.folder));
        q.addBindValue(f.when);
        q.addBindValue(id);
        if (!q.exec())
            return m_guard.session().sqlError(q, tr("change the hand-off settings"));
        if (q.numRowsAffected() == 0)
            return Error{Error::Code::NotFound, tr("There is no such branch or service (number %1).").arg(id), {}};
        // What arrived before is not handed on all at once now: from here on only what arrives.
        if (f.when == QLatin1String("arrival")) {
            QSqlQuery before(m_guard.session().db());
            before.prepare(
                QStringLiteral("UPDATE submission SET handed_off_ms = -1 WHERE handed_off_ms = 0 AND %1_id = ?").arg(table));
            before.addBindValue(id);
            if (!before.exec())
                return m_guard.session().sqlError(before, tr("change the hand-off settings"));
        }
        return m_guard.audit(QStringLiteral("handoff.folder"), table, id, f.folder + QLatin1Char(' ') + f.when);
    });
}

Result<QString> HandOff::afterChange(const TrustStore &trust, RecordId submissionId, const QString &state, const QDateTime &now)
{
    const auto target = folderFor(submissionId);
    if (!target)
        return target.error();
    if (target->folder.isEmpty()
        || !((state == QLatin1String("processed") && target->when == QLatin1String("processed"))
             || (state == QLatin1String("arrival") && target->when == QLatin1String("arrival"))))
        return QString();
    const auto package = build(trust, submissionId, now);
    if (!package)
        return package.error();
    return writeHot(*package, target->folder);
}

CancelToken HandOff::startAfterChange(QObject *owner, AccessGuard &guard, const TrustStore &trust, RecordId submissionId,
                                      const QString &state, std::function<void(Result<QString>)> done)
{
    const auto target = HandOff(guard).folderFor(submissionId);
    if (!target) {
        done(target.error());
        return {};
    }
    if (target->folder.isEmpty() || target->when != (state == QLatin1String("arrival") ? QStringLiteral("arrival") : state)) {
        done(QString());
        return {};
    }
    const QString folder = target->folder;
    return ProtocolSource::start(
        owner, guard, trust, submissionId, 0,
        [&guard, folder, done](Result<ProtocolSource::Files> files) {
            if (!files) {
                done(files.error());
                return;
            }
            const auto package = HandOff(guard).assemble(files->prepared, files->pdf, files->xml);
            if (!package) {
                done(package.error());
                return;
            }
            done(writeHot(*package, folder));
        },
        guard.clock());
}

namespace {
// A claim whose runner stopped (closed, crashed) before its package was written is taken over
// after this long.
constexpr qint64 kStaleClaimMs = 10 * 60 * 1000;
} // namespace

Result<QList<QPair<RecordId, QString>>> HandOff::dueOnArrival(SqlSession &session, const QDateTime &now, int limit)
{
    // Those whose hot folder (the service's, else the branch's) takes them on arrival, not handed
    // on yet (or claimed by a runner that stopped), every document checked.
    QSqlQuery q(session.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT s.id, CASE WHEN v.handoff_folder <> '' THEN v.handoff_folder ELSE b.handoff_folder END FROM submission s "
        "LEFT JOIN service v ON v.id = s.service_id LEFT JOIN branch b ON b.id = s.branch_id "
        "WHERE (s.handed_off_ms = 0 OR (s.handed_off_ms < -1 AND s.handed_off_ms > ?)) AND s.status = 'received' "
        "AND (CASE WHEN v.handoff_folder <> '' THEN v.handoff_when ELSE b.handoff_when END) = 'arrival' "
        "AND (CASE WHEN v.handoff_folder <> '' THEN v.handoff_folder ELSE b.handoff_folder END) <> '' "
        "AND EXISTS (SELECT 1 FROM document_copy d WHERE d.submission_id = s.id) "
        "AND NOT EXISTS (SELECT 1 FROM document_copy d LEFT JOIN verification x ON x.document_id = d.id "
        "WHERE d.submission_id = s.id AND x.document_id IS NULL) ORDER BY s.id LIMIT ?"));
    q.addBindValue(-(now.toMSecsSinceEpoch() - kStaleClaimMs));
    q.addBindValue(limit);
    if (!q.exec())
        return session.sqlError(q, tr("read the submissions to hand on"));
    QList<QPair<RecordId, QString>> due;
    while (q.next())
        due.append({q.value(0).toLongLong(), q.value(1).toString()});
    return due;
}

Result<bool> HandOff::claimArrival(SqlSession &session, RecordId id, const QDateTime &now)
{
    // While its package is written: minus the time it was claimed.
    QSqlQuery u(session.db());
    u.prepare(QStringLiteral("UPDATE submission SET handed_off_ms = ? WHERE id = ? AND (handed_off_ms = 0 OR "
                             "(handed_off_ms < -1 AND handed_off_ms > ?))"));
    u.addBindValue(-now.toMSecsSinceEpoch());
    u.addBindValue(id);
    u.addBindValue(-(now.toMSecsSinceEpoch() - kStaleClaimMs));
    if (!u.exec())
        return session.sqlError(u, tr("note the hand-off"));
    return u.numRowsAffected() > 0;
}

Status HandOff::settleArrival(SqlSession &session, RecordId id, const QDateTime &claimedAt, bool written)
{
    QSqlQuery u(session.db());
    u.prepare(QStringLiteral("UPDATE submission SET handed_off_ms = ? WHERE id = ? AND handed_off_ms = ?"));
    u.addBindValue(written ? claimedAt.toMSecsSinceEpoch() : 0);
    u.addBindValue(id);
    u.addBindValue(-claimedAt.toMSecsSinceEpoch());
    if (!u.exec())
        return session.sqlError(u, tr("note the hand-off"));
    return {};
}

} // namespace kopii
