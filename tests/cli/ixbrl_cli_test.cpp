// `oversight ixbrl` and iXBRL filings in a data directory, end to end.
#include <Poco/JSON/Parser.h>

#include <algorithm>

#include "tests/cli/cli_fixture.hpp"

using namespace cli_test;

namespace {

const std::string samples = std::string(OVERSIGHT_SOURCE_DIR) + "/fixtures/ixbrl-samples/";
const std::string ingest_data = std::string(OVERSIGHT_SOURCE_DIR) + "/tests/ingest/data/";

std::size_t count_lines(const std::string& text) { return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')); }

}  // namespace

TEST_F(Cli, IxbrlFactsListsEveryFactWithItsLine) {
    const auto outcome = run("ixbrl facts " + samples + "account_1.html --format csv");
    ASSERT_EQ(outcome.status, 0) << outcome.err;
    EXPECT_TRUE(outcome.out.starts_with(
        "line,column,concept,namespace,context,period,dimensions,unit,decimals,value,raw_text,maps_to\r\n"));  // RFC 4180
    EXPECT_EQ(count_lines(outcome.out), 1u + 40u);  // header + the 40 facts of account_1
    // line 474, column 13: CurrentAssets 2,909 at 2017-10-31
    EXPECT_NE(outcome.out.find("474,13,uk-core:CurrentAssets,http://xbrl.frc.org.uk/fr/2014-09-01/core,icur1,2017-10-31,,"
                               "iso4217:GBP,2,2909,\"2,909\",2017-10-31 current_assets"),
              std::string::npos)
        << outcome.out;
    EXPECT_TRUE(outcome.err.empty()) << outcome.err;
}

TEST_F(Cli, IxbrlFactsUnmappedListsOnlyWhatMapsToNothing) {
    const auto outcome = run("ixbrl facts " + samples + "account_1.html --unmapped --format csv");
    ASSERT_EQ(outcome.status, 0) << outcome.err;
    EXPECT_EQ(count_lines(outcome.out), 1u + 18u);  // the 18 non-numeric facts
    EXPECT_EQ(outcome.out.find("CurrentAssets"), std::string::npos);
    EXPECT_NE(outcome.out.find("uk-bus:EntityCurrentLegalOrRegisteredName"), std::string::npos);
}

TEST_F(Cli, IxbrlAccountsGivesOneRowPerPeriodAsJson) {
    const auto outcome = run("ixbrl accounts " + samples + "account_5.html --format json");
    ASSERT_EQ(outcome.status, 0) << outcome.err;
    Poco::JSON::Parser parser;
    const auto root = parser.parse(outcome.out).extract<Poco::JSON::Object::Ptr>();
    const auto tables = root->getArray("tables");
    const auto accounts = tables->getObject(0);
    EXPECT_EQ(accounts->getValue<std::string>("table"), "ixbrl_accounts");
    const auto rows = accounts->getArray("rows");
    ASSERT_EQ(rows->size(), 2u);
    EXPECT_EQ(rows->getObject(0)->getValue<std::string>("period_end"), "2019-03-31");
    EXPECT_DOUBLE_EQ(rows->getObject(0)->getValue<double>("net_assets"), 51.0);
    EXPECT_DOUBLE_EQ(rows->getObject(1)->getValue<double>("net_assets"), -371.0);  // sign="-"
    EXPECT_TRUE(rows->getObject(0)->isNull("turnover"));  // not filed: null, never 0
    EXPECT_EQ(tables->getObject(1)->getValue<std::string>("table"), "ixbrl_derivation");
}

TEST_F(Cli, IxbrlWarningsNameFileLineAndColumn) {
    const auto outcome = run("ixbrl facts " + samples + "account_errors.html --format csv");
    EXPECT_EQ(outcome.status, 0);
    EXPECT_NE(outcome.err.find("account_errors.html:475:13: warning IXB007: the format 'ixt2:numdotdecimalblahblah'"),
              std::string::npos)
        << outcome.err;
}

TEST_F(Cli, IxbrlRefusesWhatItCannotRead) {
    std::ofstream(dir_ / "broken.html") << "<html xmlns:ix=\"http://www.xbrl.org/2013/inlineXBRL\">\n<p></div>\n";
    const auto broken = run("ixbrl facts " + (dir_ / "broken.html").string());
    EXPECT_EQ(broken.status, 1);
    EXPECT_NE(broken.err.find("broken.html:2:6: error: not well-formed XML"), std::string::npos) << broken.err;
    EXPECT_TRUE(broken.out.empty());

    const auto missing = run("ixbrl facts " + (dir_ / "nope.html").string());
    EXPECT_EQ(missing.status, 1);
    EXPECT_NE(missing.err.find("nope.html: cannot be read"), std::string::npos) << missing.err;

    EXPECT_EQ(run("ixbrl summary " + samples + "account_1.html").status, 2);
    EXPECT_EQ(run("ixbrl accounts " + samples + "account_1.html --unmapped").status, 2);
    EXPECT_EQ(run("ixbrl facts").status, 2);
}

TEST_F(Cli, IxbrlDocumentsWithoutOneCompanyOrWithoutInlineXbrl) {
    // Two entities: the facts can be listed, but there are no accounts of one company.
    const std::string two = ingest_data + "IXB021/accounts/filing.html";
    const auto facts = run("ixbrl facts " + two + " --format csv");
    EXPECT_EQ(facts.status, 0) << facts.err;
    EXPECT_NE(facts.err.find("filing.html: warning: the contexts name more than one entity"), std::string::npos)
        << facts.err;
    const auto accounts = run("ixbrl accounts " + two);
    EXPECT_EQ(accounts.status, 1);
    EXPECT_NE(accounts.err.find("filing.html: error: the contexts name more than one entity"), std::string::npos)
        << accounts.err;
    // Plain HTML, with no element in an iXBRL namespace.
    std::ofstream(dir_ / "plain.html") << "<html><body><p>Accounts</p></body></html>\n";
    const auto plain = run("ixbrl facts " + (dir_ / "plain.html").string());
    EXPECT_EQ(plain.status, 1);
    EXPECT_NE(plain.err.find("plain.html:1:1: error: no inline XBRL in it"), std::string::npos) << plain.err;
}

TEST_F(Cli, IngestReadsFilingsAndRefusesABrokenOneWholesale) {
    const std::string db = (dir_ / "store.db").string();
    const auto good = run("ingest " + ingest_data + "ixbrl_valid --db " + db + " --quiet");
    ASSERT_EQ(good.status, 0) << good.err;
    // A broken filing fails the whole ingest and leaves the store as it was.
    const auto before = slurp(db);
    const auto bad = run("ingest " + ingest_data + "IXB020 --db " + db + " --quiet");
    EXPECT_EQ(bad.status, 1);
    EXPECT_NE(bad.err.find("filing.html:27:12: error IXB020"), std::string::npos) << bad.err;
    EXPECT_EQ(slurp(db), before);
}
