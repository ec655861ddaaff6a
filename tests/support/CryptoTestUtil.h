#pragma once

// Paths of the generated test PKI (tests/data/make-test-pki.sh, run by the ctest fixture "pki")
// and of the real Ukrainian fixtures in ../shared/fixtures.
#include <QString>

namespace kopii::test {

inline QString pki(const QString &name)
{
    return QString::fromLocal8Bit(qgetenv("KOPII_TEST_PKI")) + QLatin1Char('/') + name;
}

inline QString fixture(const QString &relative)
{
    return QString::fromLocal8Bit(qgetenv("KOPII_FIXTURES")) + QLatin1Char('/') + relative;
}

inline QString sourcePath(const QString &relative)
{
    return QString::fromLocal8Bit(qgetenv("KOPII_SOURCE_DIR")) + QLatin1Char('/') + relative;
}

constexpr const char *kPkiPassword = "test-pass";

} // namespace kopii::test
