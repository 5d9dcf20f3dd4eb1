// Issue 8 target: every brief of the England-scale market (the overview, nine regions,
// every private and voluntary group, the default exit scenarios) in HTML and PDF in under
// 60 s on two cores. One brief of each kind built and rendered, then the whole set written.
#include <benchmark/benchmark.h>

#include <filesystem>

#include "bench/england_market.hpp"
#include "engine/cli/brief_set.hpp"
#include "engine/cli/provider_briefs.hpp"
#include "engine/cli/region_briefs.hpp"
#include "reports/html/html_renderer.hpp"
#include "reports/pdf/pdf_renderer.hpp"

namespace {

using namespace oversight;

const Date kAsOf = Date::from_ymd(2025, 3, 31);

const StoredMarket& england() {
    static const StoredMarket stored{england_market(), IngestRecord{"generated England market, seed 1", "", 0}};
    return stored;
}

const Assumptions& assumptions() {
    static const Assumptions defaults;
    return defaults;
}

/// What the provider briefs share: profitability, health, the watchlist, every group's stress and grid.
void ProviderBriefsSetupEngland(benchmark::State& state) {
    for (auto _ : state) benchmark::DoNotOptimize(ProviderBriefs(england(), assumptions(), kAsOf, false));
}
BENCHMARK(ProviderBriefsSetupEngland)->Unit(benchmark::kMillisecond)->Iterations(3);

/// One provider brief (the first group on the watchlist) built, then as HTML and as PDF.
void ProviderBriefEngland(benchmark::State& state) {
    const ProviderBriefs briefs(england(), assumptions(), kAsOf, false);
    const std::string id = briefs.group_ids().front();
    std::size_t bytes = 0;
    for (auto _ : state) {
        const Brief brief = briefs.brief(id);
        const std::string html = render_brief_html(brief), pdf = render_brief_pdf(brief);
        bytes = html.size() + pdf.size();
    }
    state.counters["bytes"] = static_cast<double>(bytes);
}
BENCHMARK(ProviderBriefEngland)->Unit(benchmark::kMillisecond);

/// The North West price brief computed, built and rendered.
void RegionBriefEngland(benchmark::State& state) {
    for (auto _ : state) {
        const Brief brief = region_brief(england(), assumptions(), "E12000002", kAsOf);
        benchmark::DoNotOptimize(render_brief_html(brief).size() + render_brief_pdf(brief).size());
    }
}
BENCHMARK(RegionBriefEngland)->Unit(benchmark::kMillisecond);

/// Every brief written as HTML and PDF on two threads, as `oversight briefs --all`.
void BriefSetEngland(benchmark::State& state) {
    const auto dir = std::filesystem::temp_directory_path() / "oversight-bench-briefs";
    BriefSetOptions options;
    options.threads = 2;
    SilentProgress progress;
    std::size_t briefs = 0;
    for (auto _ : state) briefs = write_brief_set(england(), assumptions(), kAsOf, dir.string(), options, progress).briefs.size();
    std::filesystem::remove_all(dir);
    state.counters["briefs"] = static_cast<double>(briefs);
}
BENCHMARK(BriefSetEngland)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);

}  // namespace
