#include "models/risk_scores/taffler.hpp"

#include <optional>

#include "models/risk_scores/score_assembly.hpp"

namespace oversight {
namespace {

using score_assembly::add_driver;
using score_assembly::add_state;
using score_assembly::ratio_over_positive;

// Taffler (1983) UK model for listed industrial companies, coefficients as reported in
// Agarwal & Taffler (2007).
constexpr double kConstant = 3.20;
constexpr double kProfitToCurrentLiabilities = 12.18;     // x1
constexpr double kCurrentAssetsToLiabilities = 2.50;      // x2
constexpr double kCurrentLiabilitiesToAssets = -10.68;    // x3
constexpr double kNoCreditIntervalDays = 0.029;           // x4

constexpr double kDaysPerMonth = 365.0 / 12.0;
// Not filed by our providers; children's services hold negligible inventory.
constexpr double kStock = 0.0;

}  // namespace

std::string taffler_zone(double z) { return z < kTafflerAtRiskBelow ? "at risk" : "not at risk"; }

ScoreResult taffler(const Accounts& accounts) {
    ScoreResult result;
    result.model = "Taffler z";
    result.constant = kConstant;

    const double total_liabilities = score_assembly::total_liabilities(accounts);
    const std::optional<double> annual_profit_before_tax =
        score_assembly::annualised(accounts.profit_before_tax, accounts.period_months);
    // Operating costs above operating profit, excluding depreciation and amortisation, as
    // filed for the period and spread over its days: a daily rate needs no annualising.
    const double period_days = accounts.period_months * kDaysPerMonth;
    const double daily_operating_costs =
        period_days > 0.0 ? (accounts.staff_costs + accounts.other_operating_costs) / period_days : 0.0;
    const double quick_assets_less_current_liabilities =
        accounts.current_assets - kStock - accounts.current_liabilities;

    if (accounts.period_months <= 0) add_state(result, "period length not positive");
    if (!(accounts.current_liabilities > 0.0)) add_state(result, "current liabilities not positive");
    if (!(total_liabilities > 0.0)) add_state(result, "total liabilities not positive");
    if (!(accounts.total_assets > 0.0)) add_state(result, "total assets not positive");
    if (period_days > 0.0 && !(daily_operating_costs > 0.0)) add_state(result, "operating costs not positive");

    add_driver(result, "x1", "profit before tax (annualised) / current liabilities",
               annual_profit_before_tax
                   ? ratio_over_positive(*annual_profit_before_tax, accounts.current_liabilities)
                   : std::nullopt,
               kProfitToCurrentLiabilities);
    add_driver(result, "x2", "current assets / total liabilities",
               ratio_over_positive(accounts.current_assets, total_liabilities), kCurrentAssetsToLiabilities);
    add_driver(result, "x3", "current liabilities / total assets",
               ratio_over_positive(accounts.current_liabilities, accounts.total_assets), kCurrentLiabilitiesToAssets);
    add_driver(result, "x4",
               "no-credit interval in days: (current assets - stock - current liabilities) / daily operating "
               "costs excluding depreciation (stock not filed, taken as 0)",
               ratio_over_positive(quick_assets_less_current_liabilities, daily_operating_costs),
               kNoCreditIntervalDays);
    score_assembly::total_drivers(result);

    if (accounts.period_months > 0 && accounts.period_months != 12)
        add_state(result, "profit before tax annualised from a " + std::to_string(accounts.period_months) +
                              "-month period");
    if (accounts.profit_before_tax < 0.0) add_state(result, "loss before tax");

    result.zone = result.value ? taffler_zone(*result.value) : kZoneNotAvailable;
    return result;
}

}  // namespace oversight
