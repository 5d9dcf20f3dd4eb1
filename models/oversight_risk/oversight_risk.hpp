/// \file oversight_risk.hpp
/// \brief One composite failure-risk score (0-100, higher is riskier) from the scores,
/// leverage, headroom, liquidity and quality, and the oversight stage it maps to
/// (DOMAIN.md §4: 1 entry ... 5 significant risk, 6 formal notification to councils).
/// Every component is kept with its input, score, weight and contribution, so the
/// composite can be reproduced by hand; docs/configuration.md states each scoring rule.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/config/assumptions.hpp"

namespace oversight {

/// What the composite reads about one provider. nullopt = not available (the component
/// is then left out and the weights of the others are rescaled), except where noted.
struct RiskInputs {
    std::optional<double> altman_z_double_prime;
    std::optional<double> default_probability_1y_pct;
    std::optional<double> net_leverage;  ///< x EBITDA; ignored when ebitda_negative
    bool ebitda_negative = false;
    /// Smallest headroom of the provider's covenants, percent (negative = in breach);
    /// nullopt when it has no covenant, which scores 0.
    std::optional<double> min_covenant_headroom_pct;
    /// (cash + undrawn committed facilities) / (debt maturing within 12 months + a year's
    /// interest); nullopt when nothing falls due, which scores 0.
    std::optional<double> liquidity_cover;
    bool liquidity_known = true;  ///< false when there are no accounts to read cash from
    /// The provider has covenants that could not be measured (no P&L, no interest): the
    /// headroom component is then left out rather than scored as "no covenant".
    bool covenants_unmeasured = false;
    std::optional<double> places_inadequate_or_ri_pct;
    /// No accounts filed at all: the composite cannot see the finances, so the stage is at
    /// least RiskAssumptions::stage_without_accounts and the first driver says why.
    bool accounts_missing = false;
};

struct RiskComponent {
    std::string name;     ///< e.g. "Altman Z''"
    std::string input;    ///< the value read, as text ("1.84", "EBITDA negative", "no covenant")
    std::optional<double> score;  ///< 0-100; nullopt = not available, left out
    double weight = 0.0;
    double contribution = 0.0;    ///< score x weight / sum of the weights used
};

struct RiskAssessment {
    double composite = 0.0;  ///< 0-100
    int stage = 1;           ///< 1-6
    std::string stage_name;
    bool notify_councils = false;  ///< stage 6: failure "likely" on the configured test
    std::vector<RiskComponent> components;  ///< in the order of RiskAssumptions' weights
    std::vector<std::string> headline_drivers;  ///< the largest contributions, in words
};

/// Pure. The component rules are those of docs/configuration.md ("Failure risk").
RiskAssessment assess_risk(const RiskInputs& inputs, const RiskAssumptions& assumptions);

/// "Entry", "Regular monitoring", ... "Formal notification" for stages 1-6.
std::string oversight_stage_name(int stage);

}  // namespace oversight
