#include "models/risk_scores/merton.hpp"

#include <cmath>
#include <numbers>
#include <optional>

#include "models/risk_scores/score_assembly.hpp"

namespace oversight {
namespace {

/// Standard normal distribution function, through erfc so that far tails (a very safe
/// firm's PD) keep their precision: N(x) = erfc(-x / sqrt 2) / 2.
double standard_normal_cdf(double x) { return 0.5 * std::erfc(-x / std::numbers::sqrt2); }

}  // namespace

std::string merton_zone(double default_probability_pct) {
    return default_probability_pct > kMertonDefaultPredictedAbovePct ? "default predicted" : "default not predicted";
}

// Merton (1974): debt as a claim on lognormal firm assets; DD and PD as in DOMAIN.md §3.
ScoreResult merton(double asset_value, double debt_face, double annual_drift, double annual_volatility,
                   double horizon_years) {
    using score_assembly::add_state;
    ScoreResult result;
    result.model = "Merton distance to default";

    if (!(asset_value > 0.0)) add_state(result, "asset value not positive");
    if (!(debt_face > 0.0)) add_state(result, "debt face value not positive");
    if (!(annual_volatility > 0.0)) add_state(result, "asset volatility not positive");
    if (!(horizon_years > 0.0)) add_state(result, "horizon not positive");

    const bool scale_known = annual_volatility > 0.0 && horizon_years > 0.0;
    // One standard deviation of log asset value at the horizon; each term is measured in it.
    const double per_standard_deviation = scale_known ? 1.0 / (annual_volatility * std::sqrt(horizon_years)) : 0.0;
    const std::optional<double> leverage_term =
        asset_value > 0.0 && debt_face > 0.0 ? std::optional<double>(std::log(asset_value / debt_face)) : std::nullopt;
    const double drift_term = (annual_drift - 0.5 * annual_volatility * annual_volatility) * horizon_years;

    score_assembly::add_driver(result, "leverage", "ln(asset value / debt face value)",
                               leverage_term, per_standard_deviation);
    score_assembly::add_driver(result, "drift", "(asset drift - volatility^2 / 2) x horizon in years", drift_term,
                               per_standard_deviation);
    // Without a positive sigma sqrt(T) the terms have no scale: show the ratios, not a
    // contribution made with a meaningless coefficient.
    if (!scale_known)
        for (ScoreDriver& driver : result.drivers) driver.contribution.reset();
    score_assembly::total_drivers(result);

    if (result.value) {
        result.probability_pct = 100.0 * standard_normal_cdf(-*result.value);
        result.zone = merton_zone(*result.probability_pct);
    } else {
        result.zone = kZoneNotAvailable;
    }
    return result;
}

}  // namespace oversight
