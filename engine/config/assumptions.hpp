/// \file assumptions.hpp
/// \brief Every named assumption of the engine with its documented default.
///
/// Models take the part they need (e.g. `ProfitabilityAssumptions`) as a plain value;
/// only the application layer reads configuration files. Each brief prints the values
/// it used. The catalogue below is the one list of keys: `oversight config` prints it
/// and docs/configuration.md is checked against it by a test.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace oversight {

struct ProfitabilityAssumptions {
    double cost_of_capital_pct = 10.0;  ///< nominal pre-tax; CMA-style excess profit
};

struct IngestAssumptions {
    double identity_tolerance_gbp = 1000.0;  ///< accounts identities warn beyond this
    /// When an iXBRL filing and accounts.csv give a line of the same period: the filing's
    /// figure is used (true, `ingest.accounts_precedence = ixbrl`) or the CSV's (`csv`).
    bool ixbrl_wins = true;
};

struct MarketStructureAssumptions {
    int largest_groups = 10;                    ///< "top N" for concentration shares
    int cma_homes_groups = 15;                  ///< population of the CMA homes margin figure
    double cma_homes_margin_pct = 22.6;         ///< CMA: 15 largest children's home providers
    int cma_ifa_groups = 7;                     ///< population compared with the CMA IFA figure
    double cma_ifa_margin_pct = 19.4;           ///< CMA: largest IFAs
};

/// Cash-flow default simulation (DOMAIN.md §3, the cash-flow version of Merton).
struct CashflowDefaultAssumptions {
    int paths = 10000;                        ///< simulated EBITDA paths per provider
    int seed = 1;                             ///< same seed, same probabilities
    int min_history_years = 4;                ///< own EBITDA volatility needs this many years
    double sector_ebitda_volatility_pct = 20.0;  ///< otherwise: annual sd of EBITDA change, % of |latest EBITDA|
    double ebitda_drift_pct = 0.0;            ///< expected annual EBITDA growth, % of |latest EBITDA| (arithmetic)
    double sonia_pct = 4.5;                   ///< floating base rate when curves.csv has no SONIA quote
    double hedge_swap_rate_pct = 2.0;         ///< fixed rate the hedged share of floating debt pays, before margin (swaps struck 2021-22)
    double tax_rate_pct = 25.0;               ///< UK main rate of corporation tax, on positive profit
    double maintenance_capex_pct_of_ebitda = 10.0;  ///< cash kept back from EBITDA each year
};

/// Composite risk score, oversight stages and the notification test (DOMAIN.md §4).
struct RiskAssumptions {
    // Weights of the composite's components (0-100 each); they need not sum to 1, the
    // composite divides by their sum.
    double weight_altman = 0.25;
    double weight_default_probability = 0.25;
    double weight_leverage = 0.15;
    double weight_headroom = 0.15;
    double weight_liquidity = 0.10;
    double weight_quality = 0.10;
    // Composite at or above which a provider is in stage 2..5 (stage 1: entry).
    double stage2_from = 20.0;
    double stage3_from = 40.0;
    double stage4_from = 55.0;
    double stage5_from = 70.0;
    /// Stage 6 (notify councils): the 1-year default probability at or above which failure
    /// is "likely". 50 % = "more probable than not" (Advinia v CQC, 2022); a lower value,
    /// e.g. 10 %, reads "likely" as "a real possibility".
    double notify_probability_pct = 50.0;
    double leverage_full_risk = 8.0;  ///< net leverage (x) scored 100; 0x scores 0
    double headroom_comfortable_pct = 35.0;  ///< covenant headroom scored 0 (typical at signing, DOMAIN §1)
    double liquidity_comfortable = 2.0;      ///< liquidity cover scored 0 (twice what falls due)
    int stage_without_accounts = 3;          ///< least stage of a provider that files no accounts
};

/// Which groups are "difficult to replace" (the four statutory factors: number, size,
/// geographical concentration, market share). A group is in scope when it meets any one.
struct ReplaceabilityAssumptions {
    int min_settings = 20;                 ///< number of homes and agencies
    int min_places = 100;                  ///< registered places (homes) plus approved (IFA)
    int min_councils = 16;                 ///< councils with children placed (CQC: 16 councils)
    double min_national_share_pct = 1.0;   ///< of home places or of IFA places nationally
    double min_region_share_pct = 10.0;    ///< of a region's home places
};

/// Debt stress (models/debt): the projection horizon.
struct StressAssumptions {
    int horizon_quarters = 20;  ///< five years of quarters
    // The rates x occupancy grid: rises of 0, step, 2 step ... and falls likewise.
    int grid_rate_steps = 9;              ///< columns: 0 .. 8 x 50 = 400 bp
    double grid_rate_step_bp = 50.0;
    int grid_occupancy_steps = 9;         ///< rows: 0 .. 8 x 2.5 = 20 % fewer children
    double grid_occupancy_step_pct = 2.5;
};

