// The cash-flow default simulation: simulated paths per second for one leveraged
// provider, and for every group of the England market that has facilities (on one
// thread and on two).
#include <benchmark/benchmark.h>

#include <vector>

#include "engine/market.hpp"
#include "fixtures/generator/market_generator.hpp"
#include "models/cashflow_default/cashflow_default.hpp"
#include "models/provider_accounts/provider_accounts.hpp"

namespace {

using namespace oversight;

/// EBITDA £10m, cash £2m, a £55m term loan at SONIA + 500 bps and an undrawn £5m revolver,
/// both with a 6.5x covenant (5.3x at the start): a PD of about a quarter over 3 years.
CashflowDefaultInputs leveraged_provider() {
    CashflowDefaultInputs in;
    in.provider_id = "P";
    in.as_of = Date::from_ymd(2025, 3, 31);
    in.ebitda_history = {{2024, 10e6}};
    in.cash = 2e6;
    in.maintenance_capex = 1e6;
    for (const bool is_revolver : {false, true}) {
        Facility f;
        f.facility_id = is_revolver ? "RCF" : "TLB";
        f.kind = is_revolver ? FacilityKind::RevolvingCredit : FacilityKind::TermLoan;
        f.drawn = is_revolver ? 0.0 : 55e6;
        if (is_revolver) f.limit = 5e6;
        f.rate_type = RateType::SoniaFloating;
        f.margin_bps = is_revolver ? 450 : 500;
        f.maturity_date = Date::from_ymd(2031, 3, 31);
        f.covenant_max_net_leverage = 6.5;
        in.facilities.push_back(f);
    }
    return in;
}

void CashflowDefaultOneProvider(benchmark::State& state) {
    CashflowDefaultAssumptions assumptions;
    assumptions.paths = 10000;
    const CashflowDefaultInputs inputs = leveraged_provider();
    benchmark::DoNotOptimize(simulate_cashflow_default(inputs, assumptions));  // the normals, once
    for (auto _ : state) benchmark::DoNotOptimize(simulate_cashflow_default(inputs, assumptions));
    state.counters["paths_per_s"] =
        benchmark::Counter(static_cast<double>(assumptions.paths), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(CashflowDefaultOneProvider)->Unit(benchmark::kMicrosecond)->UseRealTime();

/// The inputs of every England group whose entities have a facility, built once.
const std::vector<CashflowDefaultInputs>& england_groups_with_facilities() {
    static const std::vector<CashflowDefaultInputs> inputs = [] {
        SilentProgress progress;
        const GeneratorOptions options;
        const Market market(generate_market(options, progress));
        const CashflowDefaultAssumptions assumptions;
        const std::vector<ProviderYear> years = group_years(market);
        std::vector<CashflowDefaultInputs> result;
        for (std::size_t begin = 0; begin < years.size();) {
            std::size_t end = begin;
            while (end < years.size() && years[end].id == years[begin].id) ++end;
            const std::vector<ProviderYear> history(years.begin() + static_cast<std::ptrdiff_t>(begin),
                                                    years.begin() + static_cast<std::ptrdiff_t>(end));
            CashflowDefaultInputs in = inputs_for(market, history, options.as_of, assumptions.sonia_pct, assumptions);
            if (!in.facilities.empty()) result.push_back(std::move(in));
            begin = end;
        }
        return result;
    }();
    return inputs;
}

/// range(0): worker threads.
void CashflowDefaultEnglandGroups(benchmark::State& state) {
    const std::vector<CashflowDefaultInputs>& inputs = england_groups_with_facilities();
    CashflowDefaultAssumptions assumptions;
    assumptions.paths = 10000;
    const auto threads = static_cast<unsigned>(state.range(0));
    benchmark::DoNotOptimize(simulate_cashflow_default(inputs.front(), assumptions));  // the normals, once
    for (auto _ : state) benchmark::DoNotOptimize(simulate_cashflow_defaults(inputs, assumptions, threads));
    state.counters["groups"] = static_cast<double>(inputs.size());
    state.counters["paths_per_s"] = benchmark::Counter(static_cast<double>(inputs.size()) * assumptions.paths,
                                                       benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(CashflowDefaultEnglandGroups)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
