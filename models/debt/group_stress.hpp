/// \file group_stress.hpp
/// \brief Every group with debt under every scenario: the inputs of stress.hpp built from
/// the Market (each group's latest complete accounts year and its members' facilities),
/// projected on the SONIA curve of the as-at date.
#pragma once

#include <string>
#include <vector>

#include "engine/config/assumptions.hpp"
#include "engine/config/stress_scenarios.hpp"
#include "engine/market.hpp"
#include "models/debt/reverse_stress.hpp"
#include "models/debt/stress.hpp"

namespace oversight {

struct GroupStress {
    StressInputs inputs;
    std::vector<StressResult> scenarios;  ///< in the library's order
};

struct StressRun {
    Date as_of;
    std::string curve;  ///< what the projections were priced on
    std::vector<GroupStress> groups;  ///< groups with facilities and accounts, in group order
};

/// Groups with at least one facility and a complete accounts year; `only_group` (if not
/// empty) keeps that group alone. The curve: SONIA of the latest curve date on or before
/// `as_of`, else flat at cashflow_default.sonia_pct. The hedged share of floating debt pays
/// cashflow_default.hedge_swap_rate_pct (swaps struck in the past), as the simulation does.
StressRun stress_groups(const Market& market, const Assumptions& assumptions,
                        const std::vector<StressScenario>& scenarios, Date as_of, const std::string& only_group = "");

/// The curve stress_groups projects on: SONIA of `as_of` from curves.csv when quoted on
/// that date, else flat at cashflow_default.sonia_pct.
ProjectionCurve group_projection_curve(const Market& market, const Assumptions& assumptions, Date as_of);

struct ReverseStress {
    BreakingPoint occupancy_fall;
    BreakingPoint fee_cut;
    BreakingPoint rate_rise;
};

/// The three breaking points of one group from the base scenario.
ReverseStress reverse_stress(const StressRun& run, const GroupStress& group, const Market& market,
                             const Assumptions& assumptions);

}  // namespace oversight
