/// \file profitability_table.hpp
/// \brief Profitability rows as a Table (for `oversight providers` and the briefs).
#pragma once

#include <vector>

#include "models/profitability/profitability.hpp"
#include "reports/brief/table.hpp"

namespace oversight {

/// `latest_only` keeps each provider's most recent year. Rows keep the model's order.
Table profitability_table(const std::vector<ProfitabilityRow>& rows, bool groups, bool latest_only);

}  // namespace oversight
