// `oversight stress`: every leveraged group under the stress scenarios, or one group's
// quarters and its reverse stress.
#include "engine/cli/stress_command.hpp"

#include <Poco/Util/Option.h>

#include <stdexcept>

#include "engine/cli/options.hpp"
#include "engine/cli/pipeline.hpp"
#include "engine/config/stress_scenarios.hpp"
#include "models/debt/group_stress.hpp"
#include "models/debt/stress_grid.hpp"
#include "reports/builders/stress_tables.hpp"
#include "reports/tables/table_renderers.hpp"

namespace oversight {
namespace {

using Poco::Util::Option;
using Poco::Util::OptionSet;

class StressCommand final : public Command {
public:
    std::string name() const override { return "stress"; }
    std::string summary() const override {
        return "Debt stress of each leveraged group: rates, occupancy, wages, fees; breach quarter, runway.";
    }
    std::string usage() const override {
        return "[--group ID [--grid]] [--scenario NAME|all] [--scenarios FILE] [--format table|csv|json] [--db FILE] "
               "[--as-of DATE]";
    }
    std::string description() const override {
        return "Projects every facility of each group with debt quarter by quarter on the SONIA curve (QuantLib) "
               "under the stress scenarios and reports EBITDA, debt service, leverage, cover, the first covenant "
               "breach, the liquidity runway and the refinancing need. --group ID prints that group's quarters and "
               "its reverse stress (the occupancy fall, fee cut and rate rise that first break a covenant); with "
               "--grid, the rates x occupancy grid of first breach quarters and its breach frontier. "
               "Scenarios: docs/stress-scenarios.md; --scenarios adds those of an XML file.";
    }
    void define_options(OptionSet& options) const override {
        options.addOption(Option("group", "g", "One group's quarters and reverse stress (top parent id).").argument("ID"));
        options.addOption(Option("grid", "", "With --group: the rates x occupancy grid and breach frontier."));
        options.addOption(Option("scenario", "s", "One scenario of the library, or all (default).").argument("NAME"));
        options.addOption(Option("scenarios", "", "XML file of more scenarios (docs/stress-scenarios.md).").argument("FILE"));
        add_as_of_option(options, "Start of the projection (default: latest date in the data).");
        add_format_option(options);
        add_db_option(options);
    }
    int run(const Arguments& arguments, CommandContext& context) const override {
        const TableFormat format = table_format(arguments);
        const std::optional<Date> as_of_given = as_of_option(arguments);
        std::vector<StressScenario> scenarios;
        try {
            scenarios = stress_scenario_library(arguments.value("scenarios", ""));
        } catch (const std::invalid_argument& error) {
            throw std::runtime_error(error.what());
        }
        const std::string wanted = arguments.value("scenario", "all");
        if (wanted != "all") {
            std::vector<StressScenario> one;
            for (const auto& s : scenarios)
                if (s.id == wanted) one.push_back(s);
            if (one.empty()) {
                std::string known;
                for (const auto& s : scenarios) known += (known.empty() ? "" : ", ") + s.id;
                throw UsageError("--scenario: no scenario '" + wanted + "' (known: " + known + ", all)");
            }
            scenarios = one;
        }
        const std::string group = arguments.value("group", "");
        if (arguments.has("grid") && group.empty())
            throw UsageError("--grid needs --group ID (the grid runs one stress per cell for one group)");
        const StoredMarket stored = load_stored_market(arguments.value("db", default_store_location));
        const Date as_of = as_of_given.value_or(stored.market.latest_date());
        const StressRun run = stress_groups(stored.market, context.assumptions, scenarios, as_of, group);
        if (group.empty()) {
            render_table(stress_summary_table(run), format, context.out);
            return exit_ok;
        }
        if (run.groups.empty())
            throw std::runtime_error("'" + group + "' is not a group with facilities and complete accounts");
        const GroupStress& one = run.groups.front();
        if (arguments.has("grid")) {
            const StressGrid grid =
                stress_grid(one.inputs, StressScenario{}, group_projection_curve(stored.market, context.assumptions, as_of),
                            context.assumptions.stress);
            render_table(stress_grid_table(run, one, grid), format, context.out);
            return exit_ok;
        }
        const ReverseStress reverse = reverse_stress(run, one, stored.market, context.assumptions);
        render_tables(group_stress_tables(run, one, reverse), format, context.out);
        return exit_ok;
    }
};

}  // namespace

std::unique_ptr<Command> stress_command() { return std::make_unique<StressCommand>(); }

}  // namespace oversight
