/// \file region_briefs.hpp
/// \brief The regional price brief of one region, computed from the stored market: the
/// price cells and council comparisons of the last twelve whole months, the index and the
/// hedonic fit of the last five years, and the should-cost of each need band.
#pragma once

#include <optional>
#include <string>

#include "engine/cli/pipeline.hpp"
#include "reports/brief/brief.hpp"

namespace oversight {

/// `to` is the last day of the period (default: the last month end in the data). Throws
/// std::runtime_error when `region_code` is not in regions.csv.
Brief region_brief(const StoredMarket& stored, const Assumptions& assumptions, const std::string& region_code,
                   std::optional<Date> to);

}  // namespace oversight
