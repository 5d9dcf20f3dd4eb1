// The stress scenario library and its XML file format.
#include "engine/config/stress_scenarios.hpp"

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace oversight {
namespace {

namespace fs = std::filesystem;

class ScenarioFile : public ::testing::Test {
protected:
    std::string write(const std::string& xml) {
        path_ = fs::temp_directory_path() /
                ("oversight_scenarios_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) +
                 "_" + std::to_string(::getpid()) + ".xml");
        std::ofstream(path_) << xml;
        return path_.string();
    }
    void TearDown() override { fs::remove(path_); }
    std::string error_of(const std::string& xml) {
        const std::string path = write(xml);
        try {
            load_stress_scenarios(path);
        } catch (const std::invalid_argument& e) {
            return e.what();
        }
        return "(no error)";
    }
    fs::path path_;
};

TEST(StressScenarios, TheNamedLibrary) {
    const auto library = default_stress_scenarios();
    std::vector<std::string> ids;
    for (const auto& s : library) ids.push_back(s.id);
    EXPECT_EQ(ids, (std::vector<std::string>{"base", "rates_up_200", "rates_up_400", "occupancy_down_10", "wages_up_8",
                                             "fee_freeze", "severe", "profit_cap_10"}));
    EXPECT_EQ(library[2].parallel_shift_bp, 400);
    EXPECT_EQ(library[3].occupancy_change_pct, -10);
    EXPECT_EQ(library[6].wage_inflation_pct, 8);
    EXPECT_EQ(library[7].profit_cap_pct, 10);
    for (const auto& s : library) EXPECT_FALSE(s.description.empty()) << s.id;
}

TEST_F(ScenarioFile, ReadsEveryField) {
    const auto scenarios = load_stress_scenarios(write(R"(<?xml version="1.0"?>
<StressScenarios>
  <Scenario id="steepener">
    <Description> Long rates up more than short </Description>
    <ParallelShiftBp>50</ParallelShiftBp>
    <Shift tenor="1Y">0</Shift>
    <Shift tenor="10Y">150</Shift>
    <OccupancyChangePct>-5</OccupancyChangePct>
    <FeeChangePct>2.5</FeeChangePct>
    <WageInflationPct>6</WageInflationPct>
    <FixedCostSharePct>60</FixedCostSharePct>
    <ProfitCapPct>8</ProfitCapPct>
  </Scenario>
  <Scenario id="base"><Description>replaced</Description></Scenario>
</StressScenarios>)"));
    ASSERT_EQ(scenarios.size(), 2u);
    const StressScenario& s = scenarios[0];
    EXPECT_EQ(s.id, "steepener");
    EXPECT_EQ(s.description, "Long rates up more than short");
    EXPECT_EQ(s.parallel_shift_bp, 50);
    ASSERT_EQ(s.tenor_shifts.size(), 2u);
    EXPECT_EQ(s.tenor_shifts[1].tenor, "10Y");
    EXPECT_EQ(s.tenor_shifts[1].shift_bp, 150);
    EXPECT_EQ(s.occupancy_change_pct, -5);
    EXPECT_EQ(s.fee_change_pct, 2.5);
    EXPECT_EQ(s.wage_inflation_pct, 6);
    EXPECT_EQ(s.fixed_cost_share_pct, 60);
    EXPECT_EQ(s.profit_cap_pct, 8);

    // The library: built-ins first, a file scenario with a built-in id replaces it.
    const auto library = stress_scenario_library(path_.string());
    ASSERT_EQ(library.size(), 9u);
    EXPECT_EQ(library[0].id, "base");
    EXPECT_EQ(library[0].description, "replaced");
    EXPECT_EQ(library[8].id, "steepener");
}

TEST_F(ScenarioFile, ErrorsNameFileLineAndElement) {
    std::string e = error_of("<StressScenarios>\n<Scenario id=\"a\">\n<OccupancyChangePct>lots</OccupancyChangePct>\n"
                             "</Scenario>\n</StressScenarios>");
    EXPECT_NE(e.find(path_.string() + ":3:"), std::string::npos) << e;
    EXPECT_NE(e.find("<OccupancyChangePct> 'lots' is not a number"), std::string::npos) << e;

    e = error_of("<StressScenarios>\n<Scenario id=\"a\"/>\n<Scenario id=\"a\"/>\n</StressScenarios>");
    EXPECT_NE(e.find(":3:"), std::string::npos) << e;
    EXPECT_NE(e.find("scenario id 'a' is used twice"), std::string::npos) << e;

    e = error_of("<StressScenarios>\n<Scenario>\n</Scenario>\n</StressScenarios>");
    EXPECT_NE(e.find(":2:"), std::string::npos) << e;
    EXPECT_NE(e.find("needs an id"), std::string::npos) << e;

    e = error_of("<StressScenarios>\n<Scenario id=\"a\">\n<Occupancy>-5</Occupancy>\n</Scenario>\n</StressScenarios>");
    EXPECT_NE(e.find("unknown element <Occupancy>"), std::string::npos) << e;

    e = error_of("<StressScenarios><Scenario id=\"a\"><FixedCostSharePct>nan</FixedCostSharePct></Scenario></StressScenarios>");
    EXPECT_NE(e.find("<FixedCostSharePct> 'nan' is not a number"), std::string::npos) << e;

    e = error_of("<StressScenarios><Scenario id=\"a\"><Shift>50</Shift></Scenario></StressScenarios>");
    EXPECT_NE(e.find("<Shift> needs a tenor"), std::string::npos) << e;

    e = error_of("<StressScenarios><Scenario id=\"a\"><FeeChangePct>-100</FeeChangePct></Scenario></StressScenarios>");
    EXPECT_NE(e.find("must be above -100"), std::string::npos) << e;

    e = error_of("<StressScenarios>\n<Scenario id=\"a\">\n<ParallelShiftBp>1e7</ParallelShiftBp>\n</Scenario>\n</StressScenarios>");
    EXPECT_NE(e.find(":3:"), std::string::npos) << e;
    EXPECT_NE(e.find("<ParallelShiftBp> must be between -10000 and 10000 bp"), std::string::npos) << e;
    e = error_of("<StressScenarios><Scenario id=\"a\"><Shift tenor=\"5Y\">-10001</Shift></Scenario></StressScenarios>");
    EXPECT_NE(e.find("<Shift> must be between -10000 and 10000 bp"), std::string::npos) << e;

    e = error_of("<StressScenarios>\n<Scenario id=\"a\">\n</StressScenarios>");
    EXPECT_NE(e.find(path_.string() + ":3:"), std::string::npos) << e;
    EXPECT_NE(e.find("not well-formed"), std::string::npos) << e;

    e = error_of("<Scenarios/>");
    EXPECT_NE(e.find("root element must be <StressScenarios>"), std::string::npos) << e;
}

TEST(StressScenarios, MissingFileIsNamed) {
    try {
        load_stress_scenarios("/no/such/scenarios.xml");
        FAIL();
    } catch (const std::invalid_argument& e) {
        EXPECT_NE(std::string(e.what()).find("/no/such/scenarios.xml: scenario file not found"), std::string::npos);
    }
}

}  // namespace
}  // namespace oversight
