/// \file command.hpp
/// \brief One `oversight` sub-command: its options (declared once, for parsing and for
/// --help), and what it does with them.
#pragma once

#include <map>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include <Poco/Util/OptionSet.h>

#include "engine/config/assumptions.hpp"

namespace oversight {

/// Exit codes of every command.
enum ExitCode : int { exit_ok = 0, exit_failure = 1, exit_usage = 2 };

/// The parsed command line of one command.
struct Arguments {
    std::vector<std::string> positional;
    std::map<std::string, std::vector<std::string>> options;  ///< full option name -> values given

    bool has(const std::string& name) const { return options.contains(name); }
    /// The last value given for `name`, or `fallback`.
    std::string value(const std::string& name, const std::string& fallback = {}) const;
    std::vector<std::string> values(const std::string& name) const;
};

/// Where a command writes, and the settings every command shares.
struct CommandContext {
    std::ostream& out;  ///< results
    std::ostream& err;  ///< diagnostics, progress messages, errors
    bool quiet = false;
    Assumptions assumptions;
};

/// A usage error: printed with the command's usage line; exit code 2.
struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

class Command {
public:
    virtual ~Command() = default;
    virtual std::string name() const = 0;
    virtual std::string summary() const = 0;           ///< one line, for `oversight --help`
    virtual std::string usage() const = 0;             ///< e.g. "DIR [--db FILE]"
    virtual std::string description() const { return summary(); }  ///< paragraph for COMMAND --help
    virtual void define_options(Poco::Util::OptionSet& options) const = 0;
    /// Number of positional arguments accepted: [min, max].
    virtual std::pair<std::size_t, std::size_t> positional_count() const { return {0, 0}; }
    virtual int run(const Arguments& arguments, CommandContext& context) const = 0;
};

/// Every command, in the order `oversight --help` lists them.
std::vector<std::unique_ptr<Command>> all_commands();

/// The whole command line: parses argv, runs the command, maps errors to exit codes.
int run_cli(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

}  // namespace oversight
