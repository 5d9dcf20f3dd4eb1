#include "engine/cli/exit_run.hpp"

#include <stdexcept>

#include "engine/cli/command.hpp"
#include "engine/config/stress_scenarios.hpp"
#include "models/debt/market_stress.hpp"

namespace oversight {
namespace {

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

ExitSet groups_given(const std::vector<std::string>& ids, const Market& market, const ExitMarket& exit) {
    ExitSet set{{"groups given", {}}, {}};
    std::vector<std::size_t> groups;
    for (const std::string& id : ids) {
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

ExitSet entities_given(const std::vector<std::string>& ids, const Market& market, const ExitMarket& exit) {
    ExitSet set{{"entities given", {}}, std::vector<char>(exit.settings().size(), 0)};
    for (const std::string& id : ids) {
        const Entity& entity = entity_named(market, "entity", id);
        for (const std::size_t s : market.settings_of(id)) set.closed[s] = 1;
        set.label.exiting.push_back(label_of(entity.name, id));
    }
    return set;
}

/// Groups a rule selects. A breach rule stresses only the scenario it names (from the
/// library and the scenarios file); groups_selected refuses a name that is in neither.
ExitSet groups_by_rule(const ExitSelection& selection, const Market& market, const ExitMarket& exit,
                       const Watchlist& watchlist, const Assumptions& assumptions) {
    const ExitRule& rule = *selection.rule;
    std::vector<StressScenario> scenarios;
    std::vector<StressResult> stressed;
    if (rule.kind == ExitRule::Kind::Breach) {
        try {
            for (StressScenario& scenario : stress_scenario_library(selection.scenarios_file))
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

}  // namespace

ExitRun run_exit(std::shared_ptr<const Market> market, const Assumptions& assumptions, const ExitRunRequest& request,
                 Progress& progress) {
    ExitRun run;
    run.market = std::move(market);
    run.exit = std::make_unique<const ExitMarket>(*run.market, assumptions.exit, request.as_of);
    const std::optional<ExitSelection>& selection = request.selection;
    const bool rule_reads_watchlist =
        selection && selection->rule && selection->rule->kind != ExitRule::Kind::Breach;
    if (request.simulate || request.watchlist || rule_reads_watchlist)
        run.watchlist = compute_watchlist(*run.market, assumptions, request.as_of, request.adjust);

    if (selection) {
        const Watchlist none;
        const ExitSet set =
            selection->kind == ExitSelection::Kind::Groups     ? groups_given(selection->ids, *run.market, *run.exit)
            : selection->kind == ExitSelection::Kind::Entities ? entities_given(selection->ids, *run.market, *run.exit)
                                                               : groups_by_rule(*selection, *run.market, *run.exit,
                                                                                run.watchlist ? *run.watchlist : none,
                                                                                assumptions);
        run.label = set.label;
        run.outcome = replace_displaced(*run.exit, set.closed);
    }
    if (request.simulate) {
        run.pds = group_default_probabilities(*run.exit, *run.watchlist, assumptions.exit);
        ExitSimulationOptions options;
        options.paths = assumptions.exit.paths;
        options.correlation = assumptions.exit.correlation;
        options.seed = static_cast<std::uint64_t>(assumptions.exit.seed);
        options.threads = request.threads;
        run.simulation = simulate_exits(*run.exit, probabilities_of(run.pds), options, progress);
    }
    return run;
}

std::vector<ExitLeverRun> LeverRuns::compared_with(const ExitRun& baseline) const {
    std::vector<ExitLeverRun> compared;
    auto add = [&](const std::string& name, const LeverEffect& effect, const ExitRun& run) {
        compared.push_back({name, effect, run.exit.get(), run.watchlist ? &*run.watchlist : nullptr,
                            run.outcome ? &*run.outcome : nullptr, run.simulation ? &*run.simulation : nullptr});
    };
    add("baseline", LeverEffect{}, baseline);
    for (std::size_t i = 0; i < levers.size(); ++i) add(levers[i].text, effects[i], runs[i]);
    return compared;
}

LeverRuns run_levers(const Market& market, const Assumptions& assumptions, const ExitRunRequest& baseline_request,
                     const std::vector<PolicyLever>& levers, Progress& progress) {
    LeverRuns result;
    result.levers = levers;
    for (const PolicyLever& lever : levers) {
        if (lever.region && !market.find_region(*lever.region))
            throw UsageError("--lever: lever '" + lever.text + "': no region '" + *lever.region + "' in the store");
        LeveredMarket levered = apply_policy_lever(market, lever, assumptions, baseline_request.as_of);
        result.effects.push_back(levered.effect);
        ExitRunRequest request = baseline_request;
        request.adjust = std::move(levered.adjust);
        result.runs.push_back(
            run_exit(std::make_shared<const Market>(std::move(levered.data)), assumptions, request, progress));
    }
    return result;
}

}  // namespace oversight
