#pragma once

#include "Domain.h"
#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace kopii {

// Writes a submission's copies (each PDF and its P7S, under their own file names, any path in
// the name dropped) into a folder. Shared by the Inbox area and `kopii-cli inbox export`.
class CopyExport
{
    Q_DECLARE_TR_FUNCTIONS(CopyExport)

public:
    // The paths written, in order; stops at the first file that cannot be written. From a demo
    // workspace every name starts with "DEMO-": sample copies never pass for real ones.
    static Result<QStringList> write(const Submission &submission, const QString &folder, bool demo = false);
};

} // namespace kopii
