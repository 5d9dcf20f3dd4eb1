// End-to-end tests of the `oversight` executable: exit codes, help, usage errors, JSON
// shape, and that a failed ingest leaves the store exactly as it was.
#include <gtest/gtest.h>

#include <unistd.h>

#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "tests/cli/cli_fixture.hpp"

using namespace cli_test;

TEST_F(Cli, HelpListsEveryCommand) {
    const auto outcome = run("--help");
    EXPECT_EQ(outcome.status, 0);
    for (const char* command : {"run", "providers", "brief", "check", "ingest", "generate", "config", "risk", "health", "curve", "stress",
                                "prices", "ixbrl"})
        EXPECT_NE(outcome.out.find(std::string("  ") + command), std::string::npos) << command;
}

TEST_F(Cli, EveryCommandHasHelpDocumentingItsOptions) {
    const std::vector<std::pair<std::string, std::vector<std::string>>> expected = {
        {"run", {"--data", "--scale", "--seed", "--out", "--db", "--quiet", "--config", "--set"}},
        {"providers", {"--group", "--all-years", "--format", "--db"}},
        {"brief", {"--out", "--html", "--pdf", "--extracts", "--group", "--entity", "--db", "--as-of"}},
        {"check", {"--max-diagnostics"}},
        {"ingest", {"--db", "--max-diagnostics"}},
        {"generate", {"--out", "--scale", "--seed"}},
        {"config", {"--format"}},
        {"risk", {"--watchlist", "--group", "--format", "--db", "--as-of"}},
        {"health", {"--group", "--all-years", "--format", "--db", "--as-of"}},
        {"curve", {"--as-of", "--format", "--db"}},
        {"prices", {"--region", "--rcc", "--la", "--type", "--band", "--by", "--from", "--to", "--measure", "--weighted",
                    "--no-totals", "--providers", "--fee", "--urn", "--format", "--db"}},
        {"stress", {"--group", "--entity", "--entities", "--grid", "--scenario", "--scenarios", "--quantlib", "--format",
                    "--db", "--as-of"}},
        {"ixbrl", {"--unmapped", "--format"}},
    };
    for (const auto& [command, options] : expected) {
        const auto outcome = run(command + " --help");
        EXPECT_EQ(outcome.status, 0) << command;
        EXPECT_NE(outcome.out.find("oversight " + command), std::string::npos) << command;
        for (const auto& option : options) EXPECT_NE(outcome.out.find(option), std::string::npos) << command << " " << option;
    }
}

TEST_F(Cli, UsageErrorsExitTwoWithUsage) {
    for (const char* arguments : {"", "frobnicate", "ingest", "ingest --bogus x", "generate", "providers --format xml",
                                  "check a b", "generate --out x --scale mars", "generate --out x --seed -3",
                                  "brief market --as-of 2025-02-30", "brief debt", "brief debt --group 1 --entity 2",
                                  "brief market --group 14250001", "brief liabilities"}) {
        const auto outcome = run(arguments);
        EXPECT_EQ(outcome.status, 2) << "'" << arguments << "': " << outcome.err;
        EXPECT_NE(outcome.err.find("usage"), std::string::npos) << arguments;
    }
}

TEST_F(Cli, VersionPrints) {
    const auto outcome = run("--version");
    EXPECT_EQ(outcome.status, 0);
    EXPECT_EQ(outcome.out.rfind("oversight ", 0), 0u);
}

TEST_F(Cli, MissingDirectoryOrStoreIsAClearFailure) {
    auto outcome = run("check " + (dir_ / "nope").string());
    EXPECT_EQ(outcome.status, 1);
    EXPECT_NE(outcome.err.find("no such data directory"), std::string::npos) << outcome.err;
    outcome = run("providers --db " + (dir_ / "none.db").string());
    EXPECT_EQ(outcome.status, 1);
    EXPECT_NE(outcome.err.find("oversight ingest"), std::string::npos) << outcome.err;
}

TEST_F(Cli, IngestThenProvidersAsJson) {
    const std::string db = (dir_ / "store.db").string();
    const auto ingest = run("ingest " + small_fixture + " --db " + db + " --quiet");
    ASSERT_EQ(ingest.status, 0) << ingest.err;
    EXPECT_EQ(ingest.err, "");  // --quiet and no problems: nothing printed

    const auto providers = run("providers --group --format json --db " + db);
    ASSERT_EQ(providers.status, 0) << providers.err;
    const auto root = Poco::JSON::Parser().parse(providers.out).extract<Poco::JSON::Object::Ptr>();
    EXPECT_EQ(root->getValue<std::string>("table"), "group_profitability");
    const auto rows = root->getArray("rows");
    ASSERT_GT(rows->size(), 0u);
    for (const char* key : {"id", "name", "year", "turnover", "ebitda", "roce_pct", "excess_profit"})
        EXPECT_TRUE(rows->getObject(0)->has(key)) << key;

    // The sqlite: form of the store location names the same file for the reading commands.
    EXPECT_EQ(run("providers --format csv --db sqlite:" + db).status, 0);

    const auto csv = run("providers --format csv --all-years --db " + db);
    ASSERT_EQ(csv.status, 0);
    EXPECT_EQ(csv.out.rfind("id,name,year,basis,turnover,ebitda,", 0), 0u) << csv.out.substr(0, 80);
}

