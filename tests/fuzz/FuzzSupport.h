// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the fuzz targets share: bytes as a QByteArray, and a QCoreApplication (Qt's SQL driver
// needs one). FuzzTrust.h adds a trust store.
#include <QCoreApplication>

#include <cstdint>
#include <memory>

namespace kopii::fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline QCoreApplication &application()
{
    static int argc = 1;
    static char name[] = "kopii-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    return app;
}

} // namespace kopii::fuzz
