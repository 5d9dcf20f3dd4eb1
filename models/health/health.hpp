/// \file health.hpp
/// \brief Financial health of each entity and each group, per accounts year (DOMAIN.md
/// §2): net debt in three variants, net leverage, interest cover, liquidity ratios,
/// balance-sheet flags, year-on-year trends, and for the latest year the facility
/// position as at a date: debt falling due, undrawn commitments and covenant headroom.
///
/// Margins, ROCE and excess profit live in models/profitability; this model carries
/// EBITDA only because leverage, cover and the covenants are ratios of it.
///
/// Judgement calls (each also noted where it applies):
/// - Missing optional balances (shareholder loans, lease liabilities) count as 0 in net
///   debt, with a state saying they were not filed.
/// - Leverage ratios use annual EBITDA = EBITDA x 12 / period_months, so a short or long
///   period is comparable with a year's debt. Interest cover divides two flows of the
///   same period and needs no annualising.
/// - Quick ratio = (current assets - stock) / current liabilities. The accounts carry no
///   stock line (care providers hold next to none), so it equals the current ratio; the
///   stricter cash ratio = cash / current liabilities is reported beside it.
/// - Covenants are tested on the row's own figures with the lenders' usual definition:
///   net debt excluding shareholder loans (bank debt + lease liabilities - cash; loans
///   from shareholders are subordinated, often PIK, and outside the bank group) over
///   annual EBITDA; interest cover on the row's total interest payable, the only interest
///   figure filed.
/// - A group's net debt is that of its roll-up (models/provider_accounts): the top
///   parent's consolidated accounts when filed, else the sum of members' own accounts. In
///   a sum, a member's loan from another member is not eliminated; the variant excluding
///   shareholder loans is free of that.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/domain/accounts.hpp"
#include "engine/domain/date.hpp"
#include "engine/market.hpp"
#include "models/provider_accounts/provider_accounts.hpp"

namespace oversight {

enum class CovenantKind {
    MaxNetLeverage,    ///< net debt / EBITDA must stay at or below the limit
    MinInterestCover,  ///< EBITDA / interest payable must stay at or above the limit
};

/// "max net leverage" or "min interest cover": as the covenant's states name it.
std::string covenant_kind_text(CovenantKind kind);

/// One financial covenant of one facility, tested on a provider's latest figures.
struct CovenantTest {
    std::string facility_id;
    std::string entity_id;  ///< the borrower (a group row holds its members' facilities)
    CovenantKind kind = CovenantKind::MaxNetLeverage;
    double limit = 0.0;  ///< times (x)
    /// Net leverage: net debt excluding shareholder loans / annual EBITDA, nullopt when
    /// EBITDA <= 0. Interest cover: EBITDA / interest payable, nullopt when no interest is
    /// payable. Nullopt also when the provider filed no accounts.
    std::optional<double> actual;
    /// Leverage: (1 - actual / limit) x 100, the fall in EBITDA the covenant can absorb
    /// (above 100 % with net cash). Interest cover: (1 - limit / actual) x 100. Negative
    /// when breached; nullopt when actual is nullopt, the limit is not positive, or
    /// interest cover is not positive.
    std::optional<double> headroom_pct;
    /// Actual beyond the limit, or untestable because EBITDA <= 0 (with positive net debt
    /// for a leverage covenant).
    bool breached = false;
};

/// The facilities of a provider (the borrowers in ProviderYear::entity_indexes) as at
/// `as_of`, with the conventions of models/health/maturity.hpp.
struct FacilityPosition {
    Date as_of;
    int facilities = 0;       ///< facilities of the provider's entities
    double drawn = 0.0;       ///< sum of drawn balances
    double maturing_12m = 0.0;  ///< principal falling due in (as_of, as_of + 12 months]
    double maturing_24m = 0.0;  ///< principal falling due in (as_of, as_of + 24 months]
    double undrawn_committed = 0.0;  ///< sum of max(0, limit - drawn), unmatured facilities with a limit
    /// Accounts cash (at the period end) + undrawn committed; nullopt without accounts.
    std::optional<double> cash_plus_undrawn;
    /// Every covenant of every facility not yet matured (or matured but still drawn), in
    /// facility order, leverage before interest cover.
    std::vector<CovenantTest> covenants;
    /// The least headroom across covenants. Nullopt when there are none, when none could
    /// be measured, or when one is breached with no measurable headroom (EBITDA <= 0).
    std::optional<double> min_headroom_pct;
    std::optional<std::string> min_headroom_facility_id;
    bool covenant_breached = false;  ///< any covenant breached
};

/// One provider (entity or group) in one accounts year. A ratio whose denominator makes
/// it meaningless is nullopt with its reason in `states`, as "field: reason".
struct HealthRow {
    std::string id;  ///< entity id, or the top parent's id for a group
    std::string name;
    bool is_group = false;
    int year = 0;  ///< calendar year of the period end
    Date period_end;
    int period_months = 12;
    std::string basis;  ///< as ProviderYear::basis
    int entities_included = 1;  ///< accounts rows summed (groups)

