// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"
#include "core/Result.h"
#include "core/SqlSession.h"

#include <QSqlQuery>
#include <QString>

// The inbox's summary of each submission (worst verdict, first signer, search text, sort keys),
// kept in its row so that the list sorts, filters and searches without reading documents. Used by
// SubmissionSql only.
namespace kopii {

// The documents' names as the search text holds them: one a line, those missing left out.
QString documentNames(const QList<DocumentCopy> &documents);

// What the inbox's list shows and searches of a submission, from its head and its documents'
// verdicts (one entry a document; an empty verdict: not checked yet).
struct Summary
{
    int rank = -1;
    QString signer;
    QString search;
    QByteArray senderSort, signerSort;
};

struct VerdictRow
{
    bool checked = false;
    QString verdict, signerName, signerRnokpp;
};

Summary summarize(bool failed, const QString &sender, const QString &senderName, const QString &subject, const QString &names,
                  const QList<VerdictRow> &verdicts);

// Computes and writes a submission's summary (worst verdict, first signer, search text, sort keys)
// from its row, its documents' names and their verifications; its statements prepared once for
// as many submissions as a transaction refreshes. The names come from the submission's own
// document_names, written with it: a document's p7s_name lies after its PDF in the row, and
// reading it walks the PDF's overflow pages. Submissions stored before version 19 have none yet:
// read from their documents once, and kept.
class SummaryWriter
{
public:
    SummaryWriter(SqlSession &session, QString what)
        : m_session(session), m_what(std::move(what)), m_head(session.db()), m_verdicts(session.db()), m_update(session.db())
    {
        m_head.setForwardOnly(true);
        m_head.prepare(
            QStringLiteral("SELECT status, sender, sender_name, subject, document_names FROM submission WHERE id = ?"));
        m_verdicts.setForwardOnly(true);
        m_verdicts.prepare(QStringLiteral("SELECT v.document_id, v.verdict, v.signer_name, v.signer_rnokpp "
                                          "FROM document_copy d LEFT JOIN verification v ON v.document_id = d.id "
                                          "WHERE d.submission_id = ? ORDER BY d.position"));
        m_update.prepare(QStringLiteral("UPDATE submission SET verdict_rank = ?, signer = ?, search = ?, sender_sort = ?, "
                                        "signer_sort = ?, document_names = ?, summary_ok = 1 WHERE id = ?"));
    }

    Status refresh(RecordId id);

private:
    Result<QString> documentNamesOf(RecordId id);

    SqlSession &m_session;
    const QString m_what;
    QSqlQuery m_head;
    QSqlQuery m_verdicts;
    QSqlQuery m_update;
};

} // namespace kopii
