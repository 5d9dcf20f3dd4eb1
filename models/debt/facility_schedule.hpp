/// \file facility_schedule.hpp
/// \brief Quarterly projection of one debt facility from `as_of`: opening balance,
/// interest (cash and PIK), scheduled principal, closing balance, drawn and undrawn,
/// built from QuantLib cash flows on a SONIA projection curve.
///
/// QuantLib-free: the curve comes in as a discount function (`ProjectionCurve`); the
/// QuantLib work stays in models/debt/*.cpp (this projection in facility_schedule.cpp, the
/// instruments in quantlib_legs.cpp, the business-day periods in facility_periods.cpp).
/// facility_projector.hpp is the fast path for many projections of one facility.
///
/// Conventions (tested in tests/models/facility_schedule_test.cpp):
/// - Quarters. Quarter k = 1..horizon is the calendar window (as_of + 3(k-1) months,
///   as_of + 3k months], each end computed from as_of with `add_months` (day clamped to
///   the month's end), as in models/health/maturity.hpp and cashflow_default.
/// - Interest periods. Interest accrues from as_of over periods that end at every quarter
///   end, every instalment date and at maturity, whichever come first; a quarter's
///   interest is what accrues in it. Period dates are moved to London business days on
///   the UK (Exchange) calendar, the fixing calendar of SONIA: as_of Following, the others
///   ModifiedFollowing; payment is on the period's end, no lag. An event (instalment,
///   maturity) belongs to the quarter of its unadjusted date.
/// - Floating (`sonia_floating`): compounded SONIA in arrears over each period plus the
///   margin, Act/365F: the loan is a QuantLib `OvernightLeg` on the `Sonia` index wrapped
///   in a `Bond`. QuantLib compounds each London business day's rate over the calendar
///   days to the next business day (a Friday's rate over the weekend):
///   interest = N x [prod_i (1 + r_i n_i / 365) - 1] + N x margin x days / 365.
///   Lookback: UK loans usually observe SONIA five business days earlier ("5-day
///   lookback"); QuantLib 1.29 has no lookback, so the observation window here is the
///   interest period itself. On a flat curve that is exact; on a sloped curve the
///   difference is about the forward curve's slope x 7 calendar days (a 1 %-a-year slope
///   moves a quarter's rate by about 0.02 %, a few pounds per £1m), below the other
///   uncertainties of a stress.
/// - Fixed: `fixed_rate_pct` simple, Act/365F (a QuantLib `FixedRateLeg` in a `Bond`).
/// - Hedged share h = hedged_pct / 100 of a floating facility pays a fixed swap rate plus
///   the margin, the rest floats: interest = (1 - h) x floating coupon + h x N x (swap +
///   margin) x days / 365 (cashflow_default's rate model, with the curve's swap rate). The
///   swap rate, unless `ScheduleAssumptions::hedge_swap_rate_pct` overrides it, is the par
///   rate on the curve of a SONIA OIS from as_of to maturity paying fixed quarterly
///   (Act/365F, periods rolled back from maturity), i.e. a hedge struck today that matches
///   the loan's quarterly interest periods. (A quoted market OIS pays annually; on a flat
///   4 % daily-compounded curve the annual par rate is 4.08 %, the quarterly one 4.02 %,
///   the same as compounded SONIA over a quarter, so a flat curve makes the hedge neutral.)
///   hedged_pct on a fixed facility is ignored.
/// - Bullet: the whole balance is due at maturity. Linear: equal instalments every
///   `frequency_months` counted back from maturity (maturity, maturity - f, ...; those
///   after as_of), each = balance outstanding / instalments left, the last on maturity:
///   the convention of models/health/maturity.hpp (`linear_instalments`,
///   `amount_maturing`) and of cashflow_default. A non-positive frequency is bullet
///   (maturity.hpp), with a state.
/// - PIK: interest accrues to principal, added to the balance at each quarter end and at
///   maturity (quarterly compounding, as in cashflow_default); none is paid in cash. On a
///   quarter end that is also an instalment date the interest is added first.
/// - Revolving credit (and any facility with a limit): drawn = the balance, held at its
///   as_of level (no further drawing or repayment is assumed); undrawn = max(0, limit -
///   drawn at as_of), held constant while the facility lives and 0 in its maturity
///   quarter and after (cashflow_default; maturity.hpp's `undrawn_committed`). Repaid
///   instalments do not add headroom. No commitment fee is charged on the undrawn part.
/// - Maturity. In the quarter of maturity the balance then outstanding is repaid
///   (`balance_due_at_maturity`, the refinancing need if it cannot be paid from cash);
///   after it every figure is 0 (`live` false). A facility already past maturity at as_of
///   (maturity <= as_of) with a balance is overdue: the balance falls due in quarter 1
///   with no interest (maturity.hpp counts it in every window).
/// - Missing inputs as in cashflow_default: floating without margin -> 0 bps; fixed
///   without a rate -> compounded SONIA on the curve, no margin, no hedge; each reported
///   in `states` (ingest already reports both as errors in facilities.csv).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "engine/domain/date.hpp"
#include "engine/domain/facility.hpp"

