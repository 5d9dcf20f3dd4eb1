/// \file taffler.hpp
/// \brief Taffler's UK z-score from one set of accounts (DOMAIN.md §3; Taffler 1983, as
/// used in Agarwal & Taffler 2007).
///
///   z = 3.20 + 12.18 x1 + 2.50 x2 - 10.68 x3 + 0.029 x4
///   x1 = profit before tax (annualised) / current liabilities
///   x2 = current assets / total liabilities (current + non-current)
///   x3 = current liabilities / total assets
///   x4 = no-credit interval in days = (current assets - stock - current liabilities)
///        / daily operating costs excluding depreciation
/// Stock is not in our accounts and is taken as 0: children's homes and fostering
/// agencies hold negligible inventory, so quick assets are current assets. Daily
/// operating costs = (staff costs + other operating costs) / days in the period, with
/// period_months x 365/12 days.
#pragma once

#include <string>

#include "engine/domain/accounts.hpp"
#include "models/risk_scores/score_result.hpp"

namespace oversight {

/// Below this z the company has a profile like those that failed ("at risk").
inline constexpr double kTafflerAtRiskBelow = 0.0;  ///< Taffler (1983)

/// "at risk" when z < 0, else "not at risk".
std::string taffler_zone(double z);

ScoreResult taffler(const Accounts& accounts);

}  // namespace oversight
