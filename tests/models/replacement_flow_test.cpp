// The re-placement flow on instances small enough to solve by hand.
#include "models/exit/replacement_flow.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

#include "engine/random.hpp"

namespace oversight {
namespace {

int placed_at(const FlowSolution& s, std::size_t demand, std::size_t setting) {
    for (const FlowPlacement& p : s.placed[demand])
        if (p.setting == setting) return p.children;
    return 0;
}

TEST(ReplacementFlow, FindsTheOptimumAGreedyOrderMisses) {
    // Settings A (0) and B (1), one free place each. Child X can go to A for £100 or B for
    // £1,000; child Y only to A, for £200; unplaced costs £10,000.
    // Greedy, X first: X -> A, Y unplaced: £10,100. Optimum: X -> B, Y -> A: £1,200.
    FlowProblem problem;
    problem.free_places = {1, 1};
    problem.unplaced_weekly_cost = 1'000'000;  // pence
    problem.demands = {{1, {{0, 10'000}, {1, 100'000}}}, {1, {{0, 20'000}}}};
    const FlowSolution s = solve_replacement_flow(problem);
    EXPECT_EQ(placed_at(s, 0, 1), 1);
    EXPECT_EQ(placed_at(s, 1, 0), 1);
    EXPECT_EQ(s.unplaced[0] + s.unplaced[1], 0);
    EXPECT_EQ(s.total_weekly_cost, 120'000);
}

TEST(ReplacementFlow, FillsTheCheapestPlacesFirst) {
    // Three children; A has 2 places at £50, B has 5 at £70: 2 x 50 + 1 x 70 = £170.
    FlowProblem problem;
    problem.free_places = {2, 5};
    problem.unplaced_weekly_cost = 100'000;
    problem.demands = {{3, {{0, 5'000}, {1, 7'000}}}};
    const FlowSolution s = solve_replacement_flow(problem);
    EXPECT_EQ(placed_at(s, 0, 0), 2);
    EXPECT_EQ(placed_at(s, 0, 1), 1);
    EXPECT_EQ(s.total_weekly_cost, 17'000);
}

TEST(ReplacementFlow, DemandBeyondCapacityGoesToTheUnplacedSink) {
    // Four children, two places (one at A, one at B, none at C): two are unplaced.
    // Cost: 30 + 40 + 2 x 900 = £1,870.
    FlowProblem problem;
    problem.free_places = {1, 1, 0};
    problem.unplaced_weekly_cost = 90'000;
    problem.demands = {{3, {{0, 3'000}, {2, 1'000}}}, {1, {{1, 4'000}}}};
    const FlowSolution s = solve_replacement_flow(problem);
    EXPECT_EQ(placed_at(s, 0, 0), 1);
    EXPECT_EQ(placed_at(s, 0, 2), 0);  // no place there, however cheap
    EXPECT_EQ(placed_at(s, 1, 1), 1);
    EXPECT_EQ(s.unplaced[0], 2);
    EXPECT_EQ(s.unplaced[1], 0);
    EXPECT_EQ(s.total_weekly_cost, 187'000);
}

TEST(ReplacementFlow, NoCandidatesAndNoChildren) {
    FlowProblem problem;
    problem.free_places = {3};
    problem.unplaced_weekly_cost = 5;
    problem.demands = {{2, {}}, {0, {{0, 1}}}};
    const FlowSolution s = solve_replacement_flow(problem);
    EXPECT_EQ(s.unplaced[0], 2);
    EXPECT_TRUE(s.placed[1].empty());
    EXPECT_EQ(s.total_weekly_cost, 10);
}

TEST(ReplacementFlow, PlacingMoreComesFirstOnlyWithALargeEnoughPenalty) {
    // Settings s0 and s1, one place each. X can go to s0 for £1 or s1 for £1,000; Y only to
    // s0, for £1,000. Both placed: X -> s1, Y -> s0, £2,000. One placed: X -> s0, Y
    // unplaced, £1 + penalty. A penalty just above the dearest place (£1,001) makes leaving
    // Y out cheaper (£1,002); placement_first_penalty(1,000, 2) = 1,001 × 3 = £3,003 does not.
    FlowProblem problem;
    problem.free_places = {1, 1};
    problem.demands = {{1, {{0, 100}, {1, 100'000}}}, {1, {{0, 100'000}}}};
    problem.unplaced_weekly_cost = 100'100;
    const FlowSolution cheap = solve_replacement_flow(problem);
    EXPECT_EQ(cheap.unplaced[1], 1);
    EXPECT_EQ(cheap.total_weekly_cost, 100'200);
    problem.unplaced_weekly_cost = placement_first_penalty(100'000, 2);
    EXPECT_EQ(problem.unplaced_weekly_cost, 300'003);
    const FlowSolution first = solve_replacement_flow(problem);
    EXPECT_EQ(first.unplaced[0] + first.unplaced[1], 0);
    EXPECT_EQ(first.total_weekly_cost, 200'000);
    EXPECT_THROW(placement_first_penalty(1LL << 40, 1LL << 30), std::invalid_argument);
}

TEST(ReplacementFlow, NoSettingsAtAll) {
    FlowProblem problem;
    problem.unplaced_weekly_cost = 50;
    problem.demands = {{3, {}}};
    const FlowSolution s = solve_replacement_flow(problem, FlowOptions{1, 1});
    EXPECT_EQ(s.unplaced[0], 3);
    EXPECT_EQ(s.total_weekly_cost, 150);
}

TEST(ReplacementFlow, RefusesMalformedProblems) {
    FlowProblem negative;
    negative.free_places = {-1};
    negative.unplaced_weekly_cost = 10;
    EXPECT_THROW(solve_replacement_flow(negative), std::invalid_argument);
    FlowProblem unknown;
    unknown.free_places = {1};
    unknown.unplaced_weekly_cost = 10;
    unknown.demands = {{1, {{3, 1}}}};
    EXPECT_THROW(solve_replacement_flow(unknown), std::invalid_argument);
    FlowProblem too_cheap;
    too_cheap.free_places = {1};
    too_cheap.unplaced_weekly_cost = 10;
    too_cheap.demands = {{1, {{0, 10}}}};
    EXPECT_THROW(solve_replacement_flow(too_cheap), std::invalid_argument);
}

TEST(ReplacementFlow, ColumnGenerationFindsTheOptimumOfTheFullNetwork) {
    // A has 2 free places, B 1; unplaced costs M = £10,000. X (1 child) can go to A for
    // £100 or B for £150; Y (2 children) only to A, for £200. The first network holds each
    // demand's cheapest arc (A offers 2 places, twice X's child): X -> A and Y -> A. Its
    // optimum: X -> A, one Y -> A, one Y unplaced (£300 + M). Duals (LEMON: reduced cost
    // c + π(u) − π(v), π(sink) = 0): Y's unplaced arc carries flow, π(Y) = −M; Y -> A
    // carries 1 of 2, π(A) = 200 − M; X's unplaced arc carries none, so π(X) >= −M. B is
    // not in the network and takes the sink's potential 0. X -> A is full (its capacity is
    // X's one child), so 100 + π(X) − π(A) <= 0, π(X) <= 100 − M, whichever basis LEMON
    // returns. X -> B prices at 150 + π(X) − 0 <= 250 − M < 0: it is added, and the second
    // network reaches X -> B, Y -> A twice: £550.
    FlowProblem problem;
    problem.free_places = {2, 1};
    problem.unplaced_weekly_cost = 1'000'000;
    problem.demands = {{1, {{0, 10'000}, {1, 15'000}}}, {2, {{0, 20'000}}}};
    const FlowSolution s = solve_replacement_flow(problem, FlowOptions{1, 1});
    EXPECT_EQ(s.total_weekly_cost, 55'000);
    EXPECT_EQ(placed_at(s, 0, 1), 1);
    EXPECT_EQ(placed_at(s, 1, 0), 2);
    EXPECT_EQ(s.rounds, 2);
}

TEST(ReplacementFlow, ColumnGenerationMatchesTheFullSolveOnRandomInstances) {
    // 200 random instances (3-12 settings, 2-10 demands of 0-6 children, costs £1-£100):
    // starting from the cheapest arcs of each demand and adding one arc a demand a round
    // must end at the total of the network with every arc. The placements may differ (ties), the total may not.
    for (std::uint64_t instance = 0; instance < 200; ++instance) {
        Random random(7, 0x666C6F77, instance);
        FlowProblem problem;
        problem.unplaced_weekly_cost = 100'000;
        problem.free_places.resize(static_cast<std::size_t>(random.uniform_int(3, 12)));
        for (int& places : problem.free_places) places = random.uniform_int(0, 3);
        problem.demands.resize(static_cast<std::size_t>(random.uniform_int(2, 10)));
        for (FlowDemand& demand : problem.demands) {
            demand.children = random.uniform_int(0, 6);
            for (std::size_t s = 0; s < problem.free_places.size(); ++s)
                if (random.chance(0.6)) demand.candidates.push_back({s, 100 * random.uniform_int(1, 100)});
        }
        const FlowSolution full = solve_replacement_flow(problem, FlowOptions{0});
        const FlowSolution generated = solve_replacement_flow(problem, FlowOptions{1, 1});
        ASSERT_EQ(generated.total_weekly_cost, full.total_weekly_cost) << "instance " << instance;
        int unplaced_full = 0, unplaced_generated = 0;
        for (std::size_t d = 0; d < problem.demands.size(); ++d) {
            unplaced_full += full.unplaced[d];
            unplaced_generated += generated.unplaced[d];
        }
        EXPECT_EQ(unplaced_generated, unplaced_full) << "instance " << instance;
        EXPECT_EQ(full.rounds, 1);
    }
}

}  // namespace
}  // namespace oversight
