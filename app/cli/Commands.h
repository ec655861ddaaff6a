// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Command.h"

#include <functional>
#include <memory>

namespace kopii::cli {

// One row of kopii-cli's command table: the help is generated from it (`--help` lists every
// command's summary lines in this order; `help NAME` shows its usage), and the dispatcher makes
// the command from it.
struct CommandEntry
{
    QString name;
    bool subcommands = false;         // `kopii-cli NAME SUB …` (org show, branch add…)
    std::function<QString()> summary; // its lines in the command list, translated
    std::function<QString()> usage;   // `kopii-cli help NAME`; empty: "Usage:" and the summary
    std::unique_ptr<Command> (*make)(Context &context) = nullptr;
};

const QList<CommandEntry> &commandTable();
const CommandEntry *findCommand(const QString &name);
// A command's usage, or (for an empty or unknown name) the whole program's help.
int printCommandHelp(Context &context, const QString &command);

} // namespace kopii::cli
