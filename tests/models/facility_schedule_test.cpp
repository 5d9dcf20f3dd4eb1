// Quarterly facility projections (models/debt/facility_schedule.hpp), against hand
// computations on a flat SONIA curve.
//
// Common set-up unless a test says otherwise: as_of 2025-03-31 (a Monday), £1,000,000
// drawn, horizon 20 quarters. The first quarters end on 2025-06-30 (Mon), 2025-09-30
// (Tue), 2025-12-31 (Wed), 2026-03-31 (Tue): all London business days, so the interest
// days are the calendar days 91, 92, 92, 90. Act/365F throughout.
#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

#include "engine/domain/date.hpp"
#include "engine/domain/facility.hpp"
#include "models/debt/facility_schedule.hpp"

namespace oversight {
namespace {

constexpr double kPenny = 0.01;
const Date kAsOf = Date::from_ymd(2025, 3, 31);
const Date kLongMaturity = Date::from_ymd(2031, 3, 31);  // after the 20-quarter horizon (2030-03-31)

Facility term_loan(RateType rate_type) {
    Facility f;
    f.facility_id = "F1";
    f.entity_id = "01234567";
    f.drawn = 1'000'000.0;
    f.rate_type = rate_type;
    f.start_date = Date::from_ymd(2023, 3, 31);
    f.maturity_date = kLongMaturity;
    f.as_of = kAsOf;
    if (rate_type == RateType::SoniaFloating)
        f.margin_bps = 500.0;
    else
        f.fixed_rate_pct = 6.0;
    return f;
}

const ProjectionCurve& flat4() {
    static const ProjectionCurve curve = make_flat_projection_curve(4.0, kAsOf);
    return curve;
}

/// (1 + r/365)^days - 1: compounded SONIA over `days` calendar days on the flat curve.
double compounded(double rate, int days) { return std::pow(1.0 + rate / 365.0, days) - 1.0; }

/// Every quarter: closing = opening + PIK - principal, interest = cash + PIK, drawn = closing.
void expect_consistent(const FacilitySchedule& s) {
    for (const FacilityQuarter& q : s.quarters) {
        EXPECT_NEAR(q.closing_balance, q.opening_balance + q.pik_interest - q.scheduled_principal, 1e-6) << q.quarter;
        EXPECT_NEAR(q.interest, q.cash_interest + q.pik_interest, 1e-9) << q.quarter;
        EXPECT_DOUBLE_EQ(q.drawn, q.closing_balance) << q.quarter;
    }
    for (std::size_t i = 1; i < s.quarters.size(); ++i)
        EXPECT_NEAR(s.quarters[i].opening_balance, s.quarters[i - 1].closing_balance, 1e-9) << i;
}

// (a) One quarter of compounded SONIA + 500 bps on £1,000,000, flat 4.00 % curve.
//
// How QuantLib compounds: each London business day's rate r_i applies, simple Act/365F,
// over the n_i calendar days to the next business day (a Friday's rate over the weekend,
// 3 days; Thursday 17 April over Good Friday, the weekend and Easter Monday, 5 days), and
// the coupon is N x [prod (1 + r_i n_i / 365) - 1] + N x margin x days / 365.
// On the flat daily-compounded curve each r_i is the forward over exactly its n_i days,
// 1 + r_i n_i / 365 = (1 + 0.04/365)^n_i, so the product telescopes over the 91 days
// 2025-03-31 -> 2025-06-30 (61 fixings: 48 one-day, 10 three-day, 2 four-day, 1 five-day):
//   SONIA part  1,000,000 x [(1 + 0.04/365)^91 - 1] = 10,021.94
//   margin      1,000,000 x 0.05 x 91/365           = 12,465.75
//   interest                                         = 22,487.70
// Tolerance: one penny (QuantLib takes the ratio of two discount factors; the rest is
// floating point). Compounded SONIA annualised: 0.01002194 x 365/91 = 4.01979 %.
// Had SONIA instead fixed at exactly 4.00 % every business day (r_i = 0.04 over a weekend
// too), prod (1 + 0.04 n_i/365) - 1 would give 10,021.31: £0.63 less over the quarter,
// the compounding lost over the 13 multi-day gaps.
TEST(FacilityScheduleFloating, CompoundedSoniaCouponMatchesHandComputation) {
    const FacilitySchedule s = project_facility(term_loan(RateType::SoniaFloating), flat4(), {});
    ASSERT_EQ(s.quarters.size(), 20u);
    const FacilityQuarter& q1 = s.quarters[0];
    EXPECT_EQ(q1.interest_days, 91);
    const double sonia = 1'000'000.0 * compounded(0.04, 91);
    const double margin = 1'000'000.0 * 0.05 * 91 / 365.0;
    EXPECT_NEAR(sonia, 10'021.94, 0.005);
    EXPECT_NEAR(q1.cash_interest, sonia + margin, kPenny);
    EXPECT_NEAR(q1.cash_interest, 22'487.70, kPenny);
    EXPECT_NEAR(q1.sonia_pct, 4.01979, 1e-5);
    EXPECT_NEAR(q1.all_in_rate_pct, 100.0 * (sonia + margin) / (1'000'000.0 * 91 / 365.0), 1e-9);
    EXPECT_DOUBLE_EQ(q1.pik_interest, 0.0);
    EXPECT_DOUBLE_EQ(q1.scheduled_principal, 0.0);
    EXPECT_TRUE(s.floating);
    EXPECT_FALSE(s.hedge_swap_rate_pct.has_value());

    // Every quarter: the same identity over its own interest days.
    for (const FacilityQuarter& q : s.quarters)
        EXPECT_NEAR(q.cash_interest,
                    1'000'000.0 * (compounded(0.04, q.interest_days) + 0.05 * q.interest_days / 365.0), kPenny)
            << "quarter " << q.quarter;
    EXPECT_FALSE(s.matures_in_horizon);
    EXPECT_DOUBLE_EQ(s.balance_after_horizon, 1'000'000.0);
    expect_consistent(s);
}

// The same coupon on a sloped curve: compounded SONIA over a period is P(start)/P(end) - 1
// whatever the curve (the telescoping of the daily forwards), so quarter 1 pays
// 1,000,000 x [P(0)/P(91/365) - 1] + 1,000,000 x 0.05 x 91/365 with
// P(t) = exp(-(0.03 t + 0.01 t^2)); quarter 2 [P(91/365)/P(183/365) - 1] + margin x 92/365.
TEST(FacilityScheduleFloating, CouponOnSlopedCurveIsRatioOfDiscountFactors) {
    const auto p = [](double t) { return std::exp(-(0.03 * t + 0.01 * t * t)); };
    const ProjectionCurve curve{kAsOf, p, "sloped"};
    const FacilitySchedule s = project_facility(term_loan(RateType::SoniaFloating), curve, {});
    EXPECT_NEAR(s.quarters[0].cash_interest, 1e6 * (p(0.0) / p(91 / 365.0) - 1.0) + 1e6 * 0.05 * 91 / 365.0, kPenny);
    EXPECT_NEAR(s.quarters[1].cash_interest,
                1e6 * (p(91 / 365.0) / p(183 / 365.0) - 1.0) + 1e6 * 0.05 * 92 / 365.0, kPenny);
    EXPECT_GT(s.quarters[19].sonia_pct, s.quarters[0].sonia_pct);  // upward sloping
}

// (b) Fixed 6 % bullet: interest = 1,000,000 x 0.06 x days / 365 each quarter:
//   Q1 91 days 14,958.90; Q2 92 days 15,123.29; Q3 92 days 15,123.29; Q4 90 days 14,794.52.
// Later quarter ends falling on a weekend move to a business day (2028-09-30 is a
// Saturday: interest to Friday 29th), so the check uses each quarter's interest_days.
TEST(FacilityScheduleFixed, BulletInterestIsRateTimesDaysOver365) {
    const FacilitySchedule s = project_facility(term_loan(RateType::Fixed), flat4(), {});
    const std::vector<double> hand{14'958.90, 15'123.29, 15'123.29, 14'794.52};
    for (std::size_t k = 0; k < hand.size(); ++k) EXPECT_NEAR(s.quarters[k].cash_interest, hand[k], 0.005) << k;
    int days = 0;
    for (const FacilityQuarter& q : s.quarters) {
        EXPECT_NEAR(q.cash_interest, 1'000'000.0 * 0.06 * q.interest_days / 365.0, 1e-6) << q.quarter;
        EXPECT_NEAR(q.all_in_rate_pct, 6.0, 1e-9);
        EXPECT_DOUBLE_EQ(q.sonia_pct, 0.0);
        EXPECT_DOUBLE_EQ(q.scheduled_principal, 0.0);
        EXPECT_DOUBLE_EQ(q.closing_balance, 1'000'000.0);
        EXPECT_TRUE(q.live);
        days += q.interest_days;
    }
    // 2025-03-31 to 2030-03-29 (2030-03-31 is a Sunday: ModifiedFollowing stays in March).
    EXPECT_EQ(days, Date::from_ymd(2030, 3, 29) - kAsOf);
    EXPECT_EQ(s.quarters[19].end, Date::from_ymd(2030, 3, 31));
    EXPECT_FALSE(s.floating);
    ASSERT_TRUE(s.fixed_rate_pct.has_value());
    EXPECT_DOUBLE_EQ(*s.fixed_rate_pct, 6.0);
    expect_consistent(s);
}

// (c) Linear over 8 quarters: maturity 2027-03-31 = as_of + 24 months, frequency 3;
// instalments counted back from maturity (2027-03-31, 2026-12-31, ..., 2025-06-30: eight
// after as_of; maturity.hpp's linear_instalments), each 1,000,000 / 8 = 125,000.
// Interest at 6 % on the balance over each quarter (days 91, 92, 92, 90, 91, 92, 92, 90):
//   Q1 1,000,000 x 0.06 x 91/365 = 14,958.90    Q5 500,000 x 0.06 x 91/365 = 7,479.45
//   Q2   875,000 x 0.06 x 92/365 = 13,232.88    Q6 375,000 x 0.06 x 92/365 = 5,671.23
//   Q3   750,000 x 0.06 x 92/365 = 11,342.47    Q7 250,000 x 0.06 x 92/365 = 3,780.82
//   Q4   625,000 x 0.06 x 90/365 =  9,246.58    Q8 125,000 x 0.06 x 90/365 = 1,849.32
// The last instalment is the balance due at maturity; nothing after quarter 8.
TEST(FacilityScheduleAmortisation, LinearOverEightQuartersPaysEqualPrincipal) {
    Facility f = term_loan(RateType::Fixed);
    f.amortisation = Amortisation::Linear;
    f.frequency_months = 3;
    f.maturity_date = Date::from_ymd(2027, 3, 31);
    const FacilitySchedule s = project_facility(f, flat4(), {});
    const std::vector<double> interest{14'958.90, 13'232.88, 11'342.47, 9'246.58,
                                       7'479.45,  5'671.23,  3'780.82,  1'849.32};
    for (std::size_t k = 0; k < 8; ++k) {
        const FacilityQuarter& q = s.quarters[k];
        EXPECT_NEAR(q.scheduled_principal, 125'000.0, 1e-6) << k;
        EXPECT_NEAR(q.opening_balance, 1'000'000.0 - 125'000.0 * static_cast<double>(k), 1e-6) << k;
        EXPECT_NEAR(q.cash_interest, interest[k], 0.005) << k;
        EXPECT_TRUE(q.live);
    }
    EXPECT_TRUE(s.quarters[7].matures);
    EXPECT_NEAR(s.quarters[7].closing_balance, 0.0, 1e-9);
    for (std::size_t k = 8; k < 20; ++k) {
        const FacilityQuarter& q = s.quarters[k];
        EXPECT_FALSE(q.live);
        EXPECT_DOUBLE_EQ(q.opening_balance + q.interest + q.scheduled_principal + q.closing_balance, 0.0) << k;
    }
    ASSERT_TRUE(s.maturity_quarter.has_value());
    EXPECT_EQ(*s.maturity_quarter, 8);
    EXPECT_NEAR(s.balance_due_at_maturity, 125'000.0, 1e-6);
    EXPECT_NEAR(s.total_principal, 1'000'000.0, 1e-6);
    expect_consistent(s);
}

// Monthly instalments (frequency 1) over the same two years: 24 instalments of
// 1,000,000 / 24 = 41,666.67, three a quarter = 125,000 a quarter; interest now falls
// within the quarter as the balance steps down monthly. Q1: 31 Mar-30 Apr on 1,000,000,
// 30 Apr-30 May on 958,333.33 (31 May 2025 is a Saturday: ModifiedFollowing, Friday 30th),
// 30 May-30 Jun on 916,666.67: 1,000,000 x 0.06 x 30/365 + 958,333.33 x 0.06 x 30/365 +
// 916,666.67 x 0.06 x 31/365 = 4,931.51 + 4,726.03 + 4,671.23 = 14,328.77.
TEST(FacilityScheduleAmortisation, MonthlyInstalmentsSplitInterestPeriods) {
    Facility f = term_loan(RateType::Fixed);
    f.amortisation = Amortisation::Linear;
    f.frequency_months = 1;
    f.maturity_date = Date::from_ymd(2027, 3, 31);
    const FacilitySchedule s = project_facility(f, flat4(), {});
    for (std::size_t k = 0; k < 8; ++k) EXPECT_NEAR(s.quarters[k].scheduled_principal, 125'000.0, 1e-6) << k;
    EXPECT_NEAR(s.quarters[0].cash_interest, 14'328.77, 0.005);
    EXPECT_EQ(s.quarters[0].interest_days, 91);
    expect_consistent(s);
}

// (d) PIK at 12 % fixed, bullet: no cash interest; each quarter's interest is added to the
// balance at the quarter end (quarterly compounding):
//   Q1 1,000,000.00 x (1 + 0.12 x 91/365) = 1,029,917.81
//   Q2 1,029,917.81 x (1 + 0.12 x 92/365) = 1,061,069.29
//   Q3 1,061,069.29 x (1 + 0.12 x 92/365) = 1,093,163.01
//   Q4 1,093,163.01 x (1 + 0.12 x 90/365) = 1,125,508.65
TEST(FacilitySchedulePik, InterestRollsIntoPrincipal) {
    Facility f = term_loan(RateType::Fixed);
    f.fixed_rate_pct = 12.0;
    f.pik = true;
    const FacilitySchedule s = project_facility(f, flat4(), {});
    const std::vector<double> closing{1'029'917.81, 1'061'069.29, 1'093'163.01, 1'125'508.65};
    for (std::size_t k = 0; k < closing.size(); ++k) {
        EXPECT_NEAR(s.quarters[k].closing_balance, closing[k], 0.005) << k;
        EXPECT_DOUBLE_EQ(s.quarters[k].cash_interest, 0.0);
    }
    double balance = 1'000'000.0;
    for (const FacilityQuarter& q : s.quarters) {
        EXPECT_NEAR(q.pik_interest, balance * 0.12 * q.interest_days / 365.0, 1e-6) << q.quarter;
        balance += q.pik_interest;
        EXPECT_NEAR(q.closing_balance, balance, 1e-6);
    }
    EXPECT_DOUBLE_EQ(s.total_cash_interest, 0.0);
    EXPECT_NEAR(s.balance_after_horizon, balance, 1e-6);
    expect_consistent(s);
}

// PIK on a floating loan maturing at 2026-03-31 (quarter 4): the whole rolled-up balance
// is due at maturity, 1,000,000 x prod over the four quarters of
// (1 + [(1 + 0.04/365)^d - 1] + 0.05 d / 365), d = 91, 92, 92, 90.
TEST(FacilitySchedulePik, FloatingRollUpIsDueAtMaturity) {
    Facility f = term_loan(RateType::SoniaFloating);
    f.pik = true;
    f.maturity_date = Date::from_ymd(2026, 3, 31);
    const FacilitySchedule s = project_facility(f, flat4(), {});
    double balance = 1'000'000.0;
    for (int d : {91, 92, 92, 90}) balance *= 1.0 + compounded(0.04, d) + 0.05 * d / 365.0;
    EXPECT_NEAR(s.balance_due_at_maturity, balance, kPenny);
    EXPECT_NEAR(s.quarters[3].scheduled_principal, balance, kPenny);
    EXPECT_EQ(s.maturity_quarter, 4);
    expect_consistent(s);
}

// (e) Hedged 50 %, SONIA + 500 bps, maturity 2028-03-31 (12 quarters). The swap rate is the
// par rate of a SONIA OIS from as_of to maturity paying fixed quarterly on the same dates:
// K = (1 - P(T)) / sum tau_i P(t_i) on the flat curve = 4.01987 % (a weighted mean of the
// quarterly compounded rates (1.04/365-compounding)^d over d = 90..92 days, 4.01957 % to
// 4.02001 %). So on a flat curve the swap rate is the flat 4.00 % plus the daily-to-
// quarterly compounding, 2 bp: we require |K - 4.00| < 0.025 and K within 0.0005 of
// 4.01987. Quarter 1:
//   0.5 x 22,487.70 (floating, test a) + 0.5 x 1,000,000 x (K + 0.05) x 91/365 = 22,487.79
// and the hedge moves quarter 1 by 0.5 x 1,000,000 x (K - 4.01979 %) x 91/365 = £0.09:
// within £1 of the unhedged interest.
TEST(FacilityScheduleHedge, HalfFloatingHalfAtParSwapRate) {
    Facility f = term_loan(RateType::SoniaFloating);
    f.maturity_date = Date::from_ymd(2028, 3, 31);
    Facility hedged = f;
    hedged.hedged_pct = 50.0;
    const FacilitySchedule plain = project_facility(f, flat4(), {});
    const FacilitySchedule s = project_facility(hedged, flat4(), {});
    ASSERT_TRUE(s.hedge_swap_rate_pct.has_value());
    EXPECT_TRUE(s.hedge_rate_from_curve);
    const double k = *s.hedge_swap_rate_pct;
    EXPECT_LT(std::abs(k - 4.0), 0.025);
    EXPECT_NEAR(k, 4.01987, 0.0005);
    EXPECT_DOUBLE_EQ(s.hedged_pct, 50.0);
    for (const FacilityQuarter& q : s.quarters) {
        if (!q.live) continue;
        const double floating = plain.quarters[static_cast<std::size_t>(q.quarter - 1)].cash_interest;
        EXPECT_NEAR(q.cash_interest, 0.5 * floating + 0.5 * 1'000'000.0 * (k / 100.0 + 0.05) * q.interest_days / 365.0,
                    kPenny)
            << q.quarter;
        EXPECT_NEAR(q.cash_interest, floating, 1.0) << q.quarter;
    }
    EXPECT_NEAR(s.quarters[0].cash_interest, 22'487.79, kPenny);
    expect_consistent(s);
}

// The swap rate overridden (swaps struck in 2021-22 at 2 %): quarter 1 =
// 0.5 x 22,487.70 + 0.5 x 1,000,000 x (0.02 + 0.05) x 91/365 = 11,243.85 + 8,726.03 = 19,969.88.
TEST(FacilityScheduleHedge, SwapRateOverride) {
    Facility f = term_loan(RateType::SoniaFloating);
    f.hedged_pct = 50.0;
    ScheduleAssumptions a;
    a.hedge_swap_rate_pct = 2.0;
    const FacilitySchedule s = project_facility(f, flat4(), a);
    EXPECT_FALSE(s.hedge_rate_from_curve);
    EXPECT_NEAR(s.quarters[0].cash_interest, 19'969.88, kPenny);
}

// (f) Revolving credit: limit 5,000,000, drawn 2,000,000 at SONIA + 300 bps, maturing
// 2027-03-31 (quarter 8). Drawn stays 2,000,000 and undrawn 3,000,000 through quarter 7;
// in quarter 8 the 2,000,000 is repaid and the commitment ends; nothing after. Quarter 1
// interest: 2,000,000 x [(1 + 0.04/365)^91 - 1] + 2,000,000 x 0.03 x 91/365
// = 20,043.89 + 14,958.90 = 35,002.79.
TEST(FacilityScheduleRevolver, DrawnAndUndrawnHeadroom) {
    Facility f = term_loan(RateType::SoniaFloating);
    f.kind = FacilityKind::RevolvingCredit;
    f.limit = 5'000'000.0;
    f.drawn = 2'000'000.0;
    f.margin_bps = 300.0;
    f.maturity_date = Date::from_ymd(2027, 3, 31);
    const FacilitySchedule s = project_facility(f, flat4(), {});
    EXPECT_NEAR(s.quarters[0].cash_interest, 35'002.79, kPenny);
    for (std::size_t k = 0; k < 7; ++k) {
        EXPECT_DOUBLE_EQ(s.quarters[k].drawn, 2'000'000.0) << k;
        EXPECT_DOUBLE_EQ(s.quarters[k].undrawn, 3'000'000.0) << k;
    }
    const FacilityQuarter& q8 = s.quarters[7];
    EXPECT_TRUE(q8.matures);
    EXPECT_DOUBLE_EQ(q8.scheduled_principal, 2'000'000.0);
    EXPECT_DOUBLE_EQ(q8.drawn, 0.0);
    EXPECT_DOUBLE_EQ(q8.undrawn, 0.0);
    for (std::size_t k = 8; k < 20; ++k) {
        EXPECT_FALSE(s.quarters[k].live);
        EXPECT_DOUBLE_EQ(s.quarters[k].undrawn, 0.0);
    }
    EXPECT_DOUBLE_EQ(s.balance_due_at_maturity, 2'000'000.0);
    expect_consistent(s);
}

// An undrawn revolver: no interest (no commitment fee is modelled), the whole limit is
// headroom while it lives.
TEST(FacilityScheduleRevolver, UndrawnHasHeadroomAndNoInterest) {
    Facility f = term_loan(RateType::SoniaFloating);
    f.kind = FacilityKind::RevolvingCredit;
    f.limit = 5'000'000.0;
    f.drawn = 0.0;
    const FacilitySchedule s = project_facility(f, flat4(), {});
    for (const FacilityQuarter& q : s.quarters) {
        EXPECT_DOUBLE_EQ(q.interest, 0.0);
        EXPECT_DOUBLE_EQ(q.drawn, 0.0);
        EXPECT_DOUBLE_EQ(q.undrawn, 5'000'000.0);
    }
}

// (g) A bullet maturing inside the horizon, mid-quarter: 2026-08-14 (a Friday) lies in
// quarter 6, (2026-06-30, 2026-09-30]. Quarter 6 accrues 45 days (30 Jun to 14 Aug):
// 1,000,000 x 0.06 x 45/365 = 7,397.26, and repays 1,000,000, the balance due at maturity
// (the refinancing need). Quarters 7 to 20: nothing.
TEST(FacilityScheduleMaturity, BalanceDueAtMaturityAndNothingAfter) {
    Facility f = term_loan(RateType::Fixed);
    f.maturity_date = Date::from_ymd(2026, 8, 14);
    const FacilitySchedule s = project_facility(f, flat4(), {});
    EXPECT_TRUE(s.matures_in_horizon);
    ASSERT_TRUE(s.maturity_quarter.has_value());
    EXPECT_EQ(*s.maturity_quarter, 6);
    EXPECT_DOUBLE_EQ(s.balance_due_at_maturity, 1'000'000.0);
    EXPECT_DOUBLE_EQ(s.balance_after_horizon, 0.0);
    const FacilityQuarter& q6 = s.quarters[5];
    EXPECT_TRUE(q6.matures);
    EXPECT_EQ(q6.interest_days, 45);
    EXPECT_NEAR(q6.cash_interest, 7'397.26, 0.005);
    EXPECT_DOUBLE_EQ(q6.scheduled_principal, 1'000'000.0);
    EXPECT_DOUBLE_EQ(q6.closing_balance, 0.0);
    for (std::size_t k = 6; k < 20; ++k) {
        const FacilityQuarter& q = s.quarters[k];
        EXPECT_FALSE(q.live);
        EXPECT_FALSE(q.matures);
        EXPECT_EQ(q.interest_days, 0);
        EXPECT_DOUBLE_EQ(q.opening_balance + q.interest + q.scheduled_principal + q.closing_balance + q.undrawn, 0.0);
    }
    EXPECT_NEAR(s.total_principal, 1'000'000.0, 1e-9);
    expect_consistent(s);
}

// Past maturity at as_of with a balance: overdue, the whole balance due in quarter 1 (as
// maturity.hpp's amount_maturing counts it in every window), no interest projected.
TEST(FacilityScheduleMaturity, OverdueBalanceIsDueInQuarterOne) {
    Facility f = term_loan(RateType::Fixed);
    f.maturity_date = Date::from_ymd(2025, 1, 31);
    const FacilitySchedule s = project_facility(f, flat4(), {});
    EXPECT_TRUE(s.overdue);
    EXPECT_EQ(s.maturity_quarter, 1);
    EXPECT_DOUBLE_EQ(s.balance_due_at_maturity, 1'000'000.0);
    EXPECT_DOUBLE_EQ(s.quarters[0].scheduled_principal, 1'000'000.0);
    EXPECT_DOUBLE_EQ(s.total_interest, 0.0);
    EXPECT_FALSE(s.states.empty());
    expect_consistent(s);
}

TEST(FacilityScheduleInputs, HorizonIsConfigurableAndMissingMarginIsAState) {
    Facility f = term_loan(RateType::SoniaFloating);
    f.margin_bps.reset();
    ScheduleAssumptions a;
    a.horizon_quarters = 4;
    const FacilitySchedule s = project_facility(f, flat4(), a);
    ASSERT_EQ(s.quarters.size(), 4u);
    EXPECT_EQ(s.quarters[3].end, Date::from_ymd(2026, 3, 31));
    EXPECT_NEAR(s.quarters[0].cash_interest, 1'000'000.0 * compounded(0.04, 91), kPenny);
    ASSERT_EQ(s.states.size(), 1u);
    EXPECT_NE(s.states[0].find("without margin"), std::string::npos);
}

TEST(FacilityScheduleInputs, RejectsWhatCannotBeProjected) {
    const Facility f = term_loan(RateType::Fixed);
    ScheduleAssumptions none;
    none.horizon_quarters = 0;
    EXPECT_THROW(project_facility(f, flat4(), none), std::invalid_argument);
    Facility negative = f;
    negative.drawn = -1.0;
    EXPECT_THROW(project_facility(negative, flat4(), {}), std::invalid_argument);
    const ProjectionCurve later = make_flat_projection_curve(4.0, Date::from_ymd(2025, 4, 1));
    EXPECT_THROW(project_facility(f, later, {}), std::invalid_argument);
    EXPECT_THROW(project_facility(f, ProjectionCurve{kAsOf, {}, "empty"}, {}), std::invalid_argument);
}

// as_of on a Saturday (2025-03-29): interest periods start and end on London business
// days, as_of moving forward (Following) to Monday 31 March, and quarter 1's end
// 2025-06-29 (a Sunday) to Monday 30 June (ModifiedFollowing): 91 days, 1,000,000 x 0.06 x
// 91/365 = 14,958.90. The quarter's window itself stays (2025-03-29, 2025-06-29].
TEST(FacilityScheduleDates, WeekendAsOfAccruesFromNextBusinessDay) {
    Facility f = term_loan(RateType::Fixed);
    f.as_of = Date::from_ymd(2025, 3, 29);
    f.hedged_pct = 50.0;  // ignored on a fixed facility, with a state
    const FacilitySchedule s = project_facility(f, make_flat_projection_curve(4.0, f.as_of), {});
    EXPECT_EQ(s.quarters[0].end, Date::from_ymd(2025, 6, 29));
    EXPECT_EQ(s.quarters[0].interest_days, 91);
    EXPECT_NEAR(s.quarters[0].cash_interest, 14'958.90, 0.005);
    EXPECT_FALSE(s.hedge_swap_rate_pct.has_value());
    ASSERT_EQ(s.states.size(), 1u);
    EXPECT_NE(s.states[0].find("hedged_pct on a fixed facility ignored"), std::string::npos);
}

// The flat curve: P(t) = (1 + r/365)^(-365 t).
TEST(FacilityScheduleCurve, FlatCurveIsDailyCompounded) {
    const ProjectionCurve c = make_flat_projection_curve(4.0, kAsOf);
    EXPECT_DOUBLE_EQ(c.discount(0.0), 1.0);
    EXPECT_NEAR(c.discount(1.0), std::pow(1.0 + 0.04 / 365.0, -365.0), 1e-13);
    EXPECT_NEAR(1.0 / c.discount(1.0 / 365.0) - 1.0, 0.04 / 365.0, 1e-15);  // one day: exactly r/365
}

}  // namespace
}  // namespace oversight
