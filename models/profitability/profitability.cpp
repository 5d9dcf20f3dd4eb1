#include "models/profitability/profitability.hpp"


#include "models/provider_accounts/provider_accounts.hpp"

namespace oversight {
namespace {

/// First day of the period that ends on `period_end` and lasts `months` months: whole
/// months back from the day after the end (a period ending 28 Feb starts 1 March).
Date period_start(Date period_end, int months) { return add_months(period_end + 1, -months); }

/// Average number of children placed in the settings of `entity_indexes` over the
/// period: placement-days inside the period divided by its days.
std::optional<double> average_children_placed(const Market& market, const std::vector<std::size_t>& entity_indexes,
                                              Date first_day, Date last_day) {
    const auto& data = market.data();
    long long placement_days = 0;
    for (std::size_t e : entity_indexes)
        for (std::size_t s : market.settings_of(data.entities[e].entity_id))
            for (std::size_t p : market.placements_in(data.settings[s].urn)) {
                const Placement& placement = data.placements[p];
                const Date from = std::max(placement.start_date, first_day);
                const Date to = placement.end_date ? std::min(*placement.end_date, last_day) : last_day;
                if (from <= to) placement_days += (to - from) + 1;
            }
    const long long period_days = (last_day - first_day) + 1;
    if (period_days <= 0) return std::nullopt;
    return static_cast<double>(placement_days) / static_cast<double>(period_days);
}

double cost_of_capital_pct(const Market& market, const Entity& entity, const ProfitabilityAssumptions& assumptions) {
    if (entity.wacc_pct) return *entity.wacc_pct;
    const Entity* top = market.find_entity(market.group_of(entity.entity_id));
    if (top && top->wacc_pct) return *top->wacc_pct;
    return assumptions.cost_of_capital_pct;
}

std::optional<double> percent_of(double numerator, double denominator) {
    if (denominator <= 0) return std::nullopt;
    return numerator / denominator * 100.0;
}

/// Turns one year's figures (and the previous year's, when there is one) into a row.
ProfitabilityRow make_row(const Market& market, const ProviderYear& provider, const ProviderYear* previous,
                          double coc_pct) {
    const Accounts& current = provider.totals;
    ProfitabilityRow row;
    row.id = provider.id;
    row.name = provider.name;
    row.year = provider.year;
    row.period_end = current.period_end;
    row.period_months = current.period_months;
    row.basis = provider.basis;
    row.entities_included = provider.rows_included;
    row.complete = provider.complete;
    row.turnover = current.turnover;
    row.operating_profit = current.operating_profit;
    row.ebitda = ebitda_of(current);
    row.profit_before_tax = current.profit_before_tax;
    row.ebitda_margin_pct = percent_of(row.ebitda, row.turnover);
    row.operating_margin_pct = percent_of(row.operating_profit, row.turnover);
    row.pbt_margin_pct = percent_of(row.profit_before_tax, row.turnover);
    if (row.turnover <= 0) row.states.push_back("margins: no turnover");
    if (row.ebitda <= 0) row.states.push_back("ebitda: EBITDA negative");

    row.capital_employed = current.total_assets - current.current_liabilities;
    row.capital_employed_used = row.capital_employed;
    if (previous) {
        row.capital_employed_used =
            (row.capital_employed + previous->totals.total_assets - previous->totals.current_liabilities) / 2.0;
        row.capital_employed_averaged = true;
    }
    const double annual_operating_profit = row.operating_profit * 12.0 / row.period_months;
    row.roce_pct = percent_of(annual_operating_profit, row.capital_employed_used);
    if (!row.roce_pct) row.states.push_back("roce_pct: capital employed not positive");
    row.cost_of_capital_pct = coc_pct;
    row.excess_profit = annual_operating_profit - coc_pct / 100.0 * row.capital_employed_used;

    const Date first_day = period_start(row.period_end, row.period_months);
    row.average_children_placed = average_children_placed(market, provider.entity_indexes, first_day, row.period_end);
    if (row.average_children_placed && *row.average_children_placed > 0)
        row.excess_profit_per_child = row.excess_profit / *row.average_children_placed;
    else
        row.states.push_back("excess_profit_per_child: no children placed");
    return row;
}

}  // namespace

ProfitabilityResult compute_profitability(const Market& market, const ProfitabilityAssumptions& assumptions) {
    ProfitabilityResult result;
    const std::vector<ProviderYear> entities = entity_years(market);
    for (std::size_t i = 0; i < entities.size(); ++i) {
        const Entity& entity = *market.find_entity(entities[i].id);
        result.entities.push_back(make_row(market, entities[i], previous_year(entities, i),
                                           cost_of_capital_pct(market, entity, assumptions)));
    }
    const std::vector<ProviderYear> groups = group_years(market);
    for (std::size_t i = 0; i < groups.size(); ++i) {
        const Entity& top = *market.find_entity(groups[i].id);
        result.groups.push_back(make_row(market, groups[i], previous_year(groups, i),
                                         cost_of_capital_pct(market, top, assumptions)));
    }
    return result;
}

}  // namespace oversight
