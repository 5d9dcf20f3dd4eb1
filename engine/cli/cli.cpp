#include <Poco/Util/HelpFormatter.h>
#include <Poco/Util/Option.h>
#include <Poco/Util/OptionException.h>
#include <Poco/Util/OptionProcessor.h>

#include <sstream>

#include "engine/cli/command.hpp"

namespace oversight {

std::string Arguments::value(const std::string& name, const std::string& fallback) const {
    const auto it = options.find(name);
    return it == options.end() || it->second.empty() ? fallback : it->second.back();
}

std::vector<std::string> Arguments::values(const std::string& name) const {
    const auto it = options.find(name);
    return it == options.end() ? std::vector<std::string>{} : it->second;
}

namespace {

using Poco::Util::Option;
using Poco::Util::OptionSet;

constexpr const char* version_text = "oversight 0.1.0";

void add_common_options(OptionSet& options) {
    options.addOption(Option("help", "h", "Show this help and exit."));
    options.addOption(Option("quiet", "q", "No progress bar or summary lines; errors are still printed."));
    options.addOption(Option("config", "", "Properties file of configuration keys (see `oversight config`).")
                          .argument("FILE"));
    options.addOption(Option("set", "", "Override one configuration key; repeatable.")
                          .argument("KEY=VALUE")
                          .repeatable(true));
}

void print_command_help(const Command& command, std::ostream& out) {
    OptionSet options;
    command.define_options(options);
    add_common_options(options);
    Poco::Util::HelpFormatter help(options);
    help.setUnixStyle(true);
    help.setCommand("oversight " + command.name());
    help.setUsage(command.usage());
    help.setHeader(command.description());
    help.setFooter("Exit status: 0 success, 1 failure (bad data, or a step failed), 2 usage error.");
    help.setWidth(100);
    help.format(out);
}

void print_main_help(std::ostream& out) {
    out << "usage: oversight COMMAND [OPTIONS] [ARGS]\n\n"
           "Financial oversight and market-risk engine for the market in which English councils\n"
           "buy homes for children in care.\n\nCommands:\n";
    for (const auto& command : all_commands()) {
        std::string name = command->name();
        name.resize(12, ' ');
        out << "  " << name << command->summary() << '\n';
    }
    out << "\nRun `oversight COMMAND --help` for the options of a command.\n"
           "Global: --help, --version. Exit status: 0 success, 1 failure, 2 usage error.\n";
}

Arguments parse(const Command& command, int argc, const char* const* argv) {
    OptionSet options;
    command.define_options(options);
    add_common_options(options);
    Poco::Util::OptionProcessor processor(options);
    processor.setUnixStyle(true);
    Arguments arguments;
    for (int i = 2; i < argc; ++i) {
        const std::string argument = argv[i];
        std::string name, value;
        if (processor.process(argument, name, value)) {
            if (!name.empty()) arguments.options[name].push_back(value);
        } else if (argument.size() > 1 && argument[0] == '-') {
            throw UsageError("unknown option '" + argument + "'");
        } else {
            arguments.positional.push_back(argument);
        }
    }
    if (arguments.has("help")) return arguments;
    processor.checkRequired();
    const auto [least, most] = command.positional_count();
    if (arguments.positional.size() < least) throw UsageError("missing argument: usage: oversight " + command.name() + " " + command.usage());
    if (arguments.positional.size() > most)
        throw UsageError("unexpected argument '" + arguments.positional[most] + "'");
    return arguments;
}

}  // namespace

int run_cli(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
    if (argc < 2) {
        print_main_help(err);
        return exit_usage;
    }
    const std::string first = argv[1];
    if (first == "--help" || first == "-h" || first == "help") {
        print_main_help(out);
        return exit_ok;
    }
    if (first == "--version") {
        out << version_text << '\n';
        return exit_ok;
    }
    const auto commands = all_commands();
    const Command* command = nullptr;
    for (const auto& candidate : commands)
        if (candidate->name() == first) command = candidate.get();
    if (!command) {
        err << "oversight: unknown command '" << first << "'\n\n";
        print_main_help(err);
        return exit_usage;
    }

    Arguments arguments;
    try {
        arguments = parse(*command, argc, argv);
    } catch (const Poco::Util::OptionException& e) {
        err << "oversight " << command->name() << ": " << e.displayText() << "\nusage: oversight " << command->name()
            << ' ' << command->usage() << "\nRun `oversight " << command->name() << " --help` for details.\n";
        return exit_usage;
    } catch (const UsageError& e) {
        err << "oversight " << command->name() << ": " << e.what() << "\nusage: oversight " << command->name() << ' '
            << command->usage() << "\nRun `oversight " << command->name() << " --help` for details.\n";
        return exit_usage;
    }
    if (arguments.has("help")) {
        print_command_help(*command, out);
        return exit_ok;
    }

    try {
        CommandContext context{out, err, arguments.has("quiet"),
                               load_assumptions(arguments.value("config"), arguments.values("set"))};
        return command->run(arguments, context);
    } catch (const UsageError& e) {
        err << "oversight " << command->name() << ": " << e.what() << "\nusage: oversight " << command->name() << ' '
            << command->usage() << '\n';
        return exit_usage;
    } catch (const std::exception& e) {
        err << "oversight " << command->name() << ": error: " << e.what() << '\n';
        return exit_failure;
    }
}

}  // namespace oversight
