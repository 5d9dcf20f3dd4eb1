/// \file random.hpp
/// \brief Deterministic random numbers for the whole project: std::mt19937_64 as the bit
/// source (its output is fixed by the C++ standard) and every transformation written
/// here, because the std::*_distribution classes are implementation-defined and would
/// give different numbers on different standard libraries. The fixture generator and
/// the simulation models (e.g. models/cashflow_default) both draw from this class.
#pragma once

#include <cstddef>
#include <cstdint>
#include <random>
#include <span>
#include <utility>
#include <vector>

namespace oversight {

class Random {
public:
    /// The same (seed, stream, index) always gives the same sequence. `stream` names an
    /// independent stream (each user keeps its own list of ids, e.g. the generator's
    /// `generator::Stream`), `index` separates sub-streams of one stream. The engine is
    /// seeded with mix(mix(mix(seed) ^ stream) ^ index), mix = the SplitMix64 finaliser.
    Random(std::uint64_t seed, std::uint64_t stream, std::uint64_t index = 0);

    /// Uniform on [0, 1), from the top 53 bits of one 64-bit draw.
    double uniform();
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    /// Uniform whole number in [low, high], both inclusive.
    int uniform_int(int low, int high);
    /// True with probability `p`.
    bool chance(double p) { return uniform() < p; }
    /// Standard normal by the Box–Muller transform (one value per call, the pair's
    /// second value is discarded: simpler to reason about than a cached spare).
    double normal();
    double normal(double mean, double standard_deviation) { return mean + standard_deviation * normal(); }
    /// Lognormal given its median (exp of the underlying mean) and log-scale sigma.
    double lognormal(double median, double sigma);
    /// An index drawn with probability proportional to `weights` (inverse CDF).
    std::size_t pick(std::span<const double> weights);
    /// Fisher–Yates with this generator's own uniform_int.
    template <typename T>
    void shuffle(std::vector<T>& items) {
        for (std::size_t i = items.size(); i > 1; --i) {
            const auto j = static_cast<std::size_t>(uniform_int(0, static_cast<int>(i) - 1));
            std::swap(items[i - 1], items[j]);
        }
    }

private:
    std::mt19937_64 engine_;
};

/// A fixed discrete distribution sampled many times: cumulative weights built once,
/// each draw a binary search.
class WeightedTable {
public:
    WeightedTable() = default;
    explicit WeightedTable(std::span<const double> weights);
    std::size_t draw(Random& random) const;
    bool empty() const { return cumulative_.empty() || cumulative_.back() <= 0.0; }

private:
    std::vector<double> cumulative_;
};

}  // namespace oversight
