#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "engine/config/assumptions.hpp"

using namespace oversight;

TEST(Assumptions, DefaultsAreTheDocumentedOnes) {
    const Assumptions a = load_assumptions("", {});
    EXPECT_DOUBLE_EQ(a.profitability.cost_of_capital_pct, 10.0);  // DOMAIN.md §1: default 10 % nominal pre-tax
    EXPECT_DOUBLE_EQ(a.market_structure.cma_homes_margin_pct, 22.6);
    EXPECT_DOUBLE_EQ(a.market_structure.cma_ifa_margin_pct, 19.4);
}

TEST(Assumptions, FileThenCommandLineOverride) {
    const auto path = std::filesystem::temp_directory_path() /
                      ("oversight_assumptions_test_" + std::to_string(::getpid()) + ".properties");
    std::ofstream(path) << "# comment\nprofitability.cost_of_capital_pct = 8.5\nmarket_structure.largest_groups = 5\n";
    const Assumptions a = load_assumptions(path.string(), {"profitability.cost_of_capital_pct=12"});
    EXPECT_DOUBLE_EQ(a.profitability.cost_of_capital_pct, 12.0);
    EXPECT_EQ(a.market_structure.largest_groups, 5);
    std::filesystem::remove(path);
}

TEST(Assumptions, BadKeysAndValuesNameTheirOrigin) {
    try {
        load_assumptions("", {"profitability.cost_of_capital=8"});
        FAIL();
    } catch (const std::invalid_argument& e) {
        EXPECT_NE(std::string(e.what()).find("unknown configuration key 'profitability.cost_of_capital'"), std::string::npos);
    }
    try {
        load_assumptions("", {"profitability.cost_of_capital_pct=ten"});
        FAIL();
    } catch (const std::invalid_argument& e) {
        EXPECT_NE(std::string(e.what()).find("'ten' is not a number"), std::string::npos);
    }
    EXPECT_THROW(load_assumptions("", {"market_structure.largest_groups=2.5"}), std::invalid_argument);
    EXPECT_THROW(load_assumptions("/nonexistent/oversight.properties", {}), std::invalid_argument);
}

TEST(Assumptions, NonFiniteAndOutOfRangeValuesAreRefused) {
    const auto message = [](const std::string& set) {
        try {
            load_assumptions("", {set});
        } catch (const std::invalid_argument& e) {
            return std::string(e.what());
        }
        return std::string("(accepted)");
    };
    EXPECT_NE(message("profitability.cost_of_capital_pct=nan").find("'nan' is not a number"), std::string::npos);
    EXPECT_NE(message("profitability.cost_of_capital_pct=inf").find("'inf' is not a number"), std::string::npos);
    EXPECT_NE(message("cashflow_default.paths=1e300").find("not a positive whole number"), std::string::npos);
    EXPECT_NE(message("cashflow_default.paths=2.5").find("not a positive whole number"), std::string::npos);
    EXPECT_NE(message("profitability.cost_of_capital_pct").find("expected KEY=VALUE"), std::string::npos);
}

TEST(Assumptions, ValuesAreShownAsPlainDecimals) {
    // 1,000,000 pounds shows as written, never as 1e+06.
    const Assumptions a = load_assumptions("", {"ingest.identity_tolerance_gbp=1000000"});
    for (const auto& key : assumption_catalogue())
        if (key.key == "ingest.identity_tolerance_gbp") {
            EXPECT_EQ(key.get(a), "1000000");
        }
}

TEST(Assumptions, EveryKeyIsDocumented) {
    std::ifstream docs(OVERSIGHT_SOURCE_DIR "/docs/configuration.md");
    ASSERT_TRUE(docs) << "docs/configuration.md is missing";
    std::stringstream text;
    text << docs.rdbuf();
    for (const auto& entry : assumption_catalogue())
        EXPECT_NE(text.str().find("`" + entry.key + "`"), std::string::npos) << entry.key << " is not in docs/configuration.md";
}

namespace oversight {
namespace {

TEST(Assumptions, AccountsPrecedenceIsIxbrlOrCsv) {
    EXPECT_TRUE(load_assumptions("", {}).ingest.ixbrl_wins);  // the filing wins by default
    EXPECT_FALSE(load_assumptions("", {"ingest.accounts_precedence=csv"}).ingest.ixbrl_wins);
    EXPECT_TRUE(load_assumptions("", {"ingest.accounts_precedence=ixbrl"}).ingest.ixbrl_wins);
    try {
        load_assumptions("", {"ingest.accounts_precedence=pdf"});
        FAIL() << "expected invalid_argument";
    } catch (const std::invalid_argument& e) {
        EXPECT_NE(std::string(e.what()).find("'pdf' is neither 'ixbrl' nor 'csv'"), std::string::npos) << e.what();
    }
}

}  // namespace
}  // namespace oversight
