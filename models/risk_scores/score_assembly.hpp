/// \file score_assembly.hpp
/// \brief Shared steps of building a ScoreResult from accounts: ratios that refuse a
/// non-positive denominator, annualised flows, drivers and the total. Internal to
/// models/risk_scores.
#pragma once

#include <optional>
#include <string>

#include "engine/domain/accounts.hpp"
#include "models/risk_scores/score_result.hpp"

namespace oversight::score_assembly {

/// numerator / denominator, or nullopt when the denominator is not positive (a ratio
/// over zero or negative assets, liabilities or costs has no meaning).
std::optional<double> ratio_over_positive(double numerator, double denominator);

/// A flow filed for `period_months` scaled to 12 months, or nullopt when the period
/// length is not positive.
std::optional<double> annualised(double flow, int period_months);

/// Current plus non-current liabilities (the latter includes provisions).
double total_liabilities(const Accounts& accounts);

/// Adds `state` unless it is already there (several drivers can fail for one reason).
void add_state(ScoreResult& result, const std::string& state);

/// Appends a driver; its contribution is coefficient x ratio when the ratio is known.
void add_driver(ScoreResult& result, std::string name, std::string definition, std::optional<double> ratio,
                double coefficient);

/// Sets `value` to constant + the sum of contributions, or leaves it nullopt when any
/// driver is missing.
void total_drivers(ScoreResult& result);

}  // namespace oversight::score_assembly
