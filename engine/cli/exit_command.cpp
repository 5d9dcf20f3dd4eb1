// `oversight exit`: where the children of failing providers can go (one scenario), and how
// many children a year of correlated failures displaces (the simulation).
#include "engine/cli/exit_command.hpp"

#include <Poco/Util/Option.h>

#include <limits>
#include <stdexcept>

#include "engine/cli/exit_run.hpp"
#include "engine/cli/options.hpp"
#include "engine/cli/pipeline.hpp"
#include "engine/progress.hpp"
#include "models/exit/policy_levers.hpp"
#include "reports/builders/exit_lever_tables.hpp"
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

class ExitCommand final : public Command {
public:
    std::string name() const override { return "exit"; }
    std::string summary() const override {
        return "Provider exit: where displaced children can go, at what cost; simulated correlated failures.";
    }
    std::string usage() const override {
        return "[--group ID... | --entity ID... | --rule EXPR] [--simulate] [--paths N] [--seed S] [--threads N] "
               "[--lever NAME=VALUE...] [--date DATE] [--scenarios FILE] [--format table|csv|json] [--db FILE]";
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
               "with the distribution of children displaced and unplaced and of the extra cost. With --lever: every "
               "lever is applied alone and the scenario and simulation run again on the same random numbers, "
               "compared side by side with the baseline (profit cap, windfall tax, need-band tariff, interest-rate "
               "path, added public capacity). Methods: README 'Provider exit' and 'Policy levers'; assumptions: "
               "docs/configuration.md.";
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
        options.addOption(Option("lever", "l",
                                 "A policy lever compared with the baseline; repeatable: profit_cap=PCT, windfall_tax=PCT, "
                                 "tariff=[TYPE:]B1/B2/B3/B4, rate=BP[/BP/BP], capacity=[REGION:]PLACES.")
                              .argument("NAME=VALUE")
                              .repeatable(true));
        add_format_option(options);
        add_db_option(options);
    }

    int run(const Arguments& arguments, CommandContext& context) const override {
        const TableFormat format = table_format(arguments);
        const std::optional<Date> date_given = date_option(arguments, "date");
        const std::optional<ExitSelection> selection = selection_given(arguments);
        std::vector<PolicyLever> levers;
        for (const std::string& text : arguments.values("lever")) {
            try {
                levers.push_back(parse_policy_lever(text));
            } catch (const std::invalid_argument& error) {
                throw UsageError(std::string("--lever: ") + error.what());
            }
        }
        Assumptions assumptions = context.assumptions;
        if (const auto paths = whole_option(arguments, "paths", 1, 10'000'000)) assumptions.exit.paths = static_cast<int>(*paths);
        if (const auto seed = whole_option(arguments, "seed", 0, std::numeric_limits<int>::max()))
            assumptions.exit.seed = static_cast<int>(*seed);
        const auto threads = whole_option(arguments, "threads", 1, 1024);

        const StoredMarket stored = load_stored_market(arguments.value("db", default_store_location));
        ExitRunRequest request;
        request.as_of = date_given.value_or(stored.market.latest_date());
        request.selection = selection;
        request.simulate = !selection || arguments.has("simulate") || arguments.has("paths");
        request.watchlist = !levers.empty();
        request.threads = threads ? static_cast<unsigned>(*threads) : 0;
        Progress& progress = default_progress(context.quiet);

        // The baseline reads the stored market in place (the deleter does nothing).
        const std::shared_ptr<const Market> stored_market(&stored.market, [](const Market*) {});
        const ExitRun baseline = run_exit(stored_market, assumptions, request, progress);
        std::vector<Table> tables;
        if (baseline.outcome)
            tables = exit_scenario_tables(*baseline.exit, baseline.label, *baseline.outcome, assumptions);
        if (baseline.simulation)
            for (Table& table : exit_simulation_tables(*baseline.exit, *baseline.simulation, baseline.pds, assumptions))
                if (table.id() != "exit_assumptions" || !baseline.outcome) tables.push_back(std::move(table));

        if (!levers.empty()) {
            const LeverRuns lever_runs = run_levers(stored.market, assumptions, request, levers, progress);
            for (Table& table : exit_lever_tables(lever_runs.compared_with(baseline))) tables.push_back(std::move(table));
        }
        render_tables(tables, format, context.out);
        return exit_ok;
    }

private:
    /// The scenario's exit set as given; nullopt when none is (the simulation alone).
    static std::optional<ExitSelection> selection_given(const Arguments& arguments) {
        const int selections = static_cast<int>(arguments.has("group")) + static_cast<int>(arguments.has("entity")) +
                               static_cast<int>(arguments.has("rule"));
        if (selections > 1) throw UsageError("--group, --entity and --rule exclude one another");
        if (arguments.has("scenarios") && !arguments.value("rule").starts_with("breach:"))
            throw UsageError("--scenarios is for --rule breach:SCENARIO");
        if (selections == 0) return std::nullopt;
        ExitSelection selection;
        if (arguments.has("group")) {
            selection.kind = ExitSelection::Kind::Groups;
            selection.ids = listed(arguments, "group");
        } else if (arguments.has("entity")) {
            selection.kind = ExitSelection::Kind::Entities;
            selection.ids = listed(arguments, "entity");
        } else {
            selection.kind = ExitSelection::Kind::Rule;
            try {
                selection.rule = parse_exit_rule(arguments.value("rule"));
            } catch (const std::invalid_argument& error) {
                throw UsageError(std::string("--rule: ") + error.what());
            }
            selection.scenarios_file = arguments.value("scenarios", "");
        }
        return selection;
    }
};

}  // namespace

std::unique_ptr<Command> exit_command() { return std::make_unique<ExitCommand>(); }

}  // namespace oversight
