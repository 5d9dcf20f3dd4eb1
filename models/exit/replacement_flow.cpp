#include "models/exit/replacement_flow.hpp"

#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>

#include <stdexcept>
#include <string>

namespace oversight {

FlowSolution solve_replacement_flow(const FlowProblem& problem) {
    using Graph = lemon::SmartDigraph;
    Graph graph;
    Graph::ArcMap<long long> capacity(graph), cost(graph);
    Graph::NodeMap<long long> supply(graph);

    // Nodes: one per demand group, one per setting, and the sink every child reaches,
    // through a setting (at most its free places) or directly as unplaced.
    const Graph::Node sink = graph.addNode();
    std::vector<Graph::Node> settings(problem.free_places.size());
    long long children = 0;
    for (std::size_t s = 0; s < settings.size(); ++s) {
        if (problem.free_places[s] < 0)
            throw std::invalid_argument("setting " + std::to_string(s) + " has a negative number of free places");
        settings[s] = graph.addNode();
        const Graph::Arc to_sink = graph.addArc(settings[s], sink);
        capacity[to_sink] = problem.free_places[s];
        cost[to_sink] = 0;
    }
    struct DemandArcs {
        std::vector<Graph::Arc> to_settings;
        Graph::Arc unplaced;
    };
    std::vector<DemandArcs> arcs(problem.demands.size());
    for (std::size_t d = 0; d < problem.demands.size(); ++d) {
        const FlowDemand& demand = problem.demands[d];
        if (demand.children < 0) throw std::invalid_argument("a demand group has a negative number of children");
        const Graph::Node node = graph.addNode();
        supply[node] = demand.children;
        children += demand.children;
        for (const FlowCandidate& candidate : demand.candidates) {
            if (candidate.setting >= settings.size())
                throw std::invalid_argument("a candidate names setting " + std::to_string(candidate.setting) +
                                            " of " + std::to_string(settings.size()));
            if (candidate.weekly_cost >= problem.unplaced_weekly_cost)
                throw std::invalid_argument("the unplaced cost must exceed every candidate's cost");
            const Graph::Arc arc = graph.addArc(node, settings[candidate.setting]);
            capacity[arc] = demand.children;
            cost[arc] = candidate.weekly_cost;
            arcs[d].to_settings.push_back(arc);
        }
        arcs[d].unplaced = graph.addArc(node, sink);
        capacity[arcs[d].unplaced] = demand.children;
        cost[arcs[d].unplaced] = problem.unplaced_weekly_cost;
    }
    supply[sink] = -children;

    lemon::NetworkSimplex<Graph, long long, long long> simplex(graph);
    simplex.upperMap(capacity).costMap(cost).supplyMap(supply);
    // Always feasible: every child can take the unplaced arc.
    if (simplex.run() != lemon::NetworkSimplex<Graph, long long, long long>::OPTIMAL)
        throw std::logic_error("the re-placement flow has no optimum, which the unplaced arcs rule out");

    FlowSolution solution;
    solution.placed.resize(problem.demands.size());
    solution.unplaced.resize(problem.demands.size());
    for (std::size_t d = 0; d < problem.demands.size(); ++d) {
        for (std::size_t k = 0; k < arcs[d].to_settings.size(); ++k)
            if (const long long flow = simplex.flow(arcs[d].to_settings[k]); flow > 0)
                solution.placed[d].push_back({problem.demands[d].candidates[k].setting, static_cast<int>(flow)});
        solution.unplaced[d] = static_cast<int>(simplex.flow(arcs[d].unplaced));
    }
    solution.total_weekly_cost = simplex.totalCost<long long>();
    return solution;
}

}  // namespace oversight