TEST_F(Cli, RiskWatchlistAndOneGroupInFull) {
    const std::string db = (dir_ / "store.db").string();
    ASSERT_EQ(run("ingest " + small_fixture + " --db " + db + " --quiet").status, 0);

    // The watchlist: only groups in scope; the council's own homes (Trentside) never are.
    const auto watchlist = run("risk --watchlist --format csv --db " + db);
    ASSERT_EQ(watchlist.status, 0) << watchlist.err;
    EXPECT_EQ(watchlist.out.rfind("group_id,name,owner_type,in_scope,stage,stage_name,composite,", 0), 0u);
    EXPECT_NE(watchlist.out.find("14250001,Harbour Care Topco Limited,private_equity,yes,"), std::string::npos)
        << watchlist.out;
    EXPECT_EQ(watchlist.out.find("05999888"), std::string::npos);
    EXPECT_EQ(watchlist.out.find(",no,"), std::string::npos);

    // Harbour in full. Worked by hand from fixtures/small (see EXPECTED.md, Harbour group):
    // covenant net debt = 6,300,000 bank + 180,000 lease - 1,041,000 cash = 5,439,000;
    // / EBITDA 1,050,000 = 5.18x against 7.0x: headroom 1 - 5.18 / 7 = 26.0 % on both
    // facilities that carry the covenant. Home places 20 of the fixture's 60 = 33.3 %.
    const auto group = run("risk --group 14250001 --format json --db " + db);
    ASSERT_EQ(group.status, 0) << group.err;
    const auto tables = Poco::JSON::Parser().parse(group.out).extract<Poco::JSON::Object::Ptr>()->getArray("tables");
    std::map<std::string, Poco::JSON::Object::Ptr> by_id;
    for (std::size_t i = 0; i < tables->size(); ++i)
        by_id.emplace(tables->getObject(i)->getValue<std::string>("table"), tables->getObject(i));
    for (const char* id : {"group_risk_summary", "risk_components", "group_health", "risk_scores", "cashflow_default",
                           "covenants", "scope", "supply", "market_share_by_area", "councils_to_warn"})
        EXPECT_TRUE(by_id.count(id)) << id;
    const auto covenants = by_id.at("covenants")->getArray("rows");
    ASSERT_EQ(covenants->size(), 2u);
    for (std::size_t i = 0; i < 2; ++i) {
        EXPECT_NEAR(covenants->getObject(i)->getValue<double>("actual"), 5.18, 1e-9);
        EXPECT_NEAR(covenants->getObject(i)->getValue<double>("headroom_pct"), 26.0, 1e-9);
    }
    const auto reasons = by_id.at("scope")->getArray("rows");
    bool share_reason = false;
    for (std::size_t i = 0; i < reasons->size(); ++i)
        share_reason |= reasons->getObject(i)->getValue<std::string>("reason") ==
                        "market share: 33.3% of home places in England (threshold 1.0%)";
    EXPECT_TRUE(share_reason) << group.out.substr(0, 2000);
    EXPECT_EQ(by_id.at("risk_components")->getArray("rows")->size(), 6u);

    const auto unknown = run("risk --group NOPE --db " + db);
    EXPECT_EQ(unknown.status, 1);
    EXPECT_NE(unknown.err.find("NOPE"), std::string::npos) << unknown.err;
    const auto both = run("risk --watchlist --group 14250001 --db " + db);
    EXPECT_EQ(both.status, 2);
    EXPECT_NE(both.err.find("usage"), std::string::npos) << both.err;
}

TEST_F(Cli, HealthByGroupAsJson) {
    const std::string db = (dir_ / "store.db").string();
    ASSERT_EQ(run("ingest " + small_fixture + " --db " + db + " --quiet").status, 0);
    const auto outcome = run("health --group --format json --db " + db);
    ASSERT_EQ(outcome.status, 0) << outcome.err;
    const auto root = Poco::JSON::Parser().parse(outcome.out).extract<Poco::JSON::Object::Ptr>();
    EXPECT_EQ(root->getValue<std::string>("table"), "group_health");
    const auto rows = root->getArray("rows");
    bool harbour = false;
    for (std::size_t i = 0; i < rows->size(); ++i) {
        const auto row = rows->getObject(i);
        if (row->getValue<std::string>("id") != "14250001") continue;
        harbour = true;
        // Topco 2025 consolidated: net debt 6,300,000 + 5,950,000 + 180,000 - 1,041,000
        // = 11,389,000; / EBITDA 1,050,000 = 10.846667x; senior 5,439,000 / 1,050,000 = 5.18x.
        EXPECT_EQ(row->getValue<int>("year"), 2025);
        EXPECT_NEAR(row->getValue<double>("net_debt"), 11389000.0, 1e-6);
        EXPECT_NEAR(row->getValue<double>("net_leverage"), 11389000.0 / 1050000.0, 1e-9);
        EXPECT_NEAR(row->getValue<double>("senior_net_leverage"), 5.18, 1e-9);
        EXPECT_NEAR(row->getValue<double>("min_headroom_pct"), 26.0, 1e-9);
    }
    EXPECT_TRUE(harbour);
    const auto all = run("health --all-years --format csv --db " + db);
    ASSERT_EQ(all.status, 0) << all.err;
    EXPECT_EQ(all.out.rfind("id,name,year,basis,annual_ebitda,", 0), 0u);
}

TEST_F(Cli, CurveAsJson) {
    const std::string db = (dir_ / "store.db").string();
    ASSERT_EQ(run("ingest " + small_fixture + " --db " + db + " --quiet").status, 0);
    const auto outcome = run("curve --format json --db " + db);
    ASSERT_EQ(outcome.status, 0) << outcome.err;
    const auto root = Poco::JSON::Parser().parse(outcome.out).extract<Poco::JSON::Object::Ptr>();
    EXPECT_EQ(root->getValue<std::string>("table"), "sonia_curve");
    const auto rows = root->getArray("rows");
    bool one_year = false;
    for (std::size_t i = 0; i < rows->size(); ++i) {
        const auto row = rows->getObject(i);
        if (row->getValue<std::string>("tenor") != "1Y") continue;
        one_year = true;
        // A 1Y deposit at q: DF = 1 / (1 + q x d / 365) with d the days to 2026-03-31 (365),
        // so the annually compounded zero rate is q itself.
        const double q = row->getValue<double>("quote_pct");
        EXPECT_NEAR(row->getValue<double>("discount_factor"), 1.0 / (1.0 + q / 100.0), 1e-9);
        EXPECT_NEAR(row->getValue<double>("zero_rate_pct"), q, 1e-7);
    }
    EXPECT_TRUE(one_year) << outcome.out.substr(0, 1000);
    EXPECT_EQ(run("curve --as-of 2020-01-01 --db " + db).status, 1);
}

