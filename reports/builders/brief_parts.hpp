/// \file brief_parts.hpp
/// \brief What every brief builder fills in the same way: where the figures came from and
/// the assumption lines of the configuration keys a brief depends on.
#pragma once

#include <string>
#include <vector>

#include "engine/config/assumptions.hpp"
#include "engine/text.hpp"  // join, for the builders
#include "reports/brief/brief.hpp"

namespace oversight {

/// Where the figures came from, printed in the brief's sources.
struct BriefProvenance {
    std::string data_source;  ///< e.g. the data directory and when it was ingested
    std::string generated_at; ///< UTC timestamp of the run
};

/// The assumption lines of the given catalogue keys with their values in `assumptions`.
std::vector<AssumptionLine> assumption_lines(const Assumptions& assumptions, const std::vector<std::string>& keys);

}  // namespace oversight
