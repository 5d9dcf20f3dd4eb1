#include "models/risk_scores/ohlson.hpp"

#include <cmath>
#include <cstdio>
#include <optional>

#include "models/risk_scores/score_assembly.hpp"

namespace oversight {
namespace {

using score_assembly::add_driver;
using score_assembly::add_state;
using score_assembly::annualised;
using score_assembly::ratio_over_positive;

// Ohlson (1980), model 1 (failure within one year).
constexpr double kConstant = -1.32;
constexpr double kSize = -0.407;
constexpr double kLiabilitiesToAssets = 6.03;
constexpr double kWorkingCapitalToAssets = -1.43;
constexpr double kCurrentLiabilitiesToCurrentAssets = 0.0757;
constexpr double kLiabilitiesExceedAssets = -1.72;
constexpr double kNetIncomeToAssets = -2.37;
constexpr double kFundsFromOperationsToLiabilities = -1.83;
constexpr double kLossInBothYears = 0.285;
constexpr double kChangeInNetIncome = -0.521;

constexpr double kPoundsPerMillion = 1'000'000.0;

/// Profit after tax for the period as filed. A missing tax charge is taken as 0, and
/// `missing_tax_state` says so.
double period_net_income(const Accounts& accounts, const std::string& missing_tax_state, ScoreResult& result) {
    if (!accounts.tax) add_state(result, missing_tax_state);
    return accounts.profit_before_tax - accounts.tax.value_or(0.0);
}

/// (a - b) / (|a| + |b|), a change bounded in [-1, 1]; 0 when both are 0 (no change).
double bounded_change(double current, double previous) {
    const double scale = std::abs(current) + std::abs(previous);
    return scale > 0.0 ? (current - previous) / scale : 0.0;
}

std::string format_number(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", value);
    return buffer;
}

}  // namespace

std::string ohlson_zone(double probability_pct) {
    return probability_pct > kOhlsonFailurePredictedAbovePct ? "failure predicted" : "failure not predicted";
}

ScoreResult ohlson(const Accounts& current, const Accounts* previous, double price_level) {
    ScoreResult result;
    result.model = "Ohlson O-score";
    result.constant = kConstant;

    const double total_assets = current.total_assets;
    const double total_liabilities = score_assembly::total_liabilities(current);
    const double working_capital = current.current_assets - current.current_liabilities;
    const double net_income_for_period =
        period_net_income(current, "no tax filed: net income taken as profit before tax", result);
    const std::optional<double> net_income = annualised(net_income_for_period, current.period_months);
    const std::optional<double> funds_from_operations =
        annualised(net_income_for_period + current.depreciation_amortisation, current.period_months);
    std::optional<double> previous_net_income;
    if (previous) {
        previous_net_income = annualised(
            period_net_income(*previous, "previous year: no tax filed, net income taken as profit before tax", result),
            previous->period_months);
        if (previous->period_months <= 0) add_state(result, "previous year: period length not positive");
    }

    if (current.period_months <= 0) add_state(result, "period length not positive");
    if (!(total_assets > 0.0)) add_state(result, "total assets not positive");
    if (!(price_level > 0.0)) add_state(result, "price level not positive");
    if (!(total_liabilities > 0.0)) add_state(result, "total liabilities not positive");
    if (!(current.current_assets > 0.0)) add_state(result, "current assets not positive");

    const std::optional<double> deflated_assets_millions =
        total_assets > 0.0 ? ratio_over_positive(total_assets / kPoundsPerMillion, price_level) : std::nullopt;
    add_driver(result, "SIZE", "ln(total assets in £ millions / price level " + format_number(price_level) + ")",
               deflated_assets_millions ? std::optional<double>(std::log(*deflated_assets_millions)) : std::nullopt,
               kSize);
    add_driver(result, "TLTA", "total liabilities / total assets",
               ratio_over_positive(total_liabilities, total_assets), kLiabilitiesToAssets);
    add_driver(result, "WCTA", "working capital (current assets - current liabilities) / total assets",
               ratio_over_positive(working_capital, total_assets), kWorkingCapitalToAssets);
    add_driver(result, "CLCA", "current liabilities / current assets",
               ratio_over_positive(current.current_liabilities, current.current_assets),
               kCurrentLiabilitiesToCurrentAssets);
    add_driver(result, "OENEG", "1 when total liabilities exceed total assets, else 0",
               total_liabilities > total_assets ? 1.0 : 0.0, kLiabilitiesExceedAssets);
    add_driver(result, "NITA", "net income (profit before tax - tax, annualised) / total assets",
               net_income ? ratio_over_positive(*net_income, total_assets) : std::nullopt, kNetIncomeToAssets);
    add_driver(result, "FUTL", "funds from operations (net income + depreciation and amortisation) / total liabilities",
               funds_from_operations ? ratio_over_positive(*funds_from_operations, total_liabilities) : std::nullopt,
               kFundsFromOperationsToLiabilities);

    // Both trend terms need last year's net income. Without a previous year they are
    // taken as 0 (no run of losses, no change), which is what a reader of a first set of
    // accounts would assume; the states make the assumption visible.
    std::optional<double> loss_in_both_years = 0.0;
    std::optional<double> change_in_net_income = 0.0;
    if (!previous) {
        add_state(result, "no previous year's accounts: two-year loss indicator taken as 0");
        add_state(result, "no previous year's accounts: change in net income taken as 0");
    } else if (!net_income || !previous_net_income) {
        loss_in_both_years.reset();
        change_in_net_income.reset();
    } else {
        loss_in_both_years = *net_income < 0.0 && *previous_net_income < 0.0 ? 1.0 : 0.0;
        change_in_net_income = bounded_change(*net_income, *previous_net_income);
        if (*net_income == 0.0 && *previous_net_income == 0.0)
            add_state(result, "net income 0 in both years: change in net income taken as 0");
    }
    add_driver(result, "INTWO", "1 when net income was negative this year and last, else 0", loss_in_both_years,
               kLossInBothYears);
    add_driver(result, "CHIN", "(net income - last year's) / (|net income| + |last year's|)", change_in_net_income,
               kChangeInNetIncome);
    score_assembly::total_drivers(result);

    if (current.period_months > 0 && current.period_months != 12)
        add_state(result, "net income annualised from a " + std::to_string(current.period_months) + "-month period");
    if (net_income && *net_income < 0.0) add_state(result, "net loss");
    if (total_liabilities > total_assets) add_state(result, "total liabilities exceed total assets");

    if (result.value) {
        result.probability_pct = 100.0 / (1.0 + std::exp(-*result.value));
        result.zone = ohlson_zone(*result.probability_pct);
    } else {
        result.zone = kZoneNotAvailable;
    }
    return result;
}

}  // namespace oversight
