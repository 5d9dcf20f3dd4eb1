/// \file market_overview_brief.hpp
/// \brief The market overview brief: supply and concentration by region, ownership mix,
/// the largest groups and their margins against the CMA's published figures.
#pragma once

#include <string>
#include <vector>

#include "engine/config/assumptions.hpp"
#include "models/market_structure/market_structure.hpp"
#include "reports/brief/brief.hpp"
#include "reports/builders/brief_parts.hpp"

namespace oversight {

Brief build_market_overview_brief(const MarketStructure& structure, const Assumptions& assumptions,
                                  const BriefProvenance& provenance);

}  // namespace oversight
