#include "reports/charts/palette.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace oversight {

std::string Rgb::hex() const {
    const auto byte = [](double v) { return static_cast<unsigned>(std::lround(std::clamp(v, 0.0, 1.0) * 255.0)); };
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "#%02x%02x%02x", byte(red), byte(green), byte(blue));
    return buffer;
}

}  // namespace oversight
