// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/Register.h"

#include "accession/OfficialPdf.h"
#include "core/AccessGuard.h"
#include "core/Language.h"
#include "core/SqlSession.h"
#include "crypto/SignatureVerifier.h"
#include "inbox/SubmissionSql.h"

namespace kopii {

namespace {

const char *const kContext = "Register";
QString uk(const char *source)
{
    return Language::ukrainian(kContext, source);
}

QString localTime(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")) : QString();
}

QString csvCell(QString v)
{
    // A spreadsheet runs a cell that begins like a formula: a sender's address could.
    if (!v.isEmpty() && QStringLiteral("=+-@\t\r").contains(v.front()))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(';')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))
        || v.contains(QLatin1Char('\r')))
        v = QLatin1Char('"') + v.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return v;
}

QStringList headings()
{
    return {uk(QT_TRANSLATE_NOOP("Register", "Number")),     uk(QT_TRANSLATE_NOOP("Register", "Received")),
            uk(QT_TRANSLATE_NOOP("Register", "Sender")),     uk(QT_TRANSLATE_NOOP("Register", "Sent to")),
            uk(QT_TRANSLATE_NOOP("Register", "Branch")),     uk(QT_TRANSLATE_NOOP("Register", "Service")),
            uk(QT_TRANSLATE_NOOP("Register", "Documents")),  uk(QT_TRANSLATE_NOOP("Register", "Verdict")),
            uk(QT_TRANSLATE_NOOP("Register", "In work by")), uk(QT_TRANSLATE_NOOP("Register", "State"))};
}

QStringList cells(const RegisterEntry &e)
{
    return {e.number,
            localTime(e.receivedAt),
            e.sender,
            e.recipient,
            e.branchName,
            e.serviceName,
            e.documents.join(QStringLiteral(", ")),
            Register::verdictText(e),
            e.clerk,
            Register::stateText(e)};
}

} // namespace

Register::Register(AccessGuard &guard) : m_guard(guard) {}

QString Register::verdictText(const RegisterEntry &e)
{
    if (e.verdict.isEmpty())
        return {};
    if (e.verdict == QLatin1String("pending"))
        return uk(QT_TRANSLATE_NOOP("Register", "not checked yet"));
    for (Verdict v :
         {Verdict::Valid, Verdict::ValidWithWarnings, Verdict::NotQualified, Verdict::Invalid, Verdict::Indeterminate})
        if (verdictId(v) == e.verdict)
            switch (v) {
            case Verdict::Valid: return uk(QT_TRANSLATE_NOOP("Register", "valid"));
            case Verdict::ValidWithWarnings: return uk(QT_TRANSLATE_NOOP("Register", "valid, with warnings"));
            case Verdict::NotQualified: return uk(QT_TRANSLATE_NOOP("Register", "not qualified"));
            case Verdict::Invalid: return uk(QT_TRANSLATE_NOOP("Register", "NOT valid"));
            case Verdict::Indeterminate: return uk(QT_TRANSLATE_NOOP("Register", "cannot be checked"));
            }
    return e.verdict;
}

QString Register::stateText(const RegisterEntry &e)
{
    if (e.deletedAt.isValid())
        return (e.deletedHow == QLatin1String("retention") ? uk(QT_TRANSLATE_NOOP("Register", "deleted on %1, by retention"))
                                                           : uk(QT_TRANSLATE_NOOP("Register", "deleted on %1, by a person")))
            .arg(e.deletedAt.toLocalTime().toString(QStringLiteral("dd.MM.yyyy")));
    if (e.state == QLatin1String("processed"))
        return uk(QT_TRANSLATE_NOOP("Register", "processed"));
    if (e.state == QLatin1String("in-work"))
        return uk(QT_TRANSLATE_NOOP("Register", "in work"));
    return uk(QT_TRANSLATE_NOOP("Register", "new"));
}

Result<QList<RegisterEntry>> Register::entries(const QDate &from, const QDate &to)
{
    if (Status allowed = m_guard.requireRole(Role::Clerk); !allowed)
        return allowed.error();
    // Submissions stored before the register existed are numbered first (where this connection
    // may write: on an office server the watcher does it).
    const auto direct = SubmissionSql(m_guard.session()).readsBytesDirectly();
    if (!direct)
        return direct.error();
    if (*direct)
        if (Status earlier = RegisterSql(m_guard.session()).registerEarlier(); !earlier)
            return earlier.error();
    return RegisterSql(m_guard.session())
        .entries(from.isValid() ? from.startOfDay().toUTC() : QDateTime(),
                 to.isValid() ? to.addDays(1).startOfDay().toUTC() : QDateTime());
}

