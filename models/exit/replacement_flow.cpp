#include "models/exit/replacement_flow.hpp"

#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>

#include <algorithm>
#include <numeric>
#include <optional>
#include <stdexcept>
#include <string>

namespace oversight {
namespace {

using Graph = lemon::SmartDigraph;
using Simplex = lemon::NetworkSimplex<Graph, long long, long long>;

void check(const FlowProblem& problem) {
    for (std::size_t s = 0; s < problem.free_places.size(); ++s)
        if (problem.free_places[s] < 0)
            throw std::invalid_argument("setting " + std::to_string(s) + " has a negative number of free places");
    for (const FlowDemand& demand : problem.demands) {
        if (demand.children < 0) throw std::invalid_argument("a demand group has a negative number of children");
        for (const FlowCandidate& candidate : demand.candidates) {
            if (candidate.setting >= problem.free_places.size())
                throw std::invalid_argument("a candidate names setting " + std::to_string(candidate.setting) + " of " +
                                            std::to_string(problem.free_places.size()));
            if (candidate.weekly_cost >= problem.unplaced_weekly_cost)
                throw std::invalid_argument("the unplaced cost must exceed every candidate's cost");
        }
    }
}

/// The candidates of each demand that can take a child (the setting has a free place),
/// cheapest first; ties by setting so the order does not depend on the input's.
std::vector<std::vector<std::size_t>> usable_by_cost(const FlowProblem& problem) {
    std::vector<std::vector<std::size_t>> usable(problem.demands.size());
    for (std::size_t d = 0; d < problem.demands.size(); ++d) {
        const auto& candidates = problem.demands[d].candidates;
        if (problem.demands[d].children == 0) continue;
        for (std::size_t k = 0; k < candidates.size(); ++k)
            if (problem.free_places[candidates[k].setting] > 0) usable[d].push_back(k);
        std::sort(usable[d].begin(), usable[d].end(), [&](std::size_t a, std::size_t b) {
            if (candidates[a].weekly_cost != candidates[b].weekly_cost)
                return candidates[a].weekly_cost < candidates[b].weekly_cost;
            return candidates[a].setting < candidates[b].setting;
        });
    }
    return usable;
}

/// One network of the column generation: the arcs of `active` (candidate indexes per
/// demand), solved. Keeps the graph so that flows and potentials can be read.
class Network {
public:
    Network(const FlowProblem& problem, const std::vector<std::vector<std::size_t>>& active)
        : capacity_(graph_), cost_(graph_), supply_(graph_) {
        // Nodes: one per setting, one per demand group, and the sink every child reaches
        // through a setting (at most its free places) or directly as unplaced.
        sink_ = graph_.addNode();
        settings_.resize(problem.free_places.size());
        for (std::size_t s = 0; s < settings_.size(); ++s) {
            settings_[s] = graph_.addNode();
            const Graph::Arc to_sink = graph_.addArc(settings_[s], sink_);
            capacity_[to_sink] = problem.free_places[s];
            cost_[to_sink] = 0;
        }
        long long children = 0;
        demands_.resize(problem.demands.size());
        arcs_.resize(problem.demands.size());
        unplaced_.resize(problem.demands.size());
        for (std::size_t d = 0; d < problem.demands.size(); ++d) {
            const FlowDemand& demand = problem.demands[d];
            demands_[d] = graph_.addNode();
            supply_[demands_[d]] = demand.children;
            children += demand.children;
            for (const std::size_t k : active[d]) {
                const Graph::Arc arc = graph_.addArc(demands_[d], settings_[demand.candidates[k].setting]);
                capacity_[arc] = demand.children;
                cost_[arc] = demand.candidates[k].weekly_cost;
                arcs_[d].push_back(arc);
            }
            unplaced_[d] = graph_.addArc(demands_[d], sink_);
            capacity_[unplaced_[d]] = demand.children;
            cost_[unplaced_[d]] = problem.unplaced_weekly_cost;
        }
        supply_[sink_] = -children;
        simplex_.emplace(graph_);
        simplex_->upperMap(capacity_).costMap(cost_).supplyMap(supply_);
        // Always feasible: every child can take the unplaced arc.
        if (simplex_->run() != Simplex::OPTIMAL)
            throw std::logic_error("the re-placement flow has no optimum, which the unplaced arcs rule out");
    }

