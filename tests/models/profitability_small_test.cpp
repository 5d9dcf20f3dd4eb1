/// \file profitability_small_test.cpp
/// \brief The hand-checked small market (fixtures/small): ingest must be clean, and the
/// profitability of every entity and group must match the figures worked out by hand in
/// fixtures/small/EXPECTED.md. Each assertion cites the EXPECTED.md line label it checks.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "engine/domain/codes.hpp"
#include "engine/domain/date.hpp"
#include "engine/market.hpp"
#include "engine/progress.hpp"
#include "ingest/data_directory.hpp"
#include "models/profitability/profitability.hpp"

namespace oversight {
namespace {

constexpr double kMoney = 0.01;      // pounds
constexpr double kPct = 0.001;       // percentage points
constexpr double kChildren = 1e-6;   // average children placed

/// Reads the fixture once for the whole suite; keeps the reason if anything throws so
/// that every test fails with it instead of crashing the executable.
struct SmallMarket {
    std::string failure;
    IngestResult ingest;
    std::unique_ptr<Market> market;
    ProfitabilityResult result;
};

const SmallMarket& small_market() {
    static const SmallMarket loaded = [] {
        SmallMarket m;
        try {
            SilentProgress progress;
            m.ingest = read_data_directory(OVERSIGHT_SOURCE_DIR "/fixtures/small", IngestAssumptions{}, progress);
            if (m.ingest.diagnostics.has_errors()) {
                m.failure = "ingest reported errors";
                return m;
            }
            m.market = std::make_unique<Market>(m.ingest.data);
            m.result = compute_profitability(*m.market, ProfitabilityAssumptions{});
        } catch (const std::exception& error) {
            m.failure = error.what();
        }
        return m;
    }();
    return loaded;
}

std::string all_diagnostics(const Diagnostics& diagnostics) {
    std::string text;
    for (const Diagnostic& d : diagnostics.all()) text += d.format() + "\n";
    return text;
}

const ProfitabilityRow* find_row(const std::vector<ProfitabilityRow>& rows, std::string_view id, int year) {
    const ProfitabilityRow* found = nullptr;
    for (const ProfitabilityRow& row : rows)
        if (row.id == id && row.year == year) {
            EXPECT_EQ(found, nullptr) << "two rows for " << id << " in " << year;
            found = &row;
        }
    return found;
}

bool has_state_mentioning(const ProfitabilityRow& row, std::string_view a, std::string_view b) {
    auto lower = [](std::string s) {
        for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return s;
    };
    for (const std::string& state : row.states) {
        const std::string s = lower(state);
        if (s.find(a) != std::string::npos && s.find(b) != std::string::npos) return true;
    }
    return false;
}

Date day(int y, unsigned m, unsigned d) { return Date::from_ymd(y, m, d); }

#define EXPECT_PCT(optional_value, expected)                      \
    do {                                                          \
        ASSERT_TRUE((optional_value).has_value()) << #optional_value; \
        EXPECT_NEAR(*(optional_value), (expected), kPct);         \
    } while (0)

class ProfitabilitySmallTest : public ::testing::Test {
protected:
    void SetUp() override {
        const SmallMarket& m = small_market();
        ASSERT_TRUE(m.failure.empty()) << m.failure << "\n" << all_diagnostics(m.ingest.diagnostics);
    }
    const MarketData& data() const { return small_market().market->data(); }
    const Market& market() const { return *small_market().market; }
    const ProfitabilityResult& result() const { return small_market().result; }

