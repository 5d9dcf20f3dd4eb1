/// \file health_table.hpp
/// \brief Financial health rows as a Table (for `oversight health` and the briefs).
#pragma once

#include <vector>

#include "models/health/health.hpp"
#include "reports/brief/table.hpp"

namespace oversight {

/// `latest_only` keeps each provider's latest accounts year (the rows that carry the
/// facility position). Rows keep the model's order.
Table health_table(const std::vector<HealthRow>& rows, bool groups, bool latest_only);

}  // namespace oversight
