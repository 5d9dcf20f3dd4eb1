/// \file cashflow_default.hpp
/// \brief Probability of default from a cash-flow simulation: the cash-flow version of
/// Merton for unlisted providers (DOMAIN.md §3). EBITDA is simulated; a provider
/// defaults when cash and undrawn committed facilities cannot meet its debt service
/// (liquidity), or when a covenant fails with no cure (covenant).
///
/// Method, step by step (every figure is pounds; "quarter k" is k = 1..12, ending on
/// as_of + 3k months, the day clamped to the month's end):
///
/// 1. Base EBITDA E0 = operating profit + depreciation and amortisation of the latest
///    accounts year, annualised by 12 / period_months (`ebitda_history.back()`).
/// 2. Volatility. Annual changes E(y) - E(y-1) are taken between rows of consecutive
///    calendar years (a gap breaks the pair, not the history). When there are at least
///    max(2, `min_history_years` - 1) such changes (four years without a gap give three),
///    the annual standard deviation of EBITDA is their sample standard deviation (n - 1
///    denominator), s = sd(changes), and σ = s / |E0| ("own history"; σ is reported as 0
///    when E0 = 0). Otherwise σ = `sector_ebitda_volatility_pct` / 100 and s = σ |E0|
///    ("sector"). The historical sd of annual totals is applied to the run rate below.
/// 3. EBITDA path. An arithmetic random walk of the annualised EBITDA run rate:
///    E_k = E0 + k μ |E0| / 4 + (s / 2) W_k, W_k = Z_1 + ... + Z_k, with μ =
///    `ebitda_drift_pct` / 100 and Z standard normal (so the run rate's change over four
///    quarters has standard deviation s). The quarter earns E_k / 4. Before as_of the
///    quarters earned E0 / 4 each (for trailing sums).
/// 4. Facilities, as at as_of (the `Facility` rows of the provider's entities):
///    - rate (annual): fixed = `fixed_rate_pct`; SONIA floating = h (swap + m) +
///      (1 - h)(SONIA + m), h = hedged_pct / 100, m = margin_bps / 100, swap =
///      `hedge_swap_rate_pct` (the rate the hedged share pays; facilities.csv does not
///      give it), SONIA flat at `sonia_pct` over the three years (no forward curve), plus
///      `sonia_shift_bp_by_year[y]` in year y of the horizon (a rate path, the shifted rate
///      floored at 0; zero unless a policy lever sets it). Figures "at as_of" use the
///      unshifted rate;
///    - interest for quarter k = balance at its start × rate / 4 (no day count); paid in
///      cash in the quarter, except PIK facilities, whose interest is added to the balance
///      each quarter (quarterly compounding whatever frequency_months says);
///    - linear amortisation: equal instalments of the balance on the dates maturity −
///      i × frequency_months (i = 0, 1, ...) after as_of, each instalment = balance
///      outstanding / instalments left; bullet: no instalments, the balance is due at
///      maturity;
///    - undrawn committed = limit − drawn where a limit is given (revolving credit), held
///      constant while the facility lives.
/// 5. Each quarter, in this order:
///    a. cash interest I_k = Σ cash interest of live facilities + interest on any negative
///       cash (negative cash is drawn revolver) at the undrawn-weighted revolver rate;
///    b. tax = tax_rate × max(0, E_k/4 − capex/4 − I_k) (maintenance capex stands in for
///       capital allowances; PIK interest is not deducted — connected-party interest is
///       deductible only when paid; no losses carried forward);
///    c. cash += E_k/4 − tax − levy/4 − capex/4 − I_k − scheduled amortisation, where the
///       levy (`annual_levy`, e.g. a windfall tax) is a cash cost below EBITDA, not
///       deductible for corporation tax: covenant EBITDA is unchanged, net debt rises as
///       cash falls;
///    d. covenant test (if any facility at as_of carries a covenant; the tightest
///       ceiling on net leverage and floor on interest cover of all facilities apply
///       throughout the three years, whether or not the facility carrying them is later
///       repaid): trailing-4-quarter EBITDA T = Σ of the last four quarters' EBITDA;
///       net debt N = covenant debt at the quarter's end − cash, where covenant debt is
///       every live facility's balance except shareholder loans (subordinated, outside
///       the senior agreement); leverage passes when N ≤ L × T (T > 0) or N ≤ 0 (T ≤ 0);
///       cover passes when trailing-4-quarter interest on covenant debt (cash and PIK,
///       plus negative-cash interest; quarters before as_of at the as_of run rate) is 0
///       or T ≥ C × that interest;
///    e. maturities in the quarter (assumption): a facility is REFINANCED on the same
///       terms when the covenant test of step d passes at that date (a provider without
///       covenants: when T > 0); otherwise its balance is repaid from cash (cash may go
///       negative, i.e. drawn from other revolvers) and its commitment ends. Shareholder
///       loans are always extended. A linear loan that is fully repaid by its own
///       instalments has nothing to refinance.
///    f. default by LIQUIDITY when cash + undrawn committed of live facilities < 0;
///    g. default by COVENANT when the test fails at this and at the previous quarterly
///       test date (one quarter to cure; as_of itself is not a test date, so the earliest
///       covenant default is quarter 2). Liquidity takes precedence in the same quarter.
/// 6. PD within 1 year = share of paths defaulting by quarter 4; within 3 years = by
///    quarter 12 (percent). Causes are shares of the 3-year defaults.
///
/// Common random numbers: the normals depend only on (seed, paths) — stream
/// `kCashflowDefaultStream` of `oversight::Random`, path by path, 12 normals a path — so
/// every provider and every scenario sees the same paths. A change that makes every
/// path's cash lower or its net debt higher (more debt, higher SONIA unhedged, a levy) then never
/// lowers the PD. (One exception, in principle: a refinancing refused at a maturity
/// saves the later interest of the repaid facility.)
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engine/config/assumptions.hpp"
#include "engine/domain/date.hpp"
#include "engine/domain/facility.hpp"
#include "engine/market.hpp"
#include "models/provider_accounts/provider_accounts.hpp"