Result<RegisterEntry> Register::find(const QString &number)
{
    const auto all = entries({}, {});
    if (!all)
        return all.error();
    for (const RegisterEntry &e : *all)
        if (e.number.compare(number.trimmed(), Qt::CaseInsensitive) == 0)
            return e;
    return Error{Error::Code::NotFound, tr("There is no entry %1 in the register.").arg(number.trimmed()), {}};
}

Status Register::setPrefix(const QString &table, RecordId id, const QString &prefix)
{
    if (Status allowed = m_guard.requireRole(Role::Manager); !allowed)
        return allowed;
    return m_guard.session().writeTransaction([&]() -> Status {
        if (Status s = RegisterSql(m_guard.session()).setPrefix(table, id, prefix); !s)
            return s;
        return m_guard.audit(QStringLiteral("register.prefix"), table, id, prefix);
    });
}

QByteArray Register::csv(const QList<RegisterEntry> &entries)
{
    QString out = QStringList(headings()).join(QLatin1Char(';')) + QStringLiteral("\r\n");
    out.reserve(int(entries.size()) * 160);
    for (const RegisterEntry &e : entries) {
        const QStringList row = cells(e);
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                out += QLatin1Char(';');
            out += csvCell(row[i]);
        }
        out += QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

Result<QByteArray> Register::pdf(const QList<RegisterEntry> &entries, const QDate &from, const QDate &to,
                                 const QString &organization)
{
    const auto date = [](const QDate &d) { return d.toString(QStringLiteral("dd.MM.yyyy")); };
    QString period;
    if (from.isValid() && to.isValid())
        period = uk(QT_TRANSLATE_NOOP("Register", "from %1 to %2")).arg(date(from), date(to));
    else if (from.isValid())
        period = uk(QT_TRANSLATE_NOOP("Register", "from %1")).arg(date(from));
    else if (to.isValid())
        period = uk(QT_TRANSLATE_NOOP("Register", "up to %1")).arg(date(to));
    QString h = QStringLiteral("<html><head><style>body { font-size: 8pt; } h1 { font-size: 13pt; text-align: center; }"
                               "p.sub { text-align: center; } th { background-color: #e8e8e8; text-align: left; }"
                               "</style></head><body>");
    h += QStringLiteral("<h1>%1</h1>")
             .arg(uk(QT_TRANSLATE_NOOP("Register", "REGISTER OF INCOMING DOCUMENTS RECEIVED BY E-MAIL")).toHtmlEscaped());
    QStringList sub;
    if (!organization.isEmpty())
        sub << organization;
    if (!period.isEmpty())
        sub << period;
    sub << uk(QT_TRANSLATE_NOOP("Register", "entries: %1")).arg(entries.size());
    h += QStringLiteral("<p class=\"sub\">%1</p>").arg(sub.join(QStringLiteral(" · ")).toHtmlEscaped());
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\" border=\"0.5\"><thead><tr>");
    for (const QString &heading : headings())
        h += QStringLiteral("<th>%1</th>").arg(heading.toHtmlEscaped());
    h += QStringLiteral("</tr></thead>");
    for (const RegisterEntry &e : entries) {
        h += QStringLiteral("<tr>");
        for (const QString &cell : cells(e))
            h += QStringLiteral("<td>%1</td>").arg(cell.toHtmlEscaped());
        h += QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table><p>%1</p></body></html>")
             .arg(uk(QT_TRANSLATE_NOOP("Register", "Printed by Kopii %1 on %2."))
                      .arg(QStringLiteral(KOPII_VERSION), QDate::currentDate().toString(QStringLiteral("dd.MM.yyyy")))
                      .toHtmlEscaped());
    return OfficialPdf::render(h, uk(QT_TRANSLATE_NOOP("Register", "Register of incoming documents")), QPageLayout::Landscape,
                               QMarginsF(0, 0, 0, 0), 8);
}

} // namespace kopii