TEST_F(Cli, StressSummaryAndOneGroup) {
    const std::string db = (dir_ / "store.db").string();
    ASSERT_EQ(run("ingest " + small_fixture + " --db " + db + " --quiet").status, 0);
    const auto summary = run("stress --format csv --db " + db);
    ASSERT_EQ(summary.status, 0) << summary.err;
    EXPECT_EQ(summary.out.rfind("group_id,name,scenario,annual_ebitda,first_breach_quarter,", 0), 0u);
    // Meadowbank: EBITDA -270,000 with £300,000 of debt under a 4.0x covenant: in breach from
    // the first quarter in every scenario. Harbour under "severe": turnover 7.62m x 0.9 =
    // 6.858m; costs (4.34m x 1.08 + 2.23m) x (0.7 + 0.3 x 0.9) = (4.6872m + 2.23m) x 0.97
    // = 6.709684m; EBITDA 148,316.
    EXPECT_NE(summary.out.find("10555666,Meadowbank Children's Services Limited,base,-270000,1,"), std::string::npos)
        << summary.out;
    EXPECT_NE(summary.out.find("14250001,Harbour Care Topco Limited,severe,148316"), std::string::npos) << summary.out;

    const auto group = run("stress --group 14250001 --scenario base --format json --db " + db);
    ASSERT_EQ(group.status, 0) << group.err;
    const auto tables = Poco::JSON::Parser().parse(group.out).extract<Poco::JSON::Object::Ptr>()->getArray("tables");
    ASSERT_EQ(tables->size(), 3u);  // the base quarters, the reverse stress, the facilities
    EXPECT_EQ(tables->getObject(0)->getArray("rows")->size(), 20u);  // stress.horizon_quarters
    EXPECT_EQ(tables->getObject(1)->getValue<std::string>("table"), "reverse_stress");
    // The lease HH-LEASE: £180,000 at 6 % fixed, 120 equal monthly instalments of £1,500 to
    // 2035-03-31. Quarter 1 has three (30 Apr, 31 May, 30 Jun) and three interest periods
    // on London business days: 31 Mar-30 Apr 30 days on 180,000; 30 Apr-30 May (31 May is
    // a Saturday, ModifiedFollowing goes back) 30 days on 178,500; 30 May-30 Jun 31 days on
    // 177,000: 0.06 / 365 x (180,000 x 30 + 178,500 x 30 + 177,000 x 31) = 2,669.92.
    const auto schedules = tables->getObject(2);
    EXPECT_EQ(schedules->getValue<std::string>("table"), "facility_schedules");
    bool lease_seen = false;
    for (unsigned i = 0; i < schedules->getArray("rows")->size(); ++i) {
        const auto row = schedules->getArray("rows")->getObject(i);
        if (row->getValue<std::string>("facility_id") != "HH-LEASE" || row->getValue<int>("quarter") != 1) continue;
        lease_seen = true;
        EXPECT_NEAR(row->getValue<double>("cash_interest"), 2669.92, 0.01);
        EXPECT_NEAR(row->getValue<double>("principal"), 4500.0, 1e-6);
        EXPECT_NEAR(row->getValue<double>("closing_balance"), 175500.0, 1e-6);
    }
    EXPECT_TRUE(lease_seen);

    // The grid: 9 occupancy falls x 9 rate rises by default. Harbour breaks at an
    // occupancy fall of about 4.9 % (the reverse stress): so at 0 % and 2.5 % the base-rate
    // column has no breach, at 5 % it has one.
    const auto grid = run("stress --group 14250001 --grid --format json --db " + db);
    ASSERT_EQ(grid.status, 0) << grid.err;
    const auto g = Poco::JSON::Parser().parse(grid.out).extract<Poco::JSON::Object::Ptr>();
    EXPECT_EQ(g->getValue<std::string>("table"), "stress_grid");
    const auto rows = g->getArray("rows");
    ASSERT_EQ(rows->size(), 9u);
    EXPECT_TRUE(rows->getObject(1)->isNull("rates_up_0_bp"));
    EXPECT_FALSE(rows->getObject(2)->isNull("rates_up_0_bp"));

    // --grid without a group: every group's frontier; Harbour's at +0 bp is that 5 %.
    const auto frontier = run("stress --grid --format json --db " + db);
    ASSERT_EQ(frontier.status, 0) << frontier.err;
    const auto f = Poco::JSON::Parser().parse(frontier.out).extract<Poco::JSON::Object::Ptr>();
    EXPECT_EQ(f->getValue<std::string>("table"), "stress_frontier");
    bool harbour_seen = false;
    for (std::size_t i = 0; i < f->getArray("rows")->size(); ++i) {
        const auto row = f->getArray("rows")->getObject(static_cast<unsigned>(i));
        if (row->getValue<std::string>("group_id") != "14250001") continue;
        harbour_seen = true;
        EXPECT_DOUBLE_EQ(row->getValue<double>("frontier_fall_pct_at_0_bp"), 5.0);
    }
    EXPECT_TRUE(harbour_seen);
    EXPECT_EQ(run("stress --group 14250001 --entities --db " + db).status, 2);
    EXPECT_EQ(run("stress --group 14250001 --entity 14250001 --db " + db).status, 2);

    const auto unknown = run("stress --scenario nope --db " + db);
    EXPECT_EQ(unknown.status, 2);
    EXPECT_NE(unknown.err.find("no scenario 'nope'"), std::string::npos) << unknown.err;
    std::ofstream(dir_ / "bad.xml") << "<StressScenarios>\n<Scenario id=\"x\">\n<FeeChangePct>lots</FeeChangePct>\n</Scenario>\n</StressScenarios>\n";
    const auto bad = run("stress --scenarios " + (dir_ / "bad.xml").string() + " --db " + db);
    EXPECT_EQ(bad.status, 1);
    EXPECT_NE(bad.err.find("bad.xml:3:"), std::string::npos) << bad.err;
}

TEST_F(Cli, StressEntitiesAndTheFullQuantLibPath) {
    const std::string db = (dir_ / "store.db").string();
    ASSERT_EQ(run("ingest " + small_fixture + " --db " + db + " --quiet").status, 0);
    // Entity level: Meadowbank's own accounts (EBITDA -270,000) and facilities, as its group's.
    const auto entities = run("stress --entities --scenario base --format csv --db " + db);
    ASSERT_EQ(entities.status, 0) << entities.err;
    EXPECT_EQ(entities.out.rfind("entity_id,name,scenario,annual_ebitda,", 0), 0u) << entities.out;
    EXPECT_NE(entities.out.find("10555666,Meadowbank Children's Services Limited,base,-270000,1,"), std::string::npos)
        << entities.out;
    const auto one = run("stress --entity 09876543 --scenario base --format json --db " + db);
    ASSERT_EQ(one.status, 0) << one.err;
    EXPECT_EQ(Poco::JSON::Parser().parse(one.out).extract<Poco::JSON::Object::Ptr>()->getArray("tables")->size(), 3u);
    const auto missing = run("stress --entity 99999999 --db " + db);
    EXPECT_EQ(missing.status, 1);
    EXPECT_NE(missing.err.find("'99999999' is not an entity with facilities"), std::string::npos) << missing.err;

    // --quantlib re-prices each scenario in QuantLib: the same table as the fast path, every
    // number within 1e-9 relative (facility_projector.hpp's tolerance).
    const auto fast = run("stress --format json --db " + db);
    const auto full = run("stress --quantlib --format json --db " + db);
    ASSERT_EQ(fast.status, 0) << fast.err;
    ASSERT_EQ(full.status, 0) << full.err;
    const auto fast_rows = Poco::JSON::Parser().parse(fast.out).extract<Poco::JSON::Object::Ptr>()->getArray("rows");
    const auto full_rows = Poco::JSON::Parser().parse(full.out).extract<Poco::JSON::Object::Ptr>()->getArray("rows");
    ASSERT_EQ(fast_rows->size(), full_rows->size());
    ASSERT_GT(fast_rows->size(), 0u);
    for (unsigned i = 0; i < fast_rows->size(); ++i) {
        const auto a = fast_rows->getObject(i);
        const auto b = full_rows->getObject(i);
        for (const auto& [key, value] : *a) {
            const Poco::Dynamic::Var other = b->get(key);
            if (value.isNumeric() && !value.isEmpty()) {
                ASSERT_TRUE(other.isNumeric()) << key;
                const double x = value.convert<double>(), y = other.convert<double>();
                EXPECT_NEAR(x, y, 1e-9 * std::max(1.0, std::abs(y))) << i << " " << key;
            } else {
                EXPECT_EQ(value.isEmpty(), other.isEmpty()) << i << " " << key;
                if (!value.isEmpty()) {
                    EXPECT_EQ(value.toString(), other.toString()) << i << " " << key;
                }
            }
        }
    }
}

