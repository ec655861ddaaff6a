# SPDX-License-Identifier: GPL-3.0-or-later
# Kopii's own translations: one .ts per language for all sources (core, cli, ui), compiled into
# the core library's resources under :/i18n so that the GUI and the CLI both find them.
# `cmake --build <dir> --target update_translations` refreshes the .ts files from the sources.
file(GLOB_RECURSE KOPII_TRANSLATABLE_SOURCES CONFIGURE_DEPENDS
    "${PROJECT_SOURCE_DIR}/app/*.cpp" "${PROJECT_SOURCE_DIR}/app/*.h"
    "${PROJECT_SOURCE_DIR}/ui/*.cpp" "${PROJECT_SOURCE_DIR}/ui/*.h")
qt_add_translations(kopii_core
    TS_FILES
        "${PROJECT_SOURCE_DIR}/translations/kopii_uk.ts"
        "${PROJECT_SOURCE_DIR}/translations/kopii_en.ts"
    SOURCES ${KOPII_TRANSLATABLE_SOURCES}
    RESOURCE_PREFIX "/i18n"
    # Kopii includes its headers by layer ("core/SqlSession.h", "ui/MainWindow.h"): lupdate is told where.
    INCLUDE_DIRECTORIES "${PROJECT_SOURCE_DIR}" "${PROJECT_SOURCE_DIR}/app"
    LUPDATE_OPTIONS -no-obsolete -locations none)
