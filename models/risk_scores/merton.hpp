/// \file merton.hpp
/// \brief Merton's distance to default and the default probability it implies (DOMAIN.md
/// §3; Merton 1974). The firm defaults when its asset value, a geometric Brownian motion,
/// ends the horizon below the face value of its debt:
///
///   DD = [ln(V / F) + (mu - sigma^2 / 2) T] / (sigma sqrt(T)),   PD = N(-DD)
///
/// For unlisted providers V and sigma are not observed; callers supply estimates (or use
/// the cash-flow version of the model). The two drivers are the leverage term ln(V/F) and
/// the drift term (mu - sigma^2/2) T, each with coefficient 1 / (sigma sqrt(T)).
#pragma once

#include <string>

#include "models/risk_scores/score_result.hpp"

namespace oversight {

/// A default probability above this reads "default predicted" (more probable than not).
inline constexpr double kMertonDefaultPredictedAbovePct = 50.0;

/// "default predicted" above kMertonDefaultPredictedAbovePct, else "default not predicted".
std::string merton_zone(double default_probability_pct);

/// value = distance to default, probability_pct = 100 N(-DD).
/// \param asset_value        V, market value of the firm's assets, pounds
/// \param debt_face          F, face value of debt due at the horizon, pounds
/// \param annual_drift       mu, expected asset return a year, a fraction (0.08 = 8 %)
/// \param annual_volatility  sigma, annual volatility of asset returns, a fraction
/// \param horizon_years      T
ScoreResult merton(double asset_value, double debt_face, double annual_drift, double annual_volatility,
                   double horizon_years);

}  // namespace oversight
