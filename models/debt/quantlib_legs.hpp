/// \file quantlib_legs.hpp
/// \brief Internal to models/debt (QuantLib headers: include from models/debt/*.cpp only,
/// see quantlib_curve.hpp): a facility's QuantLib instruments, built the same way by the
/// full projection (facility_schedule.cpp) and by the fast path when it records the cash
/// flows once (facility_projector.cpp).
#pragma once

#include <functional>
#include <vector>

#include <ql/cashflow.hpp>
#include <ql/handle.hpp>
#include <ql/indexes/iborindex.hpp>
#include <ql/instruments/overnightindexedswap.hpp>
#include <ql/termstructures/yieldtermstructure.hpp>

#include "models/debt/facility_periods.hpp"
#include "models/debt/facility_schedule.hpp"

namespace oversight::debt_detail {

/// A ProjectionCurve seen by QuantLib: P(t) from the function, t Act/365F from its
/// reference date, on the SONIA calendar. No extrapolation limit: the function answers
/// for every t >= 0.
QuantLib::Handle<QuantLib::YieldTermStructure> quantlib_handle(const ProjectionCurve& curve);

/// The loan's leg over the periods that accrue interest, one coupon each, on `notionals`
/// (one per such period): SONIA + margin compounded in arrears (`OvernightLeg`,
/// telescopic value dates), or fixed (`FixedRateLeg`); Act/365F, paid on the period's end.
QuantLib::Leg loan_leg(const Terms& terms, const std::vector<InterestPeriod>& periods,
                       const std::vector<double>& notionals,
                       const QuantLib::ext::shared_ptr<QuantLib::OvernightIndex>& sonia);

/// A SONIA OIS from `start` to `maturity` with a notional of 1, fixed leg quarterly
/// Act/365F, periods rolled back from maturity without the end-of-month rule (as
/// maturity.hpp rolls instalments), discounted on `curve`: the hedge of the loan's
/// floating share; its fair rate is the hedge's swap rate.
QuantLib::ext::shared_ptr<QuantLib::OvernightIndexedSwap> hedge_swap(
    const QuantLib::Date& start, const QuantLib::Date& maturity,
    const QuantLib::ext::shared_ptr<QuantLib::OvernightIndex>& sonia,
    const QuantLib::Handle<QuantLib::YieldTermStructure>& curve);

}  // namespace oversight::debt_detail