namespace oversight {

/// Stream id of the simulation's normals in `oversight::Random` ("cashflow" in ASCII).
inline constexpr std::uint64_t kCashflowDefaultStream = 0x63617368666C6F77ULL;

/// Quarterly steps and the horizon of the simulation.
inline constexpr int kCashflowQuarters = 12;

/// One accounts year's EBITDA, annualised (operating profit + D&A, × 12 / period_months).
struct EbitdaYear {
    int year = 0;
    double ebitda = 0.0;
};

/// Everything the simulation reads about one provider; build it with `inputs_for` or by
/// hand (tests).
struct CashflowDefaultInputs {
    std::string provider_id;
    std::string name;
    Date as_of;                              ///< start of the simulation; facilities as at this date
    std::vector<EbitdaYear> ebitda_history;  ///< oldest first, one per year; back() is the base; empty = no accounts
    double cash = 0.0;                       ///< latest accounts' cash
    std::vector<Facility> facilities;        ///< the provider's facilities (all its entities)
    double sonia_pct = 4.5;                  ///< flat over the horizon
    std::array<double, 3> sonia_shift_bp_by_year{};  ///< rate path: added to SONIA in years 1, 2, 3 (basis points)
    double annual_levy = 0.0;                ///< pounds a year paid in equal quarters after tax (not in EBITDA)
    double hedge_swap_rate_pct = 2.0;        ///< fixed rate paid by the hedged share of floating debt, before margin
    double tax_rate_pct = 25.0;              ///< on positive taxable profit
    double maintenance_capex = 0.0;          ///< pounds a year
    /// Bank debt in the latest accounts. When the facilities describe materially less
    /// (by more than the larger of £50,000 and 10 %), the simulation would understate debt
    /// service: no probability is given, with a state saying so.
    double accounts_bank_debt = 0.0;
};

enum class VolatilitySource { OwnHistory, Sector };

/// "own history" or "sector".
const char* volatility_source_name(VolatilitySource source);

struct CashflowDefaultResult {
    std::string provider_id;
    std::string name;
    /// Percent of paths that default by quarter 4 / by quarter 12; nullopt with state
    /// "no accounts" when there is no EBITDA to simulate.
    std::optional<double> pd_1y_pct;
    std::optional<double> pd_3y_pct;
    int paths = 0;
    int defaults_1y = 0;
    int defaults_3y = 0;
    int liquidity_defaults = 0;  ///< of defaults_3y
    int covenant_defaults = 0;   ///< of defaults_3y
    double liquidity_share_pct = 0.0;  ///< of the 3-year defaults; 0 when there are none
    double covenant_share_pct = 0.0;