/// Disclosure control of published price statistics (models/prices/disclosure.hpp,
/// DOMAIN.md §6).
struct DisclosureAssumptions {
    int min_placements = 5;      ///< placements a published cell needs
    int min_providers = 3;       ///< providers (groups) a published cell needs
    double dominance_pct = 70.0; ///< no provider may have more of a cell's spend
};

/// Should-cost of a children's home placement (models/prices/should_cost.hpp), after the
/// Fair Cost of Care method (DOMAIN.md §6). Illustrative national defaults, meant to be set
/// from local cost exercises.
struct ShouldCostAssumptions {
    /// Care staff hours per child per week by need band: a home of four with two staff on
    /// every shift gives 84 (band 1); 1:1 around the clock 168; 2:1 by day 252.
    double care_hours_band1 = 84.0;
    double care_hours_band2 = 112.0;
    double care_hours_band3 = 168.0;
    double care_hours_band4 = 252.0;
    double hourly_pay_gbp = 13.50;      ///< residential care worker, in the base year
    int pay_base_year = 2024;           ///< year the hourly pay is quoted in (wages index)
    double london_pay_uplift_pct = 12.0;///< London weighting on pay (region E12000007)
    double on_costs_pct = 28.0;         ///< employer NI, pension, holiday and sickness cover
    double management_pct = 18.0;       ///< registered manager, deputies, supervision: % of care staff cost
    double premises_per_week_gbp = 450.0;  ///< per place: rent or depreciation, utilities, upkeep
    double overheads_pct = 12.0;        ///< central costs, % of staff, management and premises
    double occupancy_pct = 85.0;        ///< costs per place are spread over the places filled
    double return_on_operations_pct = 5.0;  ///< % of costs
    double capital_per_place_gbp = 150000.0; ///< property and fit-out per place
    double return_on_capital_pct = 6.0; ///< a year, on the capital per place
    double band_pct = 10.0;             ///< fair price band: should-cost +- this
};

/// Provider exit (models/exit, DOMAIN.md §7): re-placing displaced children and the
/// correlated-failure simulation.
struct ExitAssumptions {
    /// Weekly cost of distance per km between the child's council and the setting: a
    /// return journey a week for family time or a social worker's visit at 45p a mile
    /// (HMRC's approved mileage rate, £0.56 per km of distance) plus two hours of staff
    /// time per 120 km at about £20 an hour (£0.67): about £1.25.
    double travel_cost_per_km_week_gbp = 1.25;
    double max_distance_km = 200.0;   ///< settings farther from the child's council are not offered
    /// Places a remaining setting can open in an emergency, % of its registered places,
    /// rounded down (a home of 4 gets none at 10 %, an agency of 120 gets 12).
    double emergency_capacity_pct = 10.0;
    /// A child who cannot be placed costs this a week (bespoke unregistered provision:
    /// placements of £10,000+ a week, DOMAIN.md §1).
    double unplaced_weekly_cost_gbp = 10000.0;
    /// A setting's own median fee for a band prices its places only when it rests on at
    /// least this many placements; otherwise the region's median (a median of one or two
    /// fees is noise, and the cheapest-first solver would pick out the noise).
    int min_placements_for_own_price = 5;
    double correlation = 0.20;        ///< ρ of the one-factor Gaussian model
    int paths = 10000;                ///< simulated paths of the market
    int seed = 1;
    double pd_floor_pct = 0.03;       ///< least one-year PD of a provider (Basel's corporate floor)
    double pd_without_accounts_pct = 5.0;  ///< one-year PD of a group that files no accounts
};
struct Assumptions {
    ProfitabilityAssumptions profitability;
    IngestAssumptions ingest;
    MarketStructureAssumptions market_structure;
    CashflowDefaultAssumptions cashflow_default;
    RiskAssumptions risk;
    ReplaceabilityAssumptions replaceability;
    StressAssumptions stress;
    DisclosureAssumptions disclosure;
    ShouldCostAssumptions should_cost;
    ExitAssumptions exit;
};

/// One configuration key: its name, default, unit and meaning, and how to set it.
struct AssumptionKey {
    std::string key;  ///< e.g. "profitability.cost_of_capital_pct"
    std::string unit;
    std::string description;
    std::function<std::string(const Assumptions&)> get;
    std::function<void(Assumptions&, const std::string&)> set;  ///< throws on a bad value
};

const std::vector<AssumptionKey>& assumption_catalogue();

/// Defaults, overridden by `key = value` lines of a properties file (if `path` is not
/// empty), then by `overrides` ("key=value"). Throws std::invalid_argument naming the
/// file, key and value for an unknown key or a value that does not parse.
Assumptions load_assumptions(const std::string& path, const std::vector<std::string>& overrides);

}  // namespace oversight
