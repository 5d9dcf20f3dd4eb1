/// \file replacement_flow.hpp
/// \brief Re-placing displaced children as a minimum-cost flow, solved exactly.
///
/// Children of one demand group (one council, placement type and need band) may go to any
/// of their candidate settings, each with a weekly cost; every setting has a number of
/// free places; a child placed nowhere costs `unplaced_weekly_cost`, which is set higher
/// than any candidate so that a child is left unplaced only when no candidate has a place.
/// The network (source = demand groups, sink = "placed" and "unplaced") is solved with
/// LEMON's network simplex: the optimum over all assignments, not a greedy order.
///
/// Candidate lists can be long (every compatible setting within reach: thousands), so the
/// network is built by column generation: it starts with each demand's cheapest
/// `initial_arcs_per_demand` candidates, is solved, and then every candidate left out is
/// priced against the optimal node potentials π (LEMON's duals): an arc g -> s whose
/// reduced cost c + π(g) − π(s) is negative could lower the total, so it is added and the
/// network solved again. When no left-out arc has a negative reduced cost, the solution
/// satisfies the optimality conditions of the problem with every candidate, so it is the
/// optimum of the full problem (its total is the same; tests compare with a full solve).
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

struct FlowDemand {
    int children = 0;
    std::vector<FlowCandidate> candidates;
};

struct FlowProblem {
    std::vector<int> free_places;  ///< per setting, at least 0
    std::vector<FlowDemand> demands;
    Pence unplaced_weekly_cost = 0;  ///< must exceed every candidate's cost
};

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
    /// Cheapest candidates of each demand in the first network; 0 = all at once.
    std::size_t initial_arcs_per_demand = 8;
};

/// Throws std::invalid_argument for negative counts, a candidate naming no setting, or an
/// unplaced cost not above every candidate's.
FlowSolution solve_replacement_flow(const FlowProblem& problem, const FlowOptions& options = {});

}  // namespace oversight