// A SONIA curve that ends at 2Y cannot price five years of floating debt: the groups with
// floating facilities are named and left out; the others are still stressed.
TEST_F(Cli, StressLeavesOutWhatCannotBeProjected) {
    const fs::path data = dir_ / "short-curve";
    fs::copy(small_fixture, data, fs::copy_options::recursive);
    {
        std::ofstream curves(data / "curves.csv", std::ios::trunc);
        curves << "as_of,curve,tenor,instrument,rate_pct\n2025-03-31,SONIA,6M,deposit,4.30\n"
                  "2025-03-31,SONIA,1Y,deposit,4.14\n2025-03-31,SONIA,2Y,ois_swap,4.02\n";
    }
    const std::string db = (dir_ / "short.db").string();
    ASSERT_EQ(run("ingest " + data.string() + " --db " + db + " --quiet").status, 0);
    const auto all = run("stress --scenario base --format csv --db " + db);
    ASSERT_EQ(all.status, 0) << all.err;
    EXPECT_NE(all.err.find("not stressed: 14250001: facility HC-TL-B: QuantLib projection failed"), std::string::npos)
        << all.err;
    EXPECT_EQ(all.out.find("\n14250001,"), std::string::npos) << all.out;
    EXPECT_NE(all.out.find("\n07654321,"), std::string::npos) << all.out;  // fixed-rate Oakfield is stressed
    const auto one = run("stress --group 14250001 --db " + db);
    EXPECT_EQ(one.status, 1);
    EXPECT_NE(one.err.find("group 14250001: facility HC-TL-B"), std::string::npos) << one.err;
}

