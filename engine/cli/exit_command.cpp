// `oversight exit`: where the children of failing providers can go (one scenario), and how
// many children a year of correlated failures displaces (the simulation).
#include "engine/cli/exit_command.hpp"

#include <Poco/Util/Option.h>

#include <limits>
#include <stdexcept>

#include "engine/cli/options.hpp"
#include "engine/cli/pipeline.hpp"
#include "engine/config/stress_scenarios.hpp"
#include "engine/progress.hpp"
#include "models/debt/market_stress.hpp"
#include "models/exit/exit_scenario.hpp"
#include "models/exit/exit_selection.hpp"
#include "models/exit/exit_simulation.hpp"
#include "models/watchlist/watchlist.hpp"
#include "reports/builders/exit_tables.hpp"
#include "reports/tables/table_renderers.hpp"

namespace oversight {
namespace {

using Poco::Util::Option;
using Poco::Util::OptionSet;

/// Every value of a repeatable option, commas splitting values too ("--group A,B").
std::vector<std::string> listed(const Arguments& arguments, const std::string& name) {
    std::vector<std::string> items;
    for (const std::string& value : arguments.values(name)) {
        std::size_t start = 0;
        while (start <= value.size()) {
            const std::size_t comma = std::min(value.find(',', start), value.size());
            if (comma > start) items.push_back(value.substr(start, comma - start));
            start = comma + 1;
        }
    }
    return items;
}

std::string label_of(const std::string& name, const std::string& id) { return name + " (" + id + ")"; }

const Entity& entity_named(const Market& market, const std::string& option, const std::string& id) {
    const Entity* entity = market.find_entity(id);
    if (!entity) throw std::runtime_error("--" + option + ": no entity '" + id + "' in the store");
    return *entity;
}

/// What exits in a scenario and the settings that close.
struct ExitSet {
    ExitScenarioLabel label;
    std::vector<char> closed;
};

ExitSet groups_given(const Arguments& arguments, const Market& market, const ExitMarket& exit) {
    ExitSet set{{"groups given", {}}, {}};
    std::vector<std::size_t> groups;
    for (const std::string& id : listed(arguments, "group")) {
        const Entity& entity = entity_named(market, "group", id);
        if (market.group_of(id) != id)
            throw std::runtime_error("--group: '" + id + "' is not a top parent; its group is " + market.group_of(id) +
                                     " (use --entity for one entity)");
        groups.push_back(exit.group_index(id));
        set.label.exiting.push_back(label_of(entity.name, id));
    }
    set.closed = settings_of_groups(exit, groups);
    return set;
}

ExitSet entities_given(const Arguments& arguments, const Market& market, const ExitMarket& exit) {
    ExitSet set{{"entities given", {}}, std::vector<char>(exit.settings().size(), 0)};
    for (const std::string& id : listed(arguments, "entity")) {
        const Entity& entity = entity_named(market, "entity", id);
        for (const std::size_t s : market.settings_of(id)) set.closed[s] = 1;
        set.label.exiting.push_back(label_of(entity.name, id));
    }
    return set;
}

/// Groups a rule selects. A breach rule stresses only the scenario it names (from the
/// library and --scenarios); groups_selected refuses a name that is in neither.
ExitSet groups_by_rule(const ExitRule& rule, const Arguments& arguments, const Market& market, const ExitMarket& exit,
                       const Watchlist& watchlist, const Assumptions& assumptions) {
    std::vector<StressScenario> scenarios;
    std::vector<StressResult> stressed;
    if (rule.kind == ExitRule::Kind::Breach) {
        try {
            for (StressScenario& scenario : stress_scenario_library(arguments.value("scenarios", "")))
                if (scenario.id == rule.scenario) scenarios.push_back(std::move(scenario));
        } catch (const std::invalid_argument& error) {
            throw std::runtime_error(error.what());
        }
        if (!scenarios.empty()) {
            StressRequest request;
            request.as_of = exit.as_of();
            for (const StressedProvider& provider : stress_market(market, assumptions, scenarios, request).providers)
                stressed.insert(stressed.end(), provider.scenarios.begin(), provider.scenarios.end());
        }
    }
    ExitSet set{{"rule " + rule.text, {}}, {}};
    std::vector<std::size_t> groups;
    try {
        groups = groups_selected(exit, rule, watchlist, scenarios, stressed);
    } catch (const std::invalid_argument& error) {
        throw UsageError(std::string("--rule: ") + error.what());
    }
    for (const std::size_t g : groups) set.label.exiting.push_back(label_of(exit.groups()[g].name, exit.groups()[g].group_id));
    set.closed = settings_of_groups(exit, groups);
    return set;
}

class ExitCommand final : public Command {
public:
    std::string name() const override { return "exit"; }
    std::string summary() const override {
        return "Provider exit: where displaced children can go, at what cost; simulated correlated failures.";
    }
    std::string usage() const override {
        return "[--group ID... | --entity ID... | --rule EXPR] [--simulate] [--paths N] [--seed S] [--threads N] "
               "[--date DATE] [--scenarios FILE] [--format table|csv|json] [--db FILE]";
    }
    std::string description() const override {
        return "With --group, --entity or --rule: one exit scenario. Every setting of the groups (or of the entities) "
               "given closes on the date; the children placed there are re-placed, as many as can be and then as "
               "cheaply as can be, by an exact minimum-cost flow over every compatible setting with free places within "
               "exit.max_distance_km. Results for England, each region and each council with children displaced (the "
               "councils to warn). Rules: stage>=N (oversight stage), pd>=X (one-year default probability, %), "
               "breach:SCENARIO (covenant breach or cash running out under that debt stress scenario). "
               "Without a selection, or with --simulate: a year of correlated failures (one-factor Gaussian, each "
               "group's one-year PD from `oversight risk`, correlation exit.correlation), every path re-placed, "
               "with the distribution of children displaced and unplaced and of the extra cost. Methods: README "
               "'Provider exit'; assumptions: docs/configuration.md.";
    }
    void define_options(OptionSet& options) const override {
        options.addOption(Option("group", "g", "A group (top parent id) that exits; repeatable, or comma-separated.")
                              .argument("ID")
                              .repeatable(true));
        options.addOption(Option("entity", "e", "An entity that exits (its own settings); repeatable.")
                              .argument("ID")
                              .repeatable(true));
        options.addOption(Option("rule", "r", "Groups that exit: stage>=N, pd>=X or breach:SCENARIO.").argument("EXPR"));
        options.addOption(Option("simulate", "", "The market-wide simulation (also with a scenario)."));
        options.addOption(Option("paths", "", "Simulated paths (default exit.paths, 10000).").argument("N"));
        options.addOption(Option("seed", "", "Seed of the simulation (default exit.seed, 1).").argument("S"));
        options.addOption(Option("threads", "", "Worker threads (default: every core).").argument("N"));
        options.addOption(Option("date", "d", "Date of the exit (default: latest date in the data).").argument("DATE"));
        options.addOption(
            Option("scenarios", "", "XML file of more stress scenarios for breach: rules.").argument("FILE"));
        add_format_option(options);
        add_db_option(options);
    }

