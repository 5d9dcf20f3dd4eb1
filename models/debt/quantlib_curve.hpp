/// \file quantlib_curve.hpp
/// \brief Internal to models/debt: the SONIA discount curve of one date bootstrapped with
/// QuantLib, the bridge between our Date and QuantLib's, and the scope that sets
/// QuantLib's global evaluation date.
///
/// Include from models/debt/*.cpp (and their tests) only. QuantLib headers are slow to
/// compile, so no header that another room includes may include this one; the public,
/// QuantLib-free face of the curve is models/debt/sonia_curve.hpp.
///
/// Conventions (SONIA, as quoted in curves.csv):
/// - calendar UnitedKingdom(Exchange), the fixing calendar of QuantLib's `Sonia` index;
///   day count Actual/365 Fixed everywhere;
/// - `deposit`: simple rate from `as_of` (0 settlement days) to `as_of` + tenor,
///   ModifiedFollowing, end-of-month rule;
/// - `ois_swap`: fixed (Act/365F, annual) against daily-compounded SONIA, 0 settlement
///   days, annual payments, no payment lag, ModifiedFollowing;
/// - interpolation: log-linear on discount factors, i.e. piecewise-constant instantaneous
///   forwards between pillars (`PiecewiseYieldCurve<Discount, LogLinear>`).
#pragma once

#include <mutex>
#include <string>
#include <vector>

#include <ql/termstructures/yieldtermstructure.hpp>
#include <ql/time/calendar.hpp>
#include <ql/time/date.hpp>

#include "engine/domain/date.hpp"
#include "engine/domain/market_data.hpp"

namespace oversight {

/// Our date as QuantLib's. Throws std::runtime_error outside QuantLib's range
/// (1901-01-01 to 2199-12-31).
QuantLib::Date to_quantlib(Date date);
/// QuantLib's date (its day; any time of day is dropped) as ours.
Date from_quantlib(const QuantLib::Date& date);

/// The calendar of SONIA deposits and swaps: UnitedKingdom(UnitedKingdom::Exchange).
QuantLib::Calendar sonia_calendar();

/// Sets QuantLib's global evaluation date (`Settings::instance().evaluationDate()`) for
/// the lifetime of the scope, and restores the previous value on exit, exceptions
/// included (a previously unset date, which QuantLib reads as "today", is restored as
/// unset).
///
/// Not thread-safe in the QuantLib sense: the evaluation date is one global per process
/// (Debian's QuantLib 1.29 is built without sessions). Scopes lock one process-wide
/// recursive mutex, so scopes on different threads run one after the other and a scope
/// may nest inside another on the same thread; code that touches the evaluation date
/// without a scope is not serialised and must not run on another thread meanwhile.
class EvaluationDateScope {
public:
    explicit EvaluationDateScope(Date evaluation_date);
    ~EvaluationDateScope();
    EvaluationDateScope(const EvaluationDateScope&) = delete;
    EvaluationDateScope& operator=(const EvaluationDateScope&) = delete;

private:
    std::unique_lock<std::recursive_mutex> lock_;
    QuantLib::Date previous_;  ///< the raw value: null when it was unset
};

/// One input quote of a bootstrapped curve and the date its instrument ends (the pillar).
struct SoniaPillar {
    CurveQuote quote;
    QuantLib::Date maturity;
};

struct SoniaBootstrap {
    /// Discount curve with reference date `as_of`, frozen: its nodes are fixed dates, so
    /// it does not move when the evaluation date changes later. Extrapolation is off.
    QuantLib::ext::shared_ptr<QuantLib::YieldTermStructure> curve;
    std::vector<SoniaPillar> pillars;  ///< sorted by maturity
};

/// The SONIA curve of `as_of` from the quotes with `as_of` equal to that date and curve
/// "SONIA" (other quotes are ignored), with the pillars it was built on.
///
/// Throws std::runtime_error naming the date (and the quote, when one is at fault) when
/// there is no quote for that date, a tenor does not parse, a rate is not finite, two
/// quotes end on the same date, or the bootstrap fails. Runs inside an
/// EvaluationDateScope at `as_of`: see its thread-safety note.
SoniaBootstrap bootstrap_sonia_pillars(const std::vector<CurveQuote>& quotes, Date as_of);

/// bootstrap_sonia_pillars(quotes, as_of).curve.
QuantLib::ext::shared_ptr<QuantLib::YieldTermStructure> bootstrap_sonia(
    const std::vector<CurveQuote>& quotes, Date as_of);

}  // namespace oversight
