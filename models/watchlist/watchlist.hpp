/// \file watchlist.hpp
/// \brief The Ofsted watchlist: for every group, its latest financial health, failure-risk
/// scores, cash-flow default probability, composite risk and oversight stage, whether it
/// is difficult to replace, and the councils that would have to act if it failed.
///
/// This model only joins: each figure is computed once, by the model that owns it
/// (health, risk_scores, cashflow_default, replaceability, oversight_risk).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "engine/config/assumptions.hpp"
#include "engine/domain/date.hpp"
#include "engine/market.hpp"
#include "models/cashflow_default/cashflow_default.hpp"
#include "models/health/health.hpp"
#include "models/oversight_risk/oversight_risk.hpp"
#include "models/replaceability/replaceability.hpp"
#include "models/risk_scores/risk_scores.hpp"

namespace oversight {

struct WatchlistEntry {
    GroupReplaceability profile;         ///< what it runs, scope and reasons, councils
    std::optional<HealthRow> health;     ///< the group's latest accounts year; nullopt: none filed
    std::vector<ScoreResult> scores;     ///< Altman Z'', Z', Z, Taffler, Ohlson (empty without accounts)
    std::optional<CashflowDefaultResult> default_probability;  ///< nullopt without accounts
    RiskInputs inputs;                   ///< what the composite read, for the record
    RiskAssessment assessment;
};

struct Watchlist {
    Date as_of;
    double sonia_pct = 0.0;           ///< base rate used for floating debt
    std::string sonia_source;         ///< "curves.csv SONIA 1M on 2025-03-31" or "configuration"
    std::vector<WatchlistEntry> groups;  ///< every group with a setting; in scope first, then by composite descending
};

/// An entry's one-year cash-flow default probability, percent; nullopt without one.
std::optional<double> one_year_pd_pct(const WatchlistEntry& entry);

/// The watchlist's entries by group id.
StringMap<const WatchlistEntry*> entries_by_group(const Watchlist& watchlist);

/// Changes one group's cash-flow inputs before its default simulation: a policy lever's
/// rate path or levy (models/exit/policy_levers).
using CashflowInputsAdjustment = std::function<void(CashflowDefaultInputs&)>;

/// Pure. `as_of` positions facilities, placements and the simulation start. `adjust`, when
/// given, is applied to every group's cash-flow inputs.
Watchlist compute_watchlist(const Market& market, const Assumptions& assumptions, Date as_of,
                            const CashflowInputsAdjustment& adjust = {});

}  // namespace oversight
