#include "models/exit/replacement_flow.hpp"

#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>

#include <algorithm>
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

/// One network of the column generation: the arcs of `active` (candidate indexes per
/// demand) and only the settings they reach, solved. Keeps the graph so that flows and
/// potentials can be read.
class Network {
public:
    Network(const FlowProblem& problem, const std::vector<std::vector<std::size_t>>& active,
            std::vector<int>& node_of_setting)
        : capacity_(graph_), cost_(graph_), supply_(graph_), node_of_setting_(node_of_setting) {
        // Nodes: the settings in use, one per demand group, and the sink every child reaches
        // through a setting (at most its free places) or directly as unplaced.
        sink_ = graph_.addNode();
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
                const Graph::Arc arc = graph_.addArc(demands_[d], setting_node(problem, demand.candidates[k].setting));
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
    ~Network() {
        for (const std::size_t s : settings_) node_of_setting_[s] = -1;
    }

    long long flow_to_setting(std::size_t demand, std::size_t k) const { return simplex_->flow(arcs_[demand][k]); }
    long long unplaced(std::size_t demand) const { return simplex_->flow(unplaced_[demand]); }
    long long total_cost() const { return simplex_->totalCost<long long>(); }
    long long sink_potential() const { return simplex_->potential(sink_); }
    long long demand_potential(std::size_t demand) const { return simplex_->potential(demands_[demand]); }
    /// Every setting's potential (`potentials` has one per setting of the problem); a
    /// setting outside the network has the sink's potential. The reduced cost of a
    /// demand -> setting arc is then c + π(demand) − π(setting) (LEMON's convention).
    void setting_potentials(std::vector<long long>& potentials) const {
        std::fill(potentials.begin(), potentials.end(), simplex_->potential(sink_));
        for (const std::size_t s : settings_) potentials[s] = simplex_->potential(graph_.nodeFromId(node_of_setting_[s]));
    }

private:
    Graph::Node setting_node(const FlowProblem& problem, std::size_t setting) {
        if (node_of_setting_[setting] >= 0) return graph_.nodeFromId(node_of_setting_[setting]);
        const Graph::Node node = graph_.addNode();
        node_of_setting_[setting] = graph_.id(node);
        settings_.push_back(setting);
        const Graph::Arc to_sink = graph_.addArc(node, sink_);
        capacity_[to_sink] = problem.free_places[setting];
        cost_[to_sink] = 0;
        return node;
    }

    Graph graph_;
    Graph::ArcMap<long long> capacity_, cost_;
    Graph::NodeMap<long long> supply_;
    std::vector<int>& node_of_setting_;  // shared, reset by the destructor
    Graph::Node sink_;
    std::vector<std::size_t> settings_;
    std::vector<Graph::Node> demands_;
    std::vector<std::vector<Graph::Arc>> arcs_;
    std::vector<Graph::Arc> unplaced_;
    std::optional<Simplex> simplex_;
};

/// Candidate indexes of one demand that can take a child (their setting has a free place),
/// cheapest first (cheaper_candidate).
std::vector<std::size_t> usable_by_cost(const FlowProblem& problem, const FlowDemand& demand) {
    std::vector<std::size_t> usable;
    for (std::size_t k = 0; k < demand.candidates.size(); ++k)
        if (problem.free_places[demand.candidates[k].setting] > 0) usable.push_back(k);
    const auto& c = demand.candidates;
    if (!std::is_sorted(c.begin(), c.end(), cheaper_candidate))
        std::sort(usable.begin(), usable.end(), [&](std::size_t a, std::size_t b) { return cheaper_candidate(c[a], c[b]); });
    return usable;
}

/// How many of a demand's cheapest usable candidates go into the first network: at least
/// `least`, and enough to offer twice its children in free places (or all there are).
std::size_t initial_arcs(const FlowProblem& problem, const FlowDemand& demand, const std::vector<std::size_t>& usable,
                         std::size_t least) {
    if (least == 0) return usable.size();
    std::size_t n = 0;
    long long offered = 0;
    while (n < usable.size() && (n < least || offered < 2LL * demand.children))
        offered += problem.free_places[demand.candidates[usable[n++]].setting];
    return n;
}

}  // namespace

