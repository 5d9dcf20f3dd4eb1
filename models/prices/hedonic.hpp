/// \file hedonic.hpp
/// \brief Hedonic price model: what a placement costs once what is bought is controlled
/// for, and which providers charge more for the same thing (DOMAIN.md §6).
///
/// Model (ordinary least squares, Eigen):
///   log(weekly fee) = intercept + region + type + need band + age band + route + year
///                     + provider + error,
/// one observation per placement *starting* in the period (its fee is the price agreed
/// then), dated by its start year. Region is the commissioning council's; the provider is
/// the group running the setting. Each factor is a set of dummies against a reference level,
/// its most frequent one (ties: the first in code order), so every estimate reads "log
/// price relative to the most common case"; exp(b) - 1 is the premium.
///
/// Provider effects are reported against the average provider rather than a reference
/// one: e_p = b_p - sum_q (n_q / N) b_q (placement-weighted over the providers with an
/// estimate, the reference provider's b being 0), with Var(e_p) = c' V c for
/// c = unit_p - w. Premium = exp(e_p) - 1, with a 95 % interval exp(e_p +- 1.96 se) - 1.
/// The intercept is reported at that average provider too (b_0 + w'b, variance
/// V_00 + 2 (Vw)_0 + w'Vw): the reference provider's own would be one provider's price.
///
/// Identification: columns are taken in the order above and a column that is (within
/// 1e-9 of its own length) a combination of earlier ones is dropped, with a state; in
/// practice a provider whose placements are all of one kind another factor already
/// describes (e.g. a council's in-house service and the in_house route). Standard errors:
/// classical, V = s^2 (X'X)^-1 with s^2 = RSS / (n - p).
#pragma once

#include <string>
#include <vector>

#include "engine/market.hpp"
#include "models/prices/price_cells.hpp"

namespace oversight {

struct HedonicTerm {
    std::string factor;  ///< "intercept", "region", "type", "band", "age", "route", "year"
    std::string level;
    double estimate = 0.0;   ///< log points against the factor's reference level
    double std_error = 0.0;
    bool reference = false;  ///< the level the others are measured against (estimate 0)
    std::size_t observations = 0;
    std::size_t providers = 0;  ///< provider groups among those observations (for disclosure control)
    double largest_provider_share_pct = 0.0;  ///< the largest group's share of those observations
};

struct ProviderPremium {
    std::string group_id;
    std::string name;
    std::size_t placements = 0;
    bool identified = true;     ///< false: dropped as collinear, no estimate
    double effect = 0.0;        ///< log points against the placement-weighted average provider
    double std_error = 0.0;
    double premium_pct = 0.0;   ///< exp(effect) - 1
    double premium_low_pct = 0.0, premium_high_pct = 0.0;  ///< 95 %
};

struct HedonicFit {
    PriceFilter filter;              ///< placements starting from filter.from to filter.to
    std::size_t observations = 0;
    std::size_t parameters = 0;      ///< estimated (after any dropped)
    double r_squared = 0.0;
    double residual_sd = 0.0;        ///< s, log points
    std::vector<HedonicTerm> terms;  ///< intercept, then each factor's levels in code order
    std::vector<ProviderPremium> providers;  ///< by group id; empty without provider effects
    /// w'b: the placement-weighted average provider's coefficient against the reference
    /// provider (already in the reported intercept).
    double average_provider_effect = 0.0;
    /// Placements left out: a weekly fee of 0 or less has no logarithm.
    std::size_t zero_fees_left_out = 0;
    std::vector<std::string> states;
};

/// Fits the model to the placements starting in the filter's period that match its
/// filters. Pure. Throws std::invalid_argument when there are no more observations than
/// parameters, or a fee is not positive.
HedonicFit fit_hedonic(const Market& market, const PriceFilter& filter, bool provider_effects = true);

}  // namespace oversight
