#include "models/exit/exit_simulation.hpp"

#include <algorithm>
#include <numeric>
#include <stdexcept>

#include "engine/parallel.hpp"

#include "models/exit/correlated_failures.hpp"
#include "models/prices/quantiles.hpp"

namespace oversight {
namespace {

/// What one path keeps: England and the regions (councils are dropped).
struct PathRecord {
    PathOutcome national;  ///< read off `england` for the briefs' histograms
    ExitArea england;
    std::vector<ExitArea> regions;
    std::vector<char> failed;
    std::size_t arcs = 0;
    int rounds = 0;
};

PathSummary summarise(std::vector<double> values) {
    PathSummary summary;
    if (values.empty()) return summary;
    std::sort(values.begin(), values.end());
    summary.mean = std::accumulate(values.begin(), values.end(), 0.0) / static_cast<double>(values.size());
    summary.p50 = quantile_type7(values, 0.50);
    summary.p95 = quantile_type7(values, 0.95);
    summary.p99 = quantile_type7(values, 0.99);
    summary.max = values.back();
    return summary;
}

AreaDistribution distribution(std::size_t index, const std::vector<const ExitArea*>& areas) {
    std::vector<double> displaced, unplaced, cost;
    int displacing = 0;
    for (const ExitArea* area : areas) {
        displaced.push_back(area->displaced);
        unplaced.push_back(area->unplaced);
        cost.push_back(area->annual_cost_change_gbp());
        displacing += area->displaced > 0 ? 1 : 0;
    }
    AreaDistribution result;
    result.index = index;
    result.displaced = summarise(std::move(displaced));
    result.unplaced = summarise(std::move(unplaced));
    result.annual_cost_change_gbp = summarise(std::move(cost));
    result.share_of_paths_displacing_pct = areas.empty() ? 0.0 : 100.0 * displacing / static_cast<double>(areas.size());
    return result;
}

}  // namespace

ExitSimulation simulate_exits(const ExitMarket& market, std::span<const double> group_pd,
                              const ExitSimulationOptions& options, Progress& progress) {
    if (group_pd.size() != market.groups().size())
        throw std::invalid_argument("simulate_exits: " + std::to_string(group_pd.size()) + " PDs for " +
                                    std::to_string(market.groups().size()) + " groups");
    if (options.paths < 1) throw std::invalid_argument("simulate_exits: at least one path is needed");
    const CorrelatedFailures failures(group_pd, options.correlation, options.seed);
    const std::size_t regions = market.market().data().regions.size();

    const auto paths = static_cast<std::size_t>(options.paths);
    std::vector<PathRecord> records(paths);
    const auto one_path = [&](std::size_t k) {
        PathRecord& record = records[k];
        record.national.factor = failures.draw(k, record.failed);
        record.national.failed_groups = static_cast<int>(std::count(record.failed.begin(), record.failed.end(), 1));
        if (record.national.failed_groups == 0) {
            record.regions.resize(regions);
            return;
        }
        std::vector<std::size_t> failed_groups;
        for (std::size_t g = 0; g < record.failed.size(); ++g)
            if (record.failed[g]) failed_groups.push_back(g);
        ExitOutcome outcome = replace_displaced(market, settings_of_groups(market, failed_groups));
        record.england = outcome.england;
        record.national.displaced = outcome.england.displaced;
        record.national.unplaced = outcome.england.unplaced;
        record.national.annual_cost_change_gbp = outcome.england.annual_cost_change_gbp();
        record.regions = std::move(outcome.regions);
        record.arcs = outcome.arcs;
        record.rounds = outcome.rounds;
    };
    const unsigned threads = worker_count(options.threads, paths);
    progress.begin("Simulating market exits", paths);
    try {
        parallel_for(paths, threads, one_path, &progress);
    } catch (...) {
        progress.end();
        throw;
    }
    progress.end();

    ExitSimulation result;
    result.options = options;
    result.options.threads = threads;
    for (const double pd : group_pd) result.expected_failures += pd;
    result.failures_of_group.assign(market.groups().size(), 0);
    std::vector<double> failed_groups;
    std::vector<const ExitArea*> england;
    double arcs = 0.0, rounds = 0.0;
    for (std::size_t k = 0; k < paths; ++k) {
        const PathRecord& record = records[k];
        result.paths.push_back(record.national);
        failed_groups.push_back(record.national.failed_groups);
        for (std::size_t g = 0; g < record.failed.size(); ++g) result.failures_of_group[g] += record.failed[g];
        england.push_back(&record.england);
        if (record.national.failed_groups > 0) {
            ++result.paths_with_failures;
            arcs += static_cast<double>(record.arcs);
            rounds += record.rounds;
        }
    }
    result.failed_groups = summarise(std::move(failed_groups));
    result.england = distribution(0, england);
    for (std::size_t r = 0; r < regions; ++r) {
        std::vector<const ExitArea*> areas;
        for (const PathRecord& record : records) areas.push_back(&record.regions[r]);
        result.regions.push_back(distribution(r, areas));
    }
    if (result.paths_with_failures > 0) {
        result.mean_arcs = arcs / result.paths_with_failures;
        result.mean_rounds = rounds / result.paths_with_failures;
    }
    return result;
}

}  // namespace oversight
