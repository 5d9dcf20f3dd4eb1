// `oversight stress`: every leveraged group (or entity) under the stress scenarios, or one
// provider's quarters, reverse stress and grid.
#include "engine/cli/stress_command.hpp"

#include <Poco/Util/Option.h>

#include <stdexcept>

#include "engine/cli/options.hpp"
#include "engine/cli/pipeline.hpp"
#include "engine/config/stress_scenarios.hpp"
#include "models/debt/market_stress.hpp"
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
        return "Debt stress of each leveraged group or entity: rates, occupancy, wages, fees; breach quarter, runway.";
    }
    std::string usage() const override {
        return "[--group ID | --entity ID | --entities] [--grid] [--scenario NAME|all] [--scenarios FILE] [--quantlib] "
               "[--format table|csv|json] [--db FILE] [--as-of DATE]";
    }
    std::string description() const override {
        return "Projects every facility of each group with debt quarter by quarter on the SONIA curve under the "
               "stress scenarios and reports EBITDA, debt service, leverage, cover, the first covenant breach, the "
               "liquidity runway and the refinancing need. --entities does the same for each entity with its own "
               "facilities and accounts. --group ID (or --entity ID) prints that provider's quarters and its reverse "
               "stress (the occupancy fall, fee cut and rate rise that first break a covenant); with --grid, its "
               "rates x occupancy grid of first breach quarters. --grid alone gives every provider's breach "
               "frontier; the grid sits on the base scenario whatever --scenario says. Facilities are recorded once in "
               "QuantLib and re-priced per scenario on the fast path (models/debt/facility_projector.hpp); --quantlib "
               "re-prices each scenario and the base schedules in QuantLib instead (same figures, slower), while the "
               "grid and reverse stress stay on the fast path. A provider whose facilities cannot be projected is "
               "named on stderr and left out. Scenarios: docs/stress-scenarios.md; --scenarios adds those of an XML "
               "file.";
    }
    void define_options(OptionSet& options) const override {
        options.addOption(Option("group", "g", "One group's quarters and reverse stress (top parent id).").argument("ID"));
        options.addOption(Option("entity", "e", "One entity's quarters and reverse stress (its own facilities).").argument("ID"));
        options.addOption(Option("entities", "", "Stress each entity on its own accounts instead of each group."));
        options.addOption(Option("grid", "", "The rates x occupancy grid: one provider's cells, or every frontier."));
        options.addOption(Option("scenario", "s", "One scenario of the library, or all (default).").argument("NAME"));
        options.addOption(Option("scenarios", "", "XML file of more scenarios (docs/stress-scenarios.md).").argument("FILE"));
        options.addOption(Option("quantlib", "", "Re-price every scenario in QuantLib (the full path) instead of the fast path."));
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
        const int chosen = static_cast<int>(arguments.has("group")) + static_cast<int>(arguments.has("entity")) +
                           static_cast<int>(arguments.has("entities"));
        if (chosen > 1) throw UsageError("--group, --entity and --entities exclude one another");
        StressRequest request;
        request.level = arguments.has("entity") || arguments.has("entities") ? StressLevel::Entity : StressLevel::Group;
        request.only = arguments.has("entity") ? arguments.value("entity", "") : arguments.value("group", "");
        request.path = arguments.has("quantlib") ? ProjectionPath::QuantLib : ProjectionPath::Fast;
        request.grids = arguments.has("grid");
        const StoredMarket stored = load_stored_market(arguments.value("db", default_store_location));
        request.as_of = as_of_given.value_or(stored.market.latest_date());
        const StressRun run = stress_market(stored.market, context.assumptions, scenarios, request);
        for (const std::string& skipped : run.skipped) context.err << "not stressed: " << skipped << '\n';
        if (request.only.empty()) {
            render_table(request.grids ? stress_frontier_table(run) : stress_summary_table(run), format, context.out);
            return exit_ok;
        }
        const StressedProvider& one = requested_provider(run, request);
        if (one.grid) {
            render_table(stress_grid_table(run, one, *one.grid), format, context.out);
            return exit_ok;
        }
        const ProviderDetail detail = provider_detail(one, request.path);
        std::vector<Table> tables = provider_stress_tables(run, one, detail.reverse);
        tables.push_back(facility_schedule_table(one, detail.base_schedules, "base"));
        render_tables(tables, format, context.out);
        return exit_ok;
    }
};

}  // namespace

std::unique_ptr<Command> stress_command() { return std::make_unique<StressCommand>(); }

}  // namespace oversight
