// Mapping the Companies House samples to accounts lines. Every expected figure is worked
// out from the facts the document shows (fact lines quoted), not from the mapper.
#include "ingest/ixbrl_accounts.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "ingest/ixbrl/ixbrl_reader.hpp"

namespace oversight {
namespace {

const std::filesystem::path kSamples = std::filesystem::path(OVERSIGHT_SOURCE_DIR) / "fixtures" / "ixbrl-samples";

IxbrlAccounts map_sample(const std::string& name, ixbrl::Document* keep = nullptr) {
    std::ifstream in(kSamples / name, std::ios::binary);
    std::stringstream content;
    content << in.rdbuf();
    const ixbrl::Document document = ixbrl::read_document(content.str());
    if (keep) *keep = document;
    return map_ixbrl_accounts(document, name);
}

double line(const FiledAccounts& a, AccountsLine l) {
    const auto value = a.get(l);
    if (!value) throw std::runtime_error(std::string(column_of(l)) + " not filed");
    return *value;
}

TEST(IxbrlAccounts, Account1MicroEntityTwoPeriods) {
    ixbrl::Document document;
    const IxbrlAccounts mapped = map_sample("account_1.html", &document);
    EXPECT_EQ(mapped.entity_id, "02345678");
    ASSERT_EQ(mapped.periods.size(), 2u);
    const FiledAccounts& current = mapped.periods[0];
    EXPECT_EQ(current.period_end, Date::from_ymd(2017, 10, 31));
    // The report covers 2016-11-01 to 2017-10-31: twelve months.
    EXPECT_EQ(current.period_months, 12);
    EXPECT_DOUBLE_EQ(line(current, AccountsLine::CurrentAssets), 2909.0);        // line 474
    EXPECT_DOUBLE_EQ(line(current, AccountsLine::CurrentLiabilities), 6719.0);   // line 512, Creditors WithinOneYear
    // Creditors after one year 0 (line 575) + provisions 0 (594) + accruals 0 (613)
    EXPECT_DOUBLE_EQ(line(current, AccountsLine::NonCurrentLiabilities), 0.0);
    // Fixed assets "-" (455) + current assets 2,909 + prepayments "-" (493)
    EXPECT_DOUBLE_EQ(line(current, AccountsLine::TotalAssets), 2909.0);
    EXPECT_DOUBLE_EQ(line(current, AccountsLine::NetAssets), 3810.0);  // line 632, as tagged
    // Sign handling: the filing shows "(3,810)" but tags +3,810, so the balance sheet does
    // not add up: 2,909 - 6,719 - 0 = -3,810. Ingest reports it (ACC001); nothing is guessed.
    EXPECT_DOUBLE_EQ(line(current, AccountsLine::TotalAssets) - line(current, AccountsLine::CurrentLiabilities) -
                         line(current, AccountsLine::NonCurrentLiabilities),
                     -3810.0);
    // Filleted: no profit and loss account, and cash and bank debt are not tagged.
    const std::vector<AccountsLine> missing = current.missing_required();
    EXPECT_EQ(missing.size(), 9u);  // 7 profit and loss lines + cash + bank_debt
    EXPECT_FALSE(current.complete().has_value());
    const FiledAccounts& prior = mapped.periods[1];
    EXPECT_EQ(prior.period_end, Date::from_ymd(2016, 10, 31));
    EXPECT_DOUBLE_EQ(line(prior, AccountsLine::CurrentAssets), 4585.0);       // line 480
    EXPECT_DOUBLE_EQ(line(prior, AccountsLine::CurrentLiabilities), 5879.0);  // line 519
    EXPECT_DOUBLE_EQ(line(prior, AccountsLine::NetAssets), 1294.0);

    // Facts that map to nothing are kept and can be listed: the director's name, the
    // statements, the balance sheet date...
    std::size_t unmapped = 0;
    for (std::size_t i = 0; i < document.facts.size(); ++i) {
        if (mapped.maps_to[i].empty()) ++unmapped;
        if (document.facts[i].concept_name.local_name == "CurrentAssets" && document.facts[i].context_ref == "icur1") {
            EXPECT_EQ(mapped.maps_to[i], "2017-10-31 current_assets");
        }
    }
    // 40 facts: the 18 non-numeric map to nothing; each of the 22 numeric is read for its
    // period, and those no line needs (net current assets, total assets less current
    // liabilities, equity: the lines are tagged directly) say so.
    EXPECT_EQ(unmapped, 18u);
}

TEST(IxbrlAccounts, Account2DerivesWhatIsNotTagged) {
    const IxbrlAccounts mapped = map_sample("account_2.html");
    EXPECT_EQ(mapped.entity_id, "12345678");
    ASSERT_EQ(mapped.periods.size(), 2u);
    const FiledAccounts& current = mapped.periods[0];
    EXPECT_EQ(current.period_end, Date::from_ymd(2017, 3, 31));
    EXPECT_DOUBLE_EQ(line(current, AccountsLine::CurrentAssets), 4373.0);
    EXPECT_DOUBLE_EQ(line(current, AccountsLine::CurrentLiabilities), 1154.0);  // CreditorsDueWithinOneYear
    // No fixed assets tagged: total assets less current liabilities 3,219 - net current
    // assets 3,219 = 0; total assets = 0 + 4,373.
    EXPECT_DOUBLE_EQ(line(current, AccountsLine::TotalAssets), 4373.0);
    // No creditors after one year or provisions: 3,219 - net assets 3,219 = 0.
    EXPECT_DOUBLE_EQ(line(current, AccountsLine::NonCurrentLiabilities), 0.0);
    EXPECT_NE(current.how_of(AccountsLine::NonCurrentLiabilities).find("derived"), std::string::npos);
    EXPECT_DOUBLE_EQ(line(current, AccountsLine::NetAssets), 3219.0);
    EXPECT_DOUBLE_EQ(line(mapped.periods[1], AccountsLine::CurrentLiabilities), 495.0);
    EXPECT_DOUBLE_EQ(line(mapped.periods[1], AccountsLine::NetAssets), 4433.0);
}

TEST(IxbrlAccounts, Account3CalledUpShareCapitalCountsInTotalAssets) {
    const IxbrlAccounts mapped = map_sample("account_3.html");
    ASSERT_EQ(mapped.periods.size(), 2u);
    const FiledAccounts& current = mapped.periods[0];
    // fixed "-" + current "-" + prepayments "-" + called up share capital not paid 1,000
    EXPECT_DOUBLE_EQ(line(current, AccountsLine::TotalAssets), 1000.0);
    EXPECT_DOUBLE_EQ(line(current, AccountsLine::CurrentLiabilities), 0.0);  // fixed-zero, read with a warning
    EXPECT_DOUBLE_EQ(line(current, AccountsLine::NetAssets), 1000.0);
}

TEST(IxbrlAccounts, Account4CreditorsByCurrentAndNonCurrent) {
    const IxbrlAccounts mapped = map_sample("account_4.html");
    EXPECT_EQ(mapped.entity_id, "10023456");
    ASSERT_EQ(mapped.periods.size(), 2u);
    // 2018: only the facts in defined contexts (the creditors splits and equity classes).
    const FiledAccounts& current = mapped.periods[0];
    EXPECT_DOUBLE_EQ(line(current, AccountsLine::CurrentLiabilities), 42352.0);
    EXPECT_FALSE(current.get(AccountsLine::NetAssets).has_value());  // its context is undefined
    const FiledAccounts& prior = mapped.periods[1];
    EXPECT_EQ(prior.period_end, Date::from_ymd(2017, 3, 31));
    EXPECT_DOUBLE_EQ(line(prior, AccountsLine::Cash), 14768.0);
    // Net current assets -17,957 (sign="-") + creditors within one year 32,725
    EXPECT_DOUBLE_EQ(line(prior, AccountsLine::CurrentAssets), 14768.0);
    // Property, plant and equipment 63,450 + current assets 14,768
    EXPECT_DOUBLE_EQ(line(prior, AccountsLine::TotalAssets), 78218.0);
    // Non-current creditors 19,294 + provisions "-"
    EXPECT_DOUBLE_EQ(line(prior, AccountsLine::NonCurrentLiabilities), 19294.0);
    EXPECT_DOUBLE_EQ(line(prior, AccountsLine::NetAssets), 26199.0);
    // 78,218 - 32,725 - 19,294 = 26,199: the balance sheet adds up.
    EXPECT_DOUBLE_EQ(line(prior, AccountsLine::RetainedEarnings), 26197.0);  // Equity, retained earnings class
    EXPECT_DOUBLE_EQ(line(prior, AccountsLine::Employees), 4.0);
}

TEST(IxbrlAccounts, Account5SignsAndEquityClasses) {
    const IxbrlAccounts mapped = map_sample("account_5.html");
    EXPECT_EQ(mapped.entity_id, "01234567");
    ASSERT_EQ(mapped.periods.size(), 2u);
    const FiledAccounts& current = mapped.periods[0];
    EXPECT_EQ(current.period_end, Date::from_ymd(2019, 3, 31));
    EXPECT_EQ(current.period_months, 12);  // FY_CY_END: 2018-04-01 to 2019-03-31
    EXPECT_DOUBLE_EQ(line(current, AccountsLine::Cash), 9486.0);
    EXPECT_DOUBLE_EQ(line(current, AccountsLine::CurrentAssets), 9590.0);
    EXPECT_DOUBLE_EQ(line(current, AccountsLine::CurrentLiabilities), 9539.0);
    EXPECT_DOUBLE_EQ(line(current, AccountsLine::TotalAssets), 9590.0);  // PPE 0 + 9,590
    EXPECT_DOUBLE_EQ(line(current, AccountsLine::NetAssets), 51.0);
    EXPECT_DOUBLE_EQ(line(current, AccountsLine::RetainedEarnings), 49.0);
    const FiledAccounts& prior = mapped.periods[1];
    EXPECT_DOUBLE_EQ(line(prior, AccountsLine::NetAssets), -371.0);         // sign="-"
    EXPECT_DOUBLE_EQ(line(prior, AccountsLine::RetainedEarnings), -373.0);  // sign="-"
    // 15,116 - 15,487 - 0 = -371
    EXPECT_DOUBLE_EQ(line(prior, AccountsLine::TotalAssets) - line(prior, AccountsLine::CurrentLiabilities) -
                         line(prior, AccountsLine::NonCurrentLiabilities),
                     -371.0);
}

TEST(IxbrlAccounts, Account6MicroEntityProfitAndLossIsPartial) {
    const IxbrlAccounts mapped = map_sample("account_6.xhtml");
    EXPECT_EQ(mapped.entity_id, "12345671");
    ASSERT_EQ(mapped.periods.size(), 2u);
    const FiledAccounts& current = mapped.periods[0];
    EXPECT_EQ(current.period_end, Date::from_ymd(2022, 7, 31));
    EXPECT_DOUBLE_EQ(line(current, AccountsLine::Turnover), 3456.0);
    EXPECT_DOUBLE_EQ(line(current, AccountsLine::Tax), 43.0);
    EXPECT_DOUBLE_EQ(line(current, AccountsLine::CurrentLiabilities), 786.0);
    EXPECT_DOUBLE_EQ(line(current, AccountsLine::NetAssets), 254.0);
    // A micro-entity profit and loss account has no operating profit line.
    EXPECT_FALSE(current.get(AccountsLine::OperatingProfit).has_value());
    EXPECT_DOUBLE_EQ(line(mapped.periods[1], AccountsLine::Turnover), 5678.0);
}

TEST(IxbrlAccounts, ErrorSampleLeavesTheUnknownFormatLineOut) {
    const IxbrlAccounts mapped = map_sample("account_errors.html");
    // CurrentAssets of the current year has no value (unknown format): current assets are
    // then derived from net current assets 3,810 + creditors within one year 6,719.
    const FiledAccounts& current = mapped.periods[0];
    EXPECT_DOUBLE_EQ(line(current, AccountsLine::CurrentAssets), 10529.0);
    EXPECT_NE(current.how_of(AccountsLine::CurrentAssets).find("derived"), std::string::npos);
}

TEST(IxbrlAccounts, ImplausibleDatesAreNotUsed) {
    const std::string document = R"(<html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL" xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:core="http://xbrl.frc.org.uk/fr/2021-01-01/core"><body><ix:header><ix:resources>
<xbrli:context id="a"><xbrli:entity><xbrli:identifier scheme="s">01234567</xbrli:identifier></xbrli:entity><xbrli:period><xbrli:instant>0001-01-01</xbrli:instant></xbrli:period></xbrli:context>
<xbrli:unit id="u"><xbrli:measure>GBP</xbrli:measure></xbrli:unit></ix:resources></ix:header>
<ix:nonFraction name="core:CurrentAssets" contextRef="a" unitRef="u">5</ix:nonFraction></body></html>)";
    const IxbrlAccounts mapped = map_ixbrl_accounts(ixbrl::read_document(document), "x");
    EXPECT_TRUE(mapped.periods.empty());
    ASSERT_EQ(mapped.findings.size(), 1u);
    EXPECT_EQ(mapped.findings[0].code, "IXB026");
}

std::string small_filing(const std::string& facts, const std::string& contexts) {
    return R"(<html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL" xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:xbrldi="http://xbrl.org/2006/xbrldi" xmlns:core="http://xbrl.frc.org.uk/fr/2021-01-01/core" xmlns:other="http://example.com/other"><body><ix:header><ix:resources>
)" + contexts + R"(<xbrli:unit id="u"><xbrli:measure>GBP</xbrli:measure></xbrli:unit></ix:resources></ix:header>
)" + facts + "</body></html>";
}

