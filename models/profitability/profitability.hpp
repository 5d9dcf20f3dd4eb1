/// \file profitability.hpp
/// \brief Profitability of each entity and each group, per accounts year (DOMAIN.md §2):
/// EBITDA and margins, ROCE, and CMA-style excess profit over the cost of capital.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/config/assumptions.hpp"
#include "engine/domain/date.hpp"
#include "engine/market.hpp"

namespace oversight {

/// One provider (entity or group) in one accounts year. Flows are as filed for the
/// period; ROCE and excess profit annualise operating profit by 12 / period_months.
/// A ratio whose denominator is not positive is nullopt with its reason in `states`.
struct ProfitabilityRow {
    std::string id;    ///< entity id, or the top parent's id for a group
    std::string name;
    int year = 0;      ///< calendar year of the period end
    Date period_end;
    int period_months = 12;
    std::string basis;  ///< "entity", "consolidated", or for a group how it was formed
    int entities_included = 1;  ///< accounts rows summed (groups)
    bool complete = true;       ///< false for a partial group year (see ProviderYear::complete)

    double turnover = 0.0;
    double ebitda = 0.0;  ///< operating profit + depreciation and amortisation
    double operating_profit = 0.0;
    double profit_before_tax = 0.0;
    std::optional<double> ebitda_margin_pct;
    std::optional<double> operating_margin_pct;
    std::optional<double> pbt_margin_pct;

    double capital_employed = 0.0;  ///< total assets - current liabilities, closing
    double capital_employed_used = 0.0;  ///< average of opening and closing where a prior year exists
    bool capital_employed_averaged = false;
    std::optional<double> roce_pct;
    double cost_of_capital_pct = 0.0;
    double excess_profit = 0.0;  ///< annual operating profit - cost of capital x capital employed used
    std::optional<double> average_children_placed;  ///< placement-days in the period / days in it
    std::optional<double> excess_profit_per_child;

    std::vector<std::string> states;  ///< e.g. "roce_pct: capital employed not positive"
};

struct ProfitabilityResult {
    std::vector<ProfitabilityRow> entities;  ///< by entity (entities.csv order), then year
    std::vector<ProfitabilityRow> groups;    ///< by group, then year
};

/// Pure: reads the Market, returns values; no I/O.
ProfitabilityResult compute_profitability(const Market& market, const ProfitabilityAssumptions& assumptions);

}  // namespace oversight