TEST_F(Cli, PricesUnderDisclosureControl) {
    const std::string db = (dir_ / "store.db").string();
    ASSERT_EQ(run("ingest " + small_fixture + " --db " + db + " --quiet").status, 0);
    // Counted here straight from placements.csv: K2 placements ongoing on some day of the
    // year to 2025-03-31 (start <= 2025-03-31 and no end or end >= 2024-04-01).
    int k2 = 0;
    {
        std::ifstream csv(small_fixture + "/placements.csv");
        std::string line;
        std::getline(csv, line);
        while (std::getline(csv, line)) {
            std::vector<std::string> f;
            std::stringstream fields(line);
            for (std::string x; std::getline(fields, x, ',');) f.push_back(x);
            f.resize(11);
            if (f[3] == "K2" && f[8] <= "2025-03-31" && (f[9].empty() || f[9] >= "2024-04-01")) ++k2;
        }
    }
    ASSERT_GT(k2, 0);
    const auto out = run("prices --by type --format json --db " + db);
    ASSERT_EQ(out.status, 0) << out.err;
    const auto t = Poco::JSON::Parser().parse(out.out).extract<Poco::JSON::Object::Ptr>();
    EXPECT_EQ(t->getValue<std::string>("table"), "price_cells");
    bool k2_seen = false, total_seen = false;
    for (unsigned i = 0; i < t->getArray("rows")->size(); ++i) {
        const auto row = t->getArray("rows")->getObject(i);
        const std::string disclosure = row->getValue<std::string>("disclosure");
        if (disclosure != "published") {
            EXPECT_EQ(disclosure.rfind("suppressed: ", 0), 0u) << disclosure;
            EXPECT_TRUE(row->isNull("placements"));  // nothing of a suppressed cell is printed
            EXPECT_TRUE(row->isNull("median"));
        }
        if (row->getValue<std::string>("type") == "K2") {
            k2_seen = true;
            EXPECT_EQ(row->getValue<int>("placements"), k2);
            EXPECT_LE(row->getValue<double>("p25"), row->getValue<double>("median"));
            EXPECT_LE(row->getValue<double>("median"), row->getValue<double>("p75"));
        }
        total_seen = total_seen || row->getValue<std::string>("type") == "all";
    }
    EXPECT_TRUE(k2_seen);
    EXPECT_TRUE(total_seen);
    // --no-totals only hides the totals: every other row keeps the verdict it has with them.
    const auto with_totals = run("prices --by region,type --format csv --db " + db);
    const auto without = run("prices --by region,type --no-totals --format csv --db " + db);
    ASSERT_EQ(with_totals.status, 0);
    ASSERT_EQ(without.status, 0);
    std::stringstream shown(without.out);
    int rows_checked = 0;
    for (std::string line; std::getline(shown, line);) {
        if (line.rfind("E12", 0) != 0) continue;
        EXPECT_EQ(line.find(",all,"), std::string::npos) << line;
        EXPECT_NE(with_totals.out.find(line + "\n"), std::string::npos) << line;
        ++rows_checked;
    }
    EXPECT_GT(rows_checked, 0);
    // Stricter thresholds through the configuration suppress more.
    const auto strict = run("prices --by type --format csv --set disclosure.min_placements=1000 --db " + db);
    ASSERT_EQ(strict.status, 0) << strict.err;
    EXPECT_EQ(strict.out.find(",published"), std::string::npos) << strict.out;

    for (const char* bad : {"prices --by colour", "prices --by type,type", "prices --type K9", "prices --band 5",
                            "prices --measure median", "prices --region E12000002 --la E08000003",
                            "prices --from 2025-02-30", "prices --from 2025-03-01 --to 2025-01-31",
                            "prices --from 2024-04-02", "prices --to 2025-03-30", "prices --providers"}) {
        const auto r = run(std::string(bad) + " --db " + db);
        EXPECT_EQ(r.status, 2) << bad << ": " << r.err;
    }
    EXPECT_EQ(run("prices colour --db " + db).status, 2);
    // The hedonic view: two tables. More complex needs cost more: the fixture's band 2 is the
    // reference, and bands 3 and 4 sit above it, 4 the highest. A level with too few
    // provider groups shows no estimate.
    const auto hedonic = run("prices hedonic --providers --format json --db " + db);
    ASSERT_EQ(hedonic.status, 0) << hedonic.err;
    const auto tables = Poco::JSON::Parser().parse(hedonic.out).extract<Poco::JSON::Object::Ptr>()->getArray("tables");
    ASSERT_EQ(tables->size(), 2u);
    EXPECT_EQ(tables->getObject(1)->getValue<std::string>("table"), "provider_premiums");
    std::map<std::string, double> band;
    const auto terms = tables->getObject(0)->getArray("rows");
    for (unsigned i = 0; i < terms->size(); ++i) {
        const auto row = terms->getObject(i);
        if (row->getValue<std::string>("disclosure") != "published") {
            EXPECT_TRUE(row->isNull("estimate"));
            continue;
        }
        if (row->getValue<std::string>("factor") == "band") band[row->getValue<std::string>("level")] = row->getValue<double>("estimate");
    }
    ASSERT_EQ(band.count("2 (reference)"), 1u);
    EXPECT_GT(band.at("3"), 0.0);
    EXPECT_GT(band.at("4"), band.at("3"));
    // Councils: the region's figures are the same on every council row of the region.
    const auto councils = run("prices councils --format json --db " + db);
    ASSERT_EQ(councils.status, 0) << councils.err;
    const auto council_rows = Poco::JSON::Parser().parse(councils.out).extract<Poco::JSON::Object::Ptr>()->getArray("rows");
    ASSERT_GT(council_rows->size(), 0u);
    std::map<std::string, double> region_spot;
    for (unsigned i = 0; i < council_rows->size(); ++i) {
        const auto row = council_rows->getObject(i);
        if (row->getValue<std::string>("disclosure") != "published") continue;
        const auto [it, added] =
            region_spot.try_emplace(row->getValue<std::string>("region"), row->getValue<double>("region_spot_share_pct"));
        EXPECT_DOUBLE_EQ(it->second, row->getValue<double>("region_spot_share_pct"));
        EXPECT_GE(row->getValue<double>("spot_share_pct"), 0.0);
        EXPECT_LE(row->getValue<double>("out_of_area_pct"), 100.0);
    }
    EXPECT_FALSE(region_spot.empty());
    // The index: every region and type starts at 100 in its first year.
    const auto index = run("prices index --format json --db " + db);
    ASSERT_EQ(index.status, 0) << index.err;
    const auto points = Poco::JSON::Parser().parse(index.out).extract<Poco::JSON::Object::Ptr>()->getArray("rows");
    ASSERT_GT(points->size(), 0u);
    std::map<std::string, int> first_year;
    for (unsigned i = 0; i < points->size(); ++i) {
        const auto row = points->getObject(i);
        const std::string series = row->getValue<std::string>("region") + row->getValue<std::string>("type");
        if (first_year.count(series)) continue;
        first_year[series] = row->getValue<int>("year");
        if (row->getValue<std::string>("disclosure") == "published") {
            EXPECT_DOUBLE_EQ(row->getValue<double>("index"), 100.0) << series;
        }
    }
    for (const char* unknown : {"prices --region E12000099", "prices --la E08999999", "prices --rcc Atlantis"}) {
        const auto r = run(std::string(unknown) + " --db " + db);
        EXPECT_EQ(r.status, 1) << unknown << ": " << r.err;
        EXPECT_NE(r.err.find("no "), std::string::npos) << r.err;
    }
}

