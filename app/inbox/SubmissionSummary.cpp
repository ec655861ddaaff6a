// SPDX-License-Identifier: GPL-3.0-or-later
#include "inbox/SubmissionSummary.h"

#include "core/SortKey.h"

namespace kopii {

QString documentNames(const QList<DocumentCopy> &documents)
{
    QStringList names;
    for (const DocumentCopy &d : documents)
        names << d.pdfName << d.p7sName;
    names.removeAll(QString());
    return names.join(QLatin1Char('\n'));
}

Summary summarize(bool failed, const QString &sender, const QString &senderName, const QString &subject, const QString &names,
                  const QList<VerdictRow> &verdicts)
{
    Summary summary;
    QStringList haystack = {sender, senderName, subject, names};
    bool pending = false;
    for (const VerdictRow &v : verdicts) {
        if (!v.checked) {
            pending = true;
            continue;
        }
        const int r = int(verdictOrder().indexOf(v.verdict));
        summary.rank = qMax(summary.rank, r < 0 ? 4 : r);
        if (summary.signer.isEmpty())
            summary.signer = v.signerName;
        haystack << v.signerName << v.signerRnokpp;
    }
    if (failed)
        summary.rank = 3;
    else if (pending || verdicts.isEmpty())
        summary.rank = -1;
    haystack.removeAll(QString());
    summary.search = haystack.join(QLatin1Char('\n')).toLower();
    summary.senderSort = sortKey(senderName.isEmpty() ? sender : senderName);
    summary.signerSort = sortKey(summary.signer);
    return summary;
}

Status SummaryWriter::refresh(RecordId id)
{
    m_head.addBindValue(id);
    if (!m_head.exec())
        return m_session.sqlError(m_head, m_what);
    if (!m_head.next()) {
        m_head.finish();
        return {};
    }
    const bool failed = m_head.value(0).toString() == QLatin1String("failed");
    const QString sender = m_head.value(1).toString();
    const QString senderName = m_head.value(2).toString();
    const QString subject = m_head.value(3).toString();
    QString names = m_head.value(4).toString();
    const bool namesKnown = !m_head.value(4).isNull();
    m_head.finish();
    if (!namesKnown) {
        const auto read = documentNamesOf(id);
        if (!read)
            return read.error();
        names = *read;
    }
    m_verdicts.addBindValue(id);
    if (!m_verdicts.exec())
        return m_session.sqlError(m_verdicts, m_what);
    QList<VerdictRow> verdicts;
    while (m_verdicts.next())
        verdicts.append({!m_verdicts.value(0).isNull(), m_verdicts.value(1).toString(), m_verdicts.value(2).toString(),
                         m_verdicts.value(3).toString()});
    m_verdicts.finish();
    const Summary summary = summarize(failed, sender, senderName, subject, names, verdicts);
    m_update.addBindValue(summary.rank);
    m_update.addBindValue(sqlText(summary.signer));
    m_update.addBindValue(sqlText(summary.search));
    m_update.addBindValue(sqlBlob(summary.senderSort));
    m_update.addBindValue(sqlBlob(summary.signerSort));
    m_update.addBindValue(sqlText(names));
    m_update.addBindValue(id);
    if (!m_update.exec())
        return m_session.sqlError(m_update, m_what);
    return {};
}

Result<QString> SummaryWriter::documentNamesOf(RecordId id)
{
    QSqlQuery q(m_session.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT pdf_name, p7s_name FROM document_copy WHERE submission_id = ? ORDER BY position"));
    q.addBindValue(id);
    if (!q.exec())
        return m_session.sqlError(q, m_what);
    QList<DocumentCopy> documents;
    while (q.next()) {
        DocumentCopy d;
        d.pdfName = q.value(0).toString();
        d.p7sName = q.value(1).toString();
        documents << d;
    }
    return documentNames(documents);
}
} // namespace kopii
