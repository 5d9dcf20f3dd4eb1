/// \file watchlist_tables.hpp
/// \brief The watchlist as Tables (for `oversight risk` and the oversight briefs): one row
/// per group, and for one group every figure behind its stage.
#pragma once

#include <optional>
#include <vector>

#include "models/watchlist/watchlist.hpp"
#include "reports/brief/table.hpp"

namespace oversight {

/// One row per group, in the watchlist's order; `in_scope_only` keeps the groups that are
/// difficult to replace.
Table watchlist_table(const Watchlist& watchlist, bool in_scope_only);

/// The tables behind one group's stage, one member per subject (absent where the group
/// has nothing to show: no accounts, no simulation, no covenants).
struct GroupRiskTables {
    Table summary;
    Table components;
    std::optional<Table> health;
    std::vector<Table> scores;  ///< the scores, then each score's drivers
    std::optional<Table> cashflow_default;
    std::optional<Table> covenants;
    Table scope;
    Table supply;
    Table areas;
    Table councils;
};

/// Each covenant of `facilities` with its headroom; `states` are the provider's (for the
/// reason a covenant cannot be measured).
Table covenants_table(const FacilityPosition& facilities, const std::vector<std::string>& states);

GroupRiskTables group_risk_parts(const Watchlist& watchlist, const WatchlistEntry& entry);

/// Everything behind one group's stage: summary, composite components, each score's
/// drivers, the cash-flow default simulation, health, covenants, scope reasons and the
/// councils to warn.
std::vector<Table> group_risk_tables(const Watchlist& watchlist, const WatchlistEntry& entry);

}  // namespace oversight
