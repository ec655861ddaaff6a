#include "Platform.h"

#include <QFile>
#include <QFileInfo>

#include <sys/resource.h>
#include <sys/stat.h>
#if defined(__linux__)
#include <sys/prctl.h>
#endif

namespace kopii::platform {

void restrictNewFilesToOwner()
{
    ::umask(077);
}

void disableCoreDumps()
{
    struct rlimit limit{0, 0};
    ::setrlimit(RLIMIT_CORE, &limit);
#if defined(__linux__)
    ::prctl(PR_SET_DUMPABLE, 0);
#endif
}

bool makePrivate(const QString &path, bool isDirectory)
{
    const QByteArray native = QFile::encodeName(path);
    return ::chmod(native.constData(), isDirectory ? 0700 : 0600) == 0;
}

bool isPrivate(const QString &path)
{
    struct stat st{};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    return (st.st_mode & 077) == 0;
}

} // namespace kopii::platform
