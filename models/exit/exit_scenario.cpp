#include "models/exit/exit_scenario.hpp"

#include <algorithm>
#include <stdexcept>

namespace oversight {

void ExitArea::add(const ExitArea& other) {
    displaced += other.displaced;
    own_council += other.own_council;
    own_region += other.own_region;
    elsewhere += other.elsewhere;
    unplaced += other.unplaced;
    fees_before += other.fees_before;
    travel_before += other.travel_before;
    fees_after += other.fees_after;
    travel_after += other.travel_after;
    unplaced_cost += other.unplaced_cost;
    km_before += other.km_before;
    km_after += other.km_after;
}

std::vector<char> settings_of_groups(const ExitMarket& market, const std::vector<std::size_t>& groups) {
    std::vector<char> closed(market.settings().size(), 0);
    for (const std::size_t g : groups)
        for (const std::size_t s : market.groups().at(g).settings) closed[s] = 1;
    return closed;
}

ExitOutcome replace_displaced(const ExitMarket& market, const std::vector<char>& closed) {
    const auto& settings = market.settings();
    if (closed.size() != settings.size())
        throw std::invalid_argument("replace_displaced: " + std::to_string(closed.size()) + " flags for " +
                                    std::to_string(settings.size()) + " settings");
    const MarketData& data = market.market().data();
    ExitOutcome outcome;
    outcome.councils.resize(data.local_authorities.size());
    for (std::size_t c = 0; c < outcome.councils.size(); ++c) outcome.councils[c].index = c;
    outcome.regions.resize(data.regions.size());
    for (std::size_t r = 0; r < outcome.regions.size(); ++r) outcome.regions[r].index = r;

    // Demand: the children of the closing settings, by key (first closing setting first).
    std::vector<int> demand_of_key(market.keys().size(), -1);
    std::vector<std::size_t> demand_keys;
    std::vector<int> children;
    for (std::size_t s = 0; s < settings.size(); ++s) {
        if (!closed[s]) continue;
        ++outcome.settings_closed;
        for (const ChildrenOfKey& group : market.children_in(s)) {
            if (demand_of_key[group.key] < 0) {
                demand_of_key[group.key] = static_cast<int>(demand_keys.size());
                demand_keys.push_back(group.key);
                children.push_back(0);
            }
            children[static_cast<std::size_t>(demand_of_key[group.key])] += group.children;
            ExitArea& council = outcome.councils[market.keys()[group.key].council];
            council.displaced += group.children;
            council.fees_before += group.fees;
            council.travel_before += group.travel;
            council.km_before += group.km;
        }
    }

    // Supply and candidates.
    FlowProblem problem;
    problem.free_places.resize(settings.size());
    for (std::size_t s = 0; s < settings.size(); ++s) problem.free_places[s] = closed[s] ? 0 : settings[s].free_places;
    problem.demands.resize(demand_keys.size());
    Pence largest = 0;
    long long total_children = 0;
    for (std::size_t d = 0; d < demand_keys.size(); ++d) {
        FlowDemand& demand = problem.demands[d];
        demand.children = children[d];
        total_children += children[d];
        for (const FlowCandidate& candidate : market.candidates(demand_keys[d]))
            if (problem.free_places[candidate.setting] > 0) {
                demand.candidates.push_back(candidate);  // keeps the cheapest-first order
                largest = std::max(largest, candidate.weekly_cost);
            }
    }
    problem.unplaced_weekly_cost = placement_first_penalty(largest, total_children);
    const FlowSolution solution = solve_replacement_flow(problem);
    outcome.demand_groups = static_cast<int>(demand_keys.size());
    outcome.arcs = solution.arcs;
    outcome.rounds = solution.rounds;

    // Where they went, by the child's council.
    for (std::size_t d = 0; d < demand_keys.size(); ++d) {
        const DemandKey& key = market.keys()[demand_keys[d]];
        ExitArea& council = outcome.councils[key.council];
        const std::size_t home_region = market.region_of(key.council);
        for (const FlowPlacement& placed : solution.placed[d]) {
            const std::size_t la = settings[placed.setting].la;
            const double km = market.km(key.council, la);
            if (la == key.council)
                council.own_council += placed.children;
            else if (market.region_of(la) == home_region)
                council.own_region += placed.children;
            else
                council.elsewhere += placed.children;
            council.fees_after += placed.children * market.price(placed.setting, key.type, key.need_band);
            council.travel_after += placed.children * market.travel(key.council, la);
            council.km_after += placed.children * km;
        }
        council.unplaced += solution.unplaced[d];
        council.unplaced_cost += solution.unplaced[d] * market.unplaced_cost();
    }
    for (const ExitArea& council : outcome.councils) {
        outcome.regions[market.region_of(council.index)].add(council);
        outcome.england.add(council);
    }
    return outcome;
}

}  // namespace oversight