    double base_ebitda = 0.0;        ///< E0, pounds a year
    double volatility_pct = 0.0;     ///< σ: annual sd of EBITDA as a percent of |E0| (0 when E0 = 0)
    double volatility_gbp = 0.0;     ///< s: annual sd of EBITDA, pounds
    VolatilitySource volatility_source = VolatilitySource::Sector;
    int history_changes = 0;         ///< annual changes available (consecutive years)

    double cash = 0.0;               ///< at as_of
    double covenant_debt = 0.0;      ///< balances at as_of, excluding shareholder loans
    double net_debt = 0.0;           ///< covenant_debt − cash
    double undrawn_committed = 0.0;  ///< at as_of
    double cash_interest = 0.0;      ///< annual cash interest at as_of rates and balances
    double scheduled_amortisation = 0.0;  ///< instalments due in the first four quarters (bullets excluded)
    double annual_debt_service = 0.0;     ///< cash_interest + scheduled_amortisation
    double maturing_1y = 0.0;  ///< balances of facilities maturing in the first four quarters (shareholder loans extended)
    /// (cash + undrawn committed) / (annual debt service + maturing_1y): how many times the
    /// provider's liquidity covers what falls due in a year if nothing is refinanced;
    /// nullopt when nothing falls due. PIK interest is not cash and is not counted.
    std::optional<double> liquidity_cover;
    std::optional<double> max_net_leverage;     ///< tightest leverage covenant, if any
    std::optional<double> min_interest_cover;   ///< tightest interest-cover covenant, if any
    int facilities_maturing = 0;     ///< facilities with a maturity event within 3 years

    /// e.g. "EBITDA negative", "no facilities: no debt service", "no accounts",
    /// "facility F1: floating without margin, 0 bps assumed".
    std::vector<std::string> states;
};

/// Pure: no I/O. Throws std::invalid_argument when `assumptions.paths` < 1.
/// Thread-safe; the normals for (seed, paths) are generated once and shared.
CashflowDefaultResult simulate_cashflow_default(const CashflowDefaultInputs& inputs,
                                                const CashflowDefaultAssumptions& assumptions);

/// The inputs of one provider: `history_of_this_provider` is its ProviderYear rows
/// (from `group_years` or `entity_years`, any order; when a year has two rows, the
/// consolidated one is used). EBITDA per year, cash of the latest row, the facilities of
/// the latest row's `entity_indexes`; tax rate, hedge swap rate and maintenance capex
/// (`maintenance_capex_pct_of_ebitda` × max(E0, 0)) from `assumptions`; `sonia_pct` as
/// given (e.g. from curves.csv, else `assumptions.sonia_pct`).
CashflowDefaultInputs inputs_for(const Market& market, const std::vector<ProviderYear>& history_of_this_provider,
                                 Date as_of, double sonia_pct, const CashflowDefaultAssumptions& assumptions);

/// Every provider of `inputs`, the providers shared between `threads` worker threads
/// (0 = std::thread::hardware_concurrency()); results in the order of `inputs`, and
/// identical to calling `simulate_cashflow_default` on each.
std::vector<CashflowDefaultResult> simulate_cashflow_defaults(const std::vector<CashflowDefaultInputs>& inputs,
                                                              const CashflowDefaultAssumptions& assumptions,
                                                              unsigned threads = 0);

}  // namespace oversight
