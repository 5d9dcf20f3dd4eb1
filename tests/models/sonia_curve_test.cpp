// The SONIA curve bootstrapped from curves.csv quotes: discount factors of a flat curve
// worked by hand, every input repriced, the fixtures/small curve, errors that name the
// date and the quote, and QuantLib's global evaluation date left as it was found.
#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

#include <ql/indexes/ibor/sonia.hpp>
#include <ql/instruments/makeois.hpp>
#include <ql/settings.hpp>
#include <ql/time/daycounters/actual365fixed.hpp>
#include <ql/utilities/dataparsers.hpp>

#include "models/debt/quantlib_curve.hpp"
#include "models/debt/sonia_curve.hpp"

namespace oversight {
namespace {

namespace ql = QuantLib;

const Date kAsOf = Date::from_ymd(2025, 3, 31);  // a Monday, and a month end

CurveQuote deposit(const std::string& tenor, double rate_pct, Date as_of = kAsOf) {
    return {as_of, "SONIA", tenor, CurveInstrument::Deposit, rate_pct};
}
CurveQuote ois(const std::string& tenor, double rate_pct, Date as_of = kAsOf) {
    return {as_of, "SONIA", tenor, CurveInstrument::OisSwap, rate_pct};
}

/// fixtures/small/curves.csv, copied.
std::vector<CurveQuote> fixture_quotes() {
    return {deposit("1W", 4.46), deposit("1M", 4.45), deposit("3M", 4.41), deposit("6M", 4.30),
            deposit("1Y", 4.14), ois("2Y", 4.02),     ois("3Y", 4.00),     ois("5Y", 4.03),
            ois("7Y", 4.09),     ois("10Y", 4.17)};
}

std::string error_of(const std::vector<CurveQuote>& quotes, Date as_of) {
    try {
        sonia_curve_report(quotes, as_of);
    } catch (const std::runtime_error& error) {
        return error.what();
    }
    return "no error";
}

/// Every test leaves QuantLib's global evaluation date as it found it.
class SoniaCurveTest : public ::testing::Test {
protected:
    void SetUp() override { saved_ = ql::Settings::instance().evaluationDate().value(); }
    void TearDown() override { ql::Settings::instance().evaluationDate() = saved_; }

private:
    ql::Date saved_;
};

TEST_F(SoniaCurveTest, DatesConvertBothWaysWithinQuantLibsRange) {
    for (const Date date : {kAsOf, Date::from_ymd(2028, 2, 29), Date::from_ymd(1901, 1, 1),
                            Date::from_ymd(2199, 12, 31)})
        EXPECT_EQ(from_quantlib(to_quantlib(date)), date) << date.iso();
    EXPECT_EQ(to_quantlib(kAsOf), ql::Date(31, ql::March, 2025));
    EXPECT_THROW(to_quantlib(Date::from_ymd(1900, 12, 31)), std::runtime_error);
}

// Every deposit and swap at 4.00 %, worked by hand (tau = days / 365):
// - A deposit from Monday 2025-03-31 (0 settlement days) to T: DF(T) = 1 / (1 + 0.04 tau).
//   1W 2025-04-07 (7 days), 1M 2025-04-30 (30), 3M 2025-06-30 (91), 6M 2025-09-30 (183),
//   1Y 2026-03-31 (365, so DF = 1 / 1.04).
// - An n-year OIS pays 0.04 tau_i on each annual date T_i against compounded SONIA.
//   On one curve, without payment lag, the daily compounded forwards telescope and the
//   floating leg is worth DF(start) - DF(T_n) = 1 - DF(T_n); at par
//   1 - DF(T_n) = 0.04 sum_i tau_i DF(T_i). Subtracting the (n-1)-year equation (same
//   dates) gives DF(T_n) = DF(T_{n-1}) / (1 + 0.04 tau_n), and with the 1Y deposit,
//   DF(T_n) = prod_i 1 / (1 + 0.04 tau_i).
// - Annual dates: the start is a month end, so each is the last UK business day of March:
//   2026-03-31 Tue (365 days), 2027-03-31 Wed (365), 2028-03-31 Fri (366, 29 Feb 2028),
//   2029-03-29 Thu (363: the 31st is a Saturday, the 30th Good Friday), 2030-03-29 Fri
//   (365: the 31st is a Sunday).
// Quoting every annual date up to 5Y makes every date of the swaps a pillar, so no
// interpolation enters the hand figures; tolerance 1e-10 on DF (the bootstrap solves to
// 1e-12).
TEST_F(SoniaCurveTest, FlatQuotesGiveTheHandComputedDiscountFactors) {
    const std::vector<CurveQuote> quotes = {deposit("1W", 4.0), deposit("1M", 4.0), deposit("3M", 4.0),
                                            deposit("6M", 4.0), deposit("1Y", 4.0), ois("2Y", 4.0),
                                            ois("3Y", 4.0),     ois("4Y", 4.0),     ois("5Y", 4.0)};
    const CurveReport report = sonia_curve_report(quotes, kAsOf);
    const auto deposit_df = [](int days) { return 1.0 / (1.0 + 0.04 * days / 365.0); };
    const double df_1y = deposit_df(365), df_2y = df_1y / (1.0 + 0.04 * 365 / 365.0),
                 df_3y = df_2y / (1.0 + 0.04 * 366 / 365.0), df_4y = df_3y / (1.0 + 0.04 * 363 / 365.0),
                 df_5y = df_4y / (1.0 + 0.04 * 365 / 365.0);
    struct Expected {
        const char* tenor;
        Date date;
        double discount_factor;
    };
    const std::vector<Expected> expected = {
        {"1W", Date::from_ymd(2025, 4, 7), deposit_df(7)},    {"1M", Date::from_ymd(2025, 4, 30), deposit_df(30)},
        {"3M", Date::from_ymd(2025, 6, 30), deposit_df(91)},  {"6M", Date::from_ymd(2025, 9, 30), deposit_df(183)},
        {"1Y", Date::from_ymd(2026, 3, 31), df_1y},           {"2Y", Date::from_ymd(2027, 3, 31), df_2y},
        {"3Y", Date::from_ymd(2028, 3, 31), df_3y},           {"4Y", Date::from_ymd(2029, 3, 29), df_4y},
        {"5Y", Date::from_ymd(2030, 3, 29), df_5y}};

    EXPECT_EQ(report.as_of, kAsOf);
    EXPECT_EQ(report.curve, "SONIA");
    ASSERT_EQ(report.points.size(), expected.size());  // 7Y... lie past the last quote
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const CurvePoint& point = report.points[i];
        EXPECT_EQ(point.tenor, expected[i].tenor);
        EXPECT_EQ(point.date, expected[i].date) << point.tenor << ": " << point.date.iso();
        EXPECT_NEAR(point.discount_factor, expected[i].discount_factor, 1e-10) << point.tenor;
        EXPECT_DOUBLE_EQ(point.time_years, (point.date - kAsOf) / 365.0) << point.tenor;
        ASSERT_TRUE(point.quote_pct.has_value());
        EXPECT_DOUBLE_EQ(*point.quote_pct, 4.0);
    }
    // Annually compounded zeros: exactly 4 % on whole 365-day years.
    EXPECT_NEAR(report.points[4].zero_rate_pct, 4.0, 1e-8);  // 1Y
    EXPECT_NEAR(report.points[5].zero_rate_pct, 4.0, 1e-8);  // 2Y
    // The 3M forward from the 3M date is the 6M deposit's leg beyond 3M:
    // (DF(3M) / DF(6M) - 1) / (92 / 365), with 2025-06-30 to 2025-09-30 = 92 days.
    EXPECT_NEAR(report.points[2].forward_rate_pct,
                100.0 * (deposit_df(91) / deposit_df(183) - 1.0) / (92 / 365.0), 1e-8);
}

// Each input priced again on the bootstrapped curve with instruments built here, not with
// the curve's own helpers: deposits from their discount factors, swaps by QuantLib's
// OvernightIndexedSwap forecasting and discounting on the curve.
TEST_F(SoniaCurveTest, BootstrappedCurveRepricesEveryInput) {
    const auto curve = bootstrap_sonia(fixture_quotes(), kAsOf);
    const EvaluationDateScope scope(kAsOf);  // the swaps start on the evaluation date
    const ql::Handle<ql::YieldTermStructure> handle(curve);
    const auto sonia = ql::ext::make_shared<ql::Sonia>(handle);
    const ql::Calendar calendar = sonia_calendar();
    const ql::Date start = to_quantlib(kAsOf);
    for (const CurveQuote& quote : fixture_quotes()) {
        const ql::Period tenor = ql::PeriodParser::parse(quote.tenor);
        double implied = 0.0;
        if (quote.instrument == CurveInstrument::Deposit) {
            const ql::Date end = calendar.advance(start, tenor, ql::ModifiedFollowing, true);
            const double tau = ql::Actual365Fixed().yearFraction(start, end);
            implied = (curve->discount(start) / curve->discount(end) - 1.0) / tau;
        } else {
            const ql::ext::shared_ptr<ql::OvernightIndexedSwap> swap =
                ql::MakeOIS(tenor, sonia, 0.0)
                    .withSettlementDays(0)
                    .withPaymentFrequency(ql::Annual)
                    .withPaymentAdjustment(ql::ModifiedFollowing);
            implied = swap->fairRate();
        }
        EXPECT_NEAR(implied, quote.rate_pct / 100.0, 1e-8) << quote.tenor;
    }
}

// fixtures/small: a downward-sloping short end (4.46 % 1W to 4.02 % 2Y) and a slowly
// rising long end (4.00 % 3Y to 4.17 % 10Y). The plausible band for SONIA forwards on
// such a curve is 3 % to 5.5 %.
TEST_F(SoniaCurveTest, FixtureCurveIsMonotoneWithPlausibleForwards) {
    const CurveReport report = sonia_curve_report(fixture_quotes(), kAsOf);
    ASSERT_EQ(report.points.size(), 10U);  // every standard tenor up to 10Y is quoted
    EXPECT_EQ(report.points.front().tenor, "1W");
    EXPECT_EQ(report.points.back().tenor, "10Y");
    EXPECT_EQ(report.points.back().date, Date::from_ymd(2035, 3, 30));  // 31st: Saturday
    double previous_df = 1.0;
    for (const CurvePoint& point : report.points) {
        EXPECT_LT(point.discount_factor, previous_df) << point.tenor;
        EXPECT_GT(point.forward_rate_pct, 3.0) << point.tenor;
        EXPECT_LT(point.forward_rate_pct, 5.5) << point.tenor;
        EXPECT_GT(point.zero_rate_pct, 3.8) << point.tenor;
        EXPECT_LT(point.zero_rate_pct, 4.6) << point.tenor;
        previous_df = point.discount_factor;
    }

    // Between the pillars too: month by month, DF falls and 1M forwards stay in the band.
    const auto curve = bootstrap_sonia(fixture_quotes(), kAsOf);
    const ql::Date start = to_quantlib(kAsOf);
    for (int month = 0; month < 120; ++month) {
        const ql::Date from = start + month * ql::Months, to = start + (month + 1) * ql::Months;
        if (to > curve->maxDate()) break;
        EXPECT_LT(curve->discount(to), curve->discount(from)) << from;
        const double forward = curve->forwardRate(from, to, ql::Actual365Fixed(), ql::Simple).rate();
        EXPECT_GT(forward, 0.03) << from;
        EXPECT_LT(forward, 0.055) << from;
    }
}

TEST_F(SoniaCurveTest, StandardTenorsBetweenQuotesAreInterpolated) {
    const std::vector<CurveQuote> quotes = {deposit("1M", 4.45), ois("2Y", 4.02), ois("10Y", 4.17)};
    const CurveReport report = sonia_curve_report(quotes, kAsOf);
    std::vector<std::string> tenors;
    for (const CurvePoint& point : report.points) tenors.push_back(point.tenor);
    EXPECT_EQ(tenors, (std::vector<std::string>{"1M", "3M", "6M", "1Y", "2Y", "3Y", "5Y", "7Y", "10Y"}));
    EXPECT_EQ(report.points[1].instrument, "interpolated");
    EXPECT_FALSE(report.points[1].quote_pct.has_value());
    EXPECT_EQ(report.points[4].instrument, "ois_swap");
}

TEST_F(SoniaCurveTest, OnlyTheRequestedDateAndCurveAreUsed) {
    std::vector<CurveQuote> quotes = fixture_quotes();
    const CurveReport alone = sonia_curve_report(quotes, kAsOf);
    quotes.push_back(deposit("1W", 9.0, Date::from_ymd(2025, 4, 30)));   // another date
    quotes.push_back({kAsOf, "ESTR", "1W", CurveInstrument::Deposit, 2.4});  // another curve
    const CurveReport mixed = sonia_curve_report(quotes, kAsOf);
    ASSERT_EQ(mixed.points.size(), alone.points.size());
    for (std::size_t i = 0; i < alone.points.size(); ++i)
        EXPECT_DOUBLE_EQ(mixed.points[i].discount_factor, alone.points[i].discount_factor);
}

TEST_F(SoniaCurveTest, MissingOrBadQuotesAreErrorsNamingTheDateAndQuote) {
    const Date april = Date::from_ymd(2025, 4, 30);
    EXPECT_EQ(error_of(fixture_quotes(), april),
              "SONIA curve on 2025-04-30: no quotes for this date (SONIA quotes exist for 2025-03-31)");
    EXPECT_EQ(error_of({{kAsOf, "ESTR", "1W", CurveInstrument::Deposit, 2.4}}, kAsOf),
              "SONIA curve on 2025-03-31: no quotes for this date (there are no SONIA quotes at all)");
    EXPECT_EQ(error_of({}, kAsOf),
              "SONIA curve on 2025-03-31: no quotes for this date (there are no SONIA quotes at all)");
    EXPECT_EQ(error_of({deposit("1W", 4.46), deposit("3Q", 4.4)}, kAsOf),
              "SONIA curve on 2025-03-31: quote 3Q deposit at 4.4 %: tenor is not of the form 1W, 3M, 10Y");
    EXPECT_EQ(error_of({deposit("1W", 4.46), deposit("1Y", 4.1), deposit("12M", 4.2)}, kAsOf),
              "SONIA curve on 2025-03-31: quotes 1Y deposit at 4.1 % and 12M deposit at 4.2 % both end "
              "on 2026-03-31; keep one");
    EXPECT_EQ(error_of({deposit("1W", std::nan(""))}, kAsOf),
              "SONIA curve on 2025-03-31: quote 1W deposit at nan %: rate is not a finite number");
    // 1 + r tau < 0: no positive discount factor reprices this deposit.
    const std::string failed = error_of({deposit("1W", 4.46), deposit("1M", -9000.0), ois("2Y", 4.0)}, kAsOf);
    EXPECT_EQ(failed.rfind("SONIA curve on 2025-03-31: bootstrap failed at quote 1M deposit at -9000 %: ", 0), 0U)
        << failed;
}

TEST_F(SoniaCurveTest, EvaluationDateIsRestored) {
    const ql::Date before(15, ql::June, 2020);
    ql::Settings::instance().evaluationDate() = before;
    sonia_curve_report(fixture_quotes(), kAsOf);
    EXPECT_EQ(ql::Settings::instance().evaluationDate().value(), before);
    EXPECT_THROW(sonia_curve_report(fixture_quotes(), Date::from_ymd(2025, 4, 30)), std::runtime_error);
    EXPECT_EQ(ql::Settings::instance().evaluationDate().value(), before);
    EXPECT_THROW(sonia_curve_report({deposit("1M", -9000.0)}, kAsOf), std::runtime_error);
    EXPECT_EQ(ql::Settings::instance().evaluationDate().value(), before);

    // Unset (QuantLib reads it as today) stays unset.
    ql::Settings::instance().evaluationDate() = ql::Date();
    sonia_curve_report(fixture_quotes(), kAsOf);
    EXPECT_EQ(ql::Settings::instance().evaluationDate().value(), ql::Date());
}

TEST_F(SoniaCurveTest, CurveDoesNotMoveWithTheEvaluationDate) {
    const auto curve = bootstrap_sonia(fixture_quotes(), kAsOf);
    const ql::Date five_years(29, ql::March, 2030);
    const double df = curve->discount(five_years);
    ql::Settings::instance().evaluationDate() = ql::Date(30, ql::June, 2025);
    EXPECT_EQ(curve->referenceDate(), to_quantlib(kAsOf));
    EXPECT_DOUBLE_EQ(curve->discount(five_years), df);
}

}  // namespace
}  // namespace oversight
