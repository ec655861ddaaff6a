// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace kopii {

// The UI language: Ukrainian first, English second. Installs Kopii's and Qt's own translations.
class Language
{
public:
    // "system", "uk" or "en".
    static QStringList choices();

    // Resolves a choice to "uk" or "en". "system" follows the system locale (and KOPII_LANG when
    // set): Ukrainian, or any locale other than English and C, gives Ukrainian.
    static QString resolve(const QString &choice);

    // Installs the translators for the choice into the running QCoreApplication, replacing the
    // previous ones; returns the language now in use.
    static QString install(const QString &choice);

    // The language in use ("uk" or "en"); "uk" before install() is called.
    static QString current();

    // `source` (marked with QT_TRANSLATE_NOOP(context, ...)) in Ukrainian whatever the UI
    // language: official documents Kopii produces (the accession application) are in the state
    // language. Falls back to the source text when no translation exists. Thread-safe.
    static QString ukrainian(const char *context, const char *source);
};

} // namespace kopii
