#include "models/risk_scores/altman.hpp"

#include <optional>

#include "models/risk_scores/score_assembly.hpp"

namespace oversight {
namespace {

using score_assembly::add_driver;
using score_assembly::add_state;
using score_assembly::annualised;
using score_assembly::ratio_over_positive;

/// One published variant: its name, its coefficients and its zones.
struct AltmanVariant {
    const char* model;
    double working_capital_coefficient;      // X1
    double retained_earnings_coefficient;    // X2
    double ebit_coefficient;                 // X3
    double equity_coefficient;               // X4
    std::optional<double> sales_coefficient; // X5; Z'' has none
    AltmanZoneBounds zones;
    bool equity_at_market_value;  // the model wants market value of equity for X4
};

// Altman (1995), the Z'' model for non-manufacturers and emerging-market / private firms
// (first set out in Altman 1983); Altman, Hartzell & Peck (1995).
constexpr AltmanVariant kZDoublePrime{
    .model = "Altman Z''",
    .working_capital_coefficient = 6.56,
    .retained_earnings_coefficient = 3.26,
    .ebit_coefficient = 6.72,
    .equity_coefficient = 1.05,
    .sales_coefficient = std::nullopt,
    .zones = kAltmanZDoublePrimeZones,
    .equity_at_market_value = false,
};

// Altman (1983), Z' re-estimated for private firms with book equity in X4.
constexpr AltmanVariant kZPrime{
    .model = "Altman Z'",
    .working_capital_coefficient = 0.717,
    .retained_earnings_coefficient = 0.847,
    .ebit_coefficient = 3.107,
    .equity_coefficient = 0.420,
    .sales_coefficient = 0.998,
    .zones = kAltmanZPrimeZones,
    .equity_at_market_value = false,
};

// Altman (1968), the original Z for listed manufacturers (coefficients as usually
// restated for ratios in decimals rather than per cent).
constexpr AltmanVariant kZ{
    .model = "Altman Z",
    .working_capital_coefficient = 1.2,
    .retained_earnings_coefficient = 1.4,
    .ebit_coefficient = 3.3,
    .equity_coefficient = 0.6,
    .sales_coefficient = 1.0,
    .zones = kAltmanZZones,
    .equity_at_market_value = true,
};

ScoreResult altman_score(const Accounts& accounts, const AltmanVariant& variant) {
    ScoreResult result;
    result.model = variant.model;
    const bool uses_sales = variant.sales_coefficient.has_value();

    const double total_assets = accounts.total_assets;
    const double total_liabilities = score_assembly::total_liabilities(accounts);
    const double working_capital = accounts.current_assets - accounts.current_liabilities;
    const std::optional<double> annual_ebit = annualised(accounts.operating_profit, accounts.period_months);
    const std::optional<double> annual_sales = annualised(accounts.turnover, accounts.period_months);

    // Why a ratio cannot be formed, in the order of the drivers.
    if (!(total_assets > 0.0)) add_state(result, "total assets not positive");
    if (!accounts.retained_earnings) add_state(result, "no retained earnings filed");
    if (accounts.period_months <= 0) add_state(result, "period length not positive");
    if (!(total_liabilities > 0.0)) add_state(result, "total liabilities not positive");

    const auto over_assets = [&](std::optional<double> numerator) -> std::optional<double> {
        return numerator ? ratio_over_positive(*numerator, total_assets) : std::nullopt;
    };
    add_driver(result, "X1", "working capital (current assets - current liabilities) / total assets",
               over_assets(working_capital), variant.working_capital_coefficient);
    add_driver(result, "X2", "retained earnings / total assets", over_assets(accounts.retained_earnings),
               variant.retained_earnings_coefficient);
    add_driver(result, "X3", "EBIT (operating profit, annualised) / total assets", over_assets(annual_ebit),
               variant.ebit_coefficient);
    add_driver(result, "X4",
               variant.equity_at_market_value
                   ? "book equity (net assets; no market value, unlisted) / total liabilities"
                   : "book equity (net assets) / total liabilities",
               ratio_over_positive(accounts.net_assets, total_liabilities), variant.equity_coefficient);
    if (uses_sales)
        add_driver(result, "X5", "sales (turnover, annualised) / total assets", over_assets(annual_sales),
                   *variant.sales_coefficient);
    score_assembly::total_drivers(result);

    // Conditions a reader needs to read the number.
    if (accounts.period_months > 0 && accounts.period_months != 12)
        add_state(result, std::string(uses_sales ? "sales and EBIT" : "EBIT") + " annualised from a " +
                              std::to_string(accounts.period_months) + "-month period");
    if (accounts.net_assets < 0.0) add_state(result, "book equity negative");
    if (accounts.operating_profit < 0.0) add_state(result, "EBIT negative");
    if (variant.equity_at_market_value)
        add_state(result, "market value of equity not observed (unlisted): book equity used for X4");

    result.zone = result.value ? altman_zone(*result.value, variant.zones) : kZoneNotAvailable;
    return result;
}

}  // namespace

std::string altman_zone(double score, AltmanZoneBounds bounds) {
    if (score > bounds.safe_above) return "safe";
    if (score < bounds.distress_below) return "distress";
    return "grey";
}

ScoreResult altman_z_double_prime(const Accounts& accounts) { return altman_score(accounts, kZDoublePrime); }

ScoreResult altman_z_prime(const Accounts& accounts) { return altman_score(accounts, kZPrime); }

ScoreResult altman_z(const Accounts& accounts) { return altman_score(accounts, kZ); }

}  // namespace oversight
