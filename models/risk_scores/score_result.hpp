/// \file score_result.hpp
/// \brief The common result of every failure-risk score (DOMAIN.md §3): the score, its
/// zone, and each driver's raw ratio, coefficient and contribution, so that a brief can
/// show how the number was made.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace oversight {

/// One term of a linear score: contribution = coefficient x ratio.
struct ScoreDriver {
    std::string name;        ///< e.g. "X1"
    std::string definition;  ///< what the ratio is, in words, with any substitution made
    std::optional<double> ratio;         ///< nullopt when it cannot be formed (see states)
    double coefficient = 0.0;
    std::optional<double> contribution;  ///< coefficient x ratio; nullopt with the ratio
};

/// A score for one set of accounts. When any driver is missing the value is nullopt and
/// `states` says why in words; a score is never formed from a made-up input.
struct ScoreResult {
    std::string model;                     ///< e.g. "Altman Z''"
    std::optional<double> value;           ///< constant + sum of contributions
    std::string zone;                      ///< e.g. "grey"; "not available" without a value
    std::optional<double> probability_pct; ///< models that give one (Ohlson, Merton)
    double constant = 0.0;
    std::vector<ScoreDriver> drivers;
    /// Why a value is missing ("total assets not positive") and conditions a reader must
    /// know to read it ("book equity negative", "flows annualised from a 6-month period").
    std::vector<std::string> states;
};

/// The zone of a score that could not be formed.
inline constexpr const char* kZoneNotAvailable = "not available";

}  // namespace oversight