// The quote check on the small fixture: a £6,500 quote for a K2 band 3 placement for
// Nottingham (East Midlands) from a Harbour setting (SC401201, run by 09876544 under Harbour
// Care Topco 14250001). The region's figures are worked out here from the fixture's CSV files.
TEST_F(Cli, QuoteCheckOnTheSmallFixture) {
    const std::string db = (dir_ / "store.db").string();
    ASSERT_EQ(run("ingest " + small_fixture + " --db " + db + " --quiet").status, 0);
    const auto read = [](const std::string& file) {
        std::vector<std::vector<std::string>> rows;
        std::ifstream csv(small_fixture + "/" + file);
        std::string line;
        std::getline(csv, line);
        while (std::getline(csv, line)) {
            std::vector<std::string> fields;
            std::stringstream text(line);
            for (std::string field; std::getline(text, field, ',');) fields.push_back(field);
            fields.resize(12);
            rows.push_back(fields);
        }
        return rows;
    };
    std::set<std::string> east_midlands;
    for (const auto& la : read("local_authorities.csv"))
        if (la[2] == "E12000004") east_midlands.insert(la[0]);
    std::vector<double> fees;  // K2 band 3 for East Midlands councils, ongoing 2024-04-01 to 2025-03-31
    for (const auto& p : read("placements.csv"))
        if (east_midlands.count(p[1]) && p[3] == "K2" && p[4] == "3" && p[8] <= "2025-03-31" &&
            (p[9].empty() || p[9] >= "2024-04-01"))
            fees.push_back(std::stod(p[6]));
    std::sort(fees.begin(), fees.end());
    ASSERT_GE(fees.size(), 5u);
    const auto type7 = [&](double p) {  // h = (n - 1) p, interpolated
        const double h = (fees.size() - 1) * p;
        const auto lo = static_cast<std::size_t>(h);
        return lo + 1 < fees.size() ? fees[lo] + (h - lo) * (fees[lo + 1] - fees[lo]) : fees[lo];
    };

    const auto out = run("prices quote --la E06000018 --type K2 --band 3 --fee 6500 --urn SC401201 --format json --db " + db);
    ASSERT_EQ(out.status, 0) << out.err;
    const auto tables = Poco::JSON::Parser().parse(out.out).extract<Poco::JSON::Object::Ptr>()->getArray("tables");
    ASSERT_EQ(tables->size(), 2u);  // the check, then the should-cost lines
    std::map<std::string, Poco::JSON::Object::Ptr> item;
    const auto rows = tables->getObject(0)->getArray("rows");
    for (unsigned i = 0; i < rows->size(); ++i) item[rows->getObject(i)->getValue<std::string>("item")] = rows->getObject(i);
    EXPECT_EQ(item.at("region placements")->getValue<double>("value"), static_cast<double>(fees.size()));
    EXPECT_NEAR(item.at("region median")->getValue<double>("value"), type7(0.5), 1e-9);
    EXPECT_NEAR(item.at("region p75")->getValue<double>("value"), type7(0.75), 1e-9);
    const std::string expected_position = 6500 < type7(0.10)   ? "below p10"
                                          : 6500 < type7(0.25)  ? "between p10 and p25"
                                          : 6500 < type7(0.5)   ? "between p25 and the median"
                                          : 6500 <= type7(0.75) ? "between the median and p75"
                                          : 6500 <= type7(0.90) ? "between p75 and p90"
                                                                : "above p90";
    EXPECT_EQ(item.at("position in the region")->getValue<std::string>("note"), expected_position);
    const double expected = item.at("like-for-like expected fee")->getValue<double>("value");
    EXPECT_NEAR(item.at("like-for-like premium")->getValue<double>("value"), 100.0 * (6500.0 / expected - 1.0), 1e-9);
    const double should = item.at("should-cost")->getValue<double>("value");
    EXPECT_NEAR(item.at("quote against should-cost")->getValue<double>("value"), 100.0 * (6500.0 / should - 1.0), 1e-9);
    EXPECT_EQ(item.at("provider group")->getValue<std::string>("note"), "Harbour Care Topco Limited (14250001)");
    EXPECT_FALSE(item.at("group operating margin")->isNull("value"));

    // In the North West the same cell is suppressed in the published region x type x band
    // table (secondary suppression): the quote shows none of its figures.
    const auto hidden = run("prices quote --la E08000003 --type K2 --band 3 --fee 6500 --format json --db " + db);
    ASSERT_EQ(hidden.status, 0) << hidden.err;
    const auto hidden_rows = Poco::JSON::Parser()
                                 .parse(hidden.out)
                                 .extract<Poco::JSON::Object::Ptr>()
                                 ->getArray("tables")
                                 ->getObject(0)
                                 ->getArray("rows");
    for (unsigned i = 0; i < hidden_rows->size(); ++i) {
        const auto row = hidden_rows->getObject(i);
        for (const char* figure : {"region p25", "region median", "region p75", "region p90"})
            EXPECT_NE(row->getValue<std::string>("item"), figure);
        if (row->getValue<std::string>("item") == "region placements") {
            EXPECT_TRUE(row->isNull("value"));
        }
        if (row->getValue<std::string>("item") == "position in the region") {
            EXPECT_EQ(row->getValue<std::string>("note").rfind("not shown", 0), 0u);
        }
    }

    for (const char* bad : {"prices quote --la E08000003 --type K2 --band 3", "prices quote --type K2 --band 3 --fee 1",
                            "prices quote --la E08000003 --type K2 --band 3 --fee -5", "prices should-cost",
                            "prices --urn SC401201", "prices should-cost --band 2 --rcc X"})
        EXPECT_EQ(run(std::string(bad) + " --db " + db).status, 2) << bad;
    const auto unknown = run("prices quote --la E08000003 --type K2 --band 3 --fee 6500 --urn NOPE --db " + db);
    EXPECT_EQ(unknown.status, 1);
    EXPECT_NE(unknown.err.find("no setting with URN 'NOPE'"), std::string::npos) << unknown.err;
}

TEST_F(Cli, ConfigListsKeysAndAppliesOverrides) {
    const auto outcome = run("config --format json --set profitability.cost_of_capital_pct=12.5");
    ASSERT_EQ(outcome.status, 0) << outcome.err;
    const auto root = Poco::JSON::Parser().parse(outcome.out).extract<Poco::JSON::Object::Ptr>();
    bool found = false;
    const auto rows = root->getArray("rows");
    for (std::size_t i = 0; i < rows->size(); ++i)
        if (rows->getObject(i)->getValue<std::string>("key") == "profitability.cost_of_capital_pct") {
            EXPECT_EQ(rows->getObject(i)->getValue<std::string>("value"), "12.5");
            found = true;
        }
    EXPECT_TRUE(found);
    EXPECT_EQ(run("config --set no.such.key=1").status, 1);
}

TEST_F(Cli, RunWritesTheMarketOverviewBrief) {
    const auto outcome = run("run --scale small --seed 7 --quiet --out " + (dir_ / "out").string());
    ASSERT_EQ(outcome.status, 0) << outcome.err;
    const std::string prefix = "Market overview brief: ";
    ASSERT_EQ(outcome.out.rfind(prefix, 0), 0u) << outcome.out;
    const std::string path = outcome.out.substr(prefix.size(), outcome.out.find('\n') - prefix.size());
    const std::string html = slurp(path);
    EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
    EXPECT_NE(html.find("Supply and concentration by region"), std::string::npos);
    EXPECT_NE(html.find("Assumptions"), std::string::npos);
    EXPECT_TRUE(fs::exists(dir_ / "out" / "oversight.db"));
    EXPECT_TRUE(fs::exists(dir_ / "out" / "data" / "placements.csv"));
    // Then the debt briefs of the groups that breach under a scenario, as many as it says.
    const std::string debt = "Debt briefs of the ";
    const auto at = outcome.out.find(debt);
    ASSERT_NE(at, std::string::npos) << outcome.out;
    const int said = std::stoi(outcome.out.substr(at + debt.size()));
    // Each as HTML and PDF, every file printed.
    int html_files = 0, pdf_files = 0;
    for (const auto& entry : fs::directory_iterator(dir_ / "out" / "briefs"))
        if (entry.path().filename().string().rfind("debt-", 0) == 0) {
            html_files += entry.path().extension() == ".html";
            pdf_files += entry.path().extension() == ".pdf";
            EXPECT_NE(outcome.out.find(fs::absolute(entry.path()).string() + "\n"), std::string::npos)
                << entry.path() << " is not printed";
        }
    EXPECT_EQ(html_files, said);
    EXPECT_EQ(pdf_files, said);
    EXPECT_GT(said, 0);
    // The market overview's PDF and extracts.
    for (const char* file : {"market-overview.pdf", "market-overview.xlsx", "market-overview.json"})
        EXPECT_TRUE(fs::exists(dir_ / "out" / "briefs" / file)) << file;
    EXPECT_TRUE(fs::is_directory(dir_ / "out" / "briefs" / "market-overview-csv"));
}