    int run(const Arguments& arguments, CommandContext& context) const override {
        const TableFormat format = table_format(arguments);
        const std::optional<Date> date_given = date_option(arguments, "date");
        const int selections = static_cast<int>(arguments.has("group")) + static_cast<int>(arguments.has("entity")) +
                               static_cast<int>(arguments.has("rule"));
        if (selections > 1) throw UsageError("--group, --entity and --rule exclude one another");
        if (arguments.has("scenarios") && !arguments.value("rule").starts_with("breach:"))
            throw UsageError("--scenarios is for --rule breach:SCENARIO");
        std::optional<ExitRule> rule;
        if (arguments.has("rule")) {
            try {
                rule = parse_exit_rule(arguments.value("rule"));
            } catch (const std::invalid_argument& error) {
                throw UsageError(std::string("--rule: ") + error.what());
            }
        }
        Assumptions assumptions = context.assumptions;
        if (const auto paths = whole_option(arguments, "paths", 1, 10'000'000)) assumptions.exit.paths = static_cast<int>(*paths);
        if (const auto seed = whole_option(arguments, "seed", 0, std::numeric_limits<int>::max()))
            assumptions.exit.seed = static_cast<int>(*seed);
        const auto threads = whole_option(arguments, "threads", 1, 1024);
        const bool simulate = selections == 0 || arguments.has("simulate") || arguments.has("paths");

        const StoredMarket stored = load_stored_market(arguments.value("db", default_store_location));
        const Market& market = stored.market;
        const Date as_of = date_given.value_or(market.latest_date());
        const ExitMarket exit(market, assumptions.exit, as_of);

        std::optional<Watchlist> watchlist;
        if (simulate || (rule && rule->kind != ExitRule::Kind::Breach))
            watchlist = compute_watchlist(market, assumptions, as_of);

        std::vector<Table> tables;
        if (selections > 0) {
            const Watchlist none;
            const ExitSet set = arguments.has("group")    ? groups_given(arguments, market, exit)
                                : arguments.has("entity") ? entities_given(arguments, market, exit)
                                                          : groups_by_rule(*rule, arguments, market, exit,
                                                                           watchlist ? *watchlist : none, assumptions);
            tables = exit_scenario_tables(exit, set.label, replace_displaced(exit, set.closed), assumptions);
        }
        if (simulate) {
            const std::vector<GroupPd> pds = group_default_probabilities(exit, *watchlist, assumptions.exit);
            std::vector<double> probabilities;
            for (const GroupPd& pd : pds) probabilities.push_back(pd.probability);
            ExitSimulationOptions options;
            options.paths = assumptions.exit.paths;
            options.correlation = assumptions.exit.correlation;
            options.seed = static_cast<std::uint64_t>(assumptions.exit.seed);
            options.threads = threads ? static_cast<unsigned>(*threads) : 0;
            const ExitSimulation simulation =
                simulate_exits(exit, probabilities, options, default_progress(context.quiet));
            for (Table& table : exit_simulation_tables(exit, simulation, pds, assumptions))
                if (table.id() != "exit_assumptions" || selections == 0) tables.push_back(std::move(table));
        }
        render_tables(tables, format, context.out);
        return exit_ok;
    }
};

}  // namespace

std::unique_ptr<Command> exit_command() { return std::make_unique<ExitCommand>(); }

}  // namespace oversight
