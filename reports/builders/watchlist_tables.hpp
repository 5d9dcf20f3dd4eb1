/// \file watchlist_tables.hpp
/// \brief The watchlist as Tables (for `oversight risk` and the oversight briefs): one row
/// per group, and for one group every figure behind its stage.
#pragma once

#include <vector>

#include "models/watchlist/watchlist.hpp"
#include "reports/brief/table.hpp"

namespace oversight {

/// One row per group, in the watchlist's order; `in_scope_only` keeps the groups that are
/// difficult to replace.
Table watchlist_table(const Watchlist& watchlist, bool in_scope_only);

/// Everything behind one group's stage: summary, composite components, each score's
/// drivers, the cash-flow default simulation, health, covenants, scope reasons and the
/// councils to warn.
std::vector<Table> group_risk_tables(const Watchlist& watchlist, const WatchlistEntry& entry);

}  // namespace oversight
