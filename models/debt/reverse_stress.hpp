/// \file reverse_stress.hpp
/// \brief Reverse stress: how far occupancy, fees or rates must move before the first
/// covenant breaks within the horizon, found by bisection on the fast path (ProviderStressor::run).
#pragma once

#include <optional>

#include "models/debt/stress.hpp"

namespace oversight {

struct BreakingPoint {
    /// The smallest move that breaks a covenant within the horizon: a fall in occupancy
    /// or fees in percent (e.g. 20.8 = a fall of 20.8 %), or a rise in SONIA in basis
    /// points. 0 when the covenant is already broken without any move; nullopt when even
    /// the largest move searched (99 %, or 3,000 bp) breaks nothing (or no covenant).
    std::optional<double> move;
    int evaluations = 0;  ///< stress runs the search took
};

/// Each search starts from `scenario` and moves one driver only, to a tolerance of 0.001
/// (percent or bp). A breach is assumed to get no less likely as the move grows (more
/// vacancy, lower fees, higher rates), which holds for the stress method of stress.hpp.
BreakingPoint breaking_occupancy_fall(const ProviderStressor& provider, const StressScenario& scenario);
BreakingPoint breaking_fee_cut(const ProviderStressor& provider, const StressScenario& scenario);
BreakingPoint breaking_rate_rise(const ProviderStressor& provider, const StressScenario& scenario);

}  // namespace oversight
