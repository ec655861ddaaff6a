// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"

#include "cli/Commands.h"
#include "core/Language.h"

namespace kopii::cli {

int Cli::run(const QStringList &arguments)
{
    QStringList args = arguments.mid(1);
    QString lang = QStringLiteral("system");
    // Global options come before the command.
    while (!args.isEmpty() && args.first().startsWith(QLatin1Char('-'))) {
        const QString arg = args.takeFirst();
        auto value = [&](const QString &name) -> std::optional<QString> {
            if (arg.startsWith(name + QLatin1Char('=')))
                return arg.mid(name.size() + 1);
            if (args.isEmpty())
                return std::nullopt;
            return args.takeFirst();
        };
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            Language::install(lang);
            return m_context.printHelp();
        } else if (arg == QLatin1String("-v") || arg == QLatin1String("--version")) {
            m_context.m_out << QStringLiteral("kopii-cli %1").arg(QStringLiteral(KOPII_VERSION)) << Qt::endl;
            return Success;
        } else if (arg == QLatin1String("--workspace") || arg.startsWith(QLatin1String("--workspace="))) {
            const auto v = value(QStringLiteral("--workspace"));
            if (!v || v->isEmpty())
                return m_context.usage(tr("--workspace needs a folder"));
            m_context.m_workspaceOption = *v;
        } else if (arg == QLatin1String("--lang") || arg.startsWith(QLatin1String("--lang="))) {
            const auto v = value(QStringLiteral("--lang"));
            if (!v || !Language::choices().contains(*v))
                return m_context.usage(tr("--lang takes uk, en or system"));
            lang = *v;
        } else if (const int taken = m_context.takeGlobalCredential(arg, args); taken != 0) {
            if (taken < 0) {
                Language::install(lang);
                return m_context.usage(tr("%1 needs a value").arg(arg));
            }
        } else {
            Language::install(lang);
            return m_context.usage(tr("unknown option %1").arg(arg));
        }
    }
    Language::install(lang);

    if (args.isEmpty())
        return m_context.usage(tr("no command given"));
    const QString command = args.takeFirst();
    if (command == QLatin1String("help"))
        return m_context.printHelp(args.value(0));
    const CommandEntry *entry = findCommand(command);
    if (!entry)
        return m_context.usage(tr("unknown command \"%1\"").arg(command));
    QString sub;
    if (entry->subcommands) {
        if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h"))
            return args.isEmpty() ? m_context.usage(tr("\"%1\" needs a subcommand").arg(command)) : m_context.printHelp(command);
        sub = args.takeFirst();
    }
    return entry->make(m_context)->run(sub, args);
}

} // namespace kopii::cli
