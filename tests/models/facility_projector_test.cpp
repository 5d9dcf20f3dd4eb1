// The fast path (models/debt/facility_projector.hpp) against the full QuantLib path
// (project_facility on the shifted curve) on every scenario of the library, plus a
// steepener for tenor shifts, for every kind of facility, on a sloped bootstrapped SONIA
// curve and on a flat one; then the same for a provider's whole stress.
//
// Tolerance (stated in facility_projector.hpp): pounds within 1e-9 x drawn + £1e-6,
// rates within 1e-9 percentage points, day counts and flags exactly; totals over the
// horizon, sums of up to 20 quarters, within 20 times the pound tolerance.
#include "models/debt/facility_projector.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

#include "engine/config/stress_scenarios.hpp"
#include "models/debt/projection_curves.hpp"
#include "models/debt/stress.hpp"

namespace oversight {
namespace {

const Date kAsOf = Date::from_ymd(2025, 3, 31);

/// An upward-sloping curve with an inverted front: deposits 4.50-4.30 %, OIS 4.10 % (1Y)
/// down to 3.70 % (3Y) and up to 4.20 % (10Y).
ProjectionCurve sloped_curve() {
    const auto quote = [](const char* tenor, CurveInstrument instrument, double rate) {
        return CurveQuote{kAsOf, "SONIA", tenor, instrument, rate};
    };
    const std::vector<CurveQuote> quotes = {
        quote("1M", CurveInstrument::Deposit, 4.50), quote("3M", CurveInstrument::Deposit, 4.40),
        quote("6M", CurveInstrument::Deposit, 4.30), quote("1Y", CurveInstrument::OisSwap, 4.10),
        quote("2Y", CurveInstrument::OisSwap, 3.85),  quote("3Y", CurveInstrument::OisSwap, 3.70),
        quote("5Y", CurveInstrument::OisSwap, 3.80),  quote("7Y", CurveInstrument::OisSwap, 4.00),
        quote("10Y", CurveInstrument::OisSwap, 4.20)};
    return sonia_projection_curve(quotes, kAsOf);
}

Facility base_facility(std::string id) {
    Facility f;
    f.facility_id = std::move(id);
    f.entity_id = "01234567";
    f.kind = FacilityKind::TermLoan;
    f.drawn = 12'500'000.0;
    f.rate_type = RateType::SoniaFloating;
    f.margin_bps = 475.0;
    f.start_date = Date::from_ymd(2022, 6, 30);
    f.maturity_date = Date::from_ymd(2028, 9, 15);
    f.amortisation = Amortisation::Bullet;
    f.frequency_months = 3;
    f.as_of = kAsOf;
    return f;
}

/// One facility of every kind the projection distinguishes.
std::vector<Facility> every_kind() {
    std::vector<Facility> all;
    all.push_back(base_facility("floating bullet"));
    Facility f = base_facility("floating linear quarterly");
    f.amortisation = Amortisation::Linear;
    all.push_back(f);
    f = base_facility("floating linear monthly");
    f.amortisation = Amortisation::Linear;
    f.frequency_months = 1;
    all.push_back(f);
    f = base_facility("fixed bullet");
    f.rate_type = RateType::Fixed;
    f.fixed_rate_pct = 7.25;
    f.margin_bps.reset();
    all.push_back(f);
    f = base_facility("fixed linear semi-annual");
    f.rate_type = RateType::Fixed;
    f.fixed_rate_pct = 6.5;
    f.amortisation = Amortisation::Linear;
    f.frequency_months = 6;
    all.push_back(f);
    f = base_facility("floating PIK");
    f.kind = FacilityKind::ShareholderLoan;
    f.pik = true;
    f.maturity_date = Date::from_ymd(2032, 3, 31);  // beyond the horizon
    all.push_back(f);
    f = base_facility("fixed PIK");
    f.kind = FacilityKind::ShareholderLoan;
    f.rate_type = RateType::Fixed;
    f.fixed_rate_pct = 10.0;
    f.pik = true;
    all.push_back(f);
    f = base_facility("hedged 60 % at the par OIS rate");
    f.hedged_pct = 60.0;
    all.push_back(f);
    f = base_facility("hedged PIK linear");
    f.hedged_pct = 35.0;
    f.pik = true;
    f.amortisation = Amortisation::Linear;
    all.push_back(f);
    f = base_facility("revolver");
    f.kind = FacilityKind::RevolvingCredit;
    f.limit = 20'000'000.0;
    f.drawn = 4'000'000.0;
    f.maturity_date = Date::from_ymd(2027, 1, 31);  // a Sunday
    all.push_back(f);
    f = base_facility("fixed without a rate");
    f.rate_type = RateType::Fixed;
    f.margin_bps.reset();
    all.push_back(f);
    f = base_facility("floating without margin");
    f.margin_bps.reset();
    all.push_back(f);
    f = base_facility("undrawn");
    f.drawn = 0.0;
    f.limit = 5'000'000.0;
    all.push_back(f);
    f = base_facility("maturing in two days");
    f.maturity_date = Date::from_ymd(2025, 4, 2);
    all.push_back(f);
    f = base_facility("overdue");
    f.maturity_date = Date::from_ymd(2025, 1, 31);
    all.push_back(f);
    return all;
}

std::vector<StressScenario> scenarios() {
    std::vector<StressScenario> all = default_stress_scenarios();
    StressScenario steepener;
    steepener.id = "steepener";
    steepener.parallel_shift_bp = 25.0;
    steepener.tenor_shifts = {{"3M", -50.0}, {"2Y", 75.0}, {"5Y", 150.0}};
    all.push_back(steepener);
    return all;
}

void expect_same(const FacilitySchedule& full, const FacilitySchedule& fast, double drawn, const std::string& where) {
    const double money = 1e-9 * drawn + 1e-6;
    const double rate = 1e-9;
    ASSERT_EQ(full.quarters.size(), fast.quarters.size()) << where;
    for (std::size_t k = 0; k < full.quarters.size(); ++k) {
        const FacilityQuarter& a = full.quarters[k];
        const FacilityQuarter& b = fast.quarters[k];
        const std::string at = where + ", quarter " + std::to_string(k + 1);
        EXPECT_NEAR(a.opening_balance, b.opening_balance, money) << at;
        EXPECT_NEAR(a.interest, b.interest, money) << at;
        EXPECT_NEAR(a.cash_interest, b.cash_interest, money) << at;
        EXPECT_NEAR(a.pik_interest, b.pik_interest, money) << at;
        EXPECT_NEAR(a.scheduled_principal, b.scheduled_principal, money) << at;
        EXPECT_NEAR(a.closing_balance, b.closing_balance, money) << at;
        EXPECT_NEAR(a.undrawn, b.undrawn, money) << at;
        EXPECT_NEAR(a.sonia_pct, b.sonia_pct, rate) << at;
        EXPECT_NEAR(a.all_in_rate_pct, b.all_in_rate_pct, rate) << at;
        EXPECT_EQ(a.interest_days, b.interest_days) << at;
        EXPECT_EQ(a.live, b.live) << at;
        EXPECT_EQ(a.matures, b.matures) << at;
    }
    EXPECT_EQ(full.hedge_swap_rate_pct.has_value(), fast.hedge_swap_rate_pct.has_value()) << where;
    if (full.hedge_swap_rate_pct && fast.hedge_swap_rate_pct) {
        EXPECT_NEAR(*full.hedge_swap_rate_pct, *fast.hedge_swap_rate_pct, rate) << where;
    }
    EXPECT_EQ(full.hedge_rate_from_curve, fast.hedge_rate_from_curve) << where;
    EXPECT_NEAR(full.total_interest, fast.total_interest, 20 * money) << where;
    EXPECT_NEAR(full.balance_due_at_maturity, fast.balance_due_at_maturity, money) << where;
    EXPECT_NEAR(full.balance_after_horizon, fast.balance_after_horizon, money) << where;
    EXPECT_EQ(full.maturity_quarter, fast.maturity_quarter) << where;
    EXPECT_EQ(full.overdue, fast.overdue) << where;
    EXPECT_EQ(full.states, fast.states) << where;
}

void expect_agreement(const ProjectionCurve& base, const ScheduleAssumptions& assumptions) {
    for (const Facility& f : every_kind()) {
        const FacilityProjector projector(f, base, assumptions);
        for (const StressScenario& s : scenarios()) {
            const FacilitySchedule full = project_facility(f, shifted_curve(base, s), assumptions);
            const FacilitySchedule fast = projector.project(RateShift(s));
            expect_same(full, fast, f.drawn, f.facility_id + " under " + s.id + " on " + base.description);
        }
    }
}

TEST(FacilityProjector, AgreesWithQuantLibOnEveryScenarioOnASlopedCurve) {
    expect_agreement(sloped_curve(), ScheduleAssumptions{});
}

TEST(FacilityProjector, AgreesWithQuantLibOnEveryScenarioOnAFlatCurve) {
    expect_agreement(make_flat_projection_curve(4.0, kAsOf), ScheduleAssumptions{});
}

TEST(FacilityProjector, AgreesWithQuantLibWithAHedgeRateOverrideAndAShortHorizon) {
    ScheduleAssumptions assumptions;
    assumptions.horizon_quarters = 6;
    assumptions.hedge_swap_rate_pct = 1.25;
    expect_agreement(sloped_curve(), assumptions);
}

TEST(FacilityProjector, ShiftMovesTheCouponByHand) {
    // Not only agreement: under +200 bp (a continuous spread, facility_projector.hpp) the
    // first quarter's SONIA on the flat 4 % curve compounds to
    // (1 + 0.04 / 365)^91 exp(0.02 x 91 / 365) - 1 = 0.01507079 over 2025-03-31 ->
    // 2025-06-30, so £12.5m at + 475 bp pays 12.5m x (0.01507079 + 0.0475 x 91 / 365)
    // = 188,384.92 + 148,030.82 = 336,415.75.
    const FacilityProjector projector(base_facility("F"), make_flat_projection_curve(4.0, kAsOf));
    StressScenario up;
    up.id = "up200";
    up.parallel_shift_bp = 200.0;
    const FacilitySchedule s = projector.project(RateShift(up));
    const double sonia = std::pow(1.0 + 0.04 / 365.0, 91) * std::exp(0.02 * 91.0 / 365.0) - 1.0;
    EXPECT_NEAR(s.quarters[0].interest, 12.5e6 * (sonia + 0.0475 * 91.0 / 365.0), 0.01);
    EXPECT_NEAR(s.quarters[0].interest, 336'415.75, 0.01);
}

TEST(FacilityProjector, AgreesWithoutAnyCouponAndOnACurveStartingBeforeAsOf) {
    const ProjectionCurve curve = sloped_curve();  // reference date 2025-03-31
    std::vector<Facility> cases;
    // Friday 30 May to Saturday 31 May: ModifiedFollowing brings the end back to Friday, so
    // the only period has no day of interest.
    Facility none = base_facility("no coupon");
    none.as_of = Date::from_ymd(2025, 5, 30);
    none.maturity_date = Date::from_ymd(2025, 5, 31);
    none.hedged_pct = 50.0;
    cases.push_back(none);
    none.rate_type = RateType::Fixed;
    none.fixed_rate_pct = 7.0;
    cases.push_back(none);
    // A Saturday as_of, seven weeks after the curve's reference date.
    Facility late = base_facility("as_of after the curve date");
    late.as_of = Date::from_ymd(2025, 5, 17);
    late.hedged_pct = 40.0;
    late.pik = true;
    late.amortisation = Amortisation::Linear;
    cases.push_back(late);
    for (const Facility& f : cases) {
        const FacilityProjector projector(f, curve);
        for (const StressScenario& s : scenarios())
            expect_same(project_facility(f, shifted_curve(curve, s)), projector.project(RateShift(s)), f.drawn,
                        f.facility_id + " under " + s.id);
    }
    const FacilitySchedule nothing = FacilityProjector(cases[0], curve).project();
    EXPECT_EQ(nothing.total_interest, 0.0);
    EXPECT_EQ(nothing.quarters[0].interest_days, 0);
    EXPECT_DOUBLE_EQ(nothing.balance_due_at_maturity, 12'500'000.0);
}

TEST(FacilityProjector, DiscountFactorsThatUnderflowAreRefusedByBothPaths) {
    // +10,000,000 bp: exp(-1000 t) underflows to 0 after a few days. The full path's
    // curve refuses it; the fast path must not return figures instead.
    StressScenario absurd;
    absurd.id = "absurd";
    absurd.parallel_shift_bp = 1e7;
    const Facility f = base_facility("F9");
    const ProjectionCurve base = make_flat_projection_curve(4.0, kAsOf);
    const auto message = [](auto&& project) {
        try {
            project();
        } catch (const std::runtime_error& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    const std::string full = message([&] { project_facility(f, shifted_curve(base, absurd)); });
    const std::string fast = message([&] { FacilityProjector(f, base).project(RateShift(absurd)); });
    EXPECT_EQ(full.rfind("facility F9: QuantLib projection failed", 0), 0u) << full;
    EXPECT_EQ(fast.rfind("facility F9: QuantLib projection failed", 0), 0u) << fast;
    EXPECT_NE(fast.find("scenario absurd"), std::string::npos) << fast;
}

TEST(FacilityProjector, ACurveThatEndsTooSoonIsNamedWithTheFacility) {
    // A curve quoted to 1Y only (no extrapolation) cannot price a loan to 2028.
    const std::vector<CurveQuote> quotes = {{kAsOf, "SONIA", "6M", CurveInstrument::Deposit, 4.3},
                                            {kAsOf, "SONIA", "1Y", CurveInstrument::Deposit, 4.1}};
    const ProjectionCurve short_curve = sonia_projection_curve(quotes, kAsOf);
    try {
        FacilityProjector(base_facility("F7"), short_curve);
        FAIL() << "no error";
    } catch (const std::runtime_error& e) {
        EXPECT_EQ(std::string(e.what()).rfind("facility F7: QuantLib projection failed", 0), 0u) << e.what();
    }
}

TEST(FacilityProjector, RejectsWhatTheFullPathRejects) {
    Facility f = base_facility("bad");
    f.drawn = -1.0;
    EXPECT_THROW(FacilityProjector(f, sloped_curve()), std::invalid_argument);
    ScheduleAssumptions zero;
    zero.horizon_quarters = 0;
    EXPECT_THROW(FacilityProjector(base_facility("F"), sloped_curve(), zero), std::invalid_argument);
}

TEST(ProviderStressor, AgreesWithTheFullStressOnEveryScenario) {
    StressInputs in;
    in.provider_id = "G";
    in.name = "Group";
    in.as_of = kAsOf;
    in.latest.period_months = 12;
    in.latest.turnover = 60e6;
    in.latest.staff_costs = 38e6;
    in.latest.other_operating_costs = 12e6;
    in.latest.cash = 3e6;
    in.facilities = every_kind();
    for (Facility& f : in.facilities) f.covenant_max_net_leverage = 6.0;
    in.facilities[0].covenant_min_interest_cover = 1.5;
    const ProjectionCurve base = sloped_curve();
    const ProviderStressor stressor(in, base);
    for (const StressScenario& s : scenarios()) {
        const StressResult full = stress_provider(in, s, base);
        const StressResult fast = stressor.run(s);
        ASSERT_EQ(full.quarters.size(), fast.quarters.size()) << s.id;
        for (std::size_t k = 0; k < full.quarters.size(); ++k) {
            const StressQuarter& a = full.quarters[k];
            const StressQuarter& b = fast.quarters[k];
            EXPECT_NEAR(a.cash_interest, b.cash_interest, 1e-4) << s.id << " " << k;
            EXPECT_NEAR(a.pik_interest, b.pik_interest, 1e-4) << s.id << " " << k;
            EXPECT_NEAR(a.covenant_debt, b.covenant_debt, 1e-4) << s.id << " " << k;
            EXPECT_NEAR(a.cash, b.cash, 1e-4) << s.id << " " << k;
            EXPECT_EQ(a.leverage_breach, b.leverage_breach) << s.id << " " << k;
            EXPECT_EQ(a.cover_breach, b.cover_breach) << s.id << " " << k;
        }
        EXPECT_EQ(full.first_breach_quarter, fast.first_breach_quarter) << s.id;
        EXPECT_EQ(full.runway_quarters, fast.runway_quarters) << s.id;
        EXPECT_NEAR(full.refinancing_need, fast.refinancing_need, 1e-4) << s.id;
        EXPECT_EQ(full.states, fast.states) << s.id;
    }
    // States name their facility once ("facility X: ..."), not once per layer.
    const StressResult base_run = stressor.run(StressScenario{});
    EXPECT_NE(std::find(base_run.states.begin(), base_run.states.end(),
                        "facility floating without margin: floating without margin, 0 bps assumed"),
              base_run.states.end());
    EXPECT_DOUBLE_EQ(stressor.opening_debt(), [&] {
        double drawn = 0.0;  // every facility's drawn balance, as given above
        for (const Facility& f : in.facilities) drawn += f.drawn;
        return drawn;
    }());
}

}  // namespace
}  // namespace oversight
