#include "models/provider_accounts/provider_accounts.hpp"

#include <map>
#include <optional>

#include "engine/domain/codes.hpp"

namespace oversight {
namespace {

/// A sum of optional figures is known only when every row summed filed it: a group's
/// retained earnings or tax from one member alone would be a fragment passed off as the
/// whole.
void add_optional(std::optional<double>& sum, const std::optional<double>& value) {
    if (sum && value)
        *sum += *value;
    else
        sum.reset();
}

/// Borrowing is the exception: a member that files no shareholder loans or leases is
/// taken to have none, so the group's figure is the sum of those filed (absent only when
/// no member filed one). Dropping a member's loans because another filed none would
/// understate the group's debt.
void add_borrowing(std::optional<double>& sum, const std::optional<double>& value) {
    if (value) sum = sum.value_or(0.0) + *value;
}

/// Adds `a` into `sum`, which holds `rows` rows so far.
void add_accounts(Accounts& sum, int rows, const Accounts& a) {
    if (rows == 0) {
        sum = a;
        return;
    }
    if (sum.period_end < a.period_end) {
        sum.period_end = a.period_end;
        sum.period_months = a.period_months;
    }
    sum.turnover += a.turnover;
    sum.staff_costs += a.staff_costs;
    sum.other_operating_costs += a.other_operating_costs;
    sum.depreciation_amortisation += a.depreciation_amortisation;
    sum.operating_profit += a.operating_profit;
    sum.interest_payable += a.interest_payable;
    sum.profit_before_tax += a.profit_before_tax;
    add_optional(sum.tax, a.tax);
    sum.cash += a.cash;
    sum.current_assets += a.current_assets;
    sum.total_assets += a.total_assets;
    sum.current_liabilities += a.current_liabilities;
    sum.non_current_liabilities += a.non_current_liabilities;
    sum.bank_debt += a.bank_debt;
    add_borrowing(sum.shareholder_loans, a.shareholder_loans);
    add_borrowing(sum.lease_liabilities, a.lease_liabilities);
    add_optional(sum.retained_earnings, a.retained_earnings);
    sum.net_assets += a.net_assets;
    if (sum.employees && a.employees)
        *sum.employees += *a.employees;
    else
        sum.employees.reset();
    add_optional(sum.capex, a.capex);
    sum.source.reset();  // a sum has no single source file
}

struct GroupSum {
    Accounts totals;
    int rows = 0;
    bool used_consolidated = false;
    std::vector<bool> covered;  ///< by entity index: its figures are in the sum
};

void cover_subtree(const Market& market, std::size_t entity_index, std::vector<bool>& covered) {
    covered[entity_index] = true;
    for (std::size_t child : market.subsidiaries_of(market.data().entities[entity_index].entity_id))
        cover_subtree(market, child, covered);
}

/// Adds the group's accounts for `year` below `entity_index`.
void add_group_accounts(const Market& market, std::size_t entity_index, int year, GroupSum& sum) {
    const auto& data = market.data();
    const std::string& id = data.entities[entity_index].entity_id;
    const Accounts* own = nullptr;
    for (std::size_t a : market.accounts_of(id)) {
        const Accounts& accounts = data.accounts[a];
        if (accounts.period_end.year() != year) continue;
        if (accounts.basis == AccountsBasis::Consolidated) {
            add_accounts(sum.totals, sum.rows++, accounts);
            sum.used_consolidated = true;
            cover_subtree(market, entity_index, sum.covered);
            return;
        }
        own = &accounts;
    }
    if (own) {
        add_accounts(sum.totals, sum.rows++, *own);
        sum.covered[entity_index] = true;
    }
    for (std::size_t child : market.subsidiaries_of(id)) add_group_accounts(market, child, year, sum);
}

}  // namespace

std::vector<ProviderYear> entity_years(const Market& market) {
    std::vector<ProviderYear> years;
    const auto& data = market.data();
    for (std::size_t e = 0; e < data.entities.size(); ++e) {
        const Entity& entity = data.entities[e];
        for (std::size_t a : market.accounts_of(entity.entity_id)) {
            const Accounts& accounts = data.accounts[a];
            years.push_back({entity.entity_id, entity.name, false, accounts.period_end.year(),
                             std::string(code_of(accounts.basis)), 1, true, accounts, {e}});
        }
    }
    return years;
}

std::vector<ProviderYear> group_years(const Market& market) {
    std::vector<ProviderYear> years;
    const auto& data = market.data();
    for (const std::string& group_id : market.group_ids()) {
        const Entity& top = *market.find_entity(group_id);
        const auto members = market.group_members(group_id);
        const std::vector<std::size_t> member_list(members.begin(), members.end());
        std::map<int, bool> filed;
        for (std::size_t m : member_list)
            for (std::size_t a : market.accounts_of(data.entities[m].entity_id))
                filed[data.accounts[a].period_end.year()] = true;
        for (const auto& [year, unused] : filed) {
            GroupSum sum;
            sum.covered.assign(data.entities.size(), false);
            add_group_accounts(market, member_list.front(), year, sum);
            if (sum.rows == 0) continue;
            bool complete = true;
            for (std::size_t m : member_list)
                if (!market.accounts_of(data.entities[m].entity_id).empty() && !sum.covered[m]) complete = false;
            const std::string basis = !complete               ? "partial group"
                                      : sum.used_consolidated ? "consolidated"
                                      : sum.rows > 1          ? "sum of entities"
                                                              : "entity";
            years.push_back({group_id, top.name, true, year, basis, sum.rows, complete, sum.totals, member_list});
        }
    }
    return years;
}

const ProviderYear* previous_year(const std::vector<ProviderYear>& years, std::size_t index) {
    const ProviderYear& current = years[index];
    // Rows of one provider are contiguous and in period order; an entity's two bases
    // interleave, so look back past rows of the other basis. A group's basis may change
    // from year to year (a subsidiary starts filing consolidated accounts): any basis.
    for (std::size_t i = index; i-- > 0;) {
        if (years[i].id != current.id || years[i].is_group != current.is_group) return nullptr;
        if (!years[i].complete) continue;
        if (current.is_group || years[i].basis == current.basis) return &years[i];
    }
    return nullptr;
}

std::unordered_map<std::string, std::size_t> latest_complete_years(const std::vector<ProviderYear>& years) {
    std::unordered_map<std::string, std::size_t> latest;
    for (std::size_t i = 0; i < years.size(); ++i) {
        if (!years[i].complete) continue;
        const auto [it, inserted] = latest.try_emplace(years[i].id, i);
        if (inserted) continue;
        const ProviderYear& held = years[it->second];
        // Later period end wins; on the same year, consolidated accounts over the entity's own.
        if (held.totals.period_end < years[i].totals.period_end ||
            (held.year == years[i].year && years[i].totals.basis == AccountsBasis::Consolidated))
            it->second = i;
    }
    return latest;
}

}  // namespace oversight