    Network(const Network&) = delete;  // LEMON's maps and simplex point into graph_
    Network& operator=(const Network&) = delete;

    long long flow_to_setting(std::size_t demand, std::size_t k) const { return simplex_->flow(arcs_[demand][k]); }
    long long unplaced(std::size_t demand) const { return simplex_->flow(unplaced_[demand]); }
    long long total_cost() const { return simplex_->totalCost<long long>(); }
    /// LEMON's reduced cost of a demand -> setting arc: c + π(demand) − π(setting).
    long long reduced_cost(std::size_t demand, std::size_t setting, long long cost) const {
        return cost + simplex_->potential(demands_[demand]) - simplex_->potential(settings_[setting]);
    }

private:
    Graph graph_;
    Graph::ArcMap<long long> capacity_, cost_;
    Graph::NodeMap<long long> supply_;
    Graph::Node sink_;
    std::vector<Graph::Node> settings_, demands_;
    std::vector<std::vector<Graph::Arc>> arcs_;
    std::vector<Graph::Arc> unplaced_;
    std::optional<Simplex> simplex_;
};

}  // namespace

FlowSolution solve_replacement_flow(const FlowProblem& problem, const FlowOptions& options) {
    check(problem);
    const std::vector<std::vector<std::size_t>> usable = usable_by_cost(problem);

    // active[d]: the candidates of demand d in the network; in_network marks them.
    std::vector<std::vector<std::size_t>> active(problem.demands.size());
    std::vector<std::vector<char>> in_network(problem.demands.size());
    for (std::size_t d = 0; d < problem.demands.size(); ++d) {
        in_network[d].assign(problem.demands[d].candidates.size(), 0);
        const std::size_t first = options.initial_arcs_per_demand == 0
                                      ? usable[d].size()
                                      : std::min(usable[d].size(), options.initial_arcs_per_demand);
        for (std::size_t i = 0; i < first; ++i) {
            active[d].push_back(usable[d][i]);
            in_network[d][usable[d][i]] = 1;
        }
    }

    int rounds = 0;
    for (;;) {
        const Network network(problem, active);
        ++rounds;
        // Pricing: every usable candidate left out, against this network's potentials.
        bool added = false;
        for (std::size_t d = 0; d < problem.demands.size(); ++d)
            for (const std::size_t k : usable[d]) {
                if (in_network[d][k]) continue;
                const FlowCandidate& candidate = problem.demands[d].candidates[k];
                if (network.reduced_cost(d, candidate.setting, candidate.weekly_cost) < 0) {
                    active[d].push_back(k);
                    in_network[d][k] = 1;
                    added = true;
                }
            }
        if (added) continue;

        FlowSolution solution;
        solution.placed.resize(problem.demands.size());
        solution.unplaced.resize(problem.demands.size());
        for (std::size_t d = 0; d < problem.demands.size(); ++d) {
            for (std::size_t i = 0; i < active[d].size(); ++i)
                if (const long long flow = network.flow_to_setting(d, i); flow > 0) {
                    const FlowCandidate& candidate = problem.demands[d].candidates[active[d][i]];
                    solution.placed[d].push_back({candidate.setting, static_cast<int>(flow), candidate.weekly_cost});
                }
            solution.unplaced[d] = static_cast<int>(network.unplaced(d));
            solution.arcs += active[d].size();
        }
        solution.total_weekly_cost = network.total_cost();
        solution.rounds = rounds;
        return solution;
    }
}

}  // namespace oversight
