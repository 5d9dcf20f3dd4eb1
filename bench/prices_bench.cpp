// Issue targets: England-scale (five years of placements) price statistics for every
// region x type x band x year cell in under 1 s (the cells alone, the cells with every
// total, and disclosure control of the latter); the hedonic fit with about 1,000 provider
// effects in under 2 s.
#include <benchmark/benchmark.h>

#include "engine/config/assumptions.hpp"
#include "engine/market.hpp"
#include "bench/england_market.hpp"
#include "models/prices/disclosure.hpp"
#include "models/prices/hedonic.hpp"
#include "models/prices/price_cells.hpp"

namespace {

using namespace oversight;

const Market& england() { return england_market(); }

PriceFilter five_years() {
    PriceFilter f;
    f.to = england().latest_date();
    f.from = add_months(f.to, -60) + 1;
    return f;
}

const std::vector<PriceDimension> kCut = {PriceDimension::Region, PriceDimension::Type, PriceDimension::Band,
                                          PriceDimension::Year};

void PriceCellsEngland(benchmark::State& state, bool totals) {
    PriceTable table;
    for (auto _ : state) {
        table = price_table(england(), five_years(), kCut, totals);
        benchmark::DoNotOptimize(table);
    }
    state.counters["cells"] = static_cast<double>(table.cells.size());
    state.counters["placements"] = static_cast<double>(england().data().placements.size());
}
BENCHMARK_CAPTURE(PriceCellsEngland, cells, false)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(PriceCellsEngland, with_totals, true)->Unit(benchmark::kMillisecond);

void DisclosureEngland(benchmark::State& state) {
    const PriceTable table = price_table(england(), five_years(), kCut, true);
    const DisclosureAssumptions rules;
    for (auto _ : state) benchmark::DoNotOptimize(disclosure_control(table.cells, rules));
    state.counters["cells"] = static_cast<double>(table.cells.size());
}
BENCHMARK(DisclosureEngland)->Unit(benchmark::kMillisecond);

/// Issue target: the hedonic fit with about 1,000 provider effects in under 2 s.
void HedonicEngland(benchmark::State& state) {
    HedonicFit fit;
    for (auto _ : state) {
        fit = fit_hedonic(england(), five_years());
        benchmark::DoNotOptimize(fit);
    }
    state.counters["observations"] = static_cast<double>(fit.observations);
    state.counters["parameters"] = static_cast<double>(fit.parameters);
    state.counters["providers"] = static_cast<double>(fit.providers.size());
}
BENCHMARK(HedonicEngland)->Unit(benchmark::kMillisecond);

}  // namespace
