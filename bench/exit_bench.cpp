// Issue targets (provider exit): one deterministic England-scale scenario in under 1 s;
// 10,000 simulated paths at England scale in under 30 s on 2 cores, with paths per second
// and solve time per path. Policy levers: what one lever costs before its simulation (apply
// it, rebuild the market, the watchlist's PDs), and a simulated path under the profit cap,
// which makes the most failures.
#include <benchmark/benchmark.h>

#include <algorithm>

#include "bench/england_market.hpp"
#include "models/exit/exit_selection.hpp"
#include "models/exit/exit_simulation.hpp"
#include "models/exit/policy_levers.hpp"
#include "models/watchlist/watchlist.hpp"

namespace {

using namespace oversight;

const Date kAsOf = Date::from_ymd(2025, 3, 31);

const ExitMarket& england_exit() {
    static const ExitMarket exit(england_market(), ExitAssumptions{}, kAsOf);
    return exit;
}

/// The `n` groups with most children placed (council-run groups never exit).
std::vector<std::size_t> largest_groups(const ExitMarket& exit, std::size_t n) {
    std::vector<std::size_t> groups;
    for (std::size_t g = 0; g < exit.groups().size(); ++g)
        if (!exit.groups()[g].council_run) groups.push_back(g);
    std::stable_sort(groups.begin(), groups.end(), [&](std::size_t a, std::size_t b) {
        return exit.groups()[a].children_placed > exit.groups()[b].children_placed;
    });
    groups.resize(std::min(n, groups.size()));
    return groups;
}

/// The exit of the `n` largest groups, timed; what it came to as counters.
void exit_of_largest(benchmark::State& state, std::size_t n) {
    const ExitMarket& exit = england_exit();
    const std::vector<char> closed = settings_of_groups(exit, largest_groups(exit, n));
    ExitOutcome outcome;
    for (auto _ : state) outcome = replace_displaced(exit, closed);
    state.counters["displaced"] = outcome.england.displaced;
    state.counters["unplaced"] = outcome.england.unplaced;
    state.counters["arcs"] = static_cast<double>(outcome.arcs);
    state.counters["rounds"] = outcome.rounds;
}

void ExitMarketEngland(benchmark::State& state) {
    england_market();  // generated outside the timing
    for (auto _ : state) benchmark::DoNotOptimize(ExitMarket(england_market(), ExitAssumptions{}, kAsOf));
}
BENCHMARK(ExitMarketEngland)->Unit(benchmark::kMillisecond);

void ExitScenarioLargestGroupEngland(benchmark::State& state) { exit_of_largest(state, 1); }
BENCHMARK(ExitScenarioLargestGroupEngland)->Unit(benchmark::kMillisecond);

void ExitScenarioTenLargestEngland(benchmark::State& state) { exit_of_largest(state, 10); }
BENCHMARK(ExitScenarioTenLargestEngland)->Unit(benchmark::kMillisecond);

const std::vector<double>& england_pds() {
    static const std::vector<double> pds = [] {
        const Assumptions assumptions;
        const Watchlist watchlist = compute_watchlist(england_market(), assumptions, kAsOf);
        return probabilities_of(group_default_probabilities(england_exit(), watchlist, assumptions.exit));
    }();
    return pds;
}

void ExitSimulationEngland(benchmark::State& state) {
    const ExitMarket& exit = england_exit();
    const std::vector<double>& pds = england_pds();
    ExitSimulationOptions options;
    options.paths = static_cast<int>(state.range(0));
    options.threads = static_cast<unsigned>(state.range(1));
    SilentProgress progress;
    ExitSimulation sim;
    for (auto _ : state) sim = simulate_exits(exit, pds, options, progress);
    state.counters["paths_per_s"] = benchmark::Counter(static_cast<double>(options.paths) * state.iterations(),
                                                       benchmark::Counter::kIsRate);
    state.counters["paths_failing"] = sim.paths_with_failures;
    state.counters["mean_failed"] = sim.failed_groups.mean;
    state.counters["mean_displaced"] = sim.england.displaced.mean;
    state.counters["mean_arcs"] = sim.mean_arcs;
    state.counters["mean_rounds"] = sim.mean_rounds;
}
BENCHMARK(ExitSimulationEngland)->Args({1000, 1})->Args({10000, 2})->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);

const char* const kLevers[] = {"profit_cap=10", "windfall_tax=50", "tariff=4500/5500/7000/9500", "rate=+200",
                               "capacity=100"};

/// Applying lever range(0), the market rebuilt on it and its watchlist (the PDs of the
/// simulation): the fixed cost of a lever before its paths.
void ExitLeverEngland(benchmark::State& state) {
    const Assumptions assumptions;
    const PolicyLever lever = parse_policy_lever(kLevers[state.range(0)]);
    state.SetLabel(lever.text);
    england_market();
    int higher = 0;
    for (auto _ : state) {
        const LeveredMarket levered = apply_policy_lever(england_market(), lever, assumptions, kAsOf);
        const Market market(levered.data);
        const Watchlist watchlist = compute_watchlist(market, assumptions, kAsOf, levered.adjust);
        higher = 0;
        for (const WatchlistEntry& entry : watchlist.groups)
            if (entry.default_probability && entry.default_probability->pd_1y_pct > 1.0) ++higher;
    }
    state.counters["groups_pd_above_1pct"] = higher;
}
BENCHMARK(ExitLeverEngland)->DenseRange(0, 4)->Unit(benchmark::kMillisecond)->Iterations(1);

/// 200 paths under a 10 % profit cap on two threads: many of the largest groups are certain
/// to fail, so each path re-places about half of England's children.
void ExitSimulationProfitCapEngland(benchmark::State& state) {
    const Assumptions assumptions;
    const LeveredMarket levered =
        apply_policy_lever(england_market(), parse_policy_lever("profit_cap=10"), assumptions, kAsOf);
    const Market market(levered.data);
    const ExitMarket exit(market, assumptions.exit, kAsOf);
    const std::vector<double> pds = probabilities_of(
        group_default_probabilities(exit, compute_watchlist(market, assumptions, kAsOf), assumptions.exit));
    ExitSimulationOptions options;
    options.paths = 200;
    options.threads = 2;
    SilentProgress progress;
    ExitSimulation sim;
    for (auto _ : state) sim = simulate_exits(exit, pds, options, progress);
    state.counters["paths_per_s"] = benchmark::Counter(static_cast<double>(options.paths) * state.iterations(),
                                                       benchmark::Counter::kIsRate);
    state.counters["mean_failed"] = sim.failed_groups.mean;
    state.counters["mean_displaced"] = sim.england.displaced.mean;
    state.counters["mean_unplaced"] = sim.england.unplaced.mean;
    state.counters["mean_arcs"] = sim.mean_arcs;
    state.counters["mean_rounds"] = sim.mean_rounds;
}
BENCHMARK(ExitSimulationProfitCapEngland)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);

}  // namespace
