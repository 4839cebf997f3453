#pragma once

// ccadmin's options: the global ones (each also read from the environment) and the command options,
// which the table of commands (CliApp::commands(), commands.cpp) hands out to the commands by name.

#include <span>

namespace ccadmin {

struct OptionSpec
{
    const char *name;
    const char *valueName; // nullptr: a flag
    const char *help;      // QT_TRANSLATE_NOOP("ccadmin", ...)
};

std::span<const OptionSpec> globalOptions();
// In the order --help lists them. A name means one thing for every command that takes it: the
// first parse, which finds the command words, knows them all.
std::span<const OptionSpec> commandOptions();

} // namespace ccadmin
