/// \file market_overview_brief.hpp
/// \brief The market overview brief: supply and concentration by region, ownership mix,
/// the largest groups and their margins against the CMA's published figures.
#pragma once

#include <string>
#include <vector>

#include "engine/config/assumptions.hpp"
#include "models/market_structure/market_structure.hpp"
#include "reports/brief/brief.hpp"

namespace oversight {

/// Where the figures came from, printed in the brief's sources.
struct BriefProvenance {
    std::string data_source;  ///< e.g. the data directory and when it was ingested
    std::string generated_at; ///< UTC timestamp of the run
};

Brief build_market_overview_brief(const MarketStructure& structure, const Assumptions& assumptions,
                                  const BriefProvenance& provenance);

/// The assumption lines of the given catalogue keys with their values in `assumptions`.
std::vector<AssumptionLine> assumption_lines(const Assumptions& assumptions, const std::vector<std::string>& keys);

}  // namespace oversight
