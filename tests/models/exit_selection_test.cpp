// Exit rules and the simulation's probabilities, read from a watchlist and a stress run.
#include "models/exit/exit_selection.hpp"

#include <gtest/gtest.h>

#include "tests/models/exit_sample_market.hpp"

namespace oversight {
namespace {

using namespace exit_sample;

WatchlistEntry entry(std::string group, int stage, std::optional<double> pd_pct) {
    WatchlistEntry e;
    e.profile.group_id = std::move(group);
    e.assessment.stage = stage;
    if (pd_pct) {
        CashflowDefaultResult result;
        result.pd_1y_pct = pd_pct;
        e.default_probability = result;
    }
    return e;
}

TEST(ExitRule, ParsesTheThreeForms) {
    EXPECT_EQ(parse_exit_rule("stage>=4").stage, 4);
    EXPECT_EQ(parse_exit_rule("pd>=12.5").probability_pct, 12.5);
    const ExitRule breach = parse_exit_rule("breach:rates_up_200");
    EXPECT_EQ(breach.kind, ExitRule::Kind::Breach);
    EXPECT_EQ(breach.scenario, "rates_up_200");
    for (const char* bad : {"stage>=7", "stage>=2.5", "stage>=", "pd>=x", "pd>=150", "breach:", "stage>4", ""}) {
        try {
            parse_exit_rule(bad);
            ADD_FAILURE() << bad << " was accepted";
        } catch (const std::invalid_argument& e) {
            EXPECT_NE(std::string(e.what()).find(std::string("rule '") + bad + "'"), std::string::npos) << e.what();
        }
    }
}

TEST(ExitRule, SelectsFromTheWatchlistAndNeverACouncil) {
    const Market market(sample());
    const ExitMarket exit(market, assumptions(), kAsOf);
    Watchlist watchlist;
    watchlist.groups = {entry("X", 5, 30.0), entry("Y", 2, 3.0), entry("Z", 6, 60.0)};
    EXPECT_EQ(groups_selected(exit, parse_exit_rule("stage>=4"), watchlist),
              (std::vector<std::size_t>{0}));  // Z is council-run
    EXPECT_EQ(groups_selected(exit, parse_exit_rule("pd>=3"), watchlist), (std::vector<std::size_t>{0, 1}));
    EXPECT_TRUE(groups_selected(exit, parse_exit_rule("pd>=31"), watchlist).empty());
    EXPECT_THROW(groups_selected(exit, parse_exit_rule("breach:base"), watchlist), std::invalid_argument);
}

TEST(ExitRule, BreachReadsTheNamedScenario) {
    const Market market(sample());
    const ExitMarket exit(market, assumptions(), kAsOf);
    std::vector<StressScenario> library(2);
    library[0].id = "base";
    library[1].id = "rates_up";
    auto result = [](std::string id, std::string scenario, std::optional<int> breach, std::optional<int> runway) {
        StressResult r;
        r.provider_id = std::move(id);
        r.scenario_id = std::move(scenario);
        r.first_breach_quarter = breach;
        r.runway_quarters = runway;
        return r;
    };
    // X runs out of cash in quarter 6 with rates up; Y breaches a covenant in the base case.
    const std::vector<StressResult> stressed{result("X", "base", std::nullopt, std::nullopt),
                                             result("X", "rates_up", std::nullopt, 6),
                                             result("Y", "base", 3, std::nullopt),
                                             result("Y", "rates_up", 2, std::nullopt)};
    const Watchlist none;
    EXPECT_EQ(groups_selected(exit, parse_exit_rule("breach:base"), none, library, stressed),
              (std::vector<std::size_t>{1}));
    EXPECT_EQ(groups_selected(exit, parse_exit_rule("breach:rates_up"), none, library, stressed),
              (std::vector<std::size_t>{0, 1}));
    EXPECT_THROW(groups_selected(exit, parse_exit_rule("breach:nonsense"), none, library, stressed),
                 std::invalid_argument);
}

TEST(ExitPd, FloorsAssumptionsAndCouncils) {
    const Market market(sample());
    ExitAssumptions a = assumptions();
    a.pd_floor_pct = 0.5;
    a.pd_without_accounts_pct = 4.0;
    const ExitMarket exit(market, a, kAsOf);
    Watchlist watchlist;
    watchlist.groups = {entry("X", 3, 0.1), entry("Y", 3, std::nullopt), entry("Z", 1, 20.0)};
    const std::vector<GroupPd> pds = group_default_probabilities(exit, watchlist, a);
    ASSERT_EQ(pds.size(), 3u);
    EXPECT_DOUBLE_EQ(pds[0].probability, 0.005);  // 0.1 % raised to the 0.5 % floor
    EXPECT_EQ(pds[0].source, PdSource::Floor);
    EXPECT_DOUBLE_EQ(pds[1].probability, 0.04);
    EXPECT_EQ(pds[1].source, PdSource::NoAccounts);
    EXPECT_DOUBLE_EQ(pds[2].probability, 0.0);
    EXPECT_EQ(pds[2].source, PdSource::CouncilRun);
    watchlist.groups[0] = entry("X", 3, 12.0);
    EXPECT_DOUBLE_EQ(group_default_probabilities(exit, watchlist, a)[0].probability, 0.12);
}

}  // namespace
}  // namespace oversight