    const ProfitabilityRow& entity_row(std::string_view id, int year) const {
        const ProfitabilityRow* row = find_row(result().entities, id, year);
        if (!row) throw std::runtime_error("no entity row " + std::string(id) + " " + std::to_string(year));
        return *row;
    }
    const ProfitabilityRow& group_row(std::string_view id, int year) const {
        const ProfitabilityRow* row = find_row(result().groups, id, year);
        if (!row) throw std::runtime_error("no group row " + std::string(id) + " " + std::to_string(year));
        return *row;
    }
};

// ---------------------------------------------------------------------------------
// Ingest and the market data

TEST_F(ProfitabilitySmallTest, IngestIsClean) {
    const IngestResult& ingest = small_market().ingest;
    EXPECT_EQ(ingest.diagnostics.error_count(), 0u) << all_diagnostics(ingest.diagnostics);
    EXPECT_EQ(ingest.diagnostics.warning_count(), 0u) << all_diagnostics(ingest.diagnostics);
}

TEST_F(ProfitabilitySmallTest, RowCounts) {
    // EXPECTED.md §1.1-1.4
    EXPECT_EQ(data().regions.size(), 3u);
    EXPECT_EQ(data().local_authorities.size(), 8u);
    EXPECT_EQ(data().entities.size(), 10u);
    EXPECT_EQ(data().settings.size(), 21u);
    EXPECT_EQ(data().accounts.size(), 25u);   // §1.5: 25 accounts rows
    EXPECT_EQ(data().facilities.size(), 6u);
    EXPECT_EQ(data().placements.size(), 380u);  // §1.3
    EXPECT_EQ(data().curves.size(), 10u);
    EXPECT_EQ(data().indices.size(), 8u);
    // §1.1: six groups, Harbour with four members
    EXPECT_EQ(market().group_ids().size(), 6u);
    EXPECT_EQ(market().group_of("09876543"), "14250001");
    EXPECT_EQ(market().group_members("14250001").size(), 4u);
}

TEST_F(ProfitabilitySmallTest, SettingsByType) {
    // EXPECTED.md C.1
    std::map<std::string, int> by_type;
    for (const Setting& setting : data().settings) ++by_type[std::string(code_of(setting.setting_type))];
    EXPECT_EQ(by_type["childrens_home"], 13);
    EXPECT_EQ(by_type["ifa"], 3);
    EXPECT_EQ(by_type["supported_accommodation"], 2);
    EXPECT_EQ(by_type["la_childrens_home"], 2);
    EXPECT_EQ(by_type["secure_childrens_home"], 1);
    EXPECT_EQ(by_type.size(), 5u);
}

TEST_F(ProfitabilitySmallTest, RegisteredPlacesByRegion) {
    // EXPECTED.md C.2
    std::map<std::string, int> places;
    for (const Setting& setting : data().settings) {
        const LocalAuthority* la = market().find_la(setting.la_code);
        ASSERT_NE(la, nullptr) << setting.urn;
        places[la->region_code] += setting.registered_places;
    }
    EXPECT_EQ(places["E12000002"], 37);  // C.2 North West
    EXPECT_EQ(places["E12000004"], 78);  // C.2 East Midlands
    EXPECT_EQ(places["E12000007"], 7);   // C.2 London
    EXPECT_EQ(places.size(), 3u);
}

TEST_F(ProfitabilitySmallTest, OngoingPlacementsOnAsOf) {
    // EXPECTED.md C.3
    const Date as_of = day(2025, 3, 31);
    int ongoing = 0, blank_end = 0;
    std::map<std::string, int> by_type;
    for (const Placement& placement : data().placements) {
        if (!placement.end_date) ++blank_end;
        if (!placement.ongoing_on(as_of)) continue;
        ++ongoing;
        ++by_type[std::string(code_of(placement.placement_type))];
    }
    EXPECT_EQ(ongoing, 111);    // C.3: 110 blank end + P00270 ending on 2025-03-31
    EXPECT_EQ(blank_end, 110);  // C.3 / §1.3
    EXPECT_EQ(by_type["K2"], 49);
    EXPECT_EQ(by_type["U4"], 20);
    EXPECT_EQ(by_type["U6"], 19);
    EXPECT_EQ(by_type["H5"], 14);
    EXPECT_EQ(by_type["K1"], 6);
    EXPECT_EQ(by_type["U5"], 3);
}

TEST_F(ProfitabilitySmallTest, MedianK2FeeOngoingOnAsOf) {
    // EXPECTED.md C.4: 49 fees, the 25th is 6,258
    std::vector<double> fees;
    for (const Placement& placement : data().placements)
        if (placement.placement_type == PlacementType::K2 && placement.ongoing_on(day(2025, 3, 31)))
            fees.push_back(placement.weekly_fee);
    std::sort(fees.begin(), fees.end());
    ASSERT_EQ(fees.size(), 49u);
    EXPECT_DOUBLE_EQ(fees.front(), 4133.0);
    EXPECT_DOUBLE_EQ(fees[24], 6258.0);
    EXPECT_DOUBLE_EQ(fees.back(), 7904.0);
}

TEST_F(ProfitabilitySmallTest, NoSettingEverOverRegisteredPlaces) {
    // EXPECTED.md §1.3 / Appendix B: the generator's capacity rule holds in the data read
    for (const Setting& setting : data().settings) {
        const auto placements = market().placements_in(setting.urn);
        for (Date d = day(2022, 1, 1); d <= day(2025, 3, 31); d = d + 1) {
            int ongoing = 0;
            for (std::size_t p : placements) ongoing += data().placements[p].ongoing_on(d) ? 1 : 0;
            ASSERT_LE(ongoing, setting.registered_places) << setting.urn << " on " << d.iso();
        }
    }
}

// ---------------------------------------------------------------------------------
// Row inventory

TEST_F(ProfitabilitySmallTest, OneEntityRowPerAccountsRowAndOneGroupRowPerGroupYear) {
    EXPECT_EQ(result().entities.size(), 25u);  // EXPECTED.md §2 (end): 25 entity rows
    EXPECT_EQ(result().groups.size(), 16u);    // EXPECTED.md §3.3: 16 group rows
    for (const ProfitabilityRow& row : result().entities)
        EXPECT_NE(row.id, "14250002") << "Midco files no accounts (EXPECTED.md §2, A9)";
}

// ---------------------------------------------------------------------------------
// Harbour Care: Topco consolidated (entity rows) and the group

TEST_F(ProfitabilitySmallTest, HarbourTopcoConsolidated2025) {
    const ProfitabilityRow& row = entity_row("14250001", 2025);
    EXPECT_EQ(row.basis, "consolidated");
    EXPECT_EQ(row.period_end, day(2025, 3, 31));
    EXPECT_NEAR(row.turnover, 7620000.0, kMoney);                 // TOP.1
    EXPECT_NEAR(row.ebitda, 1050000.0, kMoney);                   // TOP.2
    EXPECT_NEAR(row.operating_profit, 156000.0, kMoney);          // TOP.2 inputs
    EXPECT_PCT(row.ebitda_margin_pct, 13.779528);                 // TOP.3
    EXPECT_PCT(row.operating_margin_pct, 2.047244);               // TOP.4
    EXPECT_PCT(row.pbt_margin_pct, -15.013123);                   // TOP.5
    EXPECT_NEAR(row.capital_employed, 8741000.0, kMoney);         // TOP.6
    EXPECT_NEAR(row.capital_employed_used, 9053000.0, kMoney);    // TOP.7
    EXPECT_TRUE(row.capital_employed_averaged);                   // TOP.7
    EXPECT_PCT(row.roce_pct, 1.723186);                           // TOP.8
    EXPECT_NEAR(row.cost_of_capital_pct, 9.0, 1e-12);             // TOP.9
    EXPECT_NEAR(row.excess_profit, -658770.0, kMoney);            // TOP.9
    // TOP.10 (ambiguity A2, literal reading): Topco runs no setting itself.
    EXPECT_NEAR(row.average_children_placed.value_or(0.0), 0.0, kChildren);
    EXPECT_FALSE(row.excess_profit_per_child.has_value());
}

TEST_F(ProfitabilitySmallTest, HarbourTopcoEarlierYears) {
    const ProfitabilityRow& first = entity_row("14250001", 2023);
    EXPECT_NEAR(first.ebitda, 1260000.0, kMoney);                 // TOP.11
    EXPECT_PCT(first.ebitda_margin_pct, 17.548747);               // TOP.11
    EXPECT_NEAR(first.capital_employed, 9640000.0, kMoney);       // TOP.11
    EXPECT_NEAR(first.capital_employed_used, 9640000.0, kMoney);  // TOP.11 (first row: closing)
    EXPECT_FALSE(first.capital_employed_averaged);                // TOP.11
    EXPECT_PCT(first.roce_pct, 3.993776);                         // TOP.11
    EXPECT_NEAR(first.excess_profit, -482600.0, kMoney);          // TOP.11

    const ProfitabilityRow& second = entity_row("14250001", 2024);
    EXPECT_NEAR(second.capital_employed, 9365000.0, kMoney);      // TOP.12
    EXPECT_NEAR(second.capital_employed_used, 9502500.0, kMoney); // TOP.12
    EXPECT_PCT(second.roce_pct, 5.630097);                        // TOP.12
    EXPECT_NEAR(second.excess_profit, -320225.0, kMoney);         // TOP.12
}

TEST_F(ProfitabilitySmallTest, HarbourGroup2025UsesConsolidatedAccountsOnly) {
    const ProfitabilityRow& row = group_row("14250001", 2025);
    EXPECT_EQ(row.entities_included, 1);                          // HG.1
    EXPECT_NEAR(row.turnover, 7620000.0, kMoney);                 // HG.3 (not 15,240,000: HG.2)
    EXPECT_NEAR(row.operating_profit, 156000.0, kMoney);          // HG.3 (not 1,422,000: HG.2)
    EXPECT_NEAR(row.ebitda, 1050000.0, kMoney);                   // HG.3
    EXPECT_PCT(row.ebitda_margin_pct, 13.779528);                 // HG.4
    EXPECT_PCT(row.operating_margin_pct, 2.047244);               // HG.4
    EXPECT_NEAR(row.capital_employed, 8741000.0, kMoney);         // HG.5
    EXPECT_NEAR(row.capital_employed_used, 9053000.0, kMoney);    // HG.5
    EXPECT_TRUE(row.capital_employed_averaged);                   // HG.5
    EXPECT_PCT(row.roce_pct, 1.723186);                           // HG.6
    EXPECT_NEAR(row.cost_of_capital_pct, 9.0, 1e-12);             // HG.7
    EXPECT_NEAR(row.excess_profit, -658770.0, kMoney);            // HG.7
    ASSERT_TRUE(row.average_children_placed.has_value());
    EXPECT_NEAR(*row.average_children_placed, 18583.0 / 365.0, kChildren);  // HG.8
    EXPECT_NEAR(*row.average_children_placed, 50.912329, 1e-6);             // HG.8
    ASSERT_TRUE(row.excess_profit_per_child.has_value());
    EXPECT_NEAR(*row.excess_profit_per_child, -658770.0 / (18583.0 / 365.0), kMoney);  // HG.9: -12,939.30
}

TEST_F(ProfitabilitySmallTest, HarbourGroupEarlierYears) {
    const ProfitabilityRow& first = group_row("14250001", 2023);
    EXPECT_NEAR(first.capital_employed_used, 9640000.0, kMoney);  // HG.10
    EXPECT_FALSE(first.capital_employed_averaged);                // HG.10
    const ProfitabilityRow& second = group_row("14250001", 2024);
    EXPECT_NEAR(second.capital_employed_used, 9502500.0, kMoney); // HG.10
    EXPECT_NEAR(second.excess_profit, -320225.0, kMoney);         // HG.10
}

TEST_F(ProfitabilitySmallTest, HarbourHomes2025) {
    const ProfitabilityRow& row = entity_row("09876543", 2025);
    EXPECT_EQ(row.basis, "entity");
    EXPECT_NEAR(row.turnover, 6100000.0, kMoney);                 // HH.1
    EXPECT_NEAR(row.ebitda, 1230000.0, kMoney);                   // HH.2
    EXPECT_PCT(row.ebitda_margin_pct, 20.163934);                 // HH.3
    EXPECT_PCT(row.operating_margin_pct, 17.213115);              // HH.4
    EXPECT_PCT(row.pbt_margin_pct, 16.065574);                    // HH.5
    EXPECT_NEAR(row.capital_employed, 3800000.0, kMoney);         // HH.6
    EXPECT_NEAR(row.capital_employed_used, 3790000.0, kMoney);    // HH.7
    EXPECT_PCT(row.roce_pct, 27.704485);                          // HH.8
    EXPECT_NEAR(row.cost_of_capital_pct, 9.0, 1e-12);             // HH.9: top parent's wacc
    EXPECT_NEAR(row.excess_profit, 708900.0, kMoney);             // HH.9
    ASSERT_TRUE(row.average_children_placed.has_value());
    EXPECT_NEAR(*row.average_children_placed, 6602.0 / 365.0, kChildren);  // HH.10
    ASSERT_TRUE(row.excess_profit_per_child.has_value());
    EXPECT_NEAR(*row.excess_profit_per_child, 708900.0 / (6602.0 / 365.0), kMoney);  // HH.11: 39,192.44

    const ProfitabilityRow& first = entity_row("09876543", 2023);
    EXPECT_NEAR(first.capital_employed_used, 3400000.0, kMoney);  // HH.12
    EXPECT_FALSE(first.capital_employed_averaged);                // HH.12
    EXPECT_PCT(first.roce_pct, 35.0);                             // HH.12
}

TEST_F(ProfitabilitySmallTest, HarbourFostering2025) {
    const ProfitabilityRow& row = entity_row("09876544", 2025);
    EXPECT_NEAR(row.turnover, 1520000.0, kMoney);                 // HF.1
    EXPECT_NEAR(row.ebitda, 230000.0, kMoney);                    // HF.2
    EXPECT_PCT(row.ebitda_margin_pct, 15.131579);                 // HF.3
    EXPECT_PCT(row.operating_margin_pct, 14.210526);              // HF.4
    EXPECT_NEAR(row.capital_employed, 320000.0, kMoney);          // HF.5
    EXPECT_NEAR(row.capital_employed_used, 330000.0, kMoney);     // HF.6
    EXPECT_PCT(row.roce_pct, 65.454545);                          // HF.7
    EXPECT_NEAR(row.cost_of_capital_pct, 9.0, 1e-12);             // HF.8
    EXPECT_NEAR(row.excess_profit, 186300.0, kMoney);             // HF.8
    ASSERT_TRUE(row.average_children_placed.has_value());
    EXPECT_NEAR(*row.average_children_placed, 11981.0 / 365.0, kChildren);  // HF.9
    ASSERT_TRUE(row.excess_profit_per_child.has_value());
    EXPECT_NEAR(*row.excess_profit_per_child, 186300.0 / (11981.0 / 365.0), kMoney);  // HF.9: 5,675.61
}

// ---------------------------------------------------------------------------------
// Brightwater: a voluntary provider and its trading subsidiary, summed as a group

TEST_F(ProfitabilitySmallTest, BrightwaterTrust2025) {
    const ProfitabilityRow& row = entity_row("CH1091234", 2025);
    EXPECT_NEAR(row.turnover, 2780000.0, kMoney);                 // BT.1
    EXPECT_NEAR(row.ebitda, 160000.0, kMoney);                    // BT.2
    EXPECT_PCT(row.ebitda_margin_pct, 5.755396);                  // BT.3
    EXPECT_PCT(row.operating_margin_pct, 3.417266);               // BT.4
    EXPECT_PCT(row.pbt_margin_pct, 3.848921);                     // BT.5
    EXPECT_NEAR(row.capital_employed, 2110000.0, kMoney);         // BT.6
    EXPECT_NEAR(row.capital_employed_used, 2060000.0, kMoney);    // BT.7
    EXPECT_PCT(row.roce_pct, 4.611650);                           // BT.8
    EXPECT_NEAR(row.cost_of_capital_pct, 10.0, 1e-12);            // BT.9: default
    EXPECT_NEAR(row.excess_profit, -111000.0, kMoney);            // BT.9
    ASSERT_TRUE(row.average_children_placed.has_value());
    EXPECT_NEAR(*row.average_children_placed, 6353.0 / 365.0, kChildren);  // BT.10
    ASSERT_TRUE(row.excess_profit_per_child.has_value());
    EXPECT_NEAR(*row.excess_profit_per_child, -111000.0 / (6353.0 / 365.0), kMoney);  // BT.10: -6,377.30
}

TEST_F(ProfitabilitySmallTest, BrightwaterTrading2025) {
    const ProfitabilityRow& row = entity_row("08123456", 2025);
    EXPECT_NEAR(row.turnover, 580000.0, kMoney);                  // BTR.1
    EXPECT_NEAR(row.ebitda, 40000.0, kMoney);                     // BTR.1
    EXPECT_PCT(row.ebitda_margin_pct, 6.896552);                  // BTR.2
    EXPECT_PCT(row.operating_margin_pct, 5.344828);               // BTR.2
    EXPECT_NEAR(row.capital_employed, 70000.0, kMoney);           // BTR.3
    EXPECT_NEAR(row.capital_employed_used, 70000.0, kMoney);      // BTR.3
    EXPECT_PCT(row.roce_pct, 44.285714);                          // BTR.4
    EXPECT_NEAR(row.cost_of_capital_pct, 10.0, 1e-12);            // BTR.5
    EXPECT_NEAR(row.excess_profit, 24000.0, kMoney);              // BTR.5
    ASSERT_TRUE(row.average_children_placed.has_value());
    EXPECT_NEAR(*row.average_children_placed, 2640.0 / 365.0, kChildren);  // BTR.6
    ASSERT_TRUE(row.excess_profit_per_child.has_value());
    EXPECT_NEAR(*row.excess_profit_per_child, 24000.0 / (2640.0 / 365.0), kMoney);  // BTR.6: 3,318.18
}

TEST_F(ProfitabilitySmallTest, BrightwaterGroup2025SumsEntities) {
    const ProfitabilityRow& row = group_row("CH1091234", 2025);
    EXPECT_EQ(row.entities_included, 2);                          // BG.1
    EXPECT_NEAR(row.turnover, 3360000.0, kMoney);                 // BG.2
    EXPECT_NEAR(row.operating_profit, 126000.0, kMoney);          // BG.3
    EXPECT_NEAR(row.ebitda, 200000.0, kMoney);                    // BG.3
    EXPECT_NEAR(row.profit_before_tax, 138000.0, kMoney);         // BG.3
    EXPECT_PCT(row.ebitda_margin_pct, 5.952381);                  // BG.4
    EXPECT_PCT(row.operating_margin_pct, 3.75);                   // BG.4
    EXPECT_PCT(row.pbt_margin_pct, 4.107143);                     // BG.4
    EXPECT_NEAR(row.capital_employed, 2180000.0, kMoney);         // BG.5
    EXPECT_NEAR(row.capital_employed_used, 2130000.0, kMoney);    // BG.5
    EXPECT_PCT(row.roce_pct, 5.915493);                           // BG.6
    EXPECT_NEAR(row.cost_of_capital_pct, 10.0, 1e-12);            // BG.7
    EXPECT_NEAR(row.excess_profit, -87000.0, kMoney);             // BG.7
    ASSERT_TRUE(row.average_children_placed.has_value());
    EXPECT_NEAR(*row.average_children_placed, 8993.0 / 365.0, kChildren);  // BG.8
    ASSERT_TRUE(row.excess_profit_per_child.has_value());
    EXPECT_NEAR(*row.excess_profit_per_child, -87000.0 / (8993.0 / 365.0), kMoney);  // BG.8: -3,531.08
}

// ---------------------------------------------------------------------------------
// Single companies: default cost of capital, own wacc, the loss-maker, the LA company

TEST_F(ProfitabilitySmallTest, Oakfield2025DefaultCostOfCapital) {
    const ProfitabilityRow& row = entity_row("07654321", 2025);
    EXPECT_NEAR(row.turnover, 2470000.0, kMoney);                 // OAK.1
    EXPECT_NEAR(row.ebitda, 710000.0, kMoney);                    // OAK.1
    EXPECT_PCT(row.ebitda_margin_pct, 28.744939);                 // OAK.2
    EXPECT_PCT(row.operating_margin_pct, 26.801619);              // OAK.3
    EXPECT_PCT(row.pbt_margin_pct, 24.898785);                    // OAK.3
    EXPECT_NEAR(row.capital_employed, 2660000.0, kMoney);         // OAK.4
    EXPECT_NEAR(row.capital_employed_used, 2605000.0, kMoney);    // OAK.4
    EXPECT_PCT(row.roce_pct, 25.412668);                          // OAK.5
    EXPECT_NEAR(row.cost_of_capital_pct, 10.0, 1e-12);            // OAK.6: no wacc anywhere
    EXPECT_NEAR(row.excess_profit, 401500.0, kMoney);             // OAK.6
    ASSERT_TRUE(row.average_children_placed.has_value());
    EXPECT_NEAR(*row.average_children_placed, 2333.0 / 365.0, kChildren);  // OAK.7
    ASSERT_TRUE(row.excess_profit_per_child.has_value());
    EXPECT_NEAR(*row.excess_profit_per_child, 401500.0 / (2333.0 / 365.0), kMoney);  // OAK.7: 62,815.05

    const ProfitabilityRow& group = group_row("07654321", 2025);  // §3.3: group of one
    EXPECT_NEAR(group.excess_profit, 401500.0, kMoney);
}

TEST_F(ProfitabilitySmallTest, Pennine2024OwnWaccAndDecemberYearEnd) {
    const ProfitabilityRow& row = entity_row("11223344", 2024);
    EXPECT_EQ(row.period_end, day(2024, 12, 31));
    EXPECT_EQ(row.basis, "entity");                               // basis cell blank = entity
    EXPECT_NEAR(row.turnover, 1870000.0, kMoney);                 // PEN.1
    EXPECT_NEAR(row.ebitda, 480000.0, kMoney);                    // PEN.1
    EXPECT_PCT(row.ebitda_margin_pct, 25.668449);                 // PEN.2
    EXPECT_PCT(row.operating_margin_pct, 23.422460);              // PEN.2
    EXPECT_NEAR(row.capital_employed, 1410000.0, kMoney);         // PEN.3
    EXPECT_NEAR(row.capital_employed_used, 1350000.0, kMoney);    // PEN.3
    EXPECT_PCT(row.roce_pct, 32.444444);                          // PEN.4
    EXPECT_NEAR(row.cost_of_capital_pct, 12.0, 1e-12);            // PEN.5: own wacc
    EXPECT_NEAR(row.excess_profit, 276000.0, kMoney);             // PEN.5
    ASSERT_TRUE(row.average_children_placed.has_value());
    EXPECT_NEAR(*row.average_children_placed, 1748.0 / 366.0, kChildren);  // PEN.6: leap-year window
    ASSERT_TRUE(row.excess_profit_per_child.has_value());
    EXPECT_NEAR(*row.excess_profit_per_child, 276000.0 / (1748.0 / 366.0), kMoney);  // PEN.6: 57,789.47

    const ProfitabilityRow& first = entity_row("11223344", 2023);
    EXPECT_NEAR(first.capital_employed_used, 1290000.0, kMoney);  // PEN.7
    EXPECT_NEAR(first.excess_profit, 195200.0, kMoney);           // PEN.7

    EXPECT_NEAR(group_row("11223344", 2024).cost_of_capital_pct, 12.0, 1e-12);  // §3.3
}

TEST_F(ProfitabilitySmallTest, Meadowbank2025LossMaker) {
    const ProfitabilityRow& row = entity_row("10555666", 2025);
    EXPECT_NEAR(row.turnover, 2900000.0, kMoney);                 // MB.1
    EXPECT_NEAR(row.operating_profit, -345000.0, kMoney);         // MB.2 inputs
    EXPECT_NEAR(row.ebitda, -270000.0, kMoney);                   // MB.2
    EXPECT_TRUE(has_state_mentioning(row, "ebitda", "negative"))  // MB.2: state "EBITDA negative"
        << "states: " << ::testing::PrintToString(row.states);
    EXPECT_PCT(row.ebitda_margin_pct, -9.310345);                 // MB.3
    EXPECT_PCT(row.operating_margin_pct, -11.896552);             // MB.4
    EXPECT_PCT(row.pbt_margin_pct, -13.275862);                   // MB.4
    EXPECT_NEAR(row.capital_employed, 319000.0, kMoney);          // MB.5
    EXPECT_NEAR(row.capital_employed_used, 486500.0, kMoney);     // MB.6
    EXPECT_PCT(row.roce_pct, -70.914697);                         // MB.7
    EXPECT_NEAR(row.cost_of_capital_pct, 10.0, 1e-12);            // MB.8
    EXPECT_NEAR(row.excess_profit, -393650.0, kMoney);            // MB.8
    ASSERT_TRUE(row.average_children_placed.has_value());
    EXPECT_NEAR(*row.average_children_placed, 4786.0 / 365.0, kChildren);  // MB.9
    ASSERT_TRUE(row.excess_profit_per_child.has_value());
    EXPECT_NEAR(*row.excess_profit_per_child, -393650.0 / (4786.0 / 365.0), kMoney);  // MB.9: -30,021.36

    const ProfitabilityRow& group = group_row("10555666", 2025);  // §3.3: group of one
    EXPECT_NEAR(group.ebitda, -270000.0, kMoney);
    EXPECT_NEAR(group.excess_profit, -393650.0, kMoney);
    EXPECT_TRUE(has_state_mentioning(group, "ebitda", "negative"));
}

TEST_F(ProfitabilitySmallTest, Trentside2025LocalAuthorityCompany) {
    const ProfitabilityRow& row = entity_row("05999888", 2025);
    EXPECT_NEAR(row.turnover, 3770000.0, kMoney);                 // TR.1
    EXPECT_NEAR(row.ebitda, 100000.0, kMoney);                    // TR.1
    EXPECT_PCT(row.ebitda_margin_pct, 2.652520);                  // TR.2
    EXPECT_PCT(row.operating_margin_pct, 0.212202);               // TR.2
    EXPECT_NEAR(row.capital_employed, 2540000.0, kMoney);         // TR.3
    EXPECT_NEAR(row.capital_employed_used, 2570000.0, kMoney);    // TR.3
    EXPECT_PCT(row.roce_pct, 0.311284);                           // TR.4
    EXPECT_NEAR(row.cost_of_capital_pct, 10.0, 1e-12);            // TR.5
    EXPECT_NEAR(row.excess_profit, -249000.0, kMoney);            // TR.5
    ASSERT_TRUE(row.average_children_placed.has_value());
    EXPECT_NEAR(*row.average_children_placed, 4283.0 / 365.0, kChildren);  // TR.6
    ASSERT_TRUE(row.excess_profit_per_child.has_value());
    EXPECT_NEAR(*row.excess_profit_per_child, -249000.0 / (4283.0 / 365.0), kMoney);  // TR.6: -21,219.94
}

}  // namespace
}  // namespace oversight
