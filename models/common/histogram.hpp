/// \file histogram.hpp
/// \brief Counts of whole numbers in bins of a round width, for the distributions the
/// briefs draw (children displaced on each simulated path).
#pragma once

#include <span>
#include <vector>

namespace oversight {

struct Histogram {
    std::vector<double> edges;   ///< bin k is [edges[k], edges[k+1]); one more edge than counts
    std::vector<double> counts;  ///< values in each bin
};

/// At most `max_bins` bins (at least 1) of one width from the series 1, 2, 5, 10, 20, 50,
/// ..., the smallest that covers every value; the first edge is the smallest value rounded
/// down to a multiple of the width. No values: no bins.
Histogram integer_histogram(std::span<const int> values, int max_bins);

}  // namespace oversight
