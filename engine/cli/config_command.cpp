// `oversight config`: every configuration key with its value after --config/--set.
#include "engine/cli/command.hpp"
#include "engine/cli/report_commands.hpp"
#include "engine/cli/risk_command.hpp"
#include "engine/cli/curve_command.hpp"
#include "engine/cli/exit_command.hpp"
#include "engine/cli/ixbrl_command.hpp"
#include "engine/cli/prices_command.hpp"
#include "engine/cli/stress_command.hpp"
#include "engine/cli/data_commands.hpp"
#include "engine/cli/options.hpp"

namespace oversight {
namespace {

class ConfigCommand final : public Command {
public:
    std::string name() const override { return "config"; }
    std::string summary() const override { return "List every configuration key, its value and meaning."; }
    std::string usage() const override { return "[--format table|csv|json] [--config FILE] [--set KEY=VALUE]"; }
    void define_options(Poco::Util::OptionSet& options) const override {
        add_format_option(options);
    }
    int run(const Arguments& arguments, CommandContext& context) const override {
        const TableFormat format = table_format(arguments);
        Table table("configuration", "Configuration keys (defaults unless --config or --set changed them)",
                    {{"key", "Key", ColumnKind::Text, 0},
                     {"value", "Value", ColumnKind::Text, 0},
                     {"unit", "Unit", ColumnKind::Text, 0},
                     {"description", "Meaning", ColumnKind::Text, 0}});
        for (const auto& entry : assumption_catalogue())
            table.add_row({Cell::text(entry.key), Cell::text(entry.get(context.assumptions)), Cell::text(entry.unit),
                           Cell::text(entry.description)});
        render_table(table, format, context.out);
        return exit_ok;
    }
};

}  // namespace

std::vector<std::unique_ptr<Command>> all_commands() {
    std::vector<std::unique_ptr<Command>> commands = report_commands();
    commands.push_back(risk_command());
    commands.push_back(curve_command());
    commands.push_back(stress_command());
    commands.push_back(prices_command());
    commands.push_back(exit_command());
    commands.push_back(ixbrl_command());
    for (auto& command : data_commands()) commands.push_back(std::move(command));
    commands.push_back(std::make_unique<ConfigCommand>());
    return commands;
}

}  // namespace oversight
