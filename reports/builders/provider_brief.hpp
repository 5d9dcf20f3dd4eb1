/// \file provider_brief.hpp
/// \brief The provider brief for Ofsted's financial oversight staff: one group (or one
/// legal entity) on a few pages. Key figures, five-year trends, failure risk with its
/// drivers, debt with its maturity profile, covenants, the stress scenarios and the
/// rates x occupancy grid as a heat map, what it runs with its Ofsted ratings, and the
/// councils to warn. Marked OFFICIAL-SENSITIVE: facility terms, covenants and placements
/// are not public.
#pragma once

#include <string>
#include <vector>

#include "engine/config/assumptions.hpp"
#include "models/debt/market_stress.hpp"
#include "models/health/health.hpp"
#include "models/profitability/profitability.hpp"
#include "models/replaceability/provider_settings.hpp"
#include "models/watchlist/watchlist.hpp"
#include "reports/brief/brief.hpp"
#include "reports/builders/brief_parts.hpp"

namespace oversight {

/// Years in the maturity profile before "later".
inline constexpr int kMaturityProfileYears = 5;

/// What the brief shows, all computed before. `profitability[i]` and `health[i]` are the
/// same accounts year of the provider (oldest first; the last five are shown). For an
/// entity, `entry` is its group's watchlist entry: risk is assessed on groups.
struct ProviderBriefContent {
    std::string id;
    std::string name;
    bool group = true;
    const Watchlist& watchlist;
    const WatchlistEntry& entry;
    std::vector<const ProfitabilityRow*> profitability;
    std::vector<const HealthRow*> health;
    const ProviderSettings& settings;
    std::vector<double> maturity;  ///< maturity_profile(..., kMaturityProfileYears)
    /// The provider's stress under the library with its grid; null when it has no
    /// facilities or accounts to stress (`not_stressed` says why).
    const StressRun* run = nullptr;
    const StressedProvider* stressed = nullptr;
    std::string not_stressed;
};

/// The brief's id is "provider-<id>". Throws std::invalid_argument when the profitability
/// and health years disagree or the maturity profile has the wrong length.
Brief build_provider_brief(const ProviderBriefContent& content, const Assumptions& assumptions,
                           const BriefProvenance& provenance);

}  // namespace oversight
