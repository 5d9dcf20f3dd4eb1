#include "models/common/histogram.hpp"

#include <algorithm>

namespace oversight {

Histogram integer_histogram(std::span<const int> values, int max_bins) {
    Histogram h;
    if (values.empty()) return h;
    const auto [lo_it, hi_it] = std::minmax_element(values.begin(), values.end());
    const long long lo = *lo_it, hi = *hi_it;
    const long long bins_allowed = std::max(max_bins, 1);
    // The smallest 1-2-5 width whose bins from floor(lo / width) cover hi.
    long long width = 1;
    for (long long decade = 1;; decade *= 10) {
        bool found = false;
        for (const long long step : {1LL, 2LL, 5LL}) {
            width = step * decade;
            const long long first = (lo >= 0 ? lo / width : -((-lo + width - 1) / width)) * width;
            if ((hi - first) / width + 1 <= bins_allowed) {
                found = true;
                break;
            }
        }
        if (found) break;
    }
    const long long first = (lo >= 0 ? lo / width : -((-lo + width - 1) / width)) * width;
    const long long bins = (hi - first) / width + 1;
    for (long long k = 0; k <= bins; ++k) h.edges.push_back(static_cast<double>(first + k * width));
    h.counts.assign(static_cast<std::size_t>(bins), 0.0);
    for (const int v : values) h.counts[static_cast<std::size_t>((v - first) / width)] += 1.0;
    return h;
}

}  // namespace oversight
