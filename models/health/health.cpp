#include "models/health/health.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "models/health/maturity.hpp"
#include "models/provider_accounts/provider_accounts.hpp"

namespace oversight {
namespace {

/// numerator / denominator when the denominator is positive.
std::optional<double> ratio(double numerator, double denominator) {
    if (denominator <= 0) return std::nullopt;
    return numerator / denominator;
}

/// Net debt variant / annual EBITDA; undefined when EBITDA <= 0 ("EBITDA negative").
std::optional<double> leverage(double net_debt, double annual_ebitda) { return ratio(net_debt, annual_ebitda); }

/// Headline net leverage of a provider year, for the trend against the previous year.
std::optional<double> net_leverage_of(const Accounts& a) {
    return leverage(a.bank_debt + a.shareholder_loans.value_or(0.0) + a.lease_liabilities.value_or(0.0) - a.cash,
                    annual_ebitda_of(a));
}

/// The accounts-based figures of one provider year, and its trends.
HealthRow make_row(const ProviderYear& provider, const ProviderYear* previous) {
    const Accounts& a = provider.totals;
    HealthRow row;
    row.id = provider.id;
    row.name = provider.name;
    row.is_group = provider.is_group;
    row.year = provider.year;
    row.period_end = a.period_end;
    row.period_months = a.period_months;
    row.basis = provider.basis;
    row.entities_included = provider.rows_included;

    row.ebitda = ebitda_of(a);
    row.annual_ebitda = annual_ebitda_of(a);
    if (a.period_months <= 0) row.states.push_back("annual_ebitda: period length not positive, not annualised");
    if (row.ebitda <= 0) row.states.push_back("ebitda: EBITDA negative");

    row.bank_debt = a.bank_debt;
    row.shareholder_loans = a.shareholder_loans.value_or(0.0);
    row.lease_liabilities = a.lease_liabilities.value_or(0.0);
    row.cash = a.cash;
    if (!a.shareholder_loans) row.states.push_back("net_debt: shareholder loans not filed");
    if (!a.lease_liabilities) row.states.push_back("net_debt: lease liabilities not filed");
    row.net_debt = row.bank_debt + row.shareholder_loans + row.lease_liabilities - row.cash;
    row.net_debt_excl_shareholder_loans = row.bank_debt + row.lease_liabilities - row.cash;
    row.net_debt_excl_leases = row.bank_debt + row.shareholder_loans - row.cash;
    row.net_leverage = leverage(row.net_debt, row.annual_ebitda);
    row.net_leverage_excl_shareholder_loans = leverage(row.net_debt_excl_shareholder_loans, row.annual_ebitda);
    row.net_leverage_excl_leases = leverage(row.net_debt_excl_leases, row.annual_ebitda);
    if (row.annual_ebitda <= 0) row.states.push_back("net_leverage: EBITDA negative");

    row.interest_payable = a.interest_payable;
    // A ratio of two flows of the same period: no annualising. With EBITDA <= 0 there is
    // no cover to speak of (and any interest-cover covenant is breached).
    if (row.interest_payable <= 0)
        row.states.push_back("interest_cover: no interest payable");
    else if (row.ebitda <= 0)
        row.states.push_back("interest_cover: EBITDA negative");
    else
        row.interest_cover = row.ebitda / row.interest_payable;

    row.current_assets = a.current_assets;
    row.current_liabilities = a.current_liabilities;
    row.working_capital = a.current_assets - a.current_liabilities;
    row.current_ratio = ratio(a.current_assets, a.current_liabilities);
    row.quick_ratio = row.current_ratio;  // no stock in the accounts: see health.hpp
    row.cash_ratio = ratio(a.cash, a.current_liabilities);
    if (a.current_liabilities <= 0)
        row.states.push_back("current_ratio, quick_ratio, cash_ratio: no current liabilities");
    row.total_liabilities = a.current_liabilities + a.non_current_liabilities;
    if (row.total_liabilities <= 0) row.states.push_back("total_liabilities: zero liabilities");
    row.net_assets = a.net_assets;
    row.negative_net_assets = a.net_assets < 0;

    if (!previous) {
        row.states.push_back("trends: no previous year");
        return row;
    }
    row.has_previous_year = true;
    const double previous_ebitda = annual_ebitda_of(previous->totals);
    if (previous_ebitda > 0)
        row.ebitda_change_pct = (row.annual_ebitda - previous_ebitda) / previous_ebitda * 100.0;
    else
        row.states.push_back("ebitda_change_pct: previous EBITDA negative");
    const std::optional<double> previous_leverage = net_leverage_of(previous->totals);
    if (row.net_leverage && previous_leverage)
        row.net_leverage_change = *row.net_leverage - *previous_leverage;
    else
        row.states.push_back("net_leverage_change: net leverage undefined this year or the previous");
    return row;
}

/// Tests one covenant on `row` (nullptr: no accounts filed), noting why a figure is missing.
CovenantTest test_covenant(const Facility& facility, CovenantKind kind, double limit, const HealthRow* row,
                           std::vector<std::string>& states) {
    CovenantTest test{facility.facility_id, facility.entity_id, kind, limit, std::nullopt, std::nullopt, false};
    const std::string prefix = "covenant " + facility.facility_id + " " + covenant_kind_text(kind) + ": ";
    if (!row) {
        states.push_back(prefix + "not tested, no P&L filed");
        return test;
    }
    if (kind == CovenantKind::MaxNetLeverage) {
        // Lenders' net debt: excluding shareholder loans (see health.hpp).
        test.actual = row->net_leverage_excl_shareholder_loans;
        if (!test.actual) {
            test.breached = row->net_debt_excl_shareholder_loans > 0;
            states.push_back(prefix + (test.breached ? "EBITDA negative, breached" : "EBITDA negative, net cash"));
            return test;
        }
        test.breached = *test.actual > limit;
        if (limit > 0)
            test.headroom_pct = (1.0 - *test.actual / limit) * 100.0;
        else
            states.push_back(prefix + "limit not positive");
        return test;
    }
    test.actual = row->interest_cover;
    if (!test.actual) {
        if (row->interest_payable > 0 && row->ebitda <= 0) {
            test.breached = true;
            states.push_back(prefix + "EBITDA negative, breached");
        } else {
            states.push_back(prefix + "no interest payable");
        }
        return test;
    }
    test.breached = *test.actual < limit;
    if (*test.actual > 0)
        test.headroom_pct = (1.0 - limit / *test.actual) * 100.0;
    else
        states.push_back(prefix + "EBITDA negative, breached");
    return test;
}

/// The facilities of `entity_indexes` as at `as_of`; covenants tested on `row` when given.
FacilityPosition facility_position(const Market& market, const std::vector<std::size_t>& entity_indexes, Date as_of,
                                   const HealthRow* row, std::vector<std::string>& states) {
    const auto& data = market.data();
    FacilityPosition position;
    position.as_of = as_of;
    for (std::size_t e : entity_indexes)
        for (std::size_t f : market.facilities_of(data.entities[e].entity_id)) {
            const Facility& facility = data.facilities[f];
            ++position.facilities;
            position.drawn += facility.drawn;
            position.maturing_12m += amount_maturing(facility, as_of, 12);
            position.maturing_24m += amount_maturing(facility, as_of, 24);
            position.undrawn_committed += undrawn_committed(facility, as_of);
            // A facility repaid at maturity no longer binds; one past maturity but still
            // drawn is overdue and its covenants still stand.
            if (facility.maturity_date <= as_of && facility.drawn <= 0) continue;
            if (facility.covenant_max_net_leverage)
                position.covenants.push_back(test_covenant(facility, CovenantKind::MaxNetLeverage,
                                                           *facility.covenant_max_net_leverage, row, states));
            if (facility.covenant_min_interest_cover)
                position.covenants.push_back(test_covenant(facility, CovenantKind::MinInterestCover,
                                                           *facility.covenant_min_interest_cover, row, states));
        }
    if (row) position.cash_plus_undrawn = row->cash + position.undrawn_committed;

    bool unmeasured_breach = false;
    for (const CovenantTest& test : position.covenants) {
        position.covenant_breached = position.covenant_breached || test.breached;
        if (test.breached && !test.headroom_pct && !unmeasured_breach) {
            unmeasured_breach = true;
            position.min_headroom_facility_id = test.facility_id;
        }
        if (unmeasured_breach || !test.headroom_pct) continue;
        if (!position.min_headroom_pct || *test.headroom_pct < *position.min_headroom_pct) {
            position.min_headroom_pct = test.headroom_pct;
            position.min_headroom_facility_id = test.facility_id;
        }
    }
    if (unmeasured_breach) {
        position.min_headroom_pct.reset();
        states.push_back("min_headroom_pct: a covenant is breached with EBITDA negative");
    } else if (position.covenants.empty()) {
        states.push_back("min_headroom_pct: no covenants");
    } else if (!position.min_headroom_pct) {
        states.push_back("min_headroom_pct: no covenant measurable");
    }
    return position;
}

/// Builds the rows of `years` and gives each provider's latest-year rows their facility
/// position. Rows of one provider are contiguous (entity_years, group_years).
std::vector<HealthRow> make_rows(const Market& market, const std::vector<ProviderYear>& years, Date as_of) {
    std::vector<HealthRow> rows;
    rows.reserve(years.size());
    std::unordered_map<std::string, int> latest;  // latest complete year (a partial group year never is)
    for (std::size_t i = 0; i < years.size(); ++i) {
        rows.push_back(make_row(years[i], previous_year(years, i)));
        if (!years[i].complete) continue;
        int& year = latest[years[i].id];
        year = std::max(year, years[i].year);
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        HealthRow& row = rows[i];
        if (!years[i].complete || row.year != latest[row.id]) continue;
        row.latest_year = true;
        row.facilities = facility_position(market, years[i].entity_indexes, as_of, &row, row.states);
    }
    return rows;
}

bool has_settings_or_facilities(const Market& market, const std::vector<std::size_t>& entity_indexes, int& settings) {
    bool any = false;
    settings = 0;
    for (std::size_t e : entity_indexes) {
        const std::string& id = market.data().entities[e].entity_id;
        settings += static_cast<int>(market.settings_of(id).size());
        any = any || !market.settings_of(id).empty() || !market.facilities_of(id).empty();
    }
    return any;
}

UnfiledProvider make_unfiled(const Market& market, const Entity& entity, bool is_group,
                             const std::vector<std::size_t>& entity_indexes, int settings, Date as_of) {
    UnfiledProvider provider;
    provider.id = entity.entity_id;
    provider.name = entity.name;
    provider.is_group = is_group;
    provider.settings = settings;
    provider.states.push_back("no P&L filed");
    provider.facilities = facility_position(market, entity_indexes, as_of, nullptr, provider.states);
    return provider;
}

}  // namespace

HealthResult compute_health(const Market& market, Date as_of) {
    HealthResult result;
    result.as_of = as_of;
    result.entities = make_rows(market, entity_years(market), as_of);
    result.groups = make_rows(market, group_years(market), as_of);

    const auto& data = market.data();
    for (std::size_t e = 0; e < data.entities.size(); ++e) {
        const Entity& entity = data.entities[e];
        int settings = 0;
        if (market.accounts_of(entity.entity_id).empty() && has_settings_or_facilities(market, {e}, settings))
            result.unfiled.push_back(make_unfiled(market, entity, false, {e}, settings, as_of));
    }
    std::unordered_map<std::string, bool> group_filed;
    for (const HealthRow& row : result.groups) group_filed[row.id] = true;
    for (const std::string& group_id : market.group_ids()) {
        if (group_filed.contains(group_id)) continue;
        const auto members = market.group_members(group_id);
        const std::vector<std::size_t> member_list(members.begin(), members.end());
        int settings = 0;
        if (has_settings_or_facilities(market, member_list, settings))
            result.unfiled.push_back(
                make_unfiled(market, *market.find_entity(group_id), true, member_list, settings, as_of));
    }
    return result;
}

std::string covenant_kind_text(CovenantKind kind) {
    return kind == CovenantKind::MaxNetLeverage ? "max net leverage" : "min interest cover";
}

}  // namespace oversight
