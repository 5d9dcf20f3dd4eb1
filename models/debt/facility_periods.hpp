/// \file facility_periods.hpp
/// \brief Internal to models/debt: the curve-free steps of a facility projection, shared by
/// the full QuantLib path (facility_schedule.cpp) and the fast path
/// (facility_projector.cpp) so that the two differ only in how a coupon is priced: the
/// rate terms applied, the interest periods with their London business-day accrual
/// dates, the balance path and the assembly of the quarters. Conventions:
/// facility_schedule.hpp.
#pragma once

#include <vector>

#include "engine/domain/date.hpp"
#include "engine/domain/facility.hpp"
#include "models/debt/facility_schedule.hpp"

namespace oversight::debt_detail {

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
    Date accrual_start, accrual_end;  ///< London business days; equal when no interest accrues
    bool has_coupon() const { return accrual_start < accrual_end; }
    double notional = 0.0;   ///< balance over the period (set by run_balances)
    double per_pound = 0.0;  ///< interest per pound of balance, hedge included (read for PIK)
};

/// What a projection needs before any coupon is priced.
struct ProjectionPlan {
    Terms terms;
    FacilitySchedule schedule;  ///< identity, terms, states and the quarters' dates filled in
    std::vector<InterestPeriod> periods;
    int instalments = 0;  ///< linear instalments left at as_of
    /// Nothing to price: past maturity at as_of (overdue or repaid); `schedule` is final.
    bool settled = false;
};

/// Checks the inputs (throws std::invalid_argument naming the facility, as
/// project_facility documents) and plans the projection of `f` on a curve starting on
/// `curve_reference`.
ProjectionPlan plan_projection(const Facility& f, Date curve_reference, bool has_curve, const ScheduleAssumptions& assumptions);

/// What one coupon gives its period, the hedge applied.
struct CouponFigures {
    double interest = 0.0;      ///< (1 - h) x coupon + h x N x (swap + margin) x tau
    double accrual = 0.0;       ///< tau, Act/365F
    double sonia_growth = 1.0;  ///< 1 + compounded SONIA x tau (floating)
};

/// Balances over the periods and the events at their ends: instalments, maturity and, for
/// PIK, the interest (`per_pound` of each period) added at quarter ends and maturity.
struct BalancePath {
    std::vector<double> principal;  ///< by quarter, index 1..horizon
    std::vector<double> pik;        ///< by quarter
    double balance_due_at_maturity = 0.0;
    double final_balance = 0.0;
};

/// Fills each period's notional.
BalancePath run_balances(const Facility& f, std::vector<InterestPeriod>& periods, int horizon, int instalments_left);

/// `schedule` (the plan's, with the hedge rate recorded) completed from the periods, the
/// coupons (`coupons[i]` belongs to `periods[i]`; ignored for periods without a coupon)
/// and the balance path: quarters, maturity and totals.
FacilitySchedule assemble_schedule(const Facility& f, const Terms& terms, FacilitySchedule schedule,
                                   const std::vector<InterestPeriod>& periods,
                                   const std::vector<CouponFigures>& coupons, const BalancePath& path);

}  // namespace oversight::debt_detail
