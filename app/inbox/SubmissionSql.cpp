// SPDX-License-Identifier: GPL-3.0-or-later
#include "inbox/SubmissionSql.h"
#include "inbox/RegisterSql.h"
#include "inbox/SubmissionSummary.h"

#include "core/SortKey.h"
#include "core/SqlSession.h"

#include "core/Log.h"

#include <QSqlQuery>
#include <QVariant>

namespace kopii {

namespace {

Submission submissionFrom(const QSqlQuery &q)
{
    Submission s;
    s.id = q.value(0).toLongLong();
    s.status = q.value(1).toString() == QLatin1String("failed") ? Submission::Status::Failed : Submission::Status::Received;
    s.failure = q.value(2).toString();
    s.source = q.value(3).toString();
    s.mailboxId = q.value(4).toLongLong();
    s.branchId = q.value(5).toLongLong();
    s.messageId = q.value(6).toString();
    s.contentHash = q.value(7).toByteArray();
    s.sender = q.value(8).toString();
    s.senderName = q.value(9).toString();
    s.subject = q.value(10).toString();
    if (const qint64 sent = q.value(11).toLongLong())
        s.sentAt = QDateTime::fromMSecsSinceEpoch(sent, Qt::UTC);
    s.receivedAt = QDateTime::fromMSecsSinceEpoch(q.value(12).toLongLong(), Qt::UTC);
    s.recipient = q.value(13).toString();
    s.state = q.value(14).toString();
    if (const qint64 p = q.value(15).toLongLong())
        s.processedAt = QDateTime::fromMSecsSinceEpoch(p, Qt::UTC);
    s.serviceId = q.value(16).toLongLong();
    s.rowVersion = q.value(17).toLongLong();
    s.uidValidity = q.value(18).toLongLong();
    s.uid = q.value(19).toLongLong();
    s.legalHold = q.value(20).toString();
    return s;
}

// A document with its bytes, as document() and the office server's kopii_open_document give it.
const char *const kDocumentColumns = "submission_id, kind, pdf_name, pdf, p7s_name, p7s";

DocumentCopy documentFrom(const QSqlQuery &q, RecordId id)
{
    DocumentCopy c;
    c.id = id;
    c.submissionId = q.value(0).toLongLong();
    c.kind = q.value(1).toString();
    c.pdfName = q.value(2).toString();
    c.pdf = q.value(3).toByteArray();
    c.pdfSize = c.pdf.size();
    c.p7sName = q.value(4).toString();
    c.p7s = q.value(5).toByteArray();
    c.p7sSize = c.p7s.size();
    return c;
}

StoredVerification verificationFrom(const QSqlQuery &q, int first)
{
    StoredVerification v;
    v.documentId = q.value(first).toLongLong();
    v.verdict = q.value(first + 1).toString();
    v.summary = q.value(first + 2).toString();
    v.checksJson = q.value(first + 3).toString();
    v.signerName = q.value(first + 4).toString();
    v.signerRnokpp = q.value(first + 5).toString();
    v.signerEdrpou = q.value(first + 6).toString();
    if (const qint64 t = q.value(first + 7).toLongLong())
        v.signingTime = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC);
    v.verifiedAt = QDateTime::fromMSecsSinceEpoch(q.value(first + 8).toLongLong(), Qt::UTC);
    v.trustVersion = q.value(first + 9).toString();
    v.issuer = q.value(first + 10).toString();
    const QString chain = q.value(first + 11).toString();
    v.chain = chain.isEmpty() ? QStringList() : chain.split(QLatin1Char('\n'));
    if (const qint64 t = q.value(first + 12).toLongLong())
        v.timestamp = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC);
    v.algorithm = q.value(first + 13).toString();
    v.indication = q.value(first + 14).toString();
    v.subIndication = q.value(first + 15).toString();
    v.poe = q.value(first + 16).toString();
    if (const qint64 t = q.value(first + 17).toLongLong())
        v.poeTime = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC);
    return v;
}

const char *const kVerificationColumns = "v.document_id, v.verdict, v.summary, v.checks, v.signer_name, v.signer_rnokpp, "
                                         "v.signer_edrpou, v.signing_ms, v.verified_ms, v.trust_version, v.issuer, v.chain, "
                                         "v.timestamp_ms, v.algorithm, v.indication, v.sub_indication, v.poe, v.poe_ms";

