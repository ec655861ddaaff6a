#include "CopyExport.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace kopii {

Result<QStringList> CopyExport::write(const Submission &submission, const QString &folder, bool demo)
{
    const QDir dir(folder);
    if (!dir.exists())
        return Error{Error::Code::NotFound, tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder)), {}};
    QStringList written;
    for (const DocumentCopy &d : submission.documents)
        for (const auto &[name, bytes] : {std::pair{d.pdfName, d.pdf}, std::pair{d.p7sName, d.p7s}}) {
            if (name.isEmpty() || bytes.isEmpty())
                continue;
            const QString path = dir.filePath((demo ? QStringLiteral("DEMO-") : QString()) + QFileInfo(name).fileName());
            QSaveFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
                return Error{Error::Code::Io, tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), f.errorString()), {}};
            written << path;
        }
    return written;
}

} // namespace kopii
