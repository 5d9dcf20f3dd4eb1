/// \file market_stress.hpp
/// \brief Every leveraged provider of the market under every scenario: the inputs of
/// stress.hpp built from the Market (each group's or entity's latest complete accounts
/// year and its facilities), projected on the SONIA curve of the as-at date; and for one
/// provider its reverse stress and rates x occupancy grid.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/config/assumptions.hpp"
#include "engine/config/stress_scenarios.hpp"
#include "engine/market.hpp"
#include "models/debt/reverse_stress.hpp"
#include "models/debt/sonia_curve.hpp"
#include "models/debt/stress.hpp"
#include "models/debt/stress_grid.hpp"

namespace oversight {

/// Who is stressed: groups (the top parent's members' facilities against the group's
/// accounts) or entities (each entity's own facilities against its own accounts).
enum class StressLevel { Group, Entity };

struct StressRequest {
    Date as_of;
    StressLevel level = StressLevel::Group;
    std::string only;  ///< one provider id (a top parent for groups, an entity id); empty: all
    /// QuantLib: re-price every facility in QuantLib for every scenario instead of the
    /// fast path; the same figures to rounding, slower. For checking. (Grids and reverse
    /// stress always run on the fast path.)
    ProjectionPath path = ProjectionPath::Fast;
    bool grids = false;  ///< also each provider's rates x occupancy grid (fast path)
};

struct StressedProvider {
    ProviderStressor stressor;            ///< inputs and recorded facility flows
    std::vector<StressResult> scenarios;  ///< in the library's order
    std::optional<StressGrid> grid;       ///< when asked for: on the base scenario
    const StressInputs& inputs() const { return stressor.inputs(); }
};

struct StressRun {
    Date as_of;
    StressLevel level = StressLevel::Group;
    ProjectionPath path = ProjectionPath::Fast;
    std::string curve;  ///< what the projections were priced on
    /// With facilities and accounts: groups in Market::group_ids order, entities by id.
    std::vector<StressedProvider> providers;
    /// Providers whose facilities could not be projected (e.g. a horizon past the curve's
    /// last pillar): "id: reason", in the same order. The others are still stressed.
    std::vector<std::string> skipped;
};

/// Providers with at least one facility and a complete accounts year, each under every
/// scenario. The curve: SONIA of `as_of` from curves.csv when quoted on that date, else
/// flat at cashflow_default.sonia_pct. The hedged share of floating debt pays
/// cashflow_default.hedge_swap_rate_pct (swaps struck in the past), as the simulation
/// does. Capex and tax: cashflow_default's; horizon and grid: stress.*.
StressRun stress_market(const Market& market, const Assumptions& assumptions,
                        const std::vector<StressScenario>& scenarios, const StressRequest& request);

/// The curve stress_market projects on.
ProjectionCurve market_projection_curve(const Market& market, const Assumptions& assumptions, Date as_of);

/// That curve's report (sonia_curve.hpp) when it is bootstrapped from curves.csv;
/// nullopt when stress_market falls back to the flat curve.
std::optional<CurveReport> market_curve_report(const Market& market, Date as_of);

struct ReverseStress {
    BreakingPoint occupancy_fall;
    BreakingPoint fee_cut;
    BreakingPoint rate_rise;
};

/// The three breaking points of one provider from the base scenario (fast path).
ReverseStress reverse_stress(const StressedProvider& provider);

/// The provider a run with `request.only` set was for. Throws std::runtime_error saying
/// why there is none: it was skipped (with the reason), or it is not a group (entity) with
/// facilities and complete accounts.
const StressedProvider& requested_provider(const StressRun& run, const StressRequest& request);

/// What one provider's own report adds to its scenarios: the reverse stress and each
/// facility's projection on the base curve (priced on `path`).
struct ProviderDetail {
    ReverseStress reverse;
    std::vector<FacilitySchedule> base_schedules;
};
ProviderDetail provider_detail(const StressedProvider& provider, ProjectionPath path);

}  // namespace oversight
