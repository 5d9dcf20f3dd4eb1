#include "models/exit/correlated_failures.hpp"

#include <boost/math/distributions/normal.hpp>

#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

#include "engine/random.hpp"

namespace oversight {

CorrelatedFailures::CorrelatedFailures(std::span<const double> pd, double correlation, std::uint64_t seed)
    : seed_(seed) {
    if (!(correlation >= 0.0 && correlation < 1.0))
        throw std::invalid_argument("the correlation must be at least 0 and below 1, not " + std::to_string(correlation));
    factor_weight_ = std::sqrt(correlation);
    own_weight_ = std::sqrt(1.0 - correlation);
    const boost::math::normal standard;
    thresholds_.reserve(pd.size());
    for (const double p : pd) {
        if (!(p >= 0.0 && p <= 1.0))
            throw std::invalid_argument("a default probability must be between 0 and 1, not " + std::to_string(p));
        if (p == 0.0)
            thresholds_.push_back(-std::numeric_limits<double>::infinity());
        else if (p == 1.0)
            thresholds_.push_back(std::numeric_limits<double>::infinity());
        else
            thresholds_.push_back(boost::math::quantile(standard, p));
    }
}

double CorrelatedFailures::draw(std::uint64_t path, std::vector<char>& failed) const {
    Random random(seed_, kExitFailureStream, path);
    const double z = random.normal();
    const double common = factor_weight_ * z;
    failed.resize(thresholds_.size());
    for (std::size_t i = 0; i < thresholds_.size(); ++i)
        failed[i] = common + own_weight_ * random.normal() < thresholds_[i] ? 1 : 0;
    return z;
}

}  // namespace oversight
