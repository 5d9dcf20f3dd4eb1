/// \file stress_scenarios.hpp
/// \brief Stress scenarios as data (ORE style, DOMAIN.md §5): an id, rate shifts (parallel
/// or by tenor, spreads over the base SONIA curve) and shocks to occupancy, fees and wages.
/// A named library is built in; more scenarios come from an XML file
/// (docs/stress-scenarios.md describes the format).
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace oversight {

/// A spread over the base curve at one tenor, in basis points; between tenors the
/// spreads are interpolated linearly in time, beyond the ends held flat.
struct TenorShift {
    std::string tenor;  ///< "1Y", "5Y", ...
    double shift_bp = 0.0;
};

struct StressScenario {
    std::string id;  ///< e.g. "rates_up_200"; unique in a library
    std::string description;
    double parallel_shift_bp = 0.0;        ///< added to every SONIA rate
    std::vector<TenorShift> tenor_shifts;  ///< added on top of the parallel shift
    double occupancy_change_pct = 0.0;     ///< relative change in children placed (-10 = a tenth fewer)
    double fee_change_pct = 0.0;           ///< relative change in weekly fees
    double wage_inflation_pct = 0.0;       ///< relative change in staff costs
    /// Share of staff and other operating costs that does not move with occupancy (a home
    /// is staffed by rota whether or not every bed is filled).
    double fixed_cost_share_pct = 70.0;
    /// Operating margin cap: fees are cut until operating profit / turnover is at most this.
    std::optional<double> profit_cap_pct;
};

/// base, rates_up_200, rates_up_400, occupancy_down_10, wages_up_8, fee_freeze, severe,
/// profit_cap_10 (docs/stress-scenarios.md gives each one's figures and reason).
std::vector<StressScenario> default_stress_scenarios();

/// Reads scenarios from an XML file. Throws std::invalid_argument naming the file, line
/// and element for a malformed file, an unknown element, a value that is not a number,
/// a missing or repeated id, or an occupancy, fee or wage change of -100 % or less.
std::vector<StressScenario> load_stress_scenarios(const std::string& path);

/// The built-in library with the file's scenarios added (a file scenario with a built-in
/// id replaces it). An empty path gives the built-in library.
std::vector<StressScenario> stress_scenario_library(const std::string& path);

}  // namespace oversight