std::string instant(const std::string& id, const std::string& date, const std::string& segment = "") {
    return "<xbrli:context id=\"" + id + "\"><xbrli:entity><xbrli:identifier scheme=\"s\">01234567</xbrli:identifier>" +
           (segment.empty() ? "" : "<xbrli:segment>" + segment + "</xbrli:segment>") +
           "</xbrli:entity><xbrli:period><xbrli:instant>" + date + "</xbrli:instant></xbrli:period></xbrli:context>\n";
}

std::string fact(const std::string& name, const std::string& context, const std::string& value) {
    return "<ix:nonFraction name=\"" + name + "\" contextRef=\"" + context + "\" unitRef=\"u\">" + value +
           "</ix:nonFraction>\n";
}

TEST(IxbrlAccounts, AnOpeningEquityBalanceMakesNoPeriod) {
    // A statement of changes in equity tags equity at the start of the prior year too.
    const IxbrlAccounts mapped = map_ixbrl_accounts(
        ixbrl::read_document(small_filing(fact("core:NetAssetsLiabilities", "cy", "100") + fact("core:Equity", "cy", "100") +
                                              fact("core:Equity", "open", "80"),
                                          instant("cy", "2024-03-31") + instant("open", "2022-03-31"))),
        "x");
    ASSERT_EQ(mapped.periods.size(), 1u);
    EXPECT_EQ(mapped.periods[0].period_end, Date::from_ymd(2024, 3, 31));
}

