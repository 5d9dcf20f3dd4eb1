#include "models/debt/quantlib_legs.hpp"

#include <cmath>
#include <utility>

#include <ql/cashflows/fixedratecoupon.hpp>
#include <ql/cashflows/overnightindexedcoupon.hpp>
#include <ql/errors.hpp>
#include <ql/instruments/makeois.hpp>
#include <ql/time/daycounters/actual365fixed.hpp>
#include <ql/time/schedule.hpp>

#include "models/debt/quantlib_curve.hpp"

namespace oversight::debt_detail {

namespace ql = QuantLib;

namespace {

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

}  // namespace

ql::Handle<ql::YieldTermStructure> quantlib_handle(const ProjectionCurve& curve) {
    return ql::Handle<ql::YieldTermStructure>(
        ql::ext::make_shared<FunctionDiscountCurve>(to_quantlib(curve.reference_date), curve.discount));
}

/// Telescopic value dates: a coupon keeps only its first week of daily value dates and its
/// end, since the compounded forecast is P(start) / P(end) - 1 whatever lies between; 20
/// times faster (QuantLib builds the daily schedule in quadratic time). QuantLib's warning
/// (wrong once the evaluation date moves past that week) does not apply: the coupons live
/// only inside one projection, at as_of.
ql::Leg loan_leg(const Terms& terms, const std::vector<InterestPeriod>& periods, const std::vector<double>& notionals,
                 const ql::ext::shared_ptr<ql::OvernightIndex>& sonia) {
    std::vector<ql::Date> dates;
    for (const InterestPeriod& p : periods) {
        if (!p.has_coupon()) continue;
        if (dates.empty()) dates.push_back(to_quantlib(p.accrual_start));
        dates.push_back(to_quantlib(p.accrual_end));
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

ql::ext::shared_ptr<ql::OvernightIndexedSwap> hedge_swap(const ql::Date& start, const ql::Date& maturity,
                                                         const ql::ext::shared_ptr<ql::OvernightIndex>& sonia,
                                                         const ql::Handle<ql::YieldTermStructure>& curve) {
    return ql::MakeOIS(ql::Period(), sonia, ql::Null<ql::Rate>())
        .withEffectiveDate(start)
        .withTerminationDate(maturity)
        .withNominal(1.0)
        .withPaymentFrequency(ql::Quarterly)
        .withRule(ql::DateGeneration::Backward)
        .withEndOfMonth(false)
        .withFixedLegDayCount(ql::Actual365Fixed())
        .withTelescopicValueDates(true)
        .withDiscountingTermStructure(curve);
}

}  // namespace oversight::debt_detail
