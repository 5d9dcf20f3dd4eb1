/// \file numbers.hpp
/// \brief Two small helpers every model that explains itself needs: a part as a percent
/// of a whole, and a number written into a reason or an input description.
#pragma once

#include <cstdio>
#include <string>

namespace oversight {

/// part / whole x 100; 0 when the whole is not positive (an empty market has no shares).
inline double share_pct(double part, double whole) { return whole > 0 ? part / whole * 100.0 : 0.0; }

/// `value` with `decimals` decimals and an optional suffix ("33.8%", "4.9x"), for the
/// words models put beside their figures (scope reasons, composite inputs).
inline std::string fixed_text(double value, int decimals, const char* suffix = "") {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f%s", decimals, value, suffix);
    return buffer;
}

}  // namespace oversight
