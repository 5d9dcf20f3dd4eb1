/// \file correlated_failures.hpp
/// \brief Which providers fail together: the one-factor Gaussian (Vasicek) model of
/// DOMAIN.md §7. Provider i fails on a path when
///     √ρ·Z + √(1−ρ)·ε_i < Φ⁻¹(PD_i),
/// with Z (the market factor, one per path) and ε_i (one per provider and path) independent
/// standard normals. Each provider's failure probability is its PD; ρ is the correlation
/// of any two providers' latent variables, so failures cluster in bad states of Z.
///
/// Reproducible whatever the thread count: the normals of path k come from
/// `oversight::Random(seed, kExitFailureStream, k)` (Z first, then ε_i in provider order),
/// so a path's draws do not depend on which thread runs it or in which order.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace oversight {

/// Stream id of the failure draws in `oversight::Random` ("exitfail" in ASCII).
inline constexpr std::uint64_t kExitFailureStream = 0x657869746661696CULL;

class CorrelatedFailures {
public:
    /// `pd`: one-year probabilities (0-1) per provider; 0 never fails, 1 always does.
    /// Throws std::invalid_argument for a probability outside [0, 1] or ρ outside [0, 1).
    CorrelatedFailures(std::span<const double> pd, double correlation, std::uint64_t seed);

    /// `failed[i]` = provider i fails on path `path`; returns the market factor Z.
    double draw(std::uint64_t path, std::vector<char>& failed) const;

    std::size_t providers() const { return thresholds_.size(); }

private:
    std::vector<double> thresholds_;  ///< Φ⁻¹(PD_i); ±infinity at 0 and 1
    double factor_weight_ = 0.0;      ///< √ρ
    double own_weight_ = 1.0;         ///< √(1−ρ)
    std::uint64_t seed_ = 0;
};

}  // namespace oversight
