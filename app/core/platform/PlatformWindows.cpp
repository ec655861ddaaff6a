#include "Platform.h"


// Windows: files under the user's profile (AppData) are private by the profile's ACL.
// TODO(windows issue): set an explicit owner-only DACL on the workspace folder.
namespace kopii::platform {

void restrictNewFilesToOwner() {}

void disableCoreDumps() {}

bool makePrivate(const QString &, bool)
{
    return true;
}

bool isPrivate(const QString &)
{
    return true;
}

} // namespace kopii::platform
