#include "engine/config/assumptions.hpp"

#include <Poco/AutoPtr.h>
#include <Poco/Exception.h>
#include <Poco/File.h>
#include <Poco/Util/PropertyFileConfiguration.h>

#include <charconv>
#include <cmath>
#include <limits>
#include <stdexcept>

#include "engine/csv_writer.hpp"

namespace oversight {
namespace {

double parse_number(const std::string& key, const std::string& text) {
    double value = 0.0;
    const auto* end = text.data() + text.size();
    const auto result = std::from_chars(text.data(), end, value);
    // from_chars also reads "nan" and "inf": no assumption is meaningful as either.
    if (result.ec != std::errc() || result.ptr != end || !std::isfinite(value))
        throw std::invalid_argument("configuration key " + key + ": '" + text + "' is not a number");
    return value;
}

template <typename Section>
AssumptionKey number_key(std::string key, std::string unit, std::string description,
                         Section Assumptions::*section, double Section::*field) {
    return {key, std::move(unit), std::move(description),
            [=](const Assumptions& a) { return format_decimal(a.*section.*field); },
            [=](Assumptions& a, const std::string& text) { a.*section.*field = parse_number(key, text); }};
}

template <typename Section>
AssumptionKey integer_key(std::string key, std::string unit, std::string description,
                          Section Assumptions::*section, int Section::*field) {
    return {key, std::move(unit), std::move(description),
            [=](const Assumptions& a) { return std::to_string(a.*section.*field); },
            [=](Assumptions& a, const std::string& text) {
                const double value = parse_number(key, text);
                if (value < 1 || value > std::numeric_limits<int>::max() || value != std::floor(value))
                    throw std::invalid_argument("configuration key " + key + ": '" + text +
                                                "' is not a positive whole number");
                a.*section.*field = static_cast<int>(value);
            }};
}

void apply(Assumptions& assumptions, const std::string& key, const std::string& value,
           const std::string& origin) {
    for (const auto& entry : assumption_catalogue())
        if (entry.key == key) {
            try {
                entry.set(assumptions, value);
            } catch (const std::invalid_argument& e) {
                throw std::invalid_argument(origin + ": " + e.what());
            }
            return;
        }
    throw std::invalid_argument(origin + ": unknown configuration key '" + key +
                                "' (see `oversight config` for the list)");
}

}  // namespace

const std::vector<AssumptionKey>& assumption_catalogue() {
    static const std::vector<AssumptionKey> catalogue = {
        number_key("profitability.cost_of_capital_pct", "% a year",
                   "Nominal pre-tax cost of capital for excess profit (CMA-style economic "
                   "profit) where an entity has no wacc_pct of its own.",
                   &Assumptions::profitability, &ProfitabilityAssumptions::cost_of_capital_pct),
        number_key("ingest.identity_tolerance_gbp", "£",
                   "Accounts identities (balance sheet, P&L) that miss by more than this are "
                   "reported as warnings.",
                   &Assumptions::ingest, &IngestAssumptions::identity_tolerance_gbp),
        AssumptionKey{"ingest.accounts_precedence", "ixbrl|csv",
                      "Which figure is used when an iXBRL filing in accounts/ and accounts.csv give the "
                      "same line of the same period differently (a warning names both).",
                      [](const Assumptions& a) { return std::string(a.ingest.ixbrl_wins ? "ixbrl" : "csv"); },
                      [](Assumptions& a, const std::string& text) {
                          if (text != "ixbrl" && text != "csv")
                              throw std::invalid_argument("configuration key ingest.accounts_precedence: '" + text +
                                                          "' is neither 'ixbrl' nor 'csv'");
                          a.ingest.ixbrl_wins = text == "ixbrl";
                      }},
        integer_key("market_structure.largest_groups", "groups",
                    "How many of the largest groups the concentration shares count.",
                    &Assumptions::market_structure, &MarketStructureAssumptions::largest_groups),
        integer_key("market_structure.cma_homes_groups", "groups",
                    "How many of the largest children's home groups are pooled for the margin "
                    "compared with the CMA figure (the CMA looked at the 15 largest).",
                    &Assumptions::market_structure, &MarketStructureAssumptions::cma_homes_groups),
        integer_key("market_structure.cma_ifa_groups", "groups",
                    "How many of the largest IFA groups are pooled for the margin compared with "
                    "the CMA figure for the largest IFAs.",
                    &Assumptions::market_structure, &MarketStructureAssumptions::cma_ifa_groups),
        number_key("market_structure.cma_homes_margin_pct", "%",
                   "Published benchmark: operating margin of the 15 largest children's home "
                   "providers, 2016-2020 (CMA 2022).",
                   &Assumptions::market_structure, &MarketStructureAssumptions::cma_homes_margin_pct),
        number_key("market_structure.cma_ifa_margin_pct", "%",
                   "Published benchmark: operating margin of the largest IFAs, 2016-2020 (CMA 2022).",
                   &Assumptions::market_structure, &MarketStructureAssumptions::cma_ifa_margin_pct),
        // Cash-flow default simulation (models/cashflow_default).
        integer_key("cashflow_default.paths", "paths", "Simulated EBITDA paths per provider.",
                    &Assumptions::cashflow_default, &CashflowDefaultAssumptions::paths),
        integer_key("cashflow_default.seed", "seed", "Seed of the simulation: the same seed gives the same probabilities.",
                    &Assumptions::cashflow_default, &CashflowDefaultAssumptions::seed),
        integer_key("cashflow_default.min_history_years", "years",
                    "Years of EBITDA a provider needs for its own volatility; otherwise the sector figure.",
                    &Assumptions::cashflow_default, &CashflowDefaultAssumptions::min_history_years),
        number_key("cashflow_default.sector_ebitda_volatility_pct", "% of |EBITDA|",
                   "Annual standard deviation of the change in EBITDA, as a share of the latest EBITDA, "
                   "for providers without enough history.",
                   &Assumptions::cashflow_default, &CashflowDefaultAssumptions::sector_ebitda_volatility_pct),
        number_key("cashflow_default.ebitda_drift_pct", "% of |EBITDA| a year",
                   "Expected annual change in EBITDA (arithmetic), as a share of the latest EBITDA.",
                   &Assumptions::cashflow_default, &CashflowDefaultAssumptions::ebitda_drift_pct),
        number_key("cashflow_default.sonia_pct", "% a year",
                   "Floating base rate when curves.csv has no SONIA quote on or before the as-at date.",
                   &Assumptions::cashflow_default, &CashflowDefaultAssumptions::sonia_pct),
        number_key("cashflow_default.hedge_swap_rate_pct", "% a year",
                   "Fixed rate the hedged share of floating debt pays before margin (facilities.csv "
                   "gives the hedged share, not the swap rate).",
                   &Assumptions::cashflow_default, &CashflowDefaultAssumptions::hedge_swap_rate_pct),
        number_key("cashflow_default.tax_rate_pct", "%", "Corporation tax on positive taxable profit (UK main rate).",
                   &Assumptions::cashflow_default, &CashflowDefaultAssumptions::tax_rate_pct),
        number_key("cashflow_default.maintenance_capex_pct_of_ebitda", "% of EBITDA",
                   "Cash kept back from EBITDA each year for maintenance capital spending.",
                   &Assumptions::cashflow_default, &CashflowDefaultAssumptions::maintenance_capex_pct_of_ebitda),
        // Composite risk score and stages (models/oversight_risk).
        number_key("risk.weight_altman", "weight",
                   "Weight of the Altman Z'' component (0-100, distress end = 100) in the composite.",
                   &Assumptions::risk, &RiskAssumptions::weight_altman),
        number_key("risk.weight_default_probability", "weight",
                   "Weight of the 1-year cash-flow default probability component in the composite.",
                   &Assumptions::risk, &RiskAssumptions::weight_default_probability),
        number_key("risk.weight_leverage", "weight", "Weight of the net leverage component in the composite.",
                   &Assumptions::risk, &RiskAssumptions::weight_leverage),
        number_key("risk.weight_headroom", "weight",
                   "Weight of the covenant headroom component in the composite.",
                   &Assumptions::risk, &RiskAssumptions::weight_headroom),
        number_key("risk.weight_liquidity", "weight", "Weight of the liquidity component in the composite.",
                   &Assumptions::risk, &RiskAssumptions::weight_liquidity),
        number_key("risk.weight_quality", "weight",
                   "Weight of the quality overlay (share of places rated inadequate or requires "
                   "improvement) in the composite.",
                   &Assumptions::risk, &RiskAssumptions::weight_quality),
        number_key("risk.stage2_from", "score", "Composite score (0-100) from which a provider is in stage 2.",
                   &Assumptions::risk, &RiskAssumptions::stage2_from),
        number_key("risk.stage3_from", "score", "Composite score from which a provider is in stage 3.",
                   &Assumptions::risk, &RiskAssumptions::stage3_from),
        number_key("risk.stage4_from", "score", "Composite score from which a provider is in stage 4.",
                   &Assumptions::risk, &RiskAssumptions::stage4_from),
        number_key("risk.stage5_from", "score", "Composite score from which a provider is in stage 5.",
                   &Assumptions::risk, &RiskAssumptions::stage5_from),
        number_key("risk.notify_probability_pct", "%",
                   "1-year default probability from which failure is 'likely' and councils are "
                   "notified (stage 6): 50 = more probable than not (Advinia v CQC, 2022); a lower "
                   "value such as 10 reads 'likely' as a real possibility.",
                   &Assumptions::risk, &RiskAssumptions::notify_probability_pct),
        number_key("risk.leverage_full_risk", "x EBITDA",
                   "Net leverage scored 100 in the composite's leverage component (0x scores 0, "
                   "linear between, EBITDA negative scores 100).",
                   &Assumptions::risk, &RiskAssumptions::leverage_full_risk),
        number_key("risk.headroom_comfortable_pct", "%",
                   "Covenant headroom scored 0 by the composite's headroom component (typical "
                   "headroom at signing, 30-35 %); 0 % or a breach scores 100.",
                   &Assumptions::risk, &RiskAssumptions::headroom_comfortable_pct),
        number_key("risk.liquidity_comfortable", "x",
                   "Liquidity cover scored 0 by the composite's liquidity component; 0 scores 100.",
                   &Assumptions::risk, &RiskAssumptions::liquidity_comfortable),
        integer_key("risk.stage_without_accounts", "stage",
                    "Least oversight stage of a group that files no accounts: the composite cannot "
                    "see its finances, so it is never shown as low risk.",
                    &Assumptions::risk, &RiskAssumptions::stage_without_accounts),
        integer_key("stress.horizon_quarters", "quarters",
                    "How far the debt stress projects each facility and provider (20 = five years).",
                    &Assumptions::stress, &StressAssumptions::horizon_quarters),
        integer_key("stress.grid_rate_steps", "columns", "Rate rises in the stress grid (0, 1, 2 ... steps).",
                    &Assumptions::stress, &StressAssumptions::grid_rate_steps),
        number_key("stress.grid_rate_step_bp", "bp", "Step between the stress grid's rate rises.",
                   &Assumptions::stress, &StressAssumptions::grid_rate_step_bp),
        integer_key("stress.grid_occupancy_steps", "rows", "Occupancy falls in the stress grid (0, 1, 2 ... steps).",
                    &Assumptions::stress, &StressAssumptions::grid_occupancy_steps),
        number_key("stress.grid_occupancy_step_pct", "%", "Step between the stress grid's occupancy falls.",
                   &Assumptions::stress, &StressAssumptions::grid_occupancy_step_pct),
        integer_key("disclosure.min_placements", "placements",
                    "A published price cell needs at least this many placements.",
                    &Assumptions::disclosure, &DisclosureAssumptions::min_placements),
        integer_key("disclosure.min_providers", "providers",
                    "A published price cell needs placements with at least this many provider groups.",
                    &Assumptions::disclosure, &DisclosureAssumptions::min_providers),
        number_key("disclosure.dominance_pct", "%",
                   "Dominance rule: no provider group may account for more of a cell's spend.",
                   &Assumptions::disclosure, &DisclosureAssumptions::dominance_pct),
        number_key("should_cost.care_hours_band1", "hours a week",
                   "Care staff hours per child, need band 1 (two staff on shift for four children).",
                   &Assumptions::should_cost, &ShouldCostAssumptions::care_hours_band1),
        number_key("should_cost.care_hours_band2", "hours a week", "Care staff hours per child, need band 2.",
                   &Assumptions::should_cost, &ShouldCostAssumptions::care_hours_band2),
        number_key("should_cost.care_hours_band3", "hours a week", "Care staff hours per child, need band 3 (1:1).",
                   &Assumptions::should_cost, &ShouldCostAssumptions::care_hours_band3),
        number_key("should_cost.care_hours_band4", "hours a week", "Care staff hours per child, need band 4 (2:1 by day).",
                   &Assumptions::should_cost, &ShouldCostAssumptions::care_hours_band4),
        number_key("should_cost.hourly_pay_gbp", "£ an hour",
                   "Residential care worker's pay in the base year, moved to the as-at year by the wages index.",
                   &Assumptions::should_cost, &ShouldCostAssumptions::hourly_pay_gbp),
        integer_key("should_cost.pay_base_year", "year", "Year the hourly pay is quoted in.",
                    &Assumptions::should_cost, &ShouldCostAssumptions::pay_base_year),
        number_key("should_cost.london_pay_uplift_pct", "%", "London weighting on pay (councils in region E12000007).",
                   &Assumptions::should_cost, &ShouldCostAssumptions::london_pay_uplift_pct),
        number_key("should_cost.on_costs_pct", "% of pay", "Employer NI, pension, holiday and sickness cover.",
                   &Assumptions::should_cost, &ShouldCostAssumptions::on_costs_pct),
        number_key("should_cost.management_pct", "% of care staff cost",
                   "Registered manager, deputies and supervision.",
                   &Assumptions::should_cost, &ShouldCostAssumptions::management_pct),
        number_key("should_cost.premises_per_week_gbp", "£ a week",
                   "Premises per place: rent or depreciation, utilities, upkeep.",
                   &Assumptions::should_cost, &ShouldCostAssumptions::premises_per_week_gbp),
        number_key("should_cost.overheads_pct", "%", "Central overheads, % of staff, management and premises.",
                   &Assumptions::should_cost, &ShouldCostAssumptions::overheads_pct),
        number_key("should_cost.occupancy_pct", "%", "Occupancy over which the costs of a place are spread.",
                   &Assumptions::should_cost, &ShouldCostAssumptions::occupancy_pct),
        number_key("should_cost.return_on_operations_pct", "% of costs", "Return on operations.",
                   &Assumptions::should_cost, &ShouldCostAssumptions::return_on_operations_pct),
        number_key("should_cost.capital_per_place_gbp", "£", "Capital employed per place: property and fit-out.",
                   &Assumptions::should_cost, &ShouldCostAssumptions::capital_per_place_gbp),
        number_key("should_cost.return_on_capital_pct", "% a year", "Return on the capital per place.",
                   &Assumptions::should_cost, &ShouldCostAssumptions::return_on_capital_pct),
        number_key("should_cost.band_pct", "%", "Fair price band: the should-cost plus or minus this.",
                   &Assumptions::should_cost, &ShouldCostAssumptions::band_pct),
        // Difficult to replace (models/replaceability): a group meeting any one is in scope.
        integer_key("replaceability.min_settings", "settings",
                    "Number: homes and agencies run by the group.",
                    &Assumptions::replaceability, &ReplaceabilityAssumptions::min_settings),
        integer_key("replaceability.min_places", "places",
                    "Size: registered home places plus approved fostering places.",
                    &Assumptions::replaceability, &ReplaceabilityAssumptions::min_places),
        integer_key("replaceability.min_councils", "councils",
                    "Reach: councils with children placed with the group (CQC's adult-care test uses 16).",
                    &Assumptions::replaceability, &ReplaceabilityAssumptions::min_councils),
        number_key("replaceability.min_national_share_pct", "%",
                   "Market share: of home places, or of fostering agency places, in England.",
                   &Assumptions::replaceability, &ReplaceabilityAssumptions::min_national_share_pct),
        number_key("replaceability.min_region_share_pct", "%",
                   "Geographical concentration: of one region's home places.",
                   &Assumptions::replaceability, &ReplaceabilityAssumptions::min_region_share_pct),
        // Provider exit (models/exit).
        number_key("exit.travel_cost_per_km_week_gbp", "£ per km a week",
                   "Weekly cost of each km between a child's council and the setting re-placing them.",
                   &Assumptions::exit, &ExitAssumptions::travel_cost_per_km_week_gbp),
        number_key("exit.max_distance_km", "km", "Settings farther than this from the child's council are not offered.",
                   &Assumptions::exit, &ExitAssumptions::max_distance_km),
        number_key("exit.emergency_capacity_pct", "% of registered places",
                   "Places each remaining setting can open in an emergency (rounded down).",
                   &Assumptions::exit, &ExitAssumptions::emergency_capacity_pct),
        number_key("exit.unplaced_weekly_cost_gbp", "£ a week", "Cost of a child who cannot be placed.",
                   &Assumptions::exit, &ExitAssumptions::unplaced_weekly_cost_gbp),
        integer_key("exit.min_placements_for_own_price", "placements",
                    "Placements of a band a setting needs for its own median fee to price its places.",
                    &Assumptions::exit, &ExitAssumptions::min_placements_for_own_price),
        number_key("exit.correlation", "0-1", "Asset correlation of the one-factor failure model.",
                   &Assumptions::exit, &ExitAssumptions::correlation),
        integer_key("exit.paths", "paths", "Simulated paths of the market.", &Assumptions::exit,
                    &ExitAssumptions::paths),
        integer_key("exit.seed", "seed", "Seed of the failure simulation.", &Assumptions::exit, &ExitAssumptions::seed),
        number_key("exit.pd_floor_pct", "%", "Least one-year default probability of a provider.",
                   &Assumptions::exit, &ExitAssumptions::pd_floor_pct),
        number_key("exit.pd_without_accounts_pct", "%", "One-year default probability of a group that files no accounts.",
                   &Assumptions::exit, &ExitAssumptions::pd_without_accounts_pct),
    };
    return catalogue;
}

Assumptions load_assumptions(const std::string& path, const std::vector<std::string>& overrides) {
    Assumptions assumptions;
    if (!path.empty()) {
        if (!Poco::File(path).exists())
            throw std::invalid_argument(path + ": configuration file not found");
        Poco::AutoPtr<Poco::Util::PropertyFileConfiguration> file;
        try {
            file = new Poco::Util::PropertyFileConfiguration(path);
        } catch (const Poco::Exception& e) {
            throw std::invalid_argument(path + ": " + e.displayText());
        }
        Poco::Util::AbstractConfiguration::Keys top;
        std::vector<std::string> pending{""};
        while (!pending.empty()) {  // walk the key tree to its leaves
            const std::string prefix = pending.back();
            pending.pop_back();
            Poco::Util::AbstractConfiguration::Keys children;
            file->keys(prefix, children);
            if (children.empty() && !prefix.empty()) {
                apply(assumptions, prefix, file->getString(prefix), path);
                continue;
            }
            for (const auto& child : children) pending.push_back(prefix.empty() ? child : prefix + "." + child);
        }
    }
    for (const auto& item : overrides) {
        const auto eq = item.find('=');
        if (eq == std::string::npos)
            throw std::invalid_argument("--set " + item + ": expected KEY=VALUE");
        apply(assumptions, item.substr(0, eq), item.substr(eq + 1), "--set");
    }
    return assumptions;
}

}  // namespace oversight
