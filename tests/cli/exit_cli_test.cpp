// `oversight exit` end to end on fixtures/small: scenarios by group, entity and rule, the
// simulation, and every usage error.
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <map>

#include "tests/cli/cli_fixture.hpp"

namespace cli_test {
namespace {

using Tables = std::map<std::string, Poco::JSON::Array::Ptr>;

Tables rows_by_table(const std::string& json) {
    const auto tables = Poco::JSON::Parser().parse(json).extract<Poco::JSON::Object::Ptr>()->getArray("tables");
    Tables by_id;
    for (std::size_t i = 0; i < tables->size(); ++i)
        by_id.emplace(tables->getObject(i)->getValue<std::string>("table"), tables->getObject(i)->getArray("rows"));
    return by_id;
}

double value_of(const Poco::JSON::Array::Ptr& rows, const std::string& measure, const std::string& column) {
    for (std::size_t i = 0; i < rows->size(); ++i)
        if (rows->getObject(i)->getValue<std::string>("measure") == measure)
            return rows->getObject(i)->getValue<double>(column);
    ADD_FAILURE() << "no row " << measure;
    return 0.0;
}

class ExitCli : public Cli {
protected:
    void SetUp() override {
        Cli::SetUp();
        db_ = (dir_ / "store.db").string();
        ASSERT_EQ(run("ingest " + small_fixture + " --db " + db_ + " --quiet").status, 0);
    }
    std::string db_;
};

TEST_F(ExitCli, GroupExitWithTheCouncilsToWarn) {
    // Pennine (11223344) runs SC404101 and SC404102. On 2025-03-31 five children live there
    // (placements.csv): Lancashire K2/3 £6,970 and £6,998, Manchester K2/3 £7,211,
    // Southwark K2/4 £7,832, Lincolnshire K2/4 £7,904: £36,915 a week.
    const auto exit = run("exit --group 11223344 --format json --db " + db_);
    ASSERT_EQ(exit.status, 0) << exit.err;
    const Tables tables = rows_by_table(exit.out);
    for (const char* id : {"exit_summary", "exit_costs", "exit_regions", "exit_councils", "exit_assumptions"})
        EXPECT_TRUE(tables.count(id)) << id;
    const auto& summary = tables.at("exit_summary");
    EXPECT_EQ(value_of(summary, "Settings closing", "count"), 2);
    EXPECT_EQ(value_of(summary, "Children displaced", "count"), 5);
    EXPECT_EQ(value_of(summary, "Re-placed in their own council", "count") +
                  value_of(summary, "Re-placed in their own region", "count") +
                  value_of(summary, "Re-placed elsewhere", "count") + value_of(summary, "Unplaced", "count"),
              5);
    EXPECT_DOUBLE_EQ(value_of(tables.at("exit_costs"), "Fees of the displaced before", "weekly_gbp"), 36915.0);
    const auto councils = tables.at("exit_councils");
    ASSERT_EQ(councils->size(), 4u);
    EXPECT_EQ(councils->getObject(0)->getValue<std::string>("name"), "Lancashire");
    EXPECT_EQ(councils->getObject(0)->getValue<int>("displaced"), 2);
    // England's row adds up the regions.
    const auto regions = tables.at("exit_regions");
    ASSERT_EQ(regions->size(), 4u);
    int displaced = 0;
    for (std::size_t i = 0; i < 3; ++i) displaced += regions->getObject(i)->getValue<int>("displaced");
    EXPECT_EQ(regions->getObject(3)->getValue<std::string>("name"), "England");
    EXPECT_EQ(regions->getObject(3)->getValue<int>("displaced"), displaced);
}

TEST_F(ExitCli, EntityExitClosesOnlyItsOwnSettings) {
    // Harbour Fostering (09876544) alone: its two agencies, SC401201 and SC401202, with 33
    // children on the date and £30,611 a week of fees (placements.csv); Harbour's homes stay.
    const auto exit = run("exit --entity 09876544 --format json --db " + db_);
    ASSERT_EQ(exit.status, 0) << exit.err;
    const Tables tables = rows_by_table(exit.out);
    EXPECT_EQ(value_of(tables.at("exit_summary"), "Settings closing", "count"), 2);
    EXPECT_EQ(value_of(tables.at("exit_summary"), "Children displaced", "count"), 33);
    EXPECT_DOUBLE_EQ(value_of(tables.at("exit_costs"), "Fees of the displaced before", "weekly_gbp"), 30611.0);
}

TEST_F(ExitCli, RulesFromTheWatchlistAndTheStress) {
    // Meadowbank, the loss-maker (EXPECTED.md 2.8), defaults with certainty in the cash-flow
    // simulation and breaches in every stress scenario; Harbour breaches when a tenth fewer
    // children are placed (oversight stress). The council's homes never exit.
    const auto by_pd = run("exit --rule 'pd>=50' --db " + db_);
    ASSERT_EQ(by_pd.status, 0) << by_pd.err;
    EXPECT_NE(by_pd.out.find("Exiting (rule pd>=50): Meadowbank Children's Services Limited (10555666)."),
              std::string::npos) << by_pd.out;
    const auto by_breach = run("exit --rule breach:occupancy_down_10 --db " + db_);
    ASSERT_EQ(by_breach.status, 0) << by_breach.err;
    EXPECT_NE(by_breach.out.find("Harbour Care Topco Limited (14250001); Meadowbank"), std::string::npos)
        << by_breach.out;
    const auto by_stage = run("exit --rule 'stage>=1' --format csv --db " + db_);
    ASSERT_EQ(by_stage.status, 0) << by_stage.err;
    EXPECT_EQ(by_stage.out.find("Trentside"), std::string::npos);
}

TEST_F(ExitCli, SimulationIsTheSameOnOneThreadOrTwo) {
    const auto one = run("exit --paths 400 --seed 3 --threads 1 --format csv --db " + db_);
    const auto two = run("exit --paths 400 --seed 3 --threads 2 --format csv --db " + db_);
    ASSERT_EQ(one.status, 0) << one.err;
    ASSERT_EQ(two.status, 0) << two.err;
    EXPECT_EQ(one.out, two.out);
    EXPECT_NE(one.out.find("Paths,400"), std::string::npos) << one.out;
    // Meadowbank's one-year PD is 100 % (EXPECTED.md MB.2: EBITDA −270,000 against £300,000
    // of debt under a leverage covenant, so the test fails at every quarter and it defaults by
    // covenant in quarter 2 on every path): it fails on every path. Its three settings
    // (SC405101-3) hold 12 children on 2025-03-31 (placements.csv).
    EXPECT_NE(one.out.find("10555666,Meadowbank Children's Services Limited,100,cash-flow simulation,12,100"),
              std::string::npos) << one.out;
    // A scenario and the simulation together.
    const auto both = run("exit --group 11223344 --simulate --paths 50 --format json --db " + db_);
    ASSERT_EQ(both.status, 0) << both.err;
    const Tables tables = rows_by_table(both.out);
    EXPECT_TRUE(tables.count("exit_summary") && tables.count("exit_distribution"));
}

TEST_F(ExitCli, UsageErrorsAndUnknownProviders) {
    struct Case {
        std::string arguments;
        int status;
        std::string message;
    };
    const std::vector<Case> cases{
        {"--group 11223344 --rule 'stage>=2'", 2, "exclude one another"},
        {"--rule 'stage>=9'", 2, "rule 'stage>=9'"},
        {"--rule often", 2, "expected stage>=N"},
        {"--rule breach:nonsense", 2, "no stress scenario 'nonsense'"},
        {"--paths 0", 2, "--paths: '0'"},
        {"--threads many", 2, "--threads: 'many'"},
        {"--date 2025-13-01", 2, "--date"},
        {"--group NOPE", 1, "no entity 'NOPE'"},
        {"--group 09876543", 1, "its group is 14250001"},
        {"--entity NOPE", 1, "no entity 'NOPE'"},
        {"--set exit.correlation=1.5", 1, "exit.correlation = 1.5: must be at least 0 and below 1"},
        {"--set exit.pd_floor_pct=150", 1, "exit.pd_floor_pct = 150"},
        {"--group 11223344 --scenarios x.xml", 2, "--scenarios is for --rule breach:"},
    };
    for (const Case& c : cases) {
        const std::string paths = c.arguments.find("--paths") == std::string::npos ? " --paths 10" : "";
        const auto outcome = run("exit " + c.arguments + paths + " --db " + db_);
        EXPECT_EQ(outcome.status, c.status) << c.arguments << "\n" << outcome.err;
        EXPECT_NE(outcome.err.find(c.message), std::string::npos) << c.arguments << "\n" << outcome.err;
        EXPECT_TRUE(outcome.out.empty()) << c.arguments;
    }
}

}  // namespace
}  // namespace cli_test
