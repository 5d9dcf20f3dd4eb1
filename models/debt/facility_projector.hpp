/// \file facility_projector.hpp
/// \brief The fast path of facility projection, for work that re-projects the same
/// facility many times (the stress scenarios, the rates x occupancy grid, reverse stress):
/// the facility's QuantLib cash flows are built once on the base curve and recorded as
/// dates and accrual fractions; each projection under a rate shift is then re-priced from
/// the shifted discount factors in vectorised Eigen code, without QuantLib.
///
/// Why the fast path reproduces the full one (facility_schedule.hpp on `shifted_curve`),
/// rather than approximating it:
/// - the interest periods, accrual fractions, instalment dates and, except for PIK, the
///   balances do not depend on the curve;
/// - a compounded SONIA coupon on telescopic value dates depends on the curve only through
///   P(start) / P(end) at its first and last value date; a fixed coupon not at all;
/// - the hedge's par OIS rate is (sum over its SONIA coupons of (P(s_i) / P(e_i) - 1)
///   P(pay_i)) / (sum over its fixed coupons of tau_j P(pay_j)), discount factors at its
///   legs' dates only;
/// - a shift moves those discount factors to P'(t) = P(t) exp(-s(t) t) (RateShift), at the
///   same dates; PIK balances are then rolled forward from the re-priced coupons.
/// So the two paths differ by floating-point rounding only. The tolerance stated and tested
/// (tests/models/facility_projector_test.cpp, every scenario of the library on every kind of
/// facility): every pound figure within 1e-9 x the facility's drawn balance + £1e-6, every
/// rate within 1e-9 percentage points.
///
/// Cost: building a projector is about one full projection (QuantLib); each `project` is a
/// few dozen exponentials and a loop over the interest periods (bench/stress_bench.cpp
/// reports both).
#pragma once

#include <memory>

#include "engine/domain/facility.hpp"
#include "models/debt/facility_schedule.hpp"
#include "models/debt/projection_curves.hpp"

namespace oversight {

class FacilityProjector {
public:
    /// Records the facility's cash flows on `base` (QuantLib, under an EvaluationDateScope
    /// at as_of). Throws as project_facility does.
    FacilityProjector(const Facility& facility, const ProjectionCurve& base, const ScheduleAssumptions& assumptions = {});

    /// The projection on the base curve shifted by `shift`: what project_facility(facility,
    /// shifted base) gives. Pure and QuantLib-free: safe to call from several threads.
    FacilitySchedule project(const RateShift& shift = {}) const;

    const Facility& facility() const;

    struct Recorded;  ///< the recorded cash flows; defined in facility_projector.cpp only

private:
    std::shared_ptr<const Recorded> recorded_;  ///< shared: projectors copy cheaply
};

}  // namespace oversight
