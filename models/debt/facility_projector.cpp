#include "models/debt/facility_projector.hpp"

#include <algorithm>
#include <exception>
#include <map>
#include <stdexcept>
#include <utility>
#include <vector>

#include <Eigen/Core>
#include <ql/cashflows/coupon.hpp>
#include <ql/cashflows/overnightindexedcoupon.hpp>
#include <ql/indexes/ibor/sonia.hpp>

#include "models/debt/facility_periods.hpp"
#include "models/debt/quantlib_curve.hpp"
#include "models/debt/quantlib_legs.hpp"

namespace oversight {

namespace ql = QuantLib;
using namespace debt_detail;

/// The cash flows of one facility as dates ("nodes", by index) and accrual fractions.
struct FacilityProjector::Recorded {
    Facility facility;
    ScheduleAssumptions assumptions;
    ProjectionPlan plan;
    Eigen::ArrayXd times;    ///< of the nodes, Act/365F years from the curve's reference date
    Eigen::ArrayXd base_df;  ///< P(t) of the base curve at the nodes

    // The loan's coupons, one per period with a coupon.
    std::vector<std::size_t> coupon_period;  ///< index into plan.periods
    Eigen::ArrayXi coupon_start, coupon_end;  ///< nodes of the first and last value date (floating only)
    Eigen::ArrayXd coupon_tau;