TEST_F(Cli, DebtBriefOfTheLeveragedGroup) {
    const std::string db = (dir_ / "store.db").string();
    ASSERT_EQ(run("ingest " + small_fixture + " --db " + db + " --quiet").status, 0);
    const auto outcome = run("brief debt --group 14250001 --out " + (dir_ / "briefs").string() + " --db " + db);
    ASSERT_EQ(outcome.status, 0) << outcome.err;
    // The HTML and the PDF, one path a line.
    const std::string path = outcome.out.substr(0, outcome.out.find('\n'));
    EXPECT_EQ(fs::path(path).filename(), "debt-14250001.html");
    EXPECT_NE(outcome.out.find("debt-14250001.pdf\n"), std::string::npos) << outcome.out;
    const std::string html = slurp(path);
    EXPECT_NE(html.find("OFFICIAL-SENSITIVE"), std::string::npos);
    EXPECT_NE(html.find("Harbour Care Topco Limited: debt and stress"), std::string::npos);
    // Harbour's facilities (fixtures/small/facilities.csv): 6,000,000 + 300,000 + 5,950,000
    // (shareholder PIK loan) + 180,000 (lease) = 12,430,000 drawn; without the shareholder
    // loan 6,480,000.
    EXPECT_NE(html.find("£12,430,000"), std::string::npos);
    EXPECT_NE(html.find("of which covenant debt £6,480,000"), std::string::npos);
    EXPECT_NE(html.find("SONIA + 550 bp"), std::string::npos);
    for (const char* part : {"Stress scenarios", "Facilities", "SONIA curve", "Reverse stress", "Quarter by quarter",
                             "rates_up_400", "profit_cap_10", "first covenant breach (quarter) by rate rise",
                             "stress.grid_rate_step_bp"})
        EXPECT_NE(html.find(part), std::string::npos) << part;

    const auto entity = run("brief debt --entity 10555666 --out " + (dir_ / "briefs").string() + " --db " + db);
    ASSERT_EQ(entity.status, 0) << entity.err;
    EXPECT_TRUE(fs::exists(dir_ / "briefs" / "debt-10555666.html"));
    const auto unknown = run("brief debt --group 99999999 --out " + (dir_ / "briefs").string() + " --db " + db);
    EXPECT_EQ(unknown.status, 1);
    EXPECT_NE(unknown.err.find("'99999999' is not a group with facilities"), std::string::npos) << unknown.err;
    EXPECT_FALSE(fs::exists(dir_ / "briefs" / "debt-99999999.html"));
}

TEST_F(Cli, ProviderBriefOfHarbourCare) {
    const std::string db = (dir_ / "store.db").string();
    ASSERT_EQ(run("ingest " + small_fixture + " --db " + db + " --quiet").status, 0);
    const std::string out = (dir_ / "briefs").string();
    const auto outcome = run("brief group 14250001 --out " + out + " --db " + db);
    ASSERT_EQ(outcome.status, 0) << outcome.err;
    EXPECT_NE(outcome.out.find("provider-14250001.html\n"), std::string::npos) << outcome.out;
    EXPECT_NE(outcome.out.find("provider-14250001.pdf\n"), std::string::npos) << outcome.out;
    const std::string html = slurp(dir_ / "briefs" / "provider-14250001.html");
    EXPECT_NE(html.find("OFFICIAL-SENSITIVE"), std::string::npos);
    // fixtures/small: the 2025 consolidated accounts of 14250001 have turnover 7,620,000 and
    // operating profit 156,000: margin 2.05 %, shown "2.0%".
    EXPECT_NE(html.find("£7,620,000"), std::string::npos);
    EXPECT_NE(html.find("operating margin 2.0%"), std::string::npos);
    // Maturity from 2025-03-31 (facilities.csv): the lease of 180,000 repays monthly to
    // 2035-03-31, 120 instalments of 1,500, 18,000 a year; the term loan (6,000,000,
    // 2027-10-01) and the RCF (300,000, 2027-04-01) fall in year 3; the PIK loan (5,950,000,
    // 2031-10-01) and 90,000 of the lease after five years.
    EXPECT_NE(html.find("£6,318,000"), std::string::npos);
    EXPECT_NE(html.find("£6,040,000"), std::string::npos);
    // settings.csv: seven settings of 4 + 5 + 3 + 4 + 4 + 20 + 16 = 56 places; good 49 of them
    // (87.5 %), outstanding 4 (7.1 %), requires improvement 3 (5.4 %).
    EXPECT_NE(html.find("56 places in 7 settings"), std::string::npos);
    EXPECT_NE(html.find("87.5%"), std::string::npos);
    // Placements ongoing on 2025-03-31 in those settings: 51 (counted in placements.csv).
    EXPECT_NE(html.find("Children placed on 2025-03-31"), std::string::npos);
    for (const char* part : {"Five-year trends", "Failure risk", "Debt and maturity", "Stress", "Settings and Ofsted ratings",
                             "Councils to warn", "quarter of the first covenant breach", "Harbour Care Peak View"})
        EXPECT_NE(html.find(part), std::string::npos) << part;

    // One entity: its own settings (Harbour Homes: five homes, 20 places), its group's risk.
    const auto entity = run("brief provider 09876543 --html --out " + out + " --db " + db);
    ASSERT_EQ(entity.status, 0) << entity.err;
    const std::string homes = slurp(dir_ / "briefs" / "provider-09876543.html");
    EXPECT_NE(homes.find("20 places in 5 settings"), std::string::npos);
    EXPECT_NE(homes.find("Failure risk of the group Harbour Care Topco Limited"), std::string::npos);
    EXPECT_FALSE(fs::exists(dir_ / "briefs" / "provider-09876543.pdf"));

    const auto not_group = run("brief group 09876543 --out " + out + " --db " + db);
    EXPECT_EQ(not_group.status, 1);
    EXPECT_NE(not_group.err.find("'09876543' is not a group: its top parent is 14250001"), std::string::npos)
        << not_group.err;
    const auto unknown = run("brief group 99999999 --out " + out + " --db " + db);
    EXPECT_EQ(unknown.status, 1);
    EXPECT_NE(unknown.err.find("no entity or group '99999999'"), std::string::npos) << unknown.err;
    EXPECT_FALSE(fs::exists(dir_ / "briefs" / "provider-99999999.html"));
    const auto no_id = run("brief group --out " + out + " --db " + db);
    EXPECT_EQ(no_id.status, 2);
    EXPECT_NE(no_id.err.find("brief group needs the ID"), std::string::npos) << no_id.err;
}

