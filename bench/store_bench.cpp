// The store at England scale: replacing the whole data set in one transaction, and
// loading it back. Together with ReadAndCheckEngland this is the `oversight ingest` job.
#include <benchmark/benchmark.h>

#include <filesystem>

#include "engine/store/store.hpp"
#include "fixtures/generator/market_generator.hpp"

namespace {

using namespace oversight;

const MarketData& england_data() {
    static const MarketData data = [] {
        SilentProgress progress;
        return generate_market(GeneratorOptions{}, progress);
    }();
    return data;
}

std::size_t row_count(const MarketData& d) {
    return d.regions.size() + d.local_authorities.size() + d.indices.size() + d.curves.size() +
           d.entities.size() + d.settings.size() + d.accounts.size() + d.facilities.size() +
           d.placements.size();
}

std::string fresh_store_path() {
    const auto path = std::filesystem::temp_directory_path() / "oversight_bench_store.db";
    std::filesystem::remove(path);
    std::filesystem::remove(path.string() + "-wal");
    std::filesystem::remove(path.string() + "-shm");
    return path.string();
}

void ReplaceDatasetEngland(benchmark::State& state) {
    const MarketData& data = england_data();
    auto store = open_store(fresh_store_path());
    for (auto _ : state) store->replace_dataset(data, {}, {"bench", "2026-01-01T00:00:00Z", row_count(data)});
    state.counters["rows_per_s"] = benchmark::Counter(static_cast<double>(row_count(data)),
                                                      benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(ReplaceDatasetEngland)->Unit(benchmark::kMillisecond);

void LoadMarketDataEngland(benchmark::State& state) {
    const MarketData& data = england_data();
    auto store = open_store(fresh_store_path());
    store->replace_dataset(data, {}, {"bench", "2026-01-01T00:00:00Z", row_count(data)});
    for (auto _ : state) benchmark::DoNotOptimize(store->load_market_data());
    state.counters["rows_per_s"] = benchmark::Counter(static_cast<double>(row_count(data)),
                                                      benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(LoadMarketDataEngland)->Unit(benchmark::kMillisecond);

}  // namespace