    // The hedge swap, when its rate comes from the curve.
    bool hedge_from_curve = false;
    double hedge_rate = 0.0;  ///< decimal: the override, when set
    Eigen::ArrayXi ois_start, ois_end, ois_pay;  ///< SONIA leg
    Eigen::ArrayXi fixed_pay;                    ///< fixed leg
    Eigen::ArrayXd fixed_tau;
};

namespace {

/// Numbers the distinct dates the cash flows read the curve on.
class Nodes {
public:
    int index(const ql::Date& date) {
        const auto [it, added] = index_.try_emplace(date, static_cast<int>(dates_.size()));
        if (added) dates_.push_back(date);
        return it->second;
    }
    const std::vector<ql::Date>& dates() const { return dates_; }

private:
    std::map<ql::Date, int> index_;
    std::vector<ql::Date> dates_;
};

Eigen::ArrayXi to_array(const std::vector<int>& v) {
    return Eigen::Map<const Eigen::ArrayXi>(v.data(), static_cast<Eigen::Index>(v.size()));
}
Eigen::ArrayXd to_array(const std::vector<double>& v) {
    return Eigen::Map<const Eigen::ArrayXd>(v.data(), static_cast<Eigen::Index>(v.size()));
}

/// The coupons of the loan on a notional of 1: their value dates and accrual fractions.
void record_loan(const ql::Leg& leg, const Terms& terms, Nodes& nodes, FacilityProjector::Recorded& r) {
    std::map<ql::Date, std::size_t> period_by_end;
    for (std::size_t i = 0; i < r.plan.periods.size(); ++i)
        if (r.plan.periods[i].has_coupon()) period_by_end[to_quantlib(r.plan.periods[i].accrual_end)] = i;
    std::vector<int> start, end;
    std::vector<double> tau;
    for (const auto& cashflow : leg) {
        const auto coupon = ql::ext::dynamic_pointer_cast<ql::Coupon>(cashflow);
        if (!coupon) continue;
        r.coupon_period.push_back(period_by_end.at(coupon->accrualEndDate()));
        tau.push_back(coupon->accrualPeriod());
        if (terms.floating) {  // a fixed coupon reads no discount factor: no nodes
            const auto overnight = ql::ext::dynamic_pointer_cast<ql::OvernightIndexedCoupon>(coupon);
            if (!overnight) throw std::logic_error("a floating loan coupon is not an overnight indexed coupon");
            start.push_back(nodes.index(overnight->valueDates().front()));
            end.push_back(nodes.index(overnight->valueDates().back()));
        }
    }
    r.coupon_start = to_array(start);
    r.coupon_end = to_array(end);
    r.coupon_tau = to_array(tau);
}

/// The hedge swap's SONIA coupons (value dates, payment) and fixed coupons (accrual, payment).
void record_hedge(const ql::OvernightIndexedSwap& swap, Nodes& nodes, FacilityProjector::Recorded& r) {
    std::vector<int> start, end, pay, fixed_pay;
    std::vector<double> fixed_tau;
    for (const auto& cashflow : swap.overnightLeg()) {
        const auto coupon = ql::ext::dynamic_pointer_cast<ql::OvernightIndexedCoupon>(cashflow);
        if (!coupon) throw std::logic_error("a hedge swap's SONIA coupon is not an overnight indexed coupon");
        start.push_back(nodes.index(coupon->valueDates().front()));
        end.push_back(nodes.index(coupon->valueDates().back()));
        pay.push_back(nodes.index(coupon->date()));
    }
    for (const auto& cashflow : swap.fixedLeg()) {
        const auto coupon = ql::ext::dynamic_pointer_cast<ql::Coupon>(cashflow);
        if (!coupon) throw std::logic_error("a hedge swap's fixed coupon is not a coupon");
        fixed_pay.push_back(nodes.index(coupon->date()));
        fixed_tau.push_back(coupon->accrualPeriod());
    }
    r.ois_start = to_array(start);
    r.ois_end = to_array(end);
    r.ois_pay = to_array(pay);
    r.fixed_pay = to_array(fixed_pay);
    r.fixed_tau = to_array(fixed_tau);
}

}  // namespace

FacilityProjector::FacilityProjector(const Facility& f, const ProjectionCurve& base, const ScheduleAssumptions& assumptions) {
    auto r = std::make_shared<Recorded>();
    r->facility = f;
    r->assumptions = assumptions;
    r->plan = plan_projection(f, base.reference_date, static_cast<bool>(base.discount), assumptions);
    const std::vector<InterestPeriod>& periods = r->plan.periods;
    const bool any_coupon =
        std::any_of(periods.begin(), periods.end(), [](const InterestPeriod& p) { return p.has_coupon(); });
    if (!r->plan.settled && any_coupon) {
        Nodes nodes;
        try {
            const EvaluationDateScope scope(f.as_of);
            const ql::Handle<ql::YieldTermStructure> handle = quantlib_handle(base);
            const auto sonia = ql::ext::make_shared<ql::Sonia>(handle);
            std::vector<double> notionals;
            for (const InterestPeriod& p : periods)
                if (p.has_coupon()) notionals.push_back(1.0);
            record_loan(loan_leg(r->plan.terms, periods, notionals, sonia), r->plan.terms, nodes, *r);
            if (r->plan.terms.hedged > 0.0) {
                if (assumptions.hedge_swap_rate_pct) {
                    r->hedge_rate = *assumptions.hedge_swap_rate_pct / 100.0;
                } else {
                    r->hedge_from_curve = true;
                    record_hedge(*hedge_swap(to_quantlib(periods.front().accrual_start), to_quantlib(f.maturity_date),
                                             sonia, handle),
                                 nodes, *r);
                }
            }
            const ql::Date reference = to_quantlib(base.reference_date);
            const auto count = static_cast<Eigen::Index>(nodes.dates().size());
            r->times.resize(count);
            r->base_df.resize(count);
            for (Eigen::Index i = 0; i < count; ++i) {
                r->times(i) = static_cast<double>(nodes.dates()[static_cast<std::size_t>(i)] - reference) / 365.0;
                r->base_df(i) = base.discount(r->times(i));  // may throw past the curve's end, as QuantLib does
            }
        } catch (const std::exception& error) {
            throw std::runtime_error("facility " + f.facility_id + ": QuantLib projection failed: " + error.what());
        }
    }
    recorded_ = std::move(r);
}

const Facility& FacilityProjector::facility() const { return recorded_->facility; }

FacilitySchedule FacilityProjector::project(const RateShift& shift) const {
    const Recorded& r = *recorded_;
    if (r.plan.settled) return r.plan.schedule;
    const Terms& terms = r.plan.terms;
    FacilitySchedule out = r.plan.schedule;
    std::vector<InterestPeriod> periods = r.plan.periods;
    const auto coupons_count = static_cast<Eigen::Index>(r.coupon_period.size());

    // P'(t) = P(t) exp(-s(t) t) at every node; the full path's curve refuses the same
    // factors (quantlib_legs.cpp).
    const Eigen::ArrayXd spread = r.times.unaryExpr([&shift](double t) { return shift.at(t); });
    const Eigen::ArrayXd df = r.base_df * (-spread * r.times).exp();
    if (!df.allFinite() || (df <= 0.0).any())
        throw std::runtime_error("facility " + r.facility.facility_id + ": QuantLib projection failed: scenario " +
                                 shift.scenario_id() + " gives a discount factor that is zero or not finite");

    double swap_rate = 0.0;
    if (terms.hedged > 0.0 && coupons_count > 0) {
        if (r.hedge_from_curve) {
            const double sonia_leg = ((df(r.ois_start) / df(r.ois_end) - 1.0) * df(r.ois_pay)).sum();
            const double annuity = (r.fixed_tau * df(r.fixed_pay)).sum();
            swap_rate = sonia_leg / annuity;
            out.hedge_rate_from_curve = true;
        } else {
            swap_rate = r.hedge_rate;
        }
        out.hedge_swap_rate_pct = swap_rate * 100.0;
    }

    // Interest per pound of each coupon and its SONIA growth 1 + compounded rate x tau.
    Eigen::ArrayXd growth = Eigen::ArrayXd::Ones(coupons_count);
    Eigen::ArrayXd per_pound;
    if (terms.floating) {
        growth = df(r.coupon_start) / df(r.coupon_end);
        per_pound = (1.0 - terms.hedged) * (growth - 1.0 + terms.margin * r.coupon_tau) +
                    terms.hedged * (swap_rate + terms.margin) * r.coupon_tau;
    } else {
        per_pound = terms.fixed_rate * r.coupon_tau;
    }
    for (Eigen::Index j = 0; j < coupons_count; ++j) periods[r.coupon_period[static_cast<std::size_t>(j)]].per_pound = per_pound(j);

    const BalancePath path = run_balances(r.facility, periods, r.assumptions.horizon_quarters, r.plan.instalments);
    std::vector<CouponFigures> coupons;
    if (coupons_count > 0 && r.facility.drawn > 0.0) {
        coupons.resize(periods.size());
        for (Eigen::Index j = 0; j < coupons_count; ++j) {
            const std::size_t i = r.coupon_period[static_cast<std::size_t>(j)];
            coupons[i] = {periods[i].notional * per_pound(j), r.coupon_tau(j), growth(j)};
        }
    }
    return assemble_schedule(r.facility, terms, std::move(out), periods, coupons, path);
}

}  // namespace oversight