    double ebitda = 0.0;         ///< operating profit + D&A, for the period as filed
    double annual_ebitda = 0.0;  ///< ebitda x 12 / period_months

    // Debt as used: a missing optional balance counts as 0 (see states).
    double bank_debt = 0.0;
    double shareholder_loans = 0.0;
    double lease_liabilities = 0.0;
    double cash = 0.0;
    double net_debt = 0.0;  ///< bank debt + shareholder loans + lease liabilities - cash
    double net_debt_excl_shareholder_loans = 0.0;  ///< bank debt + leases - cash (covenant basis)
    double net_debt_excl_leases = 0.0;             ///< bank debt + shareholder loans - cash
    /// Net debt variant / annual EBITDA; nullopt when EBITDA <= 0 ("EBITDA negative").
    std::optional<double> net_leverage;
    std::optional<double> net_leverage_excl_shareholder_loans;
    std::optional<double> net_leverage_excl_leases;

    double interest_payable = 0.0;
    std::optional<double> interest_cover;  ///< EBITDA / interest payable; nullopt when none payable

    double current_assets = 0.0;
    double current_liabilities = 0.0;
    double working_capital = 0.0;           ///< current assets - current liabilities
    std::optional<double> current_ratio;    ///< current assets / current liabilities
    std::optional<double> quick_ratio;      ///< (current assets - stock) / CL; no stock filed, so = current ratio
    std::optional<double> cash_ratio;       ///< cash / current liabilities
    double total_liabilities = 0.0;         ///< current + non-current liabilities
    double net_assets = 0.0;
    bool negative_net_assets = false;       ///< net assets < 0

    // Trends against the previous row of the same provider (and basis, for an entity).
    bool has_previous_year = false;
    /// (annual EBITDA - previous annual EBITDA) / previous x 100; nullopt when there is no
    /// previous year or its EBITDA <= 0.
    std::optional<double> ebitda_change_pct;
    /// net_leverage - previous net_leverage, in turns (x); nullopt when either is undefined.
    std::optional<double> net_leverage_change;

    /// True on the provider's latest accounts year (every basis filed that year); only
    /// those rows carry the facility position, which describes `as_of`, not the period.
    bool latest_year = false;
    std::optional<FacilityPosition> facilities;

    std::vector<std::string> states;  ///< e.g. "net_leverage: EBITDA negative"
};

/// An entity or group with settings or facilities but no accounts at all: states
/// ("no P&L filed") and what the facilities alone tell.
struct UnfiledProvider {
    std::string id;
    std::string name;
    bool is_group = false;
    int settings = 0;  ///< settings operated by the provider's entities
    FacilityPosition facilities;
    std::vector<std::string> states;
};

struct HealthResult {
    Date as_of;
    std::vector<HealthRow> entities;  ///< same order as entity_years()
    std::vector<HealthRow> groups;    ///< same order as group_years()
    std::vector<UnfiledProvider> unfiled;  ///< entities (entities.csv order), then groups (group_ids order)
};

/// Pure: reads the Market, returns values; no I/O. `as_of` positions the maturity
/// windows and decides which facilities are live; the accounts used are each
/// provider's filed rows whatever their date.
HealthResult compute_health(const Market& market, Date as_of);

}  // namespace oversight
