// Issue target: every health metric, score and the watchlist for the England-scale
// market in under a second. Each model alone, then the whole join (which runs the
// cash-flow simulation for every group with accounts).
#include <benchmark/benchmark.h>

#include "engine/market.hpp"
#include "bench/england_market.hpp"
#include "models/health/health.hpp"
#include "models/provider_accounts/provider_accounts.hpp"
#include "models/replaceability/replaceability.hpp"
#include "models/risk_scores/risk_scores.hpp"
#include "models/watchlist/watchlist.hpp"

namespace {

using namespace oversight;

const Market& england() { return england_market(); }

const Date kAsOf = Date::from_ymd(2025, 3, 31);

void HealthEngland(benchmark::State& state) {
    for (auto _ : state) benchmark::DoNotOptimize(compute_health(england(), kAsOf));
}
BENCHMARK(HealthEngland)->Unit(benchmark::kMillisecond);

void ScoresEngland(benchmark::State& state) {
    const auto years = group_years(england());
    for (auto _ : state)
        for (const ProviderYear& year : years) {
            benchmark::DoNotOptimize(altman_z_double_prime(year.totals));
            benchmark::DoNotOptimize(taffler(year.totals));
            benchmark::DoNotOptimize(ohlson(year.totals, nullptr));
        }
    state.counters["provider_years"] = static_cast<double>(years.size());
}
BENCHMARK(ScoresEngland)->Unit(benchmark::kMillisecond);

void ReplaceabilityEngland(benchmark::State& state) {
    for (auto _ : state)
        benchmark::DoNotOptimize(compute_replaceability(england(), ReplaceabilityAssumptions{}, kAsOf));
}
BENCHMARK(ReplaceabilityEngland)->Unit(benchmark::kMillisecond);

void WatchlistEngland(benchmark::State& state) {
    const Assumptions assumptions;
    std::size_t groups = 0;
    for (auto _ : state) {
        const Watchlist watchlist = compute_watchlist(england(), assumptions, kAsOf);
        groups = watchlist.groups.size();
        benchmark::DoNotOptimize(watchlist);
    }
    state.counters["groups"] = static_cast<double>(groups);
}
BENCHMARK(WatchlistEngland)->Unit(benchmark::kMillisecond);

}  // namespace
