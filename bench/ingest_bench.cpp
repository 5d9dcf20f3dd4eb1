// Micro-benchmarks of the pieces of the England-scale job: generating the synthetic
// market, reading and checking its data directory, and computing profitability.
#include <benchmark/benchmark.h>

#include <filesystem>

#include "engine/market.hpp"
#include "fixtures/generator/market_generator.hpp"
#include "ingest/data_directory.hpp"
#include "models/profitability/profitability.hpp"

namespace {

using namespace oversight;

/// The England data directory, written once per process.
const std::string& england_directory() {
    static const std::string directory = [] {
        const auto path = std::filesystem::temp_directory_path() / "oversight_bench_england";
        std::filesystem::remove_all(path);
        SilentProgress progress;
        write_data_directory(generate_market(GeneratorOptions{}, progress), path.string());
        return path.string();
    }();
    return directory;
}

void GenerateEngland(benchmark::State& state) {
    SilentProgress progress;
    for (auto _ : state) benchmark::DoNotOptimize(generate_market(GeneratorOptions{}, progress));
}
BENCHMARK(GenerateEngland)->Unit(benchmark::kMillisecond);

void ReadAndCheckEngland(benchmark::State& state) {
    const std::string& directory = england_directory();
    SilentProgress progress;
    std::size_t rows = 0;
    for (auto _ : state) {
        const auto result = read_data_directory(directory, IngestAssumptions{}, progress);
        if (result.diagnostics.has_errors()) state.SkipWithError("the England data set has errors");
        rows = result.row_count;
    }
    state.counters["rows_per_s"] = benchmark::Counter(static_cast<double>(rows), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(ReadAndCheckEngland)->Unit(benchmark::kMillisecond);

void ProfitabilityEngland(benchmark::State& state) {
    SilentProgress progress;
    const Market market(generate_market(GeneratorOptions{}, progress));
    for (auto _ : state) benchmark::DoNotOptimize(compute_profitability(market, ProfitabilityAssumptions{}));
}
BENCHMARK(ProfitabilityEngland)->Unit(benchmark::kMillisecond);

}  // namespace
