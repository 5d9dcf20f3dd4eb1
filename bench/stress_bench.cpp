// Issue target: England-scale stress of every facility under every library scenario plus a
// 9 x 9 rates x occupancy grid per leveraged group in under 2 s, and the fast path's
// speed-up over the full QuantLib path (models/debt/facility_projector.hpp).
//
// Pairs measure the same work both ways: one facility's projection under +200 bp; every
// group under the eight scenarios; the grids of the first 20 leveraged groups.
#include <benchmark/benchmark.h>

#include "engine/config/assumptions.hpp"
#include "engine/config/stress_scenarios.hpp"
#include "engine/market.hpp"
#include "bench/england_market.hpp"
#include "models/debt/facility_projector.hpp"
#include "models/debt/market_stress.hpp"
#include "models/debt/operating_shock.hpp"
#include "models/debt/projection_curves.hpp"

namespace {

using namespace oversight;

const Market& england() { return england_market(); }

Date as_of() { return england().latest_date(); }

StressRequest request(bool full_quantlib, bool grids) {
    StressRequest r;
    r.as_of = as_of();
    r.path = full_quantlib ? ProjectionPath::QuantLib : ProjectionPath::Fast;
    r.grids = grids;
    return r;
}

std::size_t facilities_of(const StressRun& run) {
    std::size_t n = 0;
    for (const StressedProvider& p : run.providers) n += p.inputs().facilities.size();
    return n;
}

/// The whole issue target: every group with debt under the eight scenarios and its grid.
void StressEnglandScenariosAndGrids(benchmark::State& state) {
    const Assumptions assumptions;
    const auto scenarios = default_stress_scenarios();
    StressRun run;
    for (auto _ : state) {
        run = stress_market(england(), assumptions, scenarios, request(false, true));
        benchmark::DoNotOptimize(run);
    }
    state.counters["groups"] = static_cast<double>(run.providers.size());
    state.counters["facilities"] = static_cast<double>(facilities_of(run));
    const double cells = static_cast<double>(assumptions.stress.grid_rate_steps * assumptions.stress.grid_occupancy_steps);
    state.counters["group_stresses"] = static_cast<double>(run.providers.size()) * (static_cast<double>(scenarios.size()) + cells);
}
BENCHMARK(StressEnglandScenariosAndGrids)->Unit(benchmark::kMillisecond);

void StressEnglandScenarios(benchmark::State& state, bool full_quantlib) {
    const Assumptions assumptions;
    const auto scenarios = default_stress_scenarios();
    StressRun run;
    for (auto _ : state) {
        run = stress_market(england(), assumptions, scenarios, request(full_quantlib, false));
        benchmark::DoNotOptimize(run);
    }
    state.counters["groups"] = static_cast<double>(run.providers.size());
    state.counters["facility_projections"] = static_cast<double>(facilities_of(run) * scenarios.size());
}
BENCHMARK_CAPTURE(StressEnglandScenarios, fast, false)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(StressEnglandScenarios, quantlib, true)->Unit(benchmark::kMillisecond);

/// The first 20 leveraged groups' 9 x 9 grids: the fast path (stress_grid), and the same
/// cells each re-priced in QuantLib (stress_provider per cell).
void GridsOfTwentyGroups(benchmark::State& state, bool full_quantlib) {
    const Assumptions assumptions;
    const StressAssumptions& a = assumptions.stress;
    StressRun run = stress_market(england(), assumptions, {}, request(false, false));
    if (run.providers.size() > 20) run.providers.erase(run.providers.begin() + 20, run.providers.end());
    const ProjectionCurve curve = market_projection_curve(england(), assumptions, as_of());
    for (auto _ : state)
        for (const StressedProvider& p : run.providers) {
            if (!full_quantlib) {
                benchmark::DoNotOptimize(stress_grid(p.stressor, StressScenario{}, a));
                continue;
            }
            for (int i = 0; i < a.grid_occupancy_steps; ++i)
                for (int j = 0; j < a.grid_rate_steps; ++j) {
                    StressScenario cell;
                    cell.parallel_shift_bp = j * a.grid_rate_step_bp;
                    cell.occupancy_change_pct = after_further_fall_pct(0.0, i * a.grid_occupancy_step_pct);
                    benchmark::DoNotOptimize(stress_provider(p.inputs(), cell, curve));
                }
        }
    state.counters["groups"] = static_cast<double>(run.providers.size());
}
BENCHMARK_CAPTURE(GridsOfTwentyGroups, fast, false)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(GridsOfTwentyGroups, quantlib, true)->Unit(benchmark::kMillisecond);

/// One floating facility, 60 % hedged at the par OIS rate, over 20 quarters, under +200 bp.
Facility hedged_floating() {
    Facility f;
    f.facility_id = "F";
    f.entity_id = "E";
    f.drawn = 25e6;
    f.rate_type = RateType::SoniaFloating;
    f.margin_bps = 500;
    f.hedged_pct = 60;
    f.maturity_date = add_months(as_of(), 72);
    f.as_of = as_of();
    return f;
}

StressScenario up_200() {
    StressScenario s;
    s.id = "rates_up_200";
    s.parallel_shift_bp = 200;
    return s;
}

void ProjectFacility_quantlib(benchmark::State& state) {
    const ProjectionCurve curve = shifted_curve(market_projection_curve(england(), Assumptions{}, as_of()), up_200());
    const Facility f = hedged_floating();
    for (auto _ : state) benchmark::DoNotOptimize(project_facility(f, curve));
}
BENCHMARK(ProjectFacility_quantlib)->Unit(benchmark::kMicrosecond);

void ProjectFacility_fast(benchmark::State& state) {
    const FacilityProjector projector(hedged_floating(), market_projection_curve(england(), Assumptions{}, as_of()));
    const RateShift shift(up_200());
    for (auto _ : state) benchmark::DoNotOptimize(projector.project(shift));
}
BENCHMARK(ProjectFacility_fast)->Unit(benchmark::kMicrosecond);

void RecordFacility(benchmark::State& state) {
    const ProjectionCurve curve = market_projection_curve(england(), Assumptions{}, as_of());
    const Facility f = hedged_floating();
    for (auto _ : state) benchmark::DoNotOptimize(FacilityProjector(f, curve));
}
BENCHMARK(RecordFacility)->Unit(benchmark::kMicrosecond);

}  // namespace