namespace oversight {

/// A SONIA curve as QuantLib-free data: discount factors against Act/365F time from
/// `reference_date`. Compounded SONIA over [t1, t2] is P(t1) / P(t2) - 1, so a
/// projection reads nothing else. From a QuantLib curve `c` (models/debt/quantlib_curve.hpp)
/// with reference date as_of and Act/365F: `{as_of, [c](double t) { return c->discount(t); },
/// "SONIA bootstrapped"}`. A rate shift s (continuous, by tenor or parallel) is a wrapper:
/// `[base, s](double t) { return base(t) * std::exp(-s(t) * t); }`.
struct ProjectionCurve {
    Date reference_date;                       ///< t = 0; must be on or before the projection's as_of
    std::function<double(double years)> discount;  ///< P(t), t = days after reference_date / 365; P(0) = 1
    std::string description;                   ///< e.g. "flat SONIA 4.00 % (daily compounding)"
};

/// Flat SONIA at `rate_pct` from `as_of`: P(t) = (1 + r / 365)^(-365 t), r = rate_pct / 100,
/// so every one-day forward is exactly r (Act/365F, daily compounding) and compounded
/// SONIA over d days is (1 + r / 365)^d - 1. For tests and for when curves.csv has no
/// SONIA quotes (then with `CashflowDefaultAssumptions::sonia_pct`).
ProjectionCurve make_flat_projection_curve(double rate_pct, Date as_of);

struct ScheduleAssumptions {
    int horizon_quarters = 20;  ///< five years; at least 1
    /// Fixed rate the hedged share of floating debt pays before margin, percent. Unset:
    /// the curve's par OIS rate to maturity (see the file comment). Set it to use the
    /// rate of swaps struck in the past (cashflow_default's `hedge_swap_rate_pct`).
    std::optional<double> hedge_swap_rate_pct;
};

/// One quarter of a facility's projection; pounds unless the name says otherwise.
struct FacilityQuarter {
    int quarter = 0;  ///< 1..horizon
    Date start;       ///< the window is (start, end]: as_of + 3(quarter - 1) months
    Date end;         ///< as_of + 3 quarter months
    double opening_balance = 0.0;
    double interest = 0.0;       ///< accrued in the quarter: cash_interest + pik_interest
    double cash_interest = 0.0;  ///< paid in cash (0 for PIK)
    double pik_interest = 0.0;   ///< added to principal (PIK only)
    double scheduled_principal = 0.0;  ///< instalments, and the balance repaid at maturity
    double closing_balance = 0.0;      ///< opening + pik_interest - scheduled_principal
    double drawn = 0.0;                ///< = closing_balance
    double undrawn = 0.0;              ///< committed headroom at the quarter's end (facilities with a limit)
    /// Compounded SONIA over the quarter's interest days, annualised Act/365F, percent
    /// (floating facilities and fixed ones priced at SONIA; 0 otherwise and when no
    /// interest accrues).
    double sonia_pct = 0.0;
    /// interest / sum over its periods of balance x days / 365, percent: the all-in rate
    /// (SONIA or swap or fixed, plus margin). 0 when no interest accrues.
    double all_in_rate_pct = 0.0;
    int interest_days = 0;  ///< calendar days of interest accrual in the quarter
    bool live = false;      ///< outstanding at some point of the quarter (or repaid in it)
    bool matures = false;   ///< maturity (or an overdue balance) falls due in this quarter
};

struct FacilitySchedule {
    std::string facility_id;
    std::string entity_id;
    FacilityKind kind = FacilityKind::TermLoan;
    Date as_of;
    Date maturity_date;
    bool floating = false;     ///< priced on SONIA (sonia_floating, or fixed without a rate)
    double margin_bps = 0.0;   ///< applied
    std::optional<double> fixed_rate_pct;  ///< applied (fixed facilities with a rate)
    double hedged_pct = 0.0;   ///< applied share swapped to fixed (0 for fixed facilities)
    /// Fixed rate the hedged share pays before margin, percent (floating with hedged_pct > 0).
    std::optional<double> hedge_swap_rate_pct;
    bool hedge_rate_from_curve = false;  ///< the par OIS rate (else the assumption's override)

    std::vector<FacilityQuarter> quarters;  ///< always `horizon_quarters` rows, zeros after maturity

    bool matures_in_horizon = false;        ///< maturity (or an overdue balance) in quarters 1..horizon
    std::optional<int> maturity_quarter;    ///< its quarter
    bool overdue = false;                   ///< past maturity at as_of with a balance
    double balance_due_at_maturity = 0.0;   ///< repaid at maturity: the refinancing need (0 if beyond the horizon)
    double balance_after_horizon = 0.0;     ///< closing balance of the last quarter (maturity later)

    // Totals over the horizon.
    double total_interest = 0.0;
    double total_cash_interest = 0.0;
    double total_pik_interest = 0.0;
    double total_principal = 0.0;  ///< scheduled principal, including the repayment at maturity

    /// e.g. "facility F1: floating without margin, 0 bps assumed".
    std::vector<std::string> states;
};

/// The projection of `facility` from `facility.as_of` over `assumptions.horizon_quarters`.
///
/// Pure apart from QuantLib's global evaluation date, which is set to as_of for the call
/// and restored (models/debt/quantlib_curve.hpp `EvaluationDateScope`: calls on different
/// threads run one after the other). `curve.discount` must not itself depend on that
/// date (curves built on fixed dates, as `bootstrap_sonia` builds them).
///
/// Throws std::invalid_argument (naming the facility) when the horizon is below 1, the
/// drawn balance is negative or not finite, the curve is empty or its reference date is
/// after as_of, or a date is outside QuantLib's range (1901 to 2199).
FacilitySchedule project_facility(const Facility& facility, const ProjectionCurve& curve,
                                  const ScheduleAssumptions& assumptions = {});

}  // namespace oversight
