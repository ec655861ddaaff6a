// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Domain.h"
#include "core/Job.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <functional>

namespace kopii {

class AccessGuard;
class SqlSession;

// What a photo of a poster on the wall shows: each QR code in it judged against the office's codes.
// QR stickers pasted over genuine codes are a known fraud; reception photographs the posters now
// and then, and this says for each code whether it is the office's current code (for which service
// at which branch), one the office kept once and replaced since (print the current poster), or
// one the office never had (someone may have covered the poster: take it down).
struct PosterFinding
{
    enum class Verdict {
        Current,    // the current Diia code of a service at a branch
        Replaced,   // the office's, replaced or removed since (or a signed request of an earlier Kopii)
        Unknown,    // not the office's: a sticker over the poster, or another office's poster
        NoCode,     // no QR code could be read in the photo
        Unreadable, // the file is no image Kopii can read
    };
    QString photo; // the file, as given
    Verdict verdict = Verdict::NoCode;
    QString code; // the text read
    QString serviceName;
    QString branchName;
    QDateTime kept;  // when the office kept this code (Current, Replaced)
    QString summary; // one line, translated: what it is
    QString advice;  // translated: what to do
};

class PosterCheck
{
    Q_DECLARE_TR_FUNCTIONS(PosterCheck)

public:
    // The codes read from one photo (rotated, sheared, unevenly lit, JPEG: a phone's picture),
    // judged. Blocking: decoding a photo takes a second or more.
    static QList<PosterFinding> checkFile(SqlSession &session, const QString &path);
    // The same for codes already read (the judging alone).
    static QList<PosterFinding> judge(SqlSession &session, const QString &photo, const QStringList &codes);
    // All current: every photo shows at least one code, and every code is current.
    static bool allCurrent(const QList<PosterFinding> &findings);

    // Checking as a job (core/Job.h): the photos are decoded on the job pool and judged on
    // `owner`'s thread (the session's); `done` gets every finding, photo by photo.
    static CancelToken start(QObject *owner, SqlSession &session, const QStringList &paths,
                             std::function<void(QList<PosterFinding>)> done);
};

} // namespace kopii
