/// \file base_rate.hpp
/// \brief The one base rate that floating-rate debt pays over its margin, until the debt
/// stress engine prices each facility on a full SONIA curve.
#pragma once

#include <optional>
#include <string>

#include "engine/domain/date.hpp"
#include "engine/market.hpp"

namespace oversight {

struct BaseRate {
    double rate_pct = 0.0;
    std::string source;  ///< e.g. "curves.csv: SONIA 1W on 2025-03-31", or "configuration"
};

/// The latest date with SONIA quotes on or before `as_of` (no bound when `as_of` is
/// nullopt); nullopt when there is none.
std::optional<Date> latest_sonia_date(const Market& market, std::optional<Date> as_of = std::nullopt);

/// The shortest-tenor SONIA quote on the latest curve date on or before `as_of`; else
/// `fallback_pct` with source "configuration".
BaseRate sonia_base_rate(const Market& market, Date as_of, double fallback_pct);

/// A tenor such as "1W", "3M", "10Y" (also "ON"/"1D") in approximate days, for ordering;
/// nullopt when it is not of that shape.
std::optional<int> tenor_days(const std::string& tenor);

}  // namespace oversight