TEST_F(Cli, RegionAndExitBriefs) {
    const std::string db = (dir_ / "store.db").string();
    ASSERT_EQ(run("ingest " + small_fixture + " --db " + db + " --quiet").status, 0);
    const std::string out = (dir_ / "briefs").string();
    const auto region = run("brief region E12000002 --html --out " + out + " --db " + db);
    ASSERT_EQ(region.status, 0) << region.err;
    const std::string prices = slurp(dir_ / "briefs" / "region-E12000002.html");
    // placements.csv: 65 placements by the three North West councils are ongoing at some
    // time between 2024-04-01 and 2025-03-31 (counted from the CSVs).
    EXPECT_NE(prices.find("North West: placement prices"), std::string::npos);
    EXPECT_NE(prices.find(">65<"), std::string::npos);
    for (const char* part : {"Prices by placement type and need band", "Councils against the region", "Price index",
                             "Provider premiums", "Should-cost", "suppressed", "disclosure.min_placements"})
        EXPECT_NE(prices.find(part), std::string::npos) << part;
    const auto no_region = run("brief region E12000009 --out " + out + " --db " + db);
    EXPECT_EQ(no_region.status, 1);
    EXPECT_NE(no_region.err.find("no region 'E12000009'"), std::string::npos) << no_region.err;

    // Harbour Care exits: the 51 children placed in its seven settings on 2025-03-31 are displaced.
    const auto exit = run("brief exit 14250001 --html --out " + out + " --db " + db);
    ASSERT_EQ(exit.status, 0) << exit.err;
    const std::string scenario = slurp(dir_ / "briefs" / "exit-14250001.html");
    EXPECT_NE(scenario.find("If Harbour Care Topco Limited failed"), std::string::npos);
    EXPECT_NE(scenario.find("Harbour Care Topco Limited (14250001)"), std::string::npos);
    EXPECT_NE(scenario.find(">51<"), std::string::npos);
    EXPECT_NE(scenario.find("7 settings closed"), std::string::npos);
    const auto simulated = run("brief exit simulation --html --out " + out + " --db " + db);
    ASSERT_EQ(simulated.status, 0) << simulated.err;
    EXPECT_NE(slurp(dir_ / "briefs" / "exit-simulation.html").find("Children displaced in a year: 10,000 simulated years"),
              std::string::npos);
    const auto unknown = run("brief exit biggest --out " + out + " --db " + db);
    EXPECT_EQ(unknown.status, 1);
    EXPECT_NE(unknown.err.find("no exit brief 'biggest'"), std::string::npos) << unknown.err;
}

TEST_F(Cli, BriefsAllWritesEveryBriefAndAManifest) {
    const std::string db = (dir_ / "store.db").string();
    ASSERT_EQ(run("ingest " + small_fixture + " --db " + db + " --quiet").status, 0);
    const auto outcome = run("briefs --all --html --out " + (dir_ / "set").string() + " --db " + db);
    ASSERT_EQ(outcome.status, 0) << outcome.err;
    // fixtures/small: the market overview, three regions, five private and voluntary groups
    // with settings (Harbour, Brightwater, Oakfield, Pennine, Meadowbank; Trentside is a
    // council's) and the five default exit briefs: 14 briefs, one HTML file each.
    EXPECT_NE(outcome.out.find("Wrote 14 briefs (14 files)"), std::string::npos) << outcome.out;
    const std::string manifest = slurp(dir_ / "set" / "briefs.csv");
    std::size_t lines = 0;
    for (const char c : manifest) lines += c == '\n';
    EXPECT_EQ(lines, 15u);  // the header and 14 briefs
    for (const char* file : {"market-overview.html", "region-E12000007.html", "provider-14250001.html",
                             "provider-CH1091234.html", "exit-largest-group.html", "exit-ten-largest.html",
                             "exit-stage-5.html", "exit-simulation.html", "exit-levers.html"})
        EXPECT_TRUE(fs::exists(dir_ / "set" / file)) << file;
    EXPECT_FALSE(fs::exists(dir_ / "set" / "provider-05999888.html"));  // council-run
    const auto none = run("briefs --out " + (dir_ / "set").string() + " --db " + db);
    EXPECT_EQ(none.status, 2);
    EXPECT_NE(none.err.find("briefs needs --all"), std::string::npos) << none.err;
}

TEST_F(Cli, NoProgressBarWhenPiped) {
    const auto outcome = run("generate --scale small --out " + (dir_ / "gen").string());
    ASSERT_EQ(outcome.status, 0) << outcome.err;
    EXPECT_EQ(outcome.err.find('\r'), std::string::npos);  // stderr is a file here, not a terminal
}

// Every bad-input directory of the ingest tests (tests/ingest/data/<CODE>/ with its
// expected.txt): `oversight ingest` exits 1, prints the expected diagnostic, and the store
// that already held the small fixture is byte for byte as it was.
TEST_F(Cli, FailedIngestLeavesTheStoreUntouched) {
    const fs::path db = dir_ / "store.db";
    ASSERT_EQ(run("ingest " + small_fixture + " --quiet --db " + db.string()).status, 0);
    const std::string before = slurp(db);
    ASSERT_FALSE(before.empty());
    int error_cases = 0;
    for (const auto& entry : fs::directory_iterator(fs::path(OVERSIGHT_SOURCE_DIR) / "tests/ingest/data")) {
        const fs::path expected_file = entry.path() / "expected.txt";
        if (!fs::exists(expected_file)) continue;
        std::string expected;
        std::getline(std::ifstream(expected_file) >> std::ws, expected);
        if (expected.find(": error ") == std::string::npos) continue;  // warnings do not stop an ingest
        ++error_cases;
        const auto outcome = run("ingest " + entry.path().string() + " --db " + db.string());
        EXPECT_EQ(outcome.status, 1) << entry.path();
        EXPECT_NE(outcome.err.find(expected), std::string::npos) << entry.path() << "\n" << outcome.err;
        EXPECT_NE(outcome.err.find("nothing was written"), std::string::npos) << entry.path();
        EXPECT_EQ(slurp(db), before) << entry.path() << " changed the store";
        EXPECT_EQ(run("check " + entry.path().string()).status, 1) << entry.path();
    }
    EXPECT_GT(error_cases, 10);
}
