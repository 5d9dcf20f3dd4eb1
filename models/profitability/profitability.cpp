#include "models/profitability/profitability.hpp"

#include <chrono>
#include <map>

#include "engine/domain/codes.hpp"

namespace oversight {
namespace {

/// The accounts figures profitability needs, summable across entities.
struct Figures {
    double turnover = 0, operating_profit = 0, depreciation_amortisation = 0, profit_before_tax = 0;
    double total_assets = 0, current_liabilities = 0;
    Date period_end;
    int period_months = 12;
    int rows = 0;

    void add(const Accounts& a) {
        turnover += a.turnover;
        operating_profit += a.operating_profit;
        depreciation_amortisation += a.depreciation_amortisation;
        profit_before_tax += a.profit_before_tax;
        total_assets += a.total_assets;
        current_liabilities += a.current_liabilities;
        if (rows == 0 || period_end < a.period_end) {
            period_end = a.period_end;
            period_months = a.period_months;
        }
        ++rows;
    }
};

/// First day of the period that ends on `period_end` and lasts `months` months.
Date period_start(Date period_end, int months) {
    using namespace std::chrono;
    const year_month_day end{sys_days{days{period_end.days_since_epoch()}}};
    // Step back whole months from the day after the end; day-of-month clamps to the
    // month's last day (a period ending 28 Feb starts 1 March of the year before).
    const year_month_day after = year_month_day{sys_days{end} + days{1}};
    year_month_day start = after - std::chrono::months{months};
    if (!start.ok()) start = year_month_day_last{start.year(), month_day_last{start.month()}};
    return Date::from_days(static_cast<std::int32_t>(sys_days{start}.time_since_epoch().count()));
}

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
ProfitabilityRow make_row(const Market& market, const std::string& id, const std::string& name,
                          const Figures& current, const Figures* previous, std::string basis,
                          double coc_pct, const std::vector<std::size_t>& entities_placing) {
    ProfitabilityRow row;
    row.id = id;
    row.name = name;
    row.year = current.period_end.year();
    row.period_end = current.period_end;
    row.period_months = current.period_months;
    row.basis = std::move(basis);
    row.entities_included = current.rows;
    row.turnover = current.turnover;
    row.operating_profit = current.operating_profit;
    row.ebitda = current.operating_profit + current.depreciation_amortisation;
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
            (row.capital_employed + previous->total_assets - previous->current_liabilities) / 2.0;
        row.capital_employed_averaged = true;
    }
    const double annual_operating_profit = row.operating_profit * 12.0 / row.period_months;
    row.roce_pct = percent_of(annual_operating_profit, row.capital_employed_used);
    if (!row.roce_pct) row.states.push_back("roce_pct: capital employed not positive");
    row.cost_of_capital_pct = coc_pct;
    row.excess_profit = annual_operating_profit - coc_pct / 100.0 * row.capital_employed_used;

    const Date first_day = period_start(row.period_end, row.period_months);
    row.average_children_placed = average_children_placed(market, entities_placing, first_day, row.period_end);
    if (row.average_children_placed && *row.average_children_placed > 0)
        row.excess_profit_per_child = row.excess_profit / *row.average_children_placed;
    else
        row.states.push_back("excess_profit_per_child: no children placed");
    return row;
}

/// Adds the group's accounts for `year` below `entity_index`: a node's consolidated
/// accounts stand for it and all its descendants; otherwise its own accounts plus its
/// subsidiaries'. This is what keeps a group total free of double counting.
void add_group_accounts(const Market& market, std::size_t entity_index, int year, Figures& figures,
                        bool& used_consolidated) {
    const auto& data = market.data();
    const std::string& id = data.entities[entity_index].entity_id;
    const Accounts* own = nullptr;
    for (std::size_t a : market.accounts_of(id)) {
        const Accounts& accounts = data.accounts[a];
        if (accounts.period_end.year() != year) continue;
        if (accounts.basis == AccountsBasis::Consolidated) {
            figures.add(accounts);
            used_consolidated = true;
            return;
        }
        own = &accounts;
    }
    if (own) figures.add(*own);
    for (std::size_t child : market.subsidiaries_of(id))
        add_group_accounts(market, child, year, figures, used_consolidated);
}

}  // namespace

ProfitabilityResult compute_profitability(const Market& market, const ProfitabilityAssumptions& assumptions) {
    ProfitabilityResult result;
    const auto& data = market.data();

    for (std::size_t e = 0; e < data.entities.size(); ++e) {
        const Entity& entity = data.entities[e];
        const double coc = cost_of_capital_pct(market, entity, assumptions);
        // Per basis, so that an entity filing both its own and consolidated accounts
        // gives one row of each, each averaged with its own previous year.
        std::map<AccountsBasis, Figures> previous;
        for (std::size_t a : market.accounts_of(entity.entity_id)) {
            const Accounts& accounts = data.accounts[a];
            Figures current;
            current.add(accounts);
            const auto prior = previous.find(accounts.basis);
            result.entities.push_back(make_row(market, entity.entity_id, entity.name, current,
                                               prior == previous.end() ? nullptr : &prior->second,
                                               std::string(code_of(accounts.basis)), coc, {e}));
            previous[accounts.basis] = current;
        }
    }

    for (const std::string& group_id : market.group_ids()) {
        const Entity& top = *market.find_entity(group_id);
        const auto members = market.group_members(group_id);
        const std::vector<std::size_t> member_list(members.begin(), members.end());
        std::map<int, bool> years;
        for (std::size_t m : member_list)
            for (std::size_t a : market.accounts_of(data.entities[m].entity_id))
                years[data.accounts[a].period_end.year()] = true;
        std::optional<Figures> previous;
        for (const auto& [year, unused] : years) {
            Figures current;
            bool used_consolidated = false;
            add_group_accounts(market, member_list.front(), year, current, used_consolidated);
            if (current.rows == 0) continue;
            const std::string basis = used_consolidated ? "consolidated" : current.rows > 1 ? "sum of entities" : "entity";
            result.groups.push_back(make_row(market, group_id, top.name, current, previous ? &*previous : nullptr,
                                             basis, cost_of_capital_pct(market, top, assumptions), member_list));
            previous = current;
        }
    }
    return result;
}

}  // namespace oversight
