/// \file ohlson.hpp
/// \brief Ohlson's O-score and the probability of failure it implies, from one year's
/// accounts and the year before (DOMAIN.md §3; Ohlson 1980, model 1).
///
///   T = -1.32 - 0.407 SIZE + 6.03 TLTA - 1.43 WCTA + 0.0757 CLCA - 1.72 OENEG
///       - 2.37 NITA - 1.83 FUTL + 0.285 INTWO - 0.521 CHIN,  probability = 1 / (1 + e^-T)
///   SIZE  = ln(total assets in £ millions / price level)
///   TLTA  = total liabilities / total assets      WCTA = working capital / total assets
///   CLCA  = current liabilities / current assets  OENEG = 1 when total liabilities > total assets
///   NITA  = net income / total assets             FUTL = funds from operations / total liabilities
///   INTWO = 1 when net income was negative this year and last
///   CHIN  = (NI this year - NI last year) / (|NI this year| + |NI last year|)
/// Net income = profit before tax - tax (a missing tax charge is taken as 0 and stated);
/// funds from operations = net income + depreciation and amortisation. Net income is
/// annualised (x 12 / period_months) so that periods of different lengths compare.
/// The constant was fitted with SIZE in Ohlson's units (US dollars over a GNP deflator),
/// which replications state differently; with £ millions here the probability ranks
/// providers more reliably than it measures their chance of failure.
#pragma once

#include <string>

#include "engine/domain/accounts.hpp"
#include "models/risk_scores/score_result.hpp"

namespace oversight {

/// A probability above this reads "failure predicted": more probable than not, the usual
/// cut-off for a logit model and the sense of "likely" in Advinia v CQC (2022).
inline constexpr double kOhlsonFailurePredictedAbovePct = 50.0;

/// "failure predicted" above kOhlsonFailurePredictedAbovePct, else "failure not predicted".
std::string ohlson_zone(double probability_pct);

/// O-score of `current`. `previous` is the same provider's accounts for the year before,
/// or nullptr: both INTWO and CHIN need it, and without it each is taken as 0 and a
/// state says so. `price_level` deflates total assets in SIZE: Ohlson (1980) divided by a
/// US GNP price-level index (1968 = 100); the default 1.0 leaves £ millions as they are.
ScoreResult ohlson(const Accounts& current, const Accounts* previous, double price_level = 1.0);

}  // namespace oversight
