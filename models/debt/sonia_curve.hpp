/// \file sonia_curve.hpp
/// \brief The SONIA curve of one date, bootstrapped from the quotes of curves.csv, as a
/// table by tenor of discount factors, zero rates and 3-month forward rates.
///
/// QuantLib-free on purpose: any room may include it. The bootstrap itself and its
/// conventions live in models/debt/quantlib_curve.hpp (internal to models/debt).
///
/// Figures, all on Actual/365 Fixed from `as_of`:
/// - `discount_factor` DF(t) of the bootstrapped curve (log-linear in DF between pillars);
/// - `zero_rate_pct` annually compounded: DF(t) = (1 + z)^-t, the compounding of the
///   annual fixed leg of a SONIA swap, so a flat 4 % swap curve reads 4.00 %;
/// - `forward_rate_pct` simply compounded over the 3 months from the point's date
///   (UK calendar, ModifiedFollowing): (DF(d) / DF(d + 3M) - 1) / tau. Past the last
///   pillar it uses the last segment's forward held flat (the only extrapolation).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/domain/date.hpp"
#include "engine/domain/market_data.hpp"

namespace oversight {

struct CurvePoint {
    std::string tenor;                ///< "1W" ... "30Y": as quoted, or a standard tenor
    std::string instrument;           ///< "deposit", "ois_swap", or "interpolated"
    std::optional<double> quote_pct;  ///< the input quote; empty for an interpolated point
    Date date;                        ///< the date the instrument (or tenor) ends
    double time_years = 0.0;          ///< Act/365F from as_of to `date`
    double zero_rate_pct = 0.0;       ///< annually compounded, Act/365F
    double forward_rate_pct = 0.0;    ///< 3-month simply compounded, Act/365F, from `date`
    double discount_factor = 1.0;
};

struct CurveReport {
    Date as_of;
    std::string curve;  ///< "SONIA"
    /// One per input quote, plus the standard tenors 3M, 6M, 1Y, 2Y, 3Y, 5Y, 7Y, 10Y,
    /// 15Y, 20Y, 25Y, 30Y that end on no quoted date and not after the last quote
    /// ("interpolated"); sorted by date.
    std::vector<CurvePoint> points;
    std::string method;  ///< one line: library, curve type, instruments and conventions
};

/// The SONIA curve of `as_of` from the quotes with that `as_of` and curve "SONIA"; other
/// quotes are ignored. Throws std::runtime_error naming the date (and the quote at fault,
/// if any) when the date has no quotes, a quote is malformed, two quotes end on the same
/// date, or the bootstrap fails.
///
/// Not thread-safe with other QuantLib code: it sets QuantLib's global evaluation date
/// for the duration of the call, and restores it before returning.
CurveReport sonia_curve_report(const std::vector<CurveQuote>& quotes, Date as_of);

}  // namespace oversight
