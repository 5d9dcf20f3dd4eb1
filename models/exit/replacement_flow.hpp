/// \file replacement_flow.hpp
/// \brief Re-placing displaced children as a minimum-cost flow, solved exactly.
///
/// Children of one demand group (one council, placement type and need band) may go to any
/// of their candidate settings, each with a weekly cost; every setting has a number of
/// free places; a child placed nowhere costs `unplaced_weekly_cost`. That cost must exceed
/// every candidate's; only above N × the largest candidate cost (N children in all) does
/// placing one more child always come before cost, because placing one more may move up
/// to N children to dearer places: `placement_first_penalty` gives such a cost.
/// The network (source = demand groups, sink = "placed" and "unplaced") is solved with
/// LEMON's network simplex: the optimum over all assignments, not a greedy order.
///
/// Candidate lists can be long (every compatible setting within reach: thousands), so the
/// network is built by column generation. It starts with each demand's cheapest
/// candidates, at least `initial_arcs_per_demand` and enough of them to offer twice the
/// demand's children in free places; it is solved, and every candidate left out is priced
/// against the optimal node potentials π (LEMON's duals): an arc g -> s whose reduced cost
/// c + π(g) − π(s) is negative could lower the total. A setting not in the network takes
/// the sink's potential (its only arc, to the sink, costs 0 and is unused), which extends
/// the duals to the full network. The `arcs_added_per_round` most negative arcs of each
/// demand are added and the network solved again. When no left-out arc has a negative
/// reduced cost, the duals are feasible for the problem with every candidate, so the
/// solution is the optimum of the full problem (tests compare with a full solve).
/// Pricing walks each demand's candidates cheapest first and stops early: with P the
/// largest setting potential, no candidate dearer than c can have a reduced cost below
/// c + π(g) − P.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace oversight {

/// Money in the flow is in whole pence: the solver works in integers.
using Pence = std::int64_t;

struct FlowCandidate {
    std::size_t setting = 0;  ///< index into FlowProblem::free_places
    Pence weekly_cost = 0;    ///< price of a place there for this group + the distance cost
};

/// The solver's order of candidates: cheaper first, ties by setting. Candidates given in
/// this order are used as they are; others are sorted first.
inline bool cheaper_candidate(const FlowCandidate& a, const FlowCandidate& b) {
    return a.weekly_cost != b.weekly_cost ? a.weekly_cost < b.weekly_cost : a.setting < b.setting;
}

struct FlowDemand {
    int children = 0;
    std::vector<FlowCandidate> candidates;
};

struct FlowProblem {
    std::vector<int> free_places;  ///< per setting, at least 0
    std::vector<FlowDemand> demands;
    Pence unplaced_weekly_cost = 0;  ///< must exceed every candidate's cost
};

/// An unplaced cost that makes the solver place as many children as it can before it
/// looks at cost: (largest candidate cost + 1) × (children + 1). Throws
/// std::invalid_argument when that, or the total cost of the flow, could overflow.
Pence placement_first_penalty(Pence largest_cost, long long children);

struct FlowPlacement {
    std::size_t setting = 0;
    int children = 0;
    Pence weekly_cost = 0;  ///< of one child there (the candidate's)
};

struct FlowSolution {
    std::vector<std::vector<FlowPlacement>> placed;  ///< per demand, settings with children > 0
    std::vector<int> unplaced;                       ///< per demand
    Pence total_weekly_cost = 0;                     ///< including the unplaced at their cost
    int rounds = 0;            ///< networks solved (1 + column-generation rounds that added arcs)
    std::size_t arcs = 0;      ///< demand-to-setting arcs in the last network
};

struct FlowOptions {
    /// Least number of each demand's cheapest candidates in the first network; 0 = every
    /// candidate at once (no column generation).
    std::size_t initial_arcs_per_demand = 8;
    std::size_t arcs_added_per_round = 8;  ///< per demand, the most negative reduced costs (0 is taken as 1)
};

/// Throws std::invalid_argument for negative counts, a candidate naming no setting, or an
/// unplaced cost not above every candidate's.
FlowSolution solve_replacement_flow(const FlowProblem& problem, const FlowOptions& options = {});

}  // namespace oversight
