#include "models/debt/facility_periods.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <map>
#include <stdexcept>
#include <string>

#include "models/debt/quantlib_curve.hpp"
#include "models/health/maturity.hpp"

namespace oversight::debt_detail {

namespace ql = QuantLib;

namespace {

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
        // ModifiedFollowing can move a date back before the previous period's (adjusted)
        // end; such a period then has no days.
        const ql::Date end = std::max(start, calendar.adjust(to_quantlib(date), ql::ModifiedFollowing));
        period.accrual_start = from_quantlib(start);
        period.accrual_end = from_quantlib(end);
        start = end;
        periods.push_back(period);
    }
    return periods;
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

void add_totals(FacilitySchedule& out) {
    for (const FacilityQuarter& q : out.quarters) {
        out.total_interest += q.interest;
        out.total_cash_interest += q.cash_interest;
        out.total_pik_interest += q.pik_interest;
        out.total_principal += q.scheduled_principal;
    }
}

}  // namespace

ProjectionPlan plan_projection(const Facility& f, Date curve_reference, bool has_curve, const ScheduleAssumptions& assumptions) {
    const int horizon = assumptions.horizon_quarters;
    if (horizon < 1) reject(f, "horizon_quarters is " + std::to_string(horizon) + "; it must be at least 1");
    if (!std::isfinite(f.drawn) || f.drawn < 0.0) reject(f, "drawn balance " + std::to_string(f.drawn) + " is not usable");
    if (!has_curve) reject(f, "the projection curve has no discount function");
    if (curve_reference > f.as_of)
        reject(f, "the projection curve starts on " + curve_reference.iso() + ", after as_of " + f.as_of.iso());
    const std::vector<Date> ends = quarter_ends(f.as_of, horizon);
    for (Date date : {curve_reference, f.as_of, f.maturity_date, ends.back()})
        if (!in_quantlib_range(date)) reject(f, "date " + date.iso() + " is outside QuantLib's range (1901 to 2199)");

    ProjectionPlan plan;
    FacilitySchedule& out = plan.schedule;
    out.facility_id = f.facility_id;
    out.entity_id = f.entity_id;
    out.kind = f.kind;
    out.as_of = f.as_of;
    out.maturity_date = f.maturity_date;
    plan.terms = rate_terms(f, out);
    fill_quarters(f, ends, out);
    if (f.maturity_date <= f.as_of) {
        overdue_schedule(f, out);
        add_totals(out);
        plan.settled = true;
        return plan;
    }

    bool linear = f.amortisation == Amortisation::Linear;
    if (linear && f.frequency_months <= 0) {
        linear = false;
        out.states.push_back("facility " + f.facility_id + ": frequency_months " + std::to_string(f.frequency_months) +
                             " not positive, bullet assumed");
    }
    plan.periods = interest_periods(f, linear, ends);
    plan.instalments = linear ? linear_instalments(f, f.as_of, f.maturity_date) : 0;
    return plan;
}

BalancePath run_balances(const Facility& f, std::vector<InterestPeriod>& periods, int horizon, int instalments_left) {
    BalancePath path;
    path.principal.assign(static_cast<std::size_t>(horizon) + 1, 0.0);
    path.pik.assign(static_cast<std::size_t>(horizon) + 1, 0.0);
    double balance = f.drawn, accrued = 0.0;
    for (InterestPeriod& p : periods) {
        const auto q = static_cast<std::size_t>(p.quarter);
        p.notional = balance;
        if (f.pik) accrued += balance * p.per_pound;
        if (f.pik && (p.event.quarter_end || p.event.maturity)) {
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

FacilitySchedule assemble_schedule(const Facility& f, const Terms& terms, FacilitySchedule out,
                                   const std::vector<InterestPeriod>& periods, const std::vector<CouponFigures>& coupons,
                                   const BalancePath& path) {
    const std::size_t slots = out.quarters.size() + 1;  // by quarter number 1..horizon
    std::vector<double> accrual_balance(slots, 0.0), sonia_growth(slots, 1.0), sonia_accrual(slots, 0.0);
    for (std::size_t i = 0; i < periods.size(); ++i) {
        const InterestPeriod& p = periods[i];
        const auto k = static_cast<std::size_t>(p.quarter);
        FacilityQuarter& q = out.quarters[k - 1];
        q.interest_days += static_cast<int>(p.accrual_end - p.accrual_start);
        if (p.event.maturity) q.matures = true;
        if (!p.has_coupon() || i >= coupons.size() || coupons[i].accrual <= 0.0) continue;
        const CouponFigures& c = coupons[i];
        q.interest += c.interest;
        accrual_balance[k] += p.notional * c.accrual;
        sonia_growth[k] *= c.sonia_growth;
        sonia_accrual[k] += c.accrual;
    }
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
    add_totals(out);
    return out;
}

}  // namespace oversight::debt_detail