Pence placement_first_penalty(Pence largest_cost, long long children) {
    if (largest_cost < 0 || children < 0)
        throw std::invalid_argument("placement_first_penalty: negative cost or children");
    // The flow's total is at most children × penalty: keep both well inside int64 (LEMON's
    // own artificial arcs cost about 2^62).
    constexpr long long kLimit = 1LL << 60;
    long long penalty = 0, total = 0;
    if (__builtin_mul_overflow(largest_cost + 1, children + 1, &penalty) || penalty > kLimit ||
        __builtin_mul_overflow(penalty, children + 1, &total) || total > kLimit)
        throw std::invalid_argument("the re-placement costs are too large to solve in whole pence (" +
                                    std::to_string(children) + " children, a place of up to " +
                                    std::to_string(largest_cost) + " pence a week)");
    return penalty;
}

FlowSolution solve_replacement_flow(const FlowProblem& problem, const FlowOptions& options) {
    check(problem);
    const std::size_t demands = problem.demands.size();

    // usable[d]: candidates that can take a child, cheapest first. active[d]: those in the
    // network; in_network marks them.
    std::vector<std::vector<std::size_t>> usable(demands), active(demands);
    std::vector<std::vector<char>> in_network(demands);
    for (std::size_t d = 0; d < demands; ++d) {
        const FlowDemand& demand = problem.demands[d];
        if (demand.children == 0) continue;
        usable[d] = usable_by_cost(problem, demand);
        const std::size_t first = initial_arcs(problem, demand, usable[d], options.initial_arcs_per_demand);
        active[d].assign(usable[d].begin(), usable[d].begin() + static_cast<std::ptrdiff_t>(first));
        in_network[d].assign(demand.candidates.size(), 0);
        for (const std::size_t k : active[d]) in_network[d][k] = 1;
    }

    std::vector<int> node_of_setting(problem.free_places.size(), -1);
    std::vector<long long> setting_potential(problem.free_places.size());
    std::vector<std::pair<long long, std::size_t>> negative;  // (reduced cost, candidate)
    const std::size_t per_round = std::max<std::size_t>(1, options.arcs_added_per_round);
    int rounds = 0;
    for (;;) {
        const Network network(problem, active, node_of_setting);
        ++rounds;
        // Pricing: every usable candidate left out, against this network's potentials.
        network.setting_potentials(setting_potential);
        long long largest_potential = network.sink_potential();  // absent settings have it
        for (const long long p : setting_potential) largest_potential = std::max(largest_potential, p);
        bool added = false;
        for (std::size_t d = 0; d < demands; ++d) {
            if (usable[d].size() == active[d].size()) continue;
            // best: the most negative reduced costs so far, a max-heap of at most per_round.
            negative.clear();
            const long long demand_potential = network.demand_potential(d);
            const std::vector<FlowCandidate>& candidates = problem.demands[d].candidates;
            for (const std::size_t k : usable[d]) {
                const long long lowest_from_here = candidates[k].weekly_cost + demand_potential - largest_potential;
                if (lowest_from_here >= 0) break;
                if (negative.size() == per_round && lowest_from_here >= negative.front().first) break;
                if (in_network[d][k]) continue;
                const long long rc =
                    candidates[k].weekly_cost + demand_potential - setting_potential[candidates[k].setting];
                if (rc >= 0) continue;
                negative.push_back({rc, k});
                std::push_heap(negative.begin(), negative.end());
                if (negative.size() > per_round) {
                    std::pop_heap(negative.begin(), negative.end());
                    negative.pop_back();
                }
            }
            for (const auto& [rc, k] : negative) {
                active[d].push_back(k);
                in_network[d][k] = 1;
                added = true;
            }
        }
        if (added) continue;

        FlowSolution solution;
        solution.placed.resize(demands);
        solution.unplaced.resize(demands);
        for (std::size_t d = 0; d < demands; ++d) {
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
