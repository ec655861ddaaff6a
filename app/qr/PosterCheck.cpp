// SPDX-License-Identifier: GPL-3.0-or-later
#include "qr/PosterCheck.h"

#include "core/DiiaLink.h"
#include "core/OrganizationSql.h"
#include "core/SqlSession.h"
#include "qr/QrDecoder.h"

#include <QLocale>

namespace kopii {

namespace {

struct Read
{
    QString path;
    Result<QList<QrDecoder::Code>> codes;
};

QString day(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime().date(), QLocale::ShortFormat);
}

QList<PosterFinding> judgeRead(SqlSession &session, const Read &read)
{
    if (!read.codes) {
        PosterFinding f;
        f.photo = read.path;
        f.verdict = PosterFinding::Verdict::Unreadable;
        f.summary = read.codes.error().message;
        f.advice = PosterCheck::tr("Take the photo again, or choose a JPEG or PNG picture.");
        return {f};
    }
    QStringList texts;
    for (const QrDecoder::Code &c : *read.codes)
        texts << c.text;
    return PosterCheck::judge(session, read.path, texts);
}

} // namespace

QList<PosterFinding> PosterCheck::judge(SqlSession &session, const QString &photo, const QStringList &codes)
{
    if (codes.isEmpty()) {
        PosterFinding f;
        f.photo = photo;
        f.verdict = PosterFinding::Verdict::NoCode;
        f.summary = tr("No QR code could be read in this photo.");
        f.advice = tr("Take it again closer, straight on and without glare, so that the code fills a good part of "
                      "the picture.");
        return {f};
    }
    OrganizationSql org(session);
    const auto current = org.posterCodes();
    const auto kept = org.keptPosterCodes();
    const auto services = org.services();
    const auto branches = org.branches();
    QList<PosterFinding> out;
    for (const QString &text : codes) {
        PosterFinding f;
        f.photo = photo;
        f.code = text;
        if (!current || !kept || !services || !branches) {
            // The records cannot be read: nothing is said about the code rather than a guess.
            const Error &e = !current ? current.error() : !kept ? kept.error() : !services ? services.error() : branches.error();
            f.verdict = PosterFinding::Verdict::Unreadable;
            f.summary = tr("The office's codes cannot be read: %1").arg(e.message);
            f.advice = tr("Check the workspace (Help → Diagnostics), then check the photo again.");
            out << f;
            continue;
        }
        const auto nameOf = [&](RecordId serviceId, RecordId branchId, QString *service, QString *branch) {
            for (const Service &s : *services)
                if (s.id == serviceId)
                    *service = s.name;
            for (const Branch &b : *branches)
                if (b.id == branchId)
                    *branch = b.name;
        };
        const PosterCode *now = nullptr;
        for (const PosterCode &c : *current)
            if (c.kind == PosterCode::Kind::Portal && c.text == text)
                now = &c;
        const KeptPosterCode *once = nullptr;
        for (const KeptPosterCode &c : *kept)
            if (c.text == text)
                once = &c; // the latest
        if (now) {
            f.verdict = PosterFinding::Verdict::Current;
            nameOf(now->serviceId, now->branchId, &f.serviceName, &f.branchName);
            f.kept = now->added;
            f.summary = tr("Current: \"%1\" at \"%2\".").arg(f.serviceName, f.branchName);
            f.advice = tr("Nothing to do.");
        } else if (once) {
            f.verdict = PosterFinding::Verdict::Replaced;
            f.serviceName = once->serviceName;
            f.branchName = once->branchName;
            nameOf(once->serviceId, once->branchId, &f.serviceName, &f.branchName);
            f.kept = once->added;
            bool replacedBy = false;
            for (const PosterCode &c : *current)
                replacedBy = replacedBy
                    || (c.kind == PosterCode::Kind::Portal && c.serviceId == once->serviceId && c.branchId == once->branchId);
            f.summary = once->kind == PosterCode::Kind::Signed
                ? tr("A signed request of an earlier Kopii for \"%1\" at \"%2\", which the Diia app cannot open.")
                      .arg(f.serviceName, f.branchName)
                : tr("This office's code for \"%1\" at \"%2\", kept on %3 and replaced since.")
                      .arg(f.serviceName, f.branchName, day(once->added));
            f.advice = replacedBy ? tr("Print the current poster of this service at this branch and put it up instead.")
                                  : tr("The service has no code at this branch now: take the poster down, or import the "
                                       "code from the Diia portal and print the new poster.");
        } else {
            f.verdict = PosterFinding::Verdict::Unknown;
            f.summary = DiiaLink::isDiiaLink(text)
                ? tr("A Diia code that is not this office's: visitors who scan it send their documents elsewhere.")
                : tr("A code that is not this office's and not a Diia code.");
            f.advice = tr("Someone may have covered the poster: take it down, print the current poster, and tell the "
                          "manager.");
        }
        out << f;
    }
    return out;
}

QList<PosterFinding> PosterCheck::checkFile(SqlSession &session, const QString &path)
{
    return judgeRead(session, Read{path, QrDecoder::decodeFile(path)});
}

bool PosterCheck::allCurrent(const QList<PosterFinding> &findings)
{
    if (findings.isEmpty())
        return false;
    for (const PosterFinding &f : findings)
        if (f.verdict != PosterFinding::Verdict::Current)
            return false;
    return true;
}

CancelToken PosterCheck::start(QObject *owner, SqlSession &session, const QStringList &paths,
                               std::function<void(QList<PosterFinding>)> done)
{
    return Jobs::run(
        owner,
        [paths](const CancelToken &cancel) {
            QList<Read> read;
            for (const QString &path : paths) {
                if (cancel.cancelled())
                    break;
                read << Read{path, QrDecoder::decodeFile(path)};
            }
            return read;
        },
        [&session, done = std::move(done)](QList<Read> read) {
            QList<PosterFinding> findings;
            for (const Read &r : read)
                findings << judgeRead(session, r);
            done(findings);
        });
}

} // namespace kopii
