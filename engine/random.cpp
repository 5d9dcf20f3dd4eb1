#include "engine/random.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <stdexcept>

namespace oversight {
namespace {

/// SplitMix64 finaliser: spreads seed, stream and index over all 64 bits so that
/// neighbouring seeds give unrelated mt19937_64 states.
std::uint64_t mix(std::uint64_t value) {
    value += 0x9E3779B97F4A7C15ULL;
    value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9ULL;
    value = (value ^ (value >> 27)) * 0x94D049BB133111EBULL;
    return value ^ (value >> 31);
}

}  // namespace

Random::Random(std::uint64_t seed, std::uint64_t stream, std::uint64_t index)
    : engine_(mix(mix(mix(seed) ^ stream) ^ index)) {}

double Random::uniform() {
    constexpr double two_to_minus_53 = 1.0 / 9007199254740992.0;
    return static_cast<double>(engine_() >> 11) * two_to_minus_53;
}

int Random::uniform_int(int low, int high) {
    if (high < low) throw std::invalid_argument("uniform_int: empty range");
    const double span = static_cast<double>(high) - static_cast<double>(low) + 1.0;
    const int offset = static_cast<int>(std::floor(uniform() * span));
    return std::min(low + offset, high);
}

double Random::normal() {
    const double u1 = 1.0 - uniform();  // (0, 1]: log is finite
    const double u2 = uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

double Random::lognormal(double median, double sigma) { return median * std::exp(sigma * normal()); }

std::size_t Random::pick(std::span<const double> weights) {
    double total = 0.0;
    for (double weight : weights) total += weight;
    if (weights.empty() || total <= 0.0) throw std::invalid_argument("pick: no positive weight");
    double target = uniform() * total;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        if (target < weights[i]) return i;
        target -= weights[i];
    }
    // Rounding can leave target a hair above the last weight: the last positive one.
    for (std::size_t i = weights.size(); i-- > 0;)
        if (weights[i] > 0.0) return i;
    return weights.size() - 1;
}

WeightedTable::WeightedTable(std::span<const double> weights) {
    cumulative_.reserve(weights.size());
    double running = 0.0;
    for (double weight : weights) {
        running += std::max(weight, 0.0);
        cumulative_.push_back(running);
    }
}

std::size_t WeightedTable::draw(Random& random) const {
    if (empty()) throw std::logic_error("WeightedTable::draw on a table without weight");
    const double target = random.uniform() * cumulative_.back();
    const auto it = std::upper_bound(cumulative_.begin(), cumulative_.end(), target);
    return std::min(static_cast<std::size_t>(it - cumulative_.begin()), cumulative_.size() - 1);
}

}  // namespace oversight
