/// \file altman.hpp
/// \brief Altman's Z-scores from one set of accounts (DOMAIN.md §3): Z'' for
/// non-manufacturers and private firms (the primary score here), Z' for private firms,
/// and the original Z.
///
/// Ratios, as our accounts give them:
///   X1 = working capital / total assets, working capital = current assets - current liabilities
///   X2 = retained earnings / total assets
///   X3 = EBIT / total assets, EBIT = operating profit
///   X4 = book equity (net assets) / total liabilities (current + non-current)
///   X5 = sales / total assets, sales = turnover (Z' and Z only)
/// EBIT and sales are annualised (x 12 / period_months) so that a short or long first
/// period is not read as a fall or rise in returns on the same balance sheet.
#pragma once

#include <string>

#include "engine/domain/accounts.hpp"
#include "models/risk_scores/score_result.hpp"

namespace oversight {

/// A score below `distress_below` is "distress", above `safe_above` "safe", and from one
/// to the other inclusive "grey". These are part of each published model, not settings.
struct AltmanZoneBounds {
    double distress_below = 0.0;
    double safe_above = 0.0;
};

inline constexpr AltmanZoneBounds kAltmanZDoublePrimeZones{1.1, 2.6};  ///< Altman (1995)
inline constexpr AltmanZoneBounds kAltmanZPrimeZones{1.23, 2.90};      ///< Altman (1983)
inline constexpr AltmanZoneBounds kAltmanZZones{1.81, 2.99};           ///< Altman (1968)

/// "safe", "grey" or "distress".
std::string altman_zone(double score, AltmanZoneBounds bounds);

/// Z'' = 6.56 X1 + 3.26 X2 + 6.72 X3 + 1.05 X4 (no sales term, so that asset-light
/// service providers are not marked down for high or low asset turnover).
ScoreResult altman_z_double_prime(const Accounts& accounts);

/// Z' = 0.717 X1 + 0.847 X2 + 3.107 X3 + 0.420 X4 + 0.998 X5.
ScoreResult altman_z_prime(const Accounts& accounts);

/// Z = 1.2 X1 + 1.4 X2 + 3.3 X3 + 0.6 X4 + 1.0 X5. Altman's X4 is the market value of
/// equity; our providers are unlisted, so book equity stands in and a state says so.
ScoreResult altman_z(const Accounts& accounts);

}  // namespace oversight
