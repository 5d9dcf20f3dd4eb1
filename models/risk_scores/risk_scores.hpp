/// \file risk_scores.hpp
/// \brief Failure-risk scores of DOMAIN.md §3, each explained driver by driver: Altman
/// Z'' (primary), Z' and Z; Taffler's UK z; Ohlson's O-score; Merton's distance to
/// default. Pure functions of accounts (or of asset value and debt for Merton); no I/O.
#pragma once

#include "models/risk_scores/altman.hpp"
#include "models/risk_scores/merton.hpp"
#include "models/risk_scores/ohlson.hpp"
#include "models/risk_scores/score_result.hpp"
#include "models/risk_scores/taffler.hpp"
