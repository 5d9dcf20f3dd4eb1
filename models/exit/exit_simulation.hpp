/// \file exit_simulation.hpp
/// \brief The market over one year, simulated: on each path the groups that fail are drawn
/// with correlated_failures.hpp (one draw per group: every subsidiary of a failing group
/// fails with it), every setting of a failing group closes, and the displaced children are
/// re-placed exactly as in one scenario (exit_scenario.hpp). The distribution over paths
/// of the groups failing, children displaced and unplaced and the annual extra cost, for
/// England and each region.
///
/// Paths are shared between threads; path k's outcome depends only on (seed, k), so the
/// results are the same for any thread count.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "engine/progress.hpp"
#include "models/exit/exit_scenario.hpp"

namespace oversight {

struct ExitSimulationOptions {
    int paths = 10000;
    double correlation = 0.20;
    std::uint64_t seed = 1;
    unsigned threads = 0;  ///< 0 = std::thread::hardware_concurrency()
};

/// Mean and type-7 percentiles (quantiles.hpp) of one figure over the paths.
struct PathSummary {
    double mean = 0.0;
    double p50 = 0.0;
    double p95 = 0.0;
    double p99 = 0.0;
    double max = 0.0;
};

struct AreaDistribution {
    std::size_t index = 0;  ///< into data().regions (0 for England)
    PathSummary displaced;
    PathSummary unplaced;
    PathSummary annual_cost_change_gbp;
    double share_of_paths_displacing_pct = 0.0;  ///< paths with at least one child displaced
};

/// One path, nationally: what the briefs draw histograms from.
struct PathOutcome {
    double factor = 0.0;  ///< the market factor Z
    int failed_groups = 0;
    int displaced = 0;
    int unplaced = 0;
    double annual_cost_change_gbp = 0.0;
};

struct ExitSimulation {
    ExitSimulationOptions options;  ///< threads as used
    double expected_failures = 0.0; ///< sum of the groups' PDs
    PathSummary failed_groups;
    AreaDistribution england;
    std::vector<AreaDistribution> regions;  ///< every region, data().regions order
    std::vector<PathOutcome> paths;         ///< path order
    std::vector<int> failures_of_group;     ///< paths on which each group failed (ExitMarket groups)
    int paths_with_failures = 0;
    double mean_arcs = 0.0;    ///< per path with failures: arcs of the solved network
    double mean_rounds = 0.0;  ///< per path with failures: networks solved
};

/// Pure apart from `progress`. `group_pd` holds one-year probabilities (0-1) per group of
/// `market.groups()`. Throws std::invalid_argument for a PD list of the wrong length, a PD
/// outside [0, 1], a correlation outside [0, 1) or fewer than one path.
ExitSimulation simulate_exits(const ExitMarket& market, std::span<const double> group_pd,
                              const ExitSimulationOptions& options, Progress& progress);

}  // namespace oversight
