// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Language.h"

#include "core/Log.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace kopii {

namespace {
QString g_current = QStringLiteral("uk");
std::unique_ptr<QTranslator> g_kopii;
std::unique_ptr<QTranslator> g_qt;
} // namespace

QStringList Language::choices()
{
    return {QStringLiteral("system"), QStringLiteral("uk"), QStringLiteral("en")};
}

QString Language::resolve(const QString &choice)
{
    if (choice == QLatin1String("uk") || choice == QLatin1String("en"))
        return choice;
    const QString env = qEnvironmentVariable("KOPII_LANG");
    if (env == QLatin1String("uk") || env == QLatin1String("en"))
        return env;
    const QLocale system = QLocale::system();
    if (system.language() == QLocale::English || system.language() == QLocale::C)
        return QStringLiteral("en");
    return QStringLiteral("uk");
}

QString Language::install(const QString &choice)
{
    const QString lang = resolve(choice);
    auto *app = QCoreApplication::instance();
    if (app) {
        if (g_kopii)
            QCoreApplication::removeTranslator(g_kopii.get());
        if (g_qt)
            QCoreApplication::removeTranslator(g_qt.get());
    }
    g_kopii = std::make_unique<QTranslator>();
    g_qt = std::make_unique<QTranslator>();
    if (!g_kopii->load(QStringLiteral(":/i18n/kopii_%1.qm").arg(lang)))
        qCWarning(lcCore) << "Kopii translation not found for" << lang;
    // Qt's own strings (standard buttons, context menus); a missing file only means English there.
    if (lang != QLatin1String("en")
        && !g_qt->load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qCInfo(lcCore) << "Qt's own translation not found for" << lang;
    g_current = lang;
    QLocale::setDefault(QLocale(lang == QLatin1String("en") ? QLocale::English : QLocale::Ukrainian,
                                lang == QLatin1String("en") ? QLocale::UnitedKingdom : QLocale::Ukraine));
    if (app) {
        QCoreApplication::installTranslator(g_qt.get());
        QCoreApplication::installTranslator(g_kopii.get());
    }
    return lang;
}

QString Language::current()
{
    return g_current;
}

QString Language::ukrainian(const char *context, const char *source)
{
    // Loaded once; QTranslator::translate is const and safe to call from any thread.
    static const std::unique_ptr<QTranslator> uk = [] {
        auto t = std::make_unique<QTranslator>();
        if (!t->load(QStringLiteral(":/i18n/kopii_uk.qm")))
            qCWarning(lcCore) << "Ukrainian translation not found for documents";
        return t;
    }();
    const QString text = uk->translate(context, source);
    return text.isEmpty() ? QString::fromUtf8(source) : text;
}

} // namespace kopii
