#include "models/debt/facility_schedule.hpp"

#include <algorithm>
#include <cmath>
#include <exception>
#include <map>
#include <sstream>
#include <stdexcept>
#include <utility>

#include <ql/cashflows/coupon.hpp>
#include <ql/indexes/ibor/sonia.hpp>
#include <ql/instruments/bond.hpp>

#include "models/debt/facility_periods.hpp"
#include "models/debt/quantlib_curve.hpp"
#include "models/debt/quantlib_legs.hpp"

namespace oversight {

namespace ql = QuantLib;
using namespace debt_detail;

namespace {

constexpr double kDaysPerYear = 365.0;  // Act/365F

/// The figures of each coupon among `cashflows` (a leg, or a Bond's cash flows with their
/// amortising payments, which are skipped), in the order of `periods` (zero figures for
/// periods without a coupon). The hedged share h pays `swap_rate` + margin on its
/// notional instead of the coupon's rate.
std::vector<CouponFigures> coupon_figures(const ql::Leg& cashflows, const Terms& terms, double swap_rate,
                                          const std::vector<InterestPeriod>& periods) {
    std::map<ql::Date, CouponFigures> by_end;  // unique: the periods with coupons have increasing ends
    for (const auto& cashflow : cashflows) {
        const auto coupon = ql::ext::dynamic_pointer_cast<ql::Coupon>(cashflow);
        if (!coupon) continue;  // the Bond's amortising payments and redemption
        CouponFigures c;
        c.accrual = coupon->accrualPeriod();
        const double amount = coupon->amount();
        c.interest = (1.0 - terms.hedged) * amount + terms.hedged * coupon->nominal() * (swap_rate + terms.margin) * c.accrual;
        if (terms.floating) c.sonia_growth = 1.0 + (coupon->rate() - terms.margin) * c.accrual;
        by_end[coupon->accrualEndDate()] = c;
    }
    std::vector<CouponFigures> figures(periods.size());
    for (std::size_t i = 0; i < periods.size(); ++i)
        if (periods[i].has_coupon()) figures[i] = by_end.at(to_quantlib(periods[i].accrual_end));
    return figures;
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

/// The swap rate of the hedged share (recorded in the schedule), the balance path (for
/// PIK from a first leg on a notional of 1, which gives the rates) and the loan's coupons:
/// the leg on the balances wrapped in a Bond. Sets the evaluation date to as_of meanwhile.
FacilitySchedule project_facility(const Facility& f, const ProjectionCurve& curve, const ScheduleAssumptions& assumptions) {
    ProjectionPlan plan = plan_projection(f, curve.reference_date, static_cast<bool>(curve.discount), assumptions);
    if (plan.settled) return plan.schedule;
    const Terms& terms = plan.terms;
    std::vector<InterestPeriod>& periods = plan.periods;
    FacilitySchedule& out = plan.schedule;
    BalancePath path;
    std::vector<CouponFigures> coupons;
    try {
        const EvaluationDateScope scope(f.as_of);
        const ql::Handle<ql::YieldTermStructure> handle = quantlib_handle(curve);
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
                swap_rate = hedge_swap(to_quantlib(periods.front().accrual_start), to_quantlib(f.maturity_date), sonia,
                                       handle)->fairRate();
                out.hedge_rate_from_curve = true;
            }
            out.hedge_swap_rate_pct = swap_rate * 100.0;
        }

        if (f.pik && any_coupon) {
            std::vector<double> ones;
            for (const InterestPeriod& p : periods)
                if (p.has_coupon()) ones.push_back(1.0);
            const auto per_pound = coupon_figures(loan_leg(terms, periods, ones, sonia), terms, swap_rate, periods);
            for (std::size_t i = 0; i < periods.size(); ++i) periods[i].per_pound = per_pound[i].interest;
        }
        path = run_balances(f, periods, assumptions.horizon_quarters, plan.instalments);

        if (any_coupon && f.drawn > 0.0) {
            std::vector<double> notionals;
            for (const InterestPeriod& p : periods)
                if (p.has_coupon()) notionals.push_back(p.notional);
            // The loan as an instrument: QuantLib adds the amortising payments and the
            // redemption implied by the notionals; its coupons are the interest.
            const ql::Bond loan(0, sonia_calendar(), ql::Date(), loan_leg(terms, periods, notionals, sonia));
            coupons = coupon_figures(loan.cashflows(), terms, swap_rate, periods);
        }
    } catch (const std::exception& error) {
        throw std::runtime_error("facility " + f.facility_id + ": QuantLib projection failed: " + error.what());
    }
    return assemble_schedule(f, terms, std::move(out), periods, coupons, path);
}

}  // namespace oversight