const char *const kSubmissionColumns = "id, status, failure, source, mailbox_id, branch_id, message_id, content_hash, "
                                       "sender, sender_name, subject, sent_ms, received_ms, recipient, state, processed_ms, "
                                       "service_id, row_version, uid_validity, uid, legal_hold";
// After those: the number in the register of incoming documents.
constexpr int kRegistrationNumberColumn = 21;

} // namespace

Result<RecordId> SubmissionSql::insertSubmission(const Submission &s, const RawMessage &rawMessage, QList<RecordId> *documentIds)
{
    RecordId id = 0;
    const Status done = m_session.writeTransaction([&]() -> Status {
        QSqlQuery &q = m_session.prepared(QStringLiteral(
            "INSERT INTO submission (status, failure, source, mailbox_id, branch_id, message_id, "
            "content_hash, sender, sender_name, subject, sent_ms, received_ms, recipient, service_id, "
            "document_names, verdict_rank, signer, search, sender_sort, signer_sort, uid_validity, uid, "
            "summary_ok) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id"));
        q.addBindValue(s.status == Submission::Status::Failed ? QStringLiteral("failed") : QStringLiteral("received"));
        q.addBindValue(sqlText(s.failure));
        q.addBindValue(sqlText(s.source));
        q.addBindValue(s.mailboxId);
        q.addBindValue(s.branchId);
        q.addBindValue(sqlText(s.messageId));
        q.addBindValue(s.contentHash);
        q.addBindValue(sqlText(s.sender));
        q.addBindValue(sqlText(s.senderName));
        q.addBindValue(sqlText(s.subject));
        q.addBindValue(s.sentAt.isValid() ? s.sentAt.toMSecsSinceEpoch() : qint64(0));
        q.addBindValue(s.receivedAt.toMSecsSinceEpoch());
        q.addBindValue(sqlText(s.recipient));
        q.addBindValue(s.serviceId);
        // Its summary written with it: none of its documents is checked yet.
        const QString names = documentNames(s.documents);
        const Summary summary = summarize(s.status == Submission::Status::Failed, s.sender, s.senderName, s.subject, names,
                                          QList<VerdictRow>(s.documents.size()));
        q.addBindValue(sqlText(names));
        q.addBindValue(summary.rank);
        q.addBindValue(sqlText(summary.signer));
        q.addBindValue(sqlText(summary.search));
        q.addBindValue(sqlBlob(summary.senderSort));
        q.addBindValue(sqlBlob(summary.signerSort));
        q.addBindValue(s.uidValidity);
        q.addBindValue(s.uid);
        if (!q.exec() || !q.next()) {
            // The content hash is unique, and a message's place in its mailbox: the constraints a
            // new submission can meet, each meaning "stored already".
            const Error e = m_session.sqlError(q, tr("store the submission"));
            q.finish();
            return e.code == Error::Code::Conflict ? Error{Error::Code::Conflict, tr("This message is already stored."), {}} : e;
        }
        id = q.value(0).toLongLong();
        q.finish();
        int position = 0;
        if (documentIds)
            documentIds->clear();
        QSqlQuery &dq = m_session.prepared(
            QStringLiteral("INSERT INTO document_copy (submission_id, position, kind, pdf_name, pdf, p7s_name, "
                           "p7s, pdf_size, p7s_size) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        for (const DocumentCopy &d : s.documents) {
            dq.addBindValue(id);
            dq.addBindValue(position++);
            dq.addBindValue(sqlText(d.kind));
            dq.addBindValue(sqlText(d.pdfName));
            dq.addBindValue(d.pdf.isNull() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(d.pdf));
            dq.addBindValue(sqlText(d.p7sName));
            dq.addBindValue(d.p7s.isNull() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(d.p7s));
            dq.addBindValue(qint64(d.pdf.size()));
            dq.addBindValue(qint64(d.p7s.size()));
            if (!dq.exec() || !dq.next()) {
                const Error e = m_session.sqlError(dq, tr("store the submission"));
                dq.finish();
                return e;
            }
            if (documentIds)
                *documentIds << dq.value(0).toLongLong();
            dq.finish();
        }
        QSqlQuery &rq =
            m_session.prepared(QStringLiteral("INSERT INTO raw_message (submission_id, data, elided) VALUES (?, ?, ?)"));
        rq.addBindValue(id);
        rq.addBindValue(rawMessage.data().isNull() ? QByteArray("") : rawMessage.data());
        rq.addBindValue(sqlText(rawMessage.spansText()));
        const bool stored = rq.exec();
        rq.finish();
        if (!stored)
            return m_session.sqlError(rq, tr("store the submission"));
        // Its registration number, counted in this transaction (never skipped, never twice).
        if (const auto number = RegisterSql(m_session).enter(id, s); !number)
            return number.error();
        return {};
    });
    if (!done)
        return done.error();
    return id;
}

Result<bool> SubmissionSql::hasSubmission(const QByteArray &contentHash)
{
    QSqlQuery &q = m_session.prepared(QStringLiteral("SELECT 1 FROM submission WHERE content_hash = ?"));
    q.addBindValue(contentHash);
    if (!q.exec())
        return m_session.sqlError(q, tr("read the submissions"));
    const bool known = q.next();
    q.finish();
    return known;
}

Result<QList<Submission>> SubmissionSql::submissions(int limit)
{
    return querySubmissions(SubmissionQuery{}, 0, limit);
}

namespace {

// The WHERE clause of a query and its values, in order.
QString submissionFilter(const SubmissionQuery &query, const SqlDialect &dialect, QVariantList *values)
{
    QStringList where;
    if (query.branchId >= 0) {
        where << QStringLiteral("s.branch_id = ?");
        *values << query.branchId;
    }
    if (query.serviceId >= 0) {
        where << QStringLiteral("s.service_id = ?");
        *values << query.serviceId;
    }
    if (!query.verdict.isEmpty()) {
        where << QStringLiteral("s.verdict_rank = ?");
        *values << (query.verdict == QLatin1String("pending") ? -1 : int(verdictOrder().indexOf(query.verdict)));
    }
    if (!query.state.isEmpty()) {
        where << QStringLiteral("s.state = ?");
        *values << query.state;
    }
    if (query.receivedFrom.isValid()) {
        where << QStringLiteral("s.received_ms >= ?");
        *values << query.receivedFrom.toMSecsSinceEpoch();
    }
    if (query.receivedTo.isValid()) {
        where << QStringLiteral("s.received_ms < ?");
        *values << query.receivedTo.toMSecsSinceEpoch();
    }
    const QString text = query.text.simplified().toLower();
    if (!text.isEmpty()) {
        // Its text, or its registration number (prefixes are capitals mostly; SQLite's lower()
        // knows no Cyrillic, so the number is matched as typed and in capitals).
        where << QStringLiteral("(%1 OR s.id IN (SELECT r.submission_id FROM register_entry r WHERE %2 OR %2))")
                     .arg(dialect.containsCondition(QStringLiteral("s.search")),
                          dialect.containsCondition(QStringLiteral("r.number")));
        *values << text << query.text.simplified() << query.text.simplified().toUpper();
    }
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

// An ORDER BY term ranking `column` (an id) by the order of `ids` (named rows sorted in Kopii:
// branches and services are few, and SortKey orders their names the same in every database).
QString rankBy(const QString &column, const QList<RecordId> &ids)
{
    if (ids.isEmpty())
        return QStringLiteral("0");
    QString term = QStringLiteral("CASE ") + column;
    for (qsizetype i = 0; i < ids.size(); ++i)
        term += QStringLiteral(" WHEN %1 THEN %2").arg(ids.at(i)).arg(i);
    return term + QStringLiteral(" ELSE %1 END").arg(ids.size());
}

} // namespace

Result<QList<RecordId>> SubmissionSql::namesInOrder(const QString &table)
{
    QSqlQuery q(m_session.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name FROM %1").arg(table)))
        return m_session.sqlError(q, tr("read the submissions"));
    QList<std::pair<QByteArray, RecordId>> rows;
    while (q.next())
        rows.append({sortKey(q.value(1).toString()), q.value(0).toLongLong()});
    std::sort(rows.begin(), rows.end());
    QList<RecordId> ids;
    for (const auto &row : std::as_const(rows))
        ids << row.second;
    return ids;
}

Result<QString> SubmissionSql::submissionOrder(const SubmissionQuery &query)
{
    const QString dir = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString key;
    switch (query.sort) {
    case SubmissionQuery::Sort::Received: key = QStringLiteral("s.received_ms") + dir; break;
    case SubmissionQuery::Sort::Verdict: key = QStringLiteral("s.verdict_rank") + dir; break;
    case SubmissionQuery::Sort::Sender: key = QStringLiteral("s.sender_sort") + dir; break;
    case SubmissionQuery::Sort::Signer: key = QStringLiteral("s.signer_sort") + dir; break;
    case SubmissionQuery::Sort::Documents:
        key = QStringLiteral("(SELECT COUNT(*) FROM document_copy d WHERE d.submission_id = s.id)") + dir;
        break;
    case SubmissionQuery::Sort::State:
        key = QStringLiteral("CASE s.state WHEN 'new' THEN 0 WHEN 'in-work' THEN 1 ELSE 2 END") + dir;
        break;
    case SubmissionQuery::Sort::Branch:
    case SubmissionQuery::Sort::Service: {
        const bool branch = query.sort == SubmissionQuery::Sort::Branch;
        const auto ids = namesInOrder(branch ? QStringLiteral("branch") : QStringLiteral("service"));
        if (!ids)
            return ids.error();
        key = rankBy(branch ? QStringLiteral("s.branch_id") : QStringLiteral("s.service_id"), *ids) + dir;
        break;
    }
    }
    return QStringLiteral(" ORDER BY ") + key + QStringLiteral(", s.received_ms DESC, s.id DESC");
}

Result<QList<Submission>> SubmissionSql::querySubmissions(const SubmissionQuery &query, int offset, int limit)
{
    if (Status ready = ensureSummaries(); !ready)
        return ready.error();
    QVariantList values;
    const auto order = submissionOrder(query);
    if (!order)
        return order.error();
    const QString sql = QStringLiteral("SELECT s.id FROM submission s") + submissionFilter(query, m_session.dialect(), &values)
        + *order + QStringLiteral(" LIMIT ? OFFSET ?");
    values << limit << offset;
    const auto ids = m_session.readIds(sql, values, tr("read the submissions"));
    if (!ids)
        return ids.error();
    return submissionsByIds(*ids);
}

Result<QList<RecordId>> SubmissionSql::submissionIds(const SubmissionQuery &query)
{
    if (Status ready = ensureSummaries(); !ready)
        return ready.error();
    QVariantList values;
    const auto order = submissionOrder(query);
    if (!order)
        return order.error();
    const QString sql =
        QStringLiteral("SELECT s.id FROM submission s") + submissionFilter(query, m_session.dialect(), &values) + *order;
    return m_session.readIds(sql, values, tr("read the submissions"));
}

Result<QList<Submission>> SubmissionSql::submissionsByIds(const QList<RecordId> &ids)
{
    if (Status ready = ensureSummaries(); !ready)
        return ready.error();
    QList<Submission> list;
    if (ids.isEmpty())
        return list;
    QStringList idText;
    for (RecordId id : ids)
        idText << QString::number(id);
    const QString in = idText.join(QLatin1Char(','));
    QStringList columns;
    for (const QString &c : QString::fromLatin1(kSubmissionColumns).split(QLatin1Char(',')))
        columns << QStringLiteral("s.") + c.trimmed();
    QSqlQuery q(m_session.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1, (SELECT r.number FROM register_entry r WHERE r.submission_id = s.id) "
                               "FROM submission s WHERE s.id IN (%2)")
                    .arg(columns.join(QStringLiteral(", ")), in)))
        return m_session.sqlError(q, tr("read the submissions"));
    QHash<RecordId, Submission> found;
    while (q.next()) {
        Submission s = submissionFrom(q);
        s.registrationNumber = q.value(kRegistrationNumberColumn).toString();
        found.insert(s.id, s);
    }
    // Names, kinds and sizes of their documents, without the bytes.
    QSqlQuery d(m_session.db());
    d.setForwardOnly(true);
    if (!d.exec(QStringLiteral("SELECT d.submission_id, d.id, d.kind, d.pdf_name, d.pdf_size, d.p7s_name, d.p7s_size, %1 "
                               "FROM document_copy d LEFT JOIN verification v ON v.document_id = d.id "
                               "WHERE d.submission_id IN (%2) ORDER BY d.submission_id, d.position")
                    .arg(QLatin1String(kVerificationColumns), in)))
        return m_session.sqlError(d, tr("read the submissions"));
    while (d.next()) {
        const auto it = found.find(d.value(0).toLongLong());
        if (it == found.end())
            continue;
        DocumentCopy c;
        c.submissionId = d.value(0).toLongLong();
        c.id = d.value(1).toLongLong();
        c.kind = d.value(2).toString();
        c.pdfName = d.value(3).toString();
        c.pdfSize = d.value(4).toLongLong();
        c.p7sName = d.value(5).toString();
        c.p7sSize = d.value(6).toLongLong();
        if (!d.value(7).isNull())
            c.verification = verificationFrom(d, 7);
        it->documents << c;
    }
    for (RecordId id : ids)
        if (const auto it = found.constFind(id); it != found.cend())
            list << *it;
    return list;
}

Status SubmissionSql::refreshSummary(RecordId id)
{
    return SummaryWriter(m_session, tr("update the inbox summary")).refresh(id);
}

Status SubmissionSql::ensureSummaries()
{
    // Submissions stored before version 11 (or whose summary an interrupted upgrade left out):
    // filled once per connection, before the first query that reads the summary.
    Status result;
    m_session.once(
        QStringLiteral("inbox-summaries"), [this] { return refreshStaleSummaries(); }, &result);
    return result;
}

Status SubmissionSql::refreshStaleSummaries()
{
    const auto stale =
        m_session.readIds(QStringLiteral("SELECT id FROM submission WHERE summary_ok = 0"), {}, tr("update the inbox summary"));
    if (!stale)
        return stale.error();
    const QList<RecordId> ids = *stale;
    if (ids.isEmpty())
        return {};
    return m_session.writeTransaction([&]() -> Status {
        SummaryWriter summaries(m_session, tr("update the inbox summary"));
        for (RecordId id : std::as_const(ids))
            if (Status s = summaries.refresh(id); !s)
                return s;
        qCInfo(lcStore) << "filled the inbox summary of" << ids.size() << "submission(s)";
        return {};
    });
}

Result<Submission> SubmissionSql::submission(RecordId id, Bytes bytes)
{
    QSqlQuery q(m_session.db());
    q.prepare(QStringLiteral("SELECT %1, (SELECT r.number FROM register_entry r WHERE r.submission_id = submission.id) "
                             "FROM submission WHERE id = ?")
                  .arg(QLatin1String(kSubmissionColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return m_session.sqlError(q, tr("read the submission"));
    if (!q.next())
        return Error{Error::Code::NotFound, tr("There is no submission number %1.").arg(id), {}};
    Submission s = submissionFrom(q);
    s.registrationNumber = q.value(kRegistrationNumberColumn).toString();
    QSqlQuery d(m_session.db());
    const bool included = bytes == Bytes::Included;
    d.prepare(QStringLiteral("SELECT d.id, d.kind, d.pdf_name, %1, d.p7s_name, %2, %3 FROM document_copy d "
                             "LEFT JOIN verification v ON v.document_id = d.id WHERE d.submission_id = ? ORDER BY d.position")
                  .arg(included ? QStringLiteral("d.pdf") : QStringLiteral("d.pdf_size"),
                       included ? QStringLiteral("d.p7s") : QStringLiteral("d.p7s_size"), QLatin1String(kVerificationColumns)));
    d.addBindValue(id);
    if (!d.exec())
        return m_session.sqlError(d, tr("read the submission"));
    while (d.next()) {
        DocumentCopy c;
        c.id = d.value(0).toLongLong();
        c.submissionId = id;
        c.kind = d.value(1).toString();
        c.pdfName = d.value(2).toString();
        if (included) {
            c.pdf = d.value(3).toByteArray();
            c.p7s = d.value(5).toByteArray();
        }
        c.pdfSize = included ? c.pdf.size() : d.value(3).toLongLong();
        c.p7sName = d.value(4).toString();
        c.p7sSize = included ? c.p7s.size() : d.value(5).toLongLong();
        if (!d.value(6).isNull())
            c.verification = verificationFrom(d, 6);
        s.documents << c;
    }
    return s;
}

Result<QByteArray> SubmissionSql::rawMessage(RecordId submissionId)
{
    QSqlQuery q(m_session.db());
    q.prepare(QStringLiteral("SELECT r.data, r.elided, s.content_hash FROM raw_message r JOIN submission s ON s.id = "
                             "r.submission_id WHERE r.submission_id = ?"));
    q.addBindValue(submissionId);
    if (!q.exec())
        return m_session.sqlError(q, tr("read the message"));
    if (!q.next())
        return Error{Error::Code::NotFound, tr("There is no stored message for submission %1.").arg(submissionId), {}};
    const auto stored = RawMessage::fromStored(q.value(0).toByteArray(), q.value(1).toString());
    if (!stored)
        return stored.error();
    if (!stored->isStripped())
        return stored->data();
    const QByteArray contentHash = q.value(2).toByteArray();
    q.finish();
    // The documents' bytes, in their order, to rebuild the bodies left out.
    QSqlQuery d(m_session.db());
    d.prepare(QStringLiteral("SELECT pdf, p7s FROM document_copy WHERE submission_id = ? ORDER BY position"));
    d.addBindValue(submissionId);
    if (!d.exec())
        return m_session.sqlError(d, tr("read the message"));
    QList<DocumentCopy> documents;
    while (d.next()) {
        DocumentCopy c;
        c.pdf = d.value(0).toByteArray();
        c.p7s = d.value(1).toByteArray();
        documents << c;
    }
    return stored->restore(documents, contentHash);
}

Status SubmissionSql::saveVerification(const StoredVerification &verification)
{
    return saveVerifications({verification});
}

Status SubmissionSql::saveVerifications(const QList<StoredVerification> &verifications)
{
    // Each statement prepared once; each submission's summary refreshed once, after all its
    // documents' results are in.
    QSqlQuery q(m_session.db());
    q.prepare(QStringLiteral(
        "INSERT INTO verification (document_id, verdict, summary, checks, signer_name, signer_rnokpp, "
        "signer_edrpou, signing_ms, verified_ms, trust_version, issuer, chain, timestamp_ms, algorithm, indication, "
        "sub_indication, poe, poe_ms) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (document_id) DO UPDATE SET verdict = excluded.verdict, summary = excluded.summary, "
        "checks = excluded.checks, signer_name = excluded.signer_name, signer_rnokpp = excluded.signer_rnokpp, "
        "signer_edrpou = excluded.signer_edrpou, signing_ms = excluded.signing_ms, "
        "verified_ms = excluded.verified_ms, trust_version = excluded.trust_version, issuer = excluded.issuer, "
        "chain = excluded.chain, timestamp_ms = excluded.timestamp_ms, algorithm = excluded.algorithm, "
        "indication = excluded.indication, sub_indication = excluded.sub_indication, poe = excluded.poe, "
        "poe_ms = excluded.poe_ms"));
    QSqlQuery owner(m_session.db());
    owner.setForwardOnly(true);
    owner.prepare(QStringLiteral("SELECT submission_id FROM document_copy WHERE id = ?"));
    QList<RecordId> owners;
    for (const StoredVerification &v : verifications) {
        q.addBindValue(v.documentId);
        q.addBindValue(sqlText(v.verdict));
        q.addBindValue(sqlText(v.summary));
        q.addBindValue(sqlText(v.checksJson));
        q.addBindValue(sqlText(v.signerName));
        q.addBindValue(sqlText(v.signerRnokpp));
        q.addBindValue(sqlText(v.signerEdrpou));
        q.addBindValue(v.signingTime.isValid() ? v.signingTime.toMSecsSinceEpoch() : qint64(0));
        q.addBindValue(v.verifiedAt.toMSecsSinceEpoch());
        q.addBindValue(sqlText(v.trustVersion));
        q.addBindValue(sqlText(v.issuer));
        q.addBindValue(sqlText(v.chain.join(QLatin1Char('\n'))));
        q.addBindValue(v.timestamp.isValid() ? v.timestamp.toMSecsSinceEpoch() : qint64(0));
        q.addBindValue(sqlText(v.algorithm));
        q.addBindValue(sqlText(v.indication));
        q.addBindValue(sqlText(v.subIndication));
        q.addBindValue(sqlText(v.poe));
        q.addBindValue(v.poeTime.isValid() ? v.poeTime.toMSecsSinceEpoch() : qint64(0));
        if (!q.exec())
            return m_session.sqlError(q, tr("save the verification"));
        owner.addBindValue(v.documentId);
        if (!owner.exec())
            return m_session.sqlError(owner, tr("save the verification"));
        if (owner.next() && !owners.contains(owner.value(0).toLongLong()))
            owners << owner.value(0).toLongLong();
        owner.finish();
    }
    SummaryWriter summaries(m_session, tr("update the inbox summary"));
    for (RecordId id : std::as_const(owners))
        if (Status s = summaries.refresh(id); !s)
            return s;
    return {};
}

Result<QList<RecordId>> SubmissionSql::documentsToVerify(const QString &trustVersion, int limit)
{
    return m_session.readIds(QStringLiteral("SELECT d.id FROM document_copy d LEFT JOIN verification v ON v.document_id = d.id "
                                            "WHERE v.document_id IS NULL OR v.trust_version <> ? ORDER BY d.id LIMIT ?"),
                             {trustVersion, limit}, tr("read the documents"));
}

Result<DocumentCopy> SubmissionSql::document(RecordId documentId)
{
    QSqlQuery q(m_session.db());
    q.prepare(QStringLiteral("SELECT %1 FROM document_copy WHERE id = ?").arg(QLatin1String(kDocumentColumns)));
    q.addBindValue(documentId);
    if (!q.exec())
        return m_session.sqlError(q, tr("read the document"));
    if (!q.next())
        return Error{Error::Code::NotFound, tr("There is no document number %1.").arg(documentId), {}};
    return documentFrom(q, documentId);
}

Result<bool> SubmissionSql::readsBytesDirectly()
{
    if (m_session.dialect().embedded())
        return true;
    QSqlQuery q(m_session.db());
    if (!q.exec(QStringLiteral("SELECT has_column_privilege('document_copy', 'pdf', 'SELECT')")) || !q.next())
        return m_session.sqlError(q, tr("read the document"));
    return q.value(0).toBool();
}

Result<DocumentCopy> SubmissionSql::openDocument(RecordId documentId, const QString &how, const std::function<Status()> &audit)
{
    const auto direct = readsBytesDirectly();
    if (!direct)
        return direct.error();
    Result<DocumentCopy> opened = Error{Error::Code::Internal, QString(), {}};
    const Status s = m_session.writeTransaction([&]() -> Status {
        if (*direct) {
            if (Status logged = audit(); !logged)
                return logged;
            opened = document(documentId);
            return opened ? Status() : Status(opened.error());
        }
        // The server writes the entry (in the desk's name, which it knows) before it answers.
        QSqlQuery q(m_session.db());
        q.prepare(QStringLiteral("SELECT %1 FROM kopii_open_document(?, ?)").arg(QLatin1String(kDocumentColumns)));
        q.addBindValue(documentId);
        q.addBindValue(how);
        if (!q.exec())
            return m_session.sqlError(q, tr("read the document"));
        if (!q.next())
            return Error{Error::Code::NotFound, tr("There is no document number %1.").arg(documentId), {}};
        opened = documentFrom(q, documentId);
        return {};
    });
    if (!s)
        return s.error();
    return opened;
}

Status SubmissionSql::setSubmissionState(RecordId id, const QString &state, const QDateTime &when, qint64 expectedVersion)
{
    QSqlQuery q(m_session.db());
    q.prepare(QStringLiteral("UPDATE submission SET state = ?, processed_ms = ?, row_version = row_version + 1 WHERE id = ?")
              + (expectedVersion >= 0 ? QStringLiteral(" AND row_version = ?") : QString()));
    q.addBindValue(state);
    q.addBindValue(state == QLatin1String("processed") ? when.toMSecsSinceEpoch() : qint64(0));
    q.addBindValue(id);
    if (expectedVersion >= 0)
        q.addBindValue(expectedVersion);
    if (!q.exec())
        return m_session.sqlError(q, tr("change the submission"));
    if (q.numRowsAffected() == 0)
        return notChanged(id);
    return {};
}

Error SubmissionSql::notChanged(RecordId id)
{
    QSqlQuery q(m_session.db());
    q.prepare(QStringLiteral("SELECT state FROM submission WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_session.sqlError(q, tr("change the submission"));
    if (!q.next())
        return Error{Error::Code::NotFound, tr("There is no submission number %1: somebody has deleted it.").arg(id), {}};
    return Error{Error::Code::Conflict,
                 tr("Somebody else changed submission %1 in the meantime. Kopii shows it as it is now; do it again if "
                    "it is still needed.")
                     .arg(id),
                 {}};
}

} // namespace kopii
