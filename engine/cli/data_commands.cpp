// Commands that read or make data directories: check, ingest, generate.
#include <Poco/Util/Option.h>

#include "engine/cli/command.hpp"
#include "engine/cli/data_commands.hpp"
#include "engine/cli/options.hpp"
#include "engine/cli/pipeline.hpp"
#include "fixtures/generator/market_generator.hpp"

namespace oversight {

using Poco::Util::Option;
using Poco::Util::OptionSet;

namespace {

class CheckCommand final : public Command {
public:
    std::string name() const override { return "check"; }
    std::string summary() const override { return "Validate a data directory; store nothing."; }
    std::string usage() const override { return "DIR [--max-diagnostics N]"; }
    std::string description() const override {
        return "Reads every file of the data contract (docs/data-format.md) in DIR and reports each problem as "
               "file:line:column: error|warning CODE: message. Exit 1 if there is any error.";
    }
    void define_options(OptionSet& options) const override { add_max_diagnostics_option(options); }
    std::pair<std::size_t, std::size_t> positional_count() const override { return {1, 1}; }
    int run(const Arguments& arguments, CommandContext& context) const override {
        const auto result = check_directory(arguments.positional[0], context, max_diagnostics(arguments));
        return result.diagnostics.has_errors() ? exit_failure : exit_ok;
    }
};

class IngestCommand final : public Command {
public:
    std::string name() const override { return "ingest"; }
    std::string summary() const override { return "Validate a data directory and store it (replacing the data set)."; }
    std::string usage() const override { return "DIR [--db FILE] [--max-diagnostics N]"; }
    std::string description() const override {
        return "Checks DIR as `oversight check` does; when there is no error, replaces the store's data set, its "
               "warnings and the ingest record in one transaction. Any error: nothing is written, exit 1.";
    }
    void define_options(OptionSet& options) const override {
        add_db_option(options);
        add_max_diagnostics_option(options);
    }
    std::pair<std::size_t, std::size_t> positional_count() const override { return {1, 1}; }
    int run(const Arguments& arguments, CommandContext& context) const override {
        return ingest_directory(arguments.positional[0], arguments.value("db", default_store_location), context,
                                max_diagnostics(arguments));
    }
};

class GenerateCommand final : public Command {
public:
    std::string name() const override { return "generate"; }
    std::string summary() const override { return "Write a deterministic synthetic market as a data directory."; }
    std::string usage() const override { return "--out DIR [--scale small|england] [--seed N]"; }
    std::string description() const override {
        return "Generates a synthetic market calibrated to published figures (docs/calibration.md). The same "
               "scale and seed always give the same files.";
    }
    void define_options(OptionSet& options) const override {
        options.addOption(Option("out", "o", "Directory to write (created if needed).").argument("DIR").required(true));
        options.addOption(Option("scale", "", "small or england (default england).").argument("SCALE"));
        options.addOption(Option("seed", "", "Random seed, a whole number (default 1).").argument("N"));
    }
    int run(const Arguments& arguments, CommandContext& context) const override {
        GeneratorOptions options = generator_options(arguments);
        const MarketData data = generate_market(options, default_progress(context.quiet));
        write_data_directory(data, arguments.value("out"));
        if (!context.quiet)
            context.err << "wrote " << data.placements.size() << " placements, " << data.settings.size()
                        << " settings, " << data.entities.size() << " entities to " << arguments.value("out") << '\n';
        return exit_ok;
    }
};

}  // namespace

std::vector<std::unique_ptr<Command>> data_commands() {
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<CheckCommand>());
    commands.push_back(std::make_unique<IngestCommand>());
    commands.push_back(std::make_unique<GenerateCommand>());
    return commands;
}

}  // namespace oversight
