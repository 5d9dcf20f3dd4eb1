/// \file accounts_identities.hpp
/// \brief The accounts identities the engine checks (docs/data-format.md, ACC001 and
/// ACC002), worded once for accounts.csv and for iXBRL filings.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace oversight {

/// Pounds with two decimals, as the diagnostics print them ("1234.50").
std::string pounds_text(double amount);

/// When `computed` (by `formula`) misses the filed `filed_name` = `filed` by more than the
/// tolerance: "FORMULA = X but NAME = Y (difference D, tolerance T)". A warning, not an
/// error: filed accounts round, restate and classify differently.
std::optional<std::string> identity_gap(const std::string& formula, double computed, std::string_view filed_name,
                                        double filed, double tolerance_gbp);

}  // namespace oversight
