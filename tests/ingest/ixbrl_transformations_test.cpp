// The transformation registries, format by format. Each expected value is the registry's
// own definition applied by hand to the text shown.
#include <gtest/gtest.h>

#include "ingest/ixbrl/html_entities.hpp"
#include "ingest/ixbrl/transformations.hpp"

namespace oversight::ixbrl {
namespace {

constexpr const char* tr1 = "http://www.xbrl.org/inlineXBRL/transformation/2010-04-20";
constexpr const char* tr2 = "http://www.xbrl.org/inlineXBRL/transformation/2011-07-31";
constexpr const char* tr3 = "http://www.xbrl.org/inlineXBRL/transformation/2015-02-26";
constexpr const char* tr4 = "http://www.xbrl.org/inlineXBRL/transformation/2020-02-12";

/// The value, or "<outcome N>" when the transformation did not apply.
std::string apply(const char* registry, const char* name, std::string_view text) {
    // The prefix is deliberately misleading: only the URI may decide.
    const Transformation t = transform(QualifiedName{registry, "ixt9", name}, text);
    if (t.outcome == Transformation::Outcome::Applied) return t.value;
    return "<outcome " + std::to_string(static_cast<int>(t.outcome)) + ">";
}

constexpr const char* invalid = "<outcome 4>";
constexpr const char* unknown = "<outcome 2>";
constexpr const char* unsupported = "<outcome 3>";

TEST(IxbrlTransformations, RegistriesAreKnownByNamespaceUri) {
    EXPECT_EQ(registry_of(tr1), 1);
    EXPECT_EQ(registry_of("http://www.xbrl.org/2008/inlineXBRL/transformation"), 1);
    EXPECT_EQ(registry_of(tr2), 2);
    EXPECT_EQ(registry_of(tr3), 3);
    EXPECT_EQ(registry_of(tr4), 4);
    EXPECT_EQ(registry_of("http://example.com/ixt"), 0);
}

TEST(IxbrlTransformations, Registry1Numbers) {
    EXPECT_EQ(apply(tr1, "numcommadot", "1,234,567.89"), "1234567.89");
    EXPECT_EQ(apply(tr1, "numcommadot", "12"), "12");
    EXPECT_EQ(apply(tr1, "numcommadot", "1,23"), invalid);  // a group after the first has three digits
    EXPECT_EQ(apply(tr1, "numdotcomma", "1.234.567,89"), "1234567.89");
    EXPECT_EQ(apply(tr1, "numspacedot", "1 234 567.89"), "1234567.89");
    EXPECT_EQ(apply(tr1, "numspacecomma", "1 234 567,89"), "1234567.89");
    EXPECT_EQ(apply(tr1, "numcomma", "1234,50"), "1234.5");
    EXPECT_EQ(apply(tr1, "numdash", "-"), "0");
    EXPECT_EQ(apply(tr1, "numdash", "7"), invalid);
}

TEST(IxbrlTransformations, Registry1Dates) {
    EXPECT_EQ(apply(tr1, "dateslasheu", "31/10/2017"), "2017-10-31");
    EXPECT_EQ(apply(tr1, "dateslashus", "10/31/2017"), "2017-10-31");
    EXPECT_EQ(apply(tr1, "datedoteu", "31.10.17"), "2017-10-31");  // two-digit years are 20YY
    EXPECT_EQ(apply(tr1, "datedotus", "10.31.2017"), "2017-10-31");
    EXPECT_EQ(apply(tr1, "datelonguk", "31 July 2022"), "2022-07-31");
    EXPECT_EQ(apply(tr1, "dateshortuk", "31 Jul 2022"), "2022-07-31");
    EXPECT_EQ(apply(tr1, "datelongus", "July 31, 2022"), "2022-07-31");
    EXPECT_EQ(apply(tr1, "datelongdaymonthuk", "31 July"), "--07-31");
    EXPECT_EQ(apply(tr1, "datelongyearmonth", "2022 July"), "2022-07");
    EXPECT_EQ(apply(tr1, "datelongmonthyear", "July 2022"), "2022-07");
    EXPECT_EQ(apply(tr1, "dateslashdaymontheu", "31/07"), "--07-31");
    EXPECT_EQ(apply(tr1, "dateslasheu", "31/02/2022"), invalid);  // no 31 February
}

TEST(IxbrlTransformations, Registry2NumbersAndFixedValues) {
    EXPECT_EQ(apply(tr2, "numdotdecimal", "2,909"), "2909");
    EXPECT_EQ(apply(tr2, "numdotdecimal", " 1 234.50 "), "1234.5");
    EXPECT_EQ(apply(tr2, "numdotdecimal", "1\xC2\xA0" "234"), "1234");  // no-break space as separator
    EXPECT_EQ(apply(tr2, "numdotdecimal", "1.234,5"), invalid);
    EXPECT_EQ(apply(tr2, "numdotdecimal", "(3,810)"), invalid);  // brackets are not part of a number
    EXPECT_EQ(apply(tr2, "numcommadecimal", "1.234,5"), "1234.5");
    EXPECT_EQ(apply(tr2, "numunitdecimal", "5 pounds 25 pence"), "5.25");
    EXPECT_EQ(apply(tr2, "numunitdecimal", "12 euros 5"), "12.05");
    EXPECT_EQ(apply(tr2, "numunitdecimal", "1,234 pounds 5 pence"), "1234.05");
    EXPECT_EQ(apply(tr2, "numunitdecimal", "1.5 pounds 25 pence"), invalid);  // "1.5" is no whole number
    EXPECT_EQ(apply(tr2, "numdotdecimal", ".5"), invalid);  // registries 1-3 want a digit first
    EXPECT_EQ(apply(tr2, "zerodash", "-"), "0");
    EXPECT_EQ(apply(tr2, "zerodash", "\xE2\x80\x93"), "0");  // en dash
    EXPECT_EQ(apply(tr2, "zerodash", "\xD6\x8A"), "0");      // Armenian hyphen U+058A
    EXPECT_EQ(apply(tr2, "zerodash", "\xE2\x88\x92"), invalid);  // the minus sign U+2212 is not in the list
    EXPECT_EQ(apply(tr2, "zerodash", "0"), invalid);
    EXPECT_EQ(apply(tr2, "nocontent", "anything"), "");
    EXPECT_EQ(apply(tr2, "booleantrue", "Yes"), "true");
    EXPECT_EQ(apply(tr2, "booleanfalse", ""), "false");
}

TEST(IxbrlTransformations, Registry2Dates) {
    EXPECT_EQ(apply(tr2, "datedaymonthyearen", "31 October 2017"), "2017-10-31");
    EXPECT_EQ(apply(tr2, "datedaymonthyearen", "31st October 2017"), "2017-10-31");
    EXPECT_EQ(apply(tr2, "datedaymonthyearen", "31 Octember 2017"), invalid);
    EXPECT_EQ(apply(tr2, "datedaymonthyear", "1.4.17"), "2017-04-01");
    EXPECT_EQ(apply(tr2, "datedaymonthyear", "29/02/2023"), invalid);  // 2023 is not a leap year
    EXPECT_EQ(apply(tr2, "datedaymonthyear", "29/02/2024"), "2024-02-29");
    EXPECT_EQ(apply(tr2, "datemonthdayyearen", "October 31, 2017"), "2017-10-31");
    EXPECT_EQ(apply(tr2, "datemonthyearen", "Sept 2017"), "2017-09");
    EXPECT_EQ(apply(tr2, "dateyearmonthen", "2017 OCTOBER"), "2017-10");
    EXPECT_EQ(apply(tr2, "datedaymonthen", "5 Nov"), "--11-05");
    EXPECT_EQ(apply(tr2, "datedaymonth", "5/11"), "--11-05");
    EXPECT_EQ(apply(tr2, "dateerayearmonthdayjp", "H29.10.31"), unsupported);
}

TEST(IxbrlTransformations, Registry3AddsToRegistry2) {
    EXPECT_EQ(apply(tr3, "numdotdecimal", "1,000"), "1000");
    EXPECT_EQ(apply(tr3, "dateyearmonthday", "2017-10-31"), "2017-10-31");
    EXPECT_EQ(apply(tr3, "datemonthyear", "10/2017"), "2017-10");
    EXPECT_EQ(apply(tr3, "datedaymonthyeardk", "31. okt 2017"), unsupported);
    EXPECT_EQ(apply(tr2, "dateyearmonthday", "2017-10-31"), "<outcome 1>");  // TR3's, used under TR2
}

TEST(IxbrlTransformations, Registry4) {
    EXPECT_EQ(apply(tr4, "num-dot-decimal", "1,234.5"), "1234.5");
    EXPECT_EQ(apply(tr4, "num-dot-decimal", "1,23,456"), "123456");  // registry 4 takes separators anywhere
    EXPECT_EQ(apply(tr4, "num-dot-decimal", ".5"), "0.5");
    EXPECT_EQ(apply(tr4, "num-dot-decimal", "1,,000"), invalid);
    EXPECT_EQ(apply(tr4, "num-comma-decimal", "1 234,5"), "1234.5");
    EXPECT_EQ(apply(tr4, "num-unit-decimal", "3 dollars 7 cents"), "3.07");
    EXPECT_EQ(apply(tr4, "fixed-zero", "-"), "0");
    EXPECT_EQ(apply(tr4, "fixed-empty", "n/a"), "");
    EXPECT_EQ(apply(tr4, "fixed-true", ""), "true");
    EXPECT_EQ(apply(tr4, "fixed-false", "x"), "false");
    EXPECT_EQ(apply(tr4, "date-day-month-year", "31-10-2017"), "2017-10-31");
    EXPECT_EQ(apply(tr4, "date-month-day-year", "10/31/2017"), "2017-10-31");
    EXPECT_EQ(apply(tr4, "date-year-month-day", "2017/10/31"), "2017-10-31");
    EXPECT_EQ(apply(tr4, "date-day-monthname-year-en", "31 October 2017"), "2017-10-31");
    EXPECT_EQ(apply(tr4, "date-monthname-day-year-en", "Oct 31 2017"), "2017-10-31");
    EXPECT_EQ(apply(tr4, "date-year-monthname-en", "2017 Oct"), "2017-10");
    EXPECT_EQ(apply(tr4, "date-day-monthname-year-de", "31. Oktober 2017"), unsupported);
    EXPECT_EQ(apply(tr4, "zerodash", "-"), "<outcome 1>");  // TR2's name under TR4: applied, flagged
}

TEST(IxbrlTransformations, AFormatFromAnotherRegistryIsAppliedAndFlagged) {
    // account_3.html writes fixed-zero (registry 4) under the registry 2 namespace.
    const Transformation t = transform(QualifiedName{tr2, "ixt", "fixed-zero"}, "0");
    EXPECT_EQ(t.outcome, Transformation::Outcome::OtherRegistry);
    EXPECT_EQ(t.value, "0");
    EXPECT_EQ(t.registry, 4);
}

TEST(IxbrlTransformations, UnknownFormatsGiveNoValue) {
    EXPECT_EQ(apply(tr2, "numdotdecimalblahblah", "2,909"), unknown);
    // A registry's name under a namespace that is no registry is unknown: the URI decides.
    EXPECT_EQ(apply("http://example.com/not-a-registry", "numdotdecimal", "2,909"), unknown);
}

TEST(HtmlEntities, NamedReferencesBecomeNumericOnesOfTheSameLength) {
    const auto text = replace_html_entities("<p>&nbsp;&pound;5 &amp; &lt;b&gt; &copy; &unknown; &mu;</p>");
    // &nbsp; (6) -> &#160; (6); &pound; (7) -> &#0163; (7); &copy; (6) -> &#169; (6);
    // &mu; (4) cannot hold &#956; (6). XML's own &amp; &lt; &gt; and unknown names stay.
    ASSERT_TRUE(text.has_value());
    EXPECT_EQ(*text, "<p>&#160;&#0163;5 &amp; &lt;b&gt; &#169; &unknown; &#956;</p>");
}

TEST(HtmlEntities, TextWithoutReferencesIsUntouched) {
    EXPECT_FALSE(replace_html_entities("AT&T & co; &; &#163; &amp;").has_value());
}

}  // namespace
}  // namespace oversight::ixbrl