TEST(IxbrlAccounts, BorrowingsWithOverdraftsIsTheTotalAndForeignDimensionsAreBreakdowns) {
    const std::string within =
        R"(<xbrldi:explicitMember dimension="core:MaturitiesOrExpirationPeriodsDimension">core:WithinOneYear</xbrldi:explicitMember>)";
    const std::string foreign =
        R"(<xbrldi:explicitMember dimension="other:MaturitiesOrExpirationPeriodsDimension">other:WithinOneYear</xbrldi:explicitMember>)";
    const IxbrlAccounts mapped = map_ixbrl_accounts(
        ixbrl::read_document(small_filing(
            fact("core:NetAssetsLiabilities", "cy", "100") + fact("core:BankBorrowings", "cy", "40") +
                fact("core:BankBorrowingsOverdrafts", "cy", "55") + fact("core:Creditors", "w", "30") +
                fact("core:Creditors", "f", "999"),
            instant("cy", "2024-03-31") + instant("w", "2024-03-31", within) + instant("f", "2024-03-31", foreign))),
        "x");
    ASSERT_EQ(mapped.periods.size(), 1u);
    const FiledAccounts& p = mapped.periods[0];
    EXPECT_DOUBLE_EQ(line(p, AccountsLine::BankDebt), 55.0);  // with overdrafts, not the 40 of loans alone
    EXPECT_DOUBLE_EQ(line(p, AccountsLine::CurrentLiabilities), 30.0);  // the other taxonomy's dimension is not understood
    // No fixed assets and no long-term creditors are tagged: those lines are assumptions.
    EXPECT_TRUE(p.is_assumed(AccountsLine::NonCurrentLiabilities));
    EXPECT_FALSE(p.is_assumed(AccountsLine::CurrentLiabilities));
}

}  // namespace
}  // namespace oversight
