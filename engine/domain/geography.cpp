#include "engine/domain/geography.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace oversight {

double great_circle_km(const LocalAuthority& from, const LocalAuthority& to) {
    constexpr double kEarthRadiusKm = 6371.0088;
    constexpr double kRadians = std::numbers::pi / 180.0;
    const double phi1 = from.lat * kRadians, phi2 = to.lat * kRadians;
    const double d_phi = phi2 - phi1, d_lambda = (to.lon - from.lon) * kRadians;
    const double h = std::pow(std::sin(d_phi / 2.0), 2) + std::cos(phi1) * std::cos(phi2) * std::pow(std::sin(d_lambda / 2.0), 2);
    return 2.0 * kEarthRadiusKm * std::asin(std::min(1.0, std::sqrt(h)));
}

}  // namespace oversight
