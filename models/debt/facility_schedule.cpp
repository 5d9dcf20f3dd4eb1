#include "models/debt/facility_schedule.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <exception>
#include <map>
#include <sstream>
#include <stdexcept>
#include <utility>

#include <ql/cashflows/coupon.hpp>
#include <ql/cashflows/fixedratecoupon.hpp>
#include <ql/cashflows/overnightindexedcoupon.hpp>
#include <ql/errors.hpp>
#include <ql/indexes/ibor/sonia.hpp>
#include <ql/instruments/bond.hpp>
#include <ql/instruments/makeois.hpp>
#include <ql/instruments/overnightindexedswap.hpp>
#include <ql/termstructures/yieldtermstructure.hpp>
#include <ql/time/daycounters/actual365fixed.hpp>
#include <ql/time/schedule.hpp>

#include "models/debt/quantlib_curve.hpp"
#include "models/health/maturity.hpp"

namespace oversight {

namespace ql = QuantLib;

namespace {

constexpr double kDaysPerYear = 365.0;  // Act/365F

/// A ProjectionCurve seen by QuantLib: P(t) from the function, t Act/365F from its
/// reference date. No extrapolation limit: the function answers for every t >= 0.
class FunctionDiscountCurve final : public ql::YieldTermStructure {
public:
    FunctionDiscountCurve(const ql::Date& reference, std::function<double(double)> discount)
        : ql::YieldTermStructure(reference, sonia_calendar(), ql::Actual365Fixed()),
          discount_(std::move(discount)) {}
    ql::Date maxDate() const override { return ql::Date::maxDate(); }

protected:
    ql::DiscountFactor discountImpl(ql::Time t) const override {
        const double p = discount_(t);
        QL_REQUIRE(std::isfinite(p) && p > 0.0, "projection curve gives discount factor " << p << " at t = " << t);
        return p;
    }

private:
    std::function<double(double)> discount_;
};

/// The rate terms applied, after defaults for missing inputs.
struct Terms {
    bool floating = false;
    double margin = 0.0;      ///< decimal, floating only
    double fixed_rate = 0.0;  ///< decimal, fixed only
    double hedged = 0.0;      ///< share 0..1, floating only
};

/// What happens at the end of one interest period (its unadjusted date).
struct Event {
    bool quarter_end = false;
    bool instalment = false;
    bool maturity = false;
};

/// One interest period: from the previous event (or as_of) to `end`.
struct InterestPeriod {
    Date end;          ///< unadjusted: decides the quarter
    int quarter = 0;   ///< 1..horizon
    Event event;
    ql::Date accrual_start, accrual_end;  ///< London business days; equal when no interest accrues
    bool has_coupon() const { return accrual_start < accrual_end; }
    double notional = 0.0;  ///< balance over the period
    double per_pound = 0.0; ///< interest per pound of balance (hedge included), PIK pass only
};

bool in_quantlib_range(Date date) { return date.year() >= 1901 && date.year() <= 2199; }

[[noreturn]] void reject(const Facility& f, const std::string& why) {
    throw std::invalid_argument("facility " + f.facility_id + ": " + why);
}

Terms rate_terms(const Facility& f, FacilitySchedule& out) {
    Terms terms;
    const auto state = [&](const std::string& text) { out.states.push_back("facility " + f.facility_id + ": " + text); };
    if (f.rate_type == RateType::Fixed) {
        if (f.fixed_rate_pct) {
            terms.fixed_rate = *f.fixed_rate_pct / 100.0;
            out.fixed_rate_pct = *f.fixed_rate_pct;
        } else {
            terms.floating = true;  // cashflow_default: SONIA assumed, no margin
            state("fixed without a rate, compounded SONIA assumed (no margin)");
        }
        if (f.hedged_pct.value_or(0.0) > 0.0) state("hedged_pct on a fixed facility ignored");
        out.floating = terms.floating;
        return terms;
    }
    terms.floating = true;
    out.floating = true;
    if (f.margin_bps) {
        terms.margin = *f.margin_bps / 10000.0;
        out.margin_bps = *f.margin_bps;
    } else {
        state("floating without margin, 0 bps assumed");
    }
    out.hedged_pct = std::clamp(f.hedged_pct.value_or(0.0), 0.0, 100.0);
    terms.hedged = out.hedged_pct / 100.0;
    return terms;
}

/// Quarter ends q[0] = as_of, q[k] = as_of + 3k months (each from as_of: no drift).
std::vector<Date> quarter_ends(Date as_of, int horizon) {
    std::vector<Date> ends;
    ends.reserve(static_cast<std::size_t>(horizon) + 1);
    for (int k = 0; k <= horizon; ++k) ends.push_back(add_months(as_of, 3 * k));
    return ends;
}

int quarter_of(const std::vector<Date>& ends, Date date) {
    const auto it = std::lower_bound(ends.begin() + 1, ends.end(), date);  // first end >= date
    return static_cast<int>(it - ends.begin());
}

/// The interest periods from as_of to the earlier of maturity and the horizon's end, with
/// their London business-day accrual dates.
std::vector<InterestPeriod> interest_periods(const Facility& f, bool linear, const std::vector<Date>& ends) {
    const Date as_of = ends.front();
    const Date last = std::min(f.maturity_date, ends.back());
    std::map<Date, Event> events;
    for (std::size_t k = 1; k < ends.size() && ends[k] <= last; ++k) events[ends[k]].quarter_end = true;
    if (f.maturity_date <= ends.back()) events[f.maturity_date].maturity = true;
    if (linear) {
        for (int i = 0;; ++i) {  // maturity.hpp: maturity - i x frequency, each from maturity
            const Date due = add_months(f.maturity_date, -i * f.frequency_months);
            if (due <= as_of) break;
            if (due <= last) events[due].instalment = true;
        }
    }

    const ql::Calendar calendar = sonia_calendar();
    std::vector<InterestPeriod> periods;
    periods.reserve(events.size());
    ql::Date start = calendar.adjust(to_quantlib(as_of), ql::Following);
    for (const auto& [date, event] : events) {
        InterestPeriod period;
        period.end = date;
        period.quarter = quarter_of(ends, date);
        period.event = event;
        period.accrual_start = start;
        // ModifiedFollowing can move a date back before the previous period's (adjusted)
        // end; such a period then has no days.
        period.accrual_end = std::max(start, calendar.adjust(to_quantlib(date), ql::ModifiedFollowing));
        start = period.accrual_end;
        periods.push_back(period);
    }
    return periods;
}

/// The QuantLib leg of the loan over the periods that accrue interest, one coupon each,
/// on `notionals` (one per such period): SONIA + margin compounded in arrears, or fixed.
/// Telescopic value dates: a coupon keeps only its first week of daily value dates and its
/// end, since the compounded forecast is P(start) / P(end) - 1 whatever lies between; 20
/// times faster (QuantLib builds the daily schedule in quadratic time). QuantLib's warning
/// (wrong once the evaluation date moves past that week) does not apply: the coupons live
/// only inside this projection, at as_of.
ql::Leg loan_leg(const Terms& terms, const std::vector<InterestPeriod>& periods, const std::vector<double>& notionals,
                 const ql::ext::shared_ptr<ql::OvernightIndex>& sonia) {
    std::vector<ql::Date> dates;
    for (const InterestPeriod& p : periods) {
        if (!p.has_coupon()) continue;
        if (dates.empty()) dates.push_back(p.accrual_start);
        dates.push_back(p.accrual_end);
    }
    const ql::Calendar calendar = sonia_calendar();
    const ql::Schedule schedule(dates, calendar, ql::Unadjusted);
    if (terms.floating)
        return ql::OvernightLeg(schedule, sonia)
            .withNotionals(notionals)
            .withSpreads(terms.margin)
            .withPaymentDayCounter(ql::Actual365Fixed())
            .withPaymentCalendar(calendar)
            .withPaymentAdjustment(ql::ModifiedFollowing)
            .withTelescopicValueDates(true);
    return ql::FixedRateLeg(schedule)
        .withNotionals(notionals)
        .withCouponRates(terms.fixed_rate, ql::Actual365Fixed())
        .withPaymentCalendar(calendar)
        .withPaymentAdjustment(ql::ModifiedFollowing);
}

/// The par rate of a SONIA OIS from `start` to maturity, fixed leg quarterly Act/365F,
/// periods rolled back from maturity without the end-of-month rule (as maturity.hpp
/// rolls instalments), discounted on the projection curve itself.
double par_ois_rate(const ql::Date& start, const ql::Date& maturity, const ql::ext::shared_ptr<ql::OvernightIndex>& sonia,
                    const ql::Handle<ql::YieldTermStructure>& curve) {
    const ql::ext::shared_ptr<ql::OvernightIndexedSwap> swap =
        ql::MakeOIS(ql::Period(), sonia, ql::Null<ql::Rate>())
            .withEffectiveDate(start)
            .withTerminationDate(maturity)
            .withPaymentFrequency(ql::Quarterly)
            .withRule(ql::DateGeneration::Backward)
            .withEndOfMonth(false)
            .withFixedLegDayCount(ql::Actual365Fixed())
            .withTelescopicValueDates(true)
            .withDiscountingTermStructure(curve);
    return swap->fairRate();
}

/// Balances over the periods and the events at their ends. `per_pound` (PIK) adds the
/// accrued interest at quarter ends and maturity; otherwise interest is paid in cash.
/// Fills each period's notional; returns principal and capitalised interest by quarter.
struct BalancePath {
    std::vector<double> principal;  ///< by quarter, index 1..horizon
    std::vector<double> pik;        ///< by quarter
    double balance_due_at_maturity = 0.0;
    double final_balance = 0.0;
};

BalancePath run_balances(const Facility& f, bool pik, std::vector<InterestPeriod>& periods, int horizon,
                         int instalments_left) {
    BalancePath path;
    path.principal.assign(static_cast<std::size_t>(horizon) + 1, 0.0);
    path.pik.assign(static_cast<std::size_t>(horizon) + 1, 0.0);
    double balance = f.drawn, accrued = 0.0;
    for (InterestPeriod& p : periods) {
        const auto q = static_cast<std::size_t>(p.quarter);
        p.notional = balance;
        if (pik) accrued += balance * p.per_pound;
        if (pik && (p.event.quarter_end || p.event.maturity)) {
            balance += accrued;
            path.pik[q] += accrued;
            accrued = 0.0;
        }
        if (p.event.maturity) {
            path.principal[q] += balance;
            path.balance_due_at_maturity = balance;
            balance = 0.0;
        } else if (p.event.instalment && instalments_left > 0) {
            const double instalment = balance / instalments_left;
            path.principal[q] += instalment;
            balance -= instalment;
            --instalments_left;
        }
    }
    path.final_balance = balance;
    return path;
}

/// What one coupon of the loan's leg gives a period, the hedge applied.
struct CouponFigures {
    double interest = 0.0;        ///< (1 - h) x coupon + h x N x (swap + margin) x tau
    double accrual = 0.0;         ///< tau, Act/365F
    double sonia_growth = 1.0;    ///< 1 + compounded SONIA x tau (floating)
};

/// The figures of each coupon among `cashflows` (a leg, or a Bond's cash flows with their
/// amortising payments, which are skipped), keyed by accrual end: unique, since the
/// periods with coupons have increasing ends. The hedged share h pays `swap_rate` + margin
/// on its notional instead of the coupon's rate.
std::map<ql::Date, CouponFigures> coupon_figures(const ql::Leg& cashflows, const Terms& terms, double swap_rate) {
    std::map<ql::Date, CouponFigures> figures;
    for (const auto& cashflow : cashflows) {
        const auto coupon = ql::ext::dynamic_pointer_cast<ql::Coupon>(cashflow);
        if (!coupon) continue;  // the Bond's amortising payments and redemption
        CouponFigures c;
        c.accrual = coupon->accrualPeriod();
        const double amount = coupon->amount();
        c.interest = (1.0 - terms.hedged) * amount + terms.hedged * coupon->nominal() * (swap_rate + terms.margin) * c.accrual;
        if (terms.floating) c.sonia_growth = 1.0 + (coupon->rate() - terms.margin) * c.accrual;
        figures[coupon->accrualEndDate()] = c;
    }
    return figures;
}

void fill_quarters(const Facility& f, const std::vector<Date>& ends, FacilitySchedule& out) {
    const int horizon = static_cast<int>(ends.size()) - 1;
    out.quarters.resize(static_cast<std::size_t>(horizon));
    for (int k = 1; k <= horizon; ++k) {
        FacilityQuarter& q = out.quarters[static_cast<std::size_t>(k - 1)];
        q.quarter = k;
        q.start = ends[static_cast<std::size_t>(k - 1)];
        q.end = ends[static_cast<std::size_t>(k)];
        q.live = f.maturity_date > q.start;
    }
}

void overdue_schedule(const Facility& f, FacilitySchedule& out) {
    for (FacilityQuarter& q : out.quarters) q.live = false;
    if (f.drawn <= 0.0) return;  // matured and repaid: nothing
    FacilityQuarter& q1 = out.quarters.front();
    q1.live = q1.matures = true;
    q1.opening_balance = f.drawn;
    q1.scheduled_principal = f.drawn;
    out.overdue = out.matures_in_horizon = true;
    out.maturity_quarter = 1;
    out.balance_due_at_maturity = f.drawn;
    out.states.push_back("facility " + f.facility_id + ": past maturity (" + f.maturity_date.iso() +
                         ") at as_of with a balance: overdue, due in quarter 1, no interest projected");
}

/// What QuantLib gives the projection: the coupons' figures and the balance path.
struct Projection {
    std::map<ql::Date, CouponFigures> coupons;  ///< by accrual end; empty when nothing is drawn
    BalancePath path;
};

/// The swap rate of the hedged share (recorded in `out`), the balance path (for PIK from a
/// first leg on a notional of 1, which gives the rates) and the loan's coupons: the leg on
/// the balances wrapped in a Bond. Sets the evaluation date to as_of meanwhile.
Projection project_with_quantlib(const Facility& f, const Terms& terms, const ProjectionCurve& curve,
                                 const ScheduleAssumptions& assumptions, std::vector<InterestPeriod>& periods,
                                 int instalments, FacilitySchedule& out) {
    const int horizon = assumptions.horizon_quarters;
    Projection projection;
    try {
        const EvaluationDateScope scope(f.as_of);
        const ql::Handle<ql::YieldTermStructure> handle(
            ql::ext::make_shared<FunctionDiscountCurve>(to_quantlib(curve.reference_date), curve.discount));
        const auto sonia = ql::ext::make_shared<ql::Sonia>(handle);

        // No interest period with a day of accrual: maturity within a few days, on the
        // next business day or before it. Nothing accrues, and there is no swap to price.
        const bool any_coupon =
            std::any_of(periods.begin(), periods.end(), [](const InterestPeriod& p) { return p.has_coupon(); });
        double swap_rate = 0.0;
        if (terms.hedged > 0.0 && any_coupon) {
            if (assumptions.hedge_swap_rate_pct) {
                swap_rate = *assumptions.hedge_swap_rate_pct / 100.0;
            } else {
                swap_rate = par_ois_rate(periods.front().accrual_start, to_quantlib(f.maturity_date), sonia, handle);
                out.hedge_rate_from_curve = true;
            }
            out.hedge_swap_rate_pct = swap_rate * 100.0;
        }

        if (f.pik && any_coupon) {
            std::vector<double> ones;
            for (const InterestPeriod& p : periods)
                if (p.has_coupon()) ones.push_back(1.0);
            const auto per_pound = coupon_figures(loan_leg(terms, periods, ones, sonia), terms, swap_rate);
            for (InterestPeriod& p : periods)
                if (p.has_coupon()) p.per_pound = per_pound.at(p.accrual_end).interest;
        }
        projection.path = run_balances(f, f.pik, periods, horizon, instalments);

        if (any_coupon && f.drawn > 0.0) {
            std::vector<double> notionals;
            for (const InterestPeriod& p : periods)
                if (p.has_coupon()) notionals.push_back(p.notional);
            // The loan as an instrument: QuantLib adds the amortising payments and the
            // redemption implied by the notionals; its coupons are the interest.
            const ql::Bond loan(0, sonia_calendar(), ql::Date(), loan_leg(terms, periods, notionals, sonia));
            projection.coupons = coupon_figures(loan.cashflows(), terms, swap_rate);
        }
    } catch (const std::exception& error) {
        throw std::runtime_error("facility " + f.facility_id + ": QuantLib projection failed: " + error.what());
    }
    return projection;
}

/// The quarters of a facility maturing after as_of, from its periods and projection.
void assemble_quarters(const Facility& f, const Terms& terms, const std::vector<InterestPeriod>& periods,
                       const Projection& projection, FacilitySchedule& out) {
    const std::size_t slots = out.quarters.size() + 1;  // by quarter number 1..horizon
    std::vector<double> accrual_balance(slots, 0.0), sonia_growth(slots, 1.0), sonia_accrual(slots, 0.0);
    for (const InterestPeriod& p : periods) {
        const auto k = static_cast<std::size_t>(p.quarter);
        FacilityQuarter& q = out.quarters[k - 1];
        q.interest_days += static_cast<int>(p.accrual_end - p.accrual_start);
        if (p.event.maturity) q.matures = true;
        const auto found = projection.coupons.find(p.accrual_end);
        if (!p.has_coupon() || found == projection.coupons.end()) continue;
        const CouponFigures& c = found->second;
        q.interest += c.interest;
        accrual_balance[k] += p.notional * c.accrual;
        sonia_growth[k] *= c.sonia_growth;
        sonia_accrual[k] += c.accrual;
    }
    const BalancePath& path = projection.path;
    const double undrawn = f.limit ? std::max(0.0, *f.limit - f.drawn) : 0.0;
    double balance = f.drawn;
    for (FacilityQuarter& q : out.quarters) {
        if (!q.live) continue;
        const auto k = static_cast<std::size_t>(q.quarter);
        q.opening_balance = balance;
        if (f.pik) {
            q.pik_interest = path.pik[k];  // what was added to the balance: the coupons' interest
            q.interest = q.pik_interest;
        } else {
            q.cash_interest = q.interest;
        }
        q.scheduled_principal = path.principal[k];
        q.closing_balance = q.matures ? 0.0 : std::max(0.0, q.opening_balance + q.pik_interest - q.scheduled_principal);
        q.drawn = q.closing_balance;
        q.undrawn = q.matures ? 0.0 : undrawn;
        if (accrual_balance[k] > 0.0) q.all_in_rate_pct = 100.0 * q.interest / accrual_balance[k];
        if (terms.floating && sonia_accrual[k] > 0.0 && accrual_balance[k] > 0.0)
            q.sonia_pct = 100.0 * (sonia_growth[k] - 1.0) / sonia_accrual[k];
        balance = q.closing_balance;
        if (q.matures) {
            out.matures_in_horizon = true;
            out.maturity_quarter = q.quarter;
            out.balance_due_at_maturity = path.balance_due_at_maturity;
        }
    }
    out.balance_after_horizon = out.matures_in_horizon ? 0.0 : path.final_balance;
}

void add_totals(FacilitySchedule& out) {
    for (const FacilityQuarter& q : out.quarters) {
        out.total_interest += q.interest;
        out.total_cash_interest += q.cash_interest;
        out.total_pik_interest += q.pik_interest;
        out.total_principal += q.scheduled_principal;
    }
}

}  // namespace

ProjectionCurve make_flat_projection_curve(double rate_pct, Date as_of) {
    if (!std::isfinite(rate_pct) || rate_pct <= -36500.0)
        throw std::invalid_argument("flat projection curve: rate " + std::to_string(rate_pct) + " % is not usable");
    const double daily = std::log1p(rate_pct / 100.0 / kDaysPerYear);
    std::ostringstream description;
    description.precision(2);
    description << std::fixed << "flat SONIA " << rate_pct << " % (daily compounding, Act/365F)";
    return {as_of, [daily](double t) { return std::exp(-daily * kDaysPerYear * t); }, description.str()};
}

FacilitySchedule project_facility(const Facility& f, const ProjectionCurve& curve, const ScheduleAssumptions& assumptions) {
    const int horizon = assumptions.horizon_quarters;
    if (horizon < 1) reject(f, "horizon_quarters is " + std::to_string(horizon) + "; it must be at least 1");
    if (!std::isfinite(f.drawn) || f.drawn < 0.0) reject(f, "drawn balance " + std::to_string(f.drawn) + " is not usable");
    if (!curve.discount) reject(f, "the projection curve has no discount function");
    if (curve.reference_date > f.as_of)
        reject(f, "the projection curve starts on " + curve.reference_date.iso() + ", after as_of " + f.as_of.iso());
    const std::vector<Date> ends = quarter_ends(f.as_of, horizon);
    for (Date date : {curve.reference_date, f.as_of, f.maturity_date, ends.back()})
        if (!in_quantlib_range(date)) reject(f, "date " + date.iso() + " is outside QuantLib's range (1901 to 2199)");

    FacilitySchedule out;
    out.facility_id = f.facility_id;
    out.entity_id = f.entity_id;
    out.kind = f.kind;
    out.as_of = f.as_of;
    out.maturity_date = f.maturity_date;
    const Terms terms = rate_terms(f, out);
    fill_quarters(f, ends, out);
    if (f.maturity_date <= f.as_of) {
        overdue_schedule(f, out);
        add_totals(out);
        return out;
    }

    bool linear = f.amortisation == Amortisation::Linear;
    if (linear && f.frequency_months <= 0) {
        linear = false;
        out.states.push_back("facility " + f.facility_id + ": frequency_months " + std::to_string(f.frequency_months) +
                             " not positive, bullet assumed");
    }
    std::vector<InterestPeriod> periods = interest_periods(f, linear, ends);
    const int instalments = linear ? linear_instalments(f, f.as_of, f.maturity_date) : 0;

    const Projection projection = project_with_quantlib(f, terms, curve, assumptions, periods, instalments, out);
    assemble_quarters(f, terms, periods, projection, out);
    add_totals(out);
    return out;
}

}  // namespace oversight
