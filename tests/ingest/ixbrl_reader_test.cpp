// The iXBRL reader on the Companies House samples (fixtures/ixbrl-samples) and on small
// documents written here. Expected values are read off the documents by hand: the line
// of each fact and the text it shows are quoted in the comments.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "ingest/ixbrl/ixbrl_reader.hpp"

namespace oversight::ixbrl {
namespace {

const std::filesystem::path kSamples = std::filesystem::path(OVERSIGHT_SOURCE_DIR) / "fixtures" / "ixbrl-samples";

Document read_sample(const std::string& name) {
    std::ifstream in(kSamples / name, std::ios::binary);
    std::stringstream content;
    content << in.rdbuf();
    return read_document(content.str());
}

/// The facts named `local` in context `context`.
std::vector<const Fact*> facts_named(const Document& d, const std::string& local, const std::string& context) {
    std::vector<const Fact*> found;
    for (const Fact& f : d.facts)
        if (f.concept_name.local_name == local && f.context_ref == context) found.push_back(&f);
    return found;
}

const Fact& fact(const Document& d, const std::string& local, const std::string& context) {
    const auto found = facts_named(d, local, context);
    if (found.empty()) throw std::runtime_error("no fact " + local + " in " + context);
    return *found.front();
}

bool has_warning(const Document& d, const std::string& code, std::size_t line) {
    for (const Finding& w : d.warnings)
        if (w.code == code && w.position.line == line) return true;
    return false;
}

constexpr const char* frc_core_2014 = "http://xbrl.frc.org.uk/fr/2014-09-01/core";

TEST(IxbrlReaderSamples, Account1MicroEntity) {
    const Document d = read_sample("account_1.html");
    EXPECT_EQ(d.format, Document::Format::InlineXbrl10);
    // grep: 22 ix:nonFraction + 18 ix:nonNumeric; 12 xbrli:context; 1 xbrli:unit.
    EXPECT_EQ(d.facts.size(), 40u);
    EXPECT_EQ(d.contexts.size(), 12u);
    ASSERT_EQ(d.units.size(), 1u);
    EXPECT_EQ(d.units[0].text(), "iso4217:GBP");
    EXPECT_TRUE(d.warnings.empty());

    // line 474: <ix:nonFraction contextRef="icur1" ... format="ixt2:numdotdecimal" name="uk-core:CurrentAssets">2,909
    const Fact& current_assets = fact(d, "CurrentAssets", "icur1");
    EXPECT_EQ(current_assets.concept_name.namespace_uri, frc_core_2014);
    EXPECT_EQ(current_assets.value, "2909");
    EXPECT_DOUBLE_EQ(*current_assets.number, 2909.0);
    EXPECT_EQ(current_assets.raw_text, "2,909");
    EXPECT_EQ(current_assets.position.line, 474u);
    EXPECT_EQ(current_assets.position.column, 13u);  // twelve spaces of indent, then '<'
    EXPECT_EQ(current_assets.decimals, "2");
    // line 455: FixedAssets shown as "-" with ixt2:zerodash
    EXPECT_EQ(fact(d, "FixedAssets", "icur1").value, "0");
    // line 533: "(3,810)" is shown in brackets, but the tag has no sign="-": the fact is +3810
    EXPECT_EQ(fact(d, "NetCurrentAssetsLiabilities", "icur1").value, "3810");
    // line 424: BalanceSheetDate "31 October 2017", ixt2:datedaymonthyearen
    EXPECT_EQ(fact(d, "BalanceSheetDate", "icur1").value, "2017-10-31");
    EXPECT_EQ(fact(d, "BalanceSheetDate", "icur1").kind, Fact::Kind::NonNumeric);
    // Hidden facts are facts: line 256, EntityDormantTruefalse "false" in ix:hidden
    EXPECT_TRUE(fact(d, "EntityDormantTruefalse", "dcur4").hidden);
    EXPECT_FALSE(current_assets.hidden);

    // Creditors within one year, icur9: segment MaturitiesOrExpirationPeriodsDimension = WithinOneYear
    const Context* icur9 = d.find_context("icur9");
    ASSERT_NE(icur9, nullptr);
    EXPECT_EQ(icur9->identifier, "02345678");
    EXPECT_EQ(icur9->identifier_scheme, "http://www.companieshouse.gov.uk/");
    EXPECT_EQ(icur9->period, Context::PeriodKind::Instant);
    EXPECT_EQ(icur9->instant, "2017-10-31");
    ASSERT_EQ(icur9->dimensions.size(), 1u);
    EXPECT_EQ(icur9->dimensions[0].dimension.local_name, "MaturitiesOrExpirationPeriodsDimension");
    EXPECT_EQ(icur9->dimensions[0].dimension.namespace_uri, frc_core_2014);
    EXPECT_EQ(icur9->dimensions[0].member->local_name, "WithinOneYear");
    EXPECT_EQ(fact(d, "Creditors", "icur9").value, "6719");
    EXPECT_EQ(fact(d, "Creditors", "iprev10").value, "5879");
    EXPECT_EQ(d.entity_identifiers(), std::vector<std::string>{"02345678"});
}

TEST(IxbrlReaderSamples, Account2UkGaap2009) {
    const Document d = read_sample("account_2.html");
    EXPECT_EQ(d.format, Document::Format::InlineXbrl10);
    const Fact& creditors = fact(d, "CreditorsDueWithinOneYear", "current-mud");
    EXPECT_EQ(creditors.concept_name.namespace_uri, "http://www.xbrl.org/uk/gaap/core/2009-09-01");
    EXPECT_EQ(creditors.value, "1154");
    EXPECT_EQ(fact(d, "CreditorsDueWithinOneYear", "previous-mud").value, "495");
    EXPECT_EQ(fact(d, "NetAssetsLiabilitiesIncludingPensionAssetLiability", "current-mud").value, "3219");
    // The TR2 registry under the prefix "ixt" (not "ixt2"): the URI decides.
    EXPECT_EQ(creditors.format->namespace_uri, "http://www.xbrl.org/inlineXBRL/transformation/2011-07-31");
    EXPECT_EQ(creditors.format->prefix, "ixt");
}

TEST(IxbrlReaderSamples, Account3FormatOfAnotherRegistry) {
    const Document d = read_sample("account_3.html");
    // line 293: fixed-zero (registry 4) under the registry 2 namespace: read, and flagged.
    EXPECT_EQ(fact(d, "CreditorsDueWithinOneYear", "current-mud").value, "0");
    EXPECT_TRUE(has_warning(d, "IXB008", 293));
    EXPECT_EQ(fact(d, "CalledUpShareCapitalNotPaidNotExpressedAsCurrentAsset", "current-mud").value, "1000");
}

TEST(IxbrlReaderSamples, Account4UndefinedContextIsWarnedNotFatal) {
    const Document d = read_sample("account_4.html");
    EXPECT_EQ(d.format, Document::Format::InlineXbrl11);
    // line 1457: PropertyPlantEquipment refers to cfwd_31_03_2018, which no xbrli:context defines
    EXPECT_EQ(d.find_context("cfwd_31_03_2018"), nullptr);
    EXPECT_TRUE(has_warning(d, "IXB006", 1457));
    EXPECT_EQ(fact(d, "PropertyPlantEquipment", "cfwd_31_03_2018").value, "52982");
    // line 1572: NetCurrentAssetsLiabilities 2017 "17,957" with sign="-"
    EXPECT_EQ(fact(d, "NetCurrentAssetsLiabilities", "cfwd_31_03_2017").value, "-17957");
    // line 133: StartDateForPeriodCoveredByReport "1.4.17", ixt2:datedaymonthyear
    EXPECT_EQ(facts_named(d, "StartDateForPeriodCoveredByReport", "cfwd_31_03_2018").front()->value, "2017-04-01");
    // Booleans: ixt2:booleanfalse / booleantrue keep no text of their own
    for (const Fact& f : d.facts)
        if (f.format && f.format->local_name == "booleanfalse") {
            EXPECT_EQ(f.value, "false");
        }
}

TEST(IxbrlReaderSamples, Account5DefaultNamespacesAndSigns) {
    // Every ix and xbrli element of this file declares its namespace as the default on
    // itself (<nonFraction xmlns="http://www.xbrl.org/2013/inlineXBRL" ...>).
    const Document d = read_sample("account_5.html");
    EXPECT_EQ(d.format, Document::Format::InlineXbrl11);
    EXPECT_EQ(d.contexts.size(), 26u);
    EXPECT_EQ(fact(d, "NetCurrentAssetsLiabilities", "cfwd_CY_END").value, "51");
    EXPECT_EQ(fact(d, "NetCurrentAssetsLiabilities", "cfwd_PY_END").value, "-371");  // sign="-"
    EXPECT_EQ(fact(d, "CashBankOnHand", "cfwd_CY_END").value, "9486");
    EXPECT_EQ(fact(d, "Equity", "EquitySOCIHypercube_cfwd_PY_Retained").value, "-373");
    const Context* context = d.find_context("Creditors-SegmentsHypercube_cfwd_CY_Current");
    ASSERT_NE(context, nullptr);
    EXPECT_EQ(context->dimensions[0].dimension.local_name, "FinancialInstrumentCurrentNon-currentDimension");
    EXPECT_EQ(context->dimensions[0].member->local_name, "CurrentFinancialInstruments");
    const Context* year = d.find_context("FY_CY_END");
    ASSERT_NE(year, nullptr);
    EXPECT_EQ(year->period, Context::PeriodKind::Duration);
    EXPECT_EQ(year->start_date, "2018-04-01");
    EXPECT_EQ(year->end_date, "2019-03-31");
}

TEST(IxbrlReaderSamples, Account6ExcludeAndContinuations) {
    const Document d = read_sample("account_6.xhtml");
    EXPECT_EQ(d.format, Document::Format::InlineXbrl11);
    EXPECT_TRUE(d.warnings.empty());
    // line 95: BalanceSheetDate with ix:exclude holding a sentence, then "31 July 2022";
    // the date parses only if the excluded sentence is left out.
    EXPECT_EQ(fact(d, "BalanceSheetDate", "B").value, "2022-07-31");
    // line 160: AccountantsReportOnFinancialStatements continues through C_BP_0 ... C_BP_11.
    const Fact& report = fact(d, "AccountantsReportOnFinancialStatements", "C");
    EXPECT_TRUE(report.value.starts_with("This report is made solely to the b oard of d irectors"));
    EXPECT_NE(report.value.find("for our work or for this report."), std::string::npos) << report.value;
    // TR1 numcommadot: line 256 TurnoverRevenue "3,456"
    EXPECT_EQ(fact(d, "TurnoverRevenue", "C").value, "3456");
    // "&amp;" is XML's: line 50 "Accountants &amp; Co LLP"
    EXPECT_EQ(fact(d, "NameEntityAccountants", "C").value, "Accountants & Co LLP");
}

TEST(IxbrlReaderSamples, ErrorSamplesKeepTheRawTextOfAnUnknownFormat) {
    for (const char* name : {"account_errors.html", "account_errors_date.html", "account_errors_nonnumeric.html"}) {
        SCOPED_TRACE(name);
        const Document d = read_sample(name);
        const Fact& current_assets = fact(d, "CurrentAssets", "icur1");
        EXPECT_FALSE(current_assets.value_known);  // never a silent zero
        EXPECT_FALSE(current_assets.number.has_value());
        EXPECT_EQ(current_assets.raw_text, "2,909");
        bool unknown_format = false, undefined_context = false;
        for (const Finding& w : d.warnings) {
            unknown_format |= w.code == "IXB007" && w.message.find("numdotdecimalblahblah") != std::string::npos;
            undefined_context |= w.code == "IXB006" && w.message.find("dcur4gjksdjds") != std::string::npos;
        }
        EXPECT_TRUE(unknown_format);
        EXPECT_TRUE(undefined_context);
    }
    // account_errors.html line 475 (one line more than account_1: a comment was added)
    EXPECT_TRUE(has_warning(read_sample("account_errors.html"), "IXB007", 475));
    // The nonnumeric sample has an ix:nonNumeric with neither name nor context at line 408.
    const Document nonnumeric = read_sample("account_errors_nonnumeric.html");
    EXPECT_TRUE(has_warning(nonnumeric, "IXB001", 408));
    EXPECT_EQ(nonnumeric.facts.size(), 40u);  // 41 elements, one of them not a fact
    // The date sample has a duration from 0001-01-01 to 0001-01-01: kept as written.
    bool year_one = false;
    for (const Context& c : read_sample("account_errors_date.html").contexts) year_one |= c.start_date == "0001-01-01";
    EXPECT_TRUE(year_one);
}

TEST(IxbrlReaderSamples, PlainXbrlInstance) {
    const Document d = read_sample("account_1.xml");
    EXPECT_EQ(d.format, Document::Format::XbrlInstance);
    EXPECT_EQ(d.contexts.size(), 6u);
    EXPECT_EQ(d.units.size(), 3u);
    // <CashBankInHand decimals="2" contextRef="e1" unitRef="GBP"> 1 </CashBankInHand>
    EXPECT_EQ(fact(d, "CashBankInHand", "e1").value, "1");
    // sign="-" has no meaning in an XBRL instance: ignored, with a warning.
    for (const Fact* f : facts_named(d, "ShareholderFunds", "e2")) EXPECT_EQ(f->value, "1000");
    bool warned = false;
    for (const Finding& w : d.warnings) warned |= w.code == "IXB012";
    EXPECT_TRUE(warned);
    const Context* y1 = d.find_context("y1");
    ASSERT_NE(y1, nullptr);
    EXPECT_EQ(y1->start_date, "2020-01-01");
    EXPECT_EQ(y1->end_date, "2020-12-31");
}

// --- Small documents ---------------------------------------------------------------------

std::string document(const std::string& body, const std::string& resources = "") {
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"
 xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:iso4217="http://www.xbrl.org/2003/iso4217"
 xmlns:ixt="http://www.xbrl.org/inlineXBRL/transformation/2020-02-12" xmlns:core="http://xbrl.frc.org.uk/fr/2021-01-01/core"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xbrldi="http://xbrl.org/2006/xbrldi">
<head><title>t</title></head><body>
<ix:header><ix:resources>
<xbrli:context id="c"><xbrli:entity><xbrli:identifier scheme="http://www.companieshouse.gov.uk/">01234567</xbrli:identifier></xbrli:entity><xbrli:period><xbrli:instant>2024-03-31</xbrli:instant></xbrli:period></xbrli:context>
<xbrli:unit id="GBP"><xbrli:measure>iso4217:GBP</xbrli:measure></xbrli:unit>
)" + resources + R"(</ix:resources></ix:header>
)" + body + "\n</body></html>\n";
}

TEST(IxbrlReader, ScaleSignAndDecimals) {
    const Document d = read_document(document(
        R"(<ix:nonFraction name="core:Creditors" contextRef="c" unitRef="GBP" decimals="-3" scale="3" format="ixt:num-dot-decimal">1,234.5</ix:nonFraction>
<ix:nonFraction name="core:Debtors" contextRef="c" unitRef="GBP" decimals="0" sign="-" scale="6">0.25</ix:nonFraction>
<ix:nonFraction name="core:Cash" contextRef="c" unitRef="GBP" decimals="0" scale="-2">1234</ix:nonFraction>)"));
    ASSERT_EQ(d.facts.size(), 3u);
    EXPECT_EQ(d.facts[0].value, "1234500");  // 1,234.5 x 10^3
    EXPECT_EQ(d.facts[0].decimals, "-3");
    EXPECT_EQ(d.facts[1].value, "-250000");  // -(0.25 x 10^6)
    EXPECT_EQ(d.facts[2].value, "12.34");    // 1234 x 10^-2
    EXPECT_DOUBLE_EQ(*d.facts[2].number, 12.34);
}

TEST(IxbrlReader, NilAndNoContentAndNestedFacts) {
    const Document d = read_document(document(
        R"(<ix:nonFraction name="core:A" contextRef="c" unitRef="GBP" xsi:nil="true"/>
<ix:nonFraction name="core:B" contextRef="c" unitRef="GBP" format="ixt:fixed-zero">-</ix:nonFraction>
<ix:nonFraction name="core:Outer" contextRef="c" unitRef="GBP" format="ixt:num-dot-decimal"><ix:nonFraction name="core:Inner" contextRef="c" unitRef="GBP" format="ixt:num-dot-decimal">7,000</ix:nonFraction></ix:nonFraction>
<ix:nonNumeric name="core:Note" contextRef="c">Owes <b>£</b>7,000 <ix:nonFraction name="core:C" contextRef="c" unitRef="GBP">7000</ix:nonFraction> to   the bank</ix:nonNumeric>)"));
    ASSERT_EQ(d.facts.size(), 6u);
    EXPECT_TRUE(d.facts[0].nil);
    EXPECT_FALSE(d.facts[0].number.has_value());
    EXPECT_EQ(d.facts[1].value, "0");
    EXPECT_EQ(d.facts[2].concept_name.local_name, "Outer");
    EXPECT_EQ(d.facts[2].value, "7000");
    EXPECT_EQ(d.facts[3].value, "7000");
    // A non-numeric fact's text includes nested facts' text; white space runs collapse.
    EXPECT_EQ(d.facts[4].value, "Owes £7,000 7000 to the bank");
}

TEST(IxbrlReader, HtmlNamedEntitiesDoNotBreakTheParse) {
    const Document d = read_document(document(
        R"(<p>&nbsp;&pound;</p><ix:nonNumeric name="core:Name" contextRef="c">Smith&nbsp;&amp;&nbsp;Sons &pound;</ix:nonNumeric>
<ix:nonFraction name="core:X" contextRef="c" unitRef="GBP" format="ixt:num-dot-decimal">1&nbsp;000</ix:nonFraction>)"));
    ASSERT_EQ(d.facts.size(), 2u);
    EXPECT_EQ(d.facts[0].value, "Smith & Sons \xC2\xA3");  // no-break spaces read as spaces
    EXPECT_EQ(d.facts[1].value, "1000");
    // Positions after an entity are unchanged: the replacement keeps the length. The fact
    // follows "<p>&nbsp;&pound;</p>" (20 characters) on line 11.
    EXPECT_EQ(d.facts[0].position.line, 11u);
    EXPECT_EQ(d.facts[0].position.column, 21u);
}

TEST(IxbrlReader, DimensionsTypedAndExplicitAndDurations) {
    const Document d = read_document(document(
        R"(<ix:nonFraction name="core:Creditors" contextRef="d" unitRef="GBP">5</ix:nonFraction>)",
        R"(<xbrli:context id="d"><xbrli:entity><xbrli:identifier scheme="s">01234567</xbrli:identifier>
<xbrli:segment><xbrldi:explicitMember dimension="core:MaturitiesOrExpirationPeriodsDimension">core:AfterOneYear</xbrldi:explicitMember>
<xbrldi:typedMember dimension="core:Typed"><core:code> X1 </core:code></xbrldi:typedMember></xbrli:segment></xbrli:entity>
<xbrli:period><xbrli:startDate>2023-04-01</xbrli:startDate><xbrli:endDate>2024-03-31</xbrli:endDate></xbrli:period></xbrli:context>
<xbrli:unit id="per"><xbrli:divide><xbrli:unitNumerator><xbrli:measure>iso4217:GBP</xbrli:measure></xbrli:unitNumerator><xbrli:unitDenominator><xbrli:measure>xbrli:shares</xbrli:measure></xbrli:unitDenominator></xbrli:divide></xbrli:unit>
)"));
    const Context* c = d.find_context("d");
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->period, Context::PeriodKind::Duration);
    EXPECT_EQ(c->end_date, "2024-03-31");
    ASSERT_EQ(c->dimensions.size(), 2u);
    EXPECT_EQ(c->dimensions[0].member->namespace_uri, "http://xbrl.frc.org.uk/fr/2021-01-01/core");
    EXPECT_EQ(c->dimensions[1].typed_value, "X1");
    EXPECT_EQ(d.find_unit("per")->text(), "iso4217:GBP/xbrli:shares");
}

TEST(IxbrlReader, FactProblemsAreWarnings) {
    const Document d = read_document(document(
        R"(<ix:nonFraction name="core:A" contextRef="c" unitRef="GBP" format="ixt:num-dot-decimal">twelve</ix:nonFraction>
<ix:nonFraction name="core:B" contextRef="c" unitRef="GBP" scale="x">1</ix:nonFraction>
<ix:nonFraction name="core:C" contextRef="c">1</ix:nonFraction>
<ix:nonFraction name="core:D" contextRef="c" unitRef="GBP">-5</ix:nonFraction>
<ix:nonNumeric name="core:E" contextRef="c" continuedAt="missing">x</ix:nonNumeric>
<ix:nonFraction name="nope:F" contextRef="c" unitRef="GBP">1</ix:nonFraction>
<ix:nonFraction name="core:G" contextRef="c" unitRef="GBP" format="ixt:date-day-monthname-year-de">1</ix:nonFraction>)"));
    // Lines: the body starts on line 11 of the document.
    EXPECT_TRUE(has_warning(d, "IXB004", 11));  // "twelve" is no num-dot-decimal
    EXPECT_TRUE(has_warning(d, "IXB003", 12));  // scale "x"
    EXPECT_TRUE(has_warning(d, "IXB002", 13));  // no unitRef
    EXPECT_TRUE(has_warning(d, "IXB004", 14));  // "-5": a nonFraction shows no sign of its own
    EXPECT_TRUE(has_warning(d, "IXB005", 15));  // continuation that does not exist
    EXPECT_TRUE(has_warning(d, "IXB011", 16));  // unbound prefix
    EXPECT_TRUE(has_warning(d, "IXB009", 17));  // a German date format
    EXPECT_FALSE(d.facts[0].value_known);
    EXPECT_FALSE(d.facts[1].value_known);
    EXPECT_FALSE(d.facts[3].value_known);
    EXPECT_EQ(d.facts[4].value, "x");
}

void expect_read_error(const std::string& content, std::size_t line, std::size_t column, const std::string& words) {
    try {
        read_document(content);
        FAIL() << "expected a ReadError";
    } catch (const ReadError& e) {
        EXPECT_EQ(e.position().line, line) << e.what();
        EXPECT_EQ(e.position().column, column) << e.what();
        EXPECT_NE(std::string(e.what()).find(words), std::string::npos) << e.what();
    }
}

TEST(IxbrlReader, DocumentsThatCannotBeUsed) {
    // Mismatched tag: expat names the end tag's name, "div" at line 3, column 7 of "<p> </div>".
    expect_read_error("<html xmlns:ix=\"http://www.xbrl.org/2013/inlineXBRL\">\n<body>\n<p> </div>\n</body></html>", 3, 7,
                      "Tag mismatch");
    expect_read_error("", 1, 1, "not well-formed");
    expect_read_error("<html><body><p>no facts</p></body></html>", 1, 1, "no inline XBRL");
    expect_read_error("<?xml version=\"1.0\"?>\n<accounts/>", 2, 1, "root element is 'accounts'");
    // An undeclared entity that is not HTML's is malformed XML.
    expect_read_error("<html xmlns:ix=\"http://www.xbrl.org/2013/inlineXBRL\">&bogus;</html>", 1, 54, "not well-formed");
    // A context, unit or dimension member inside another of its kind.
    expect_read_error(document("", R"(<xbrli:context id="a"><xbrli:context id="b"/></xbrli:context>
)"), 10, 23, "xbrli:context inside another");
    expect_read_error(document("", R"(<xbrli:unit id="u"><xbrli:measure><xbrli:unit id="v"/></xbrli:measure></xbrli:unit>
)"), 10, 35, "xbrli:unit inside another");
    expect_read_error(document("", R"(<xbrli:context id="d"><xbrli:entity><xbrli:identifier scheme="s">1</xbrli:identifier><xbrli:segment><xbrldi:explicitMember dimension="core:A"><xbrldi:explicitMember dimension="core:B">core:X</xbrldi:explicitMember></xbrldi:explicitMember></xbrli:segment></xbrli:entity></xbrli:context>
)"), 10, 143, "inside another dimension member");
    expect_read_error(document("", R"(<xbrli:context id="c"><xbrli:entity><xbrli:identifier scheme="s">1</xbrli:identifier></xbrli:entity><xbrli:period><xbrli:instant>2024-01-01</xbrli:instant></xbrli:period></xbrli:context>
)"), 10, 1, "two contexts have the id 'c'");
}

}  // namespace
}  // namespace oversight::ixbrl
