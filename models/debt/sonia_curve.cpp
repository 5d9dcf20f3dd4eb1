#include "models/debt/sonia_curve.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include <ql/compounding.hpp>
#include <ql/time/daycounters/actual365fixed.hpp>
#include <ql/utilities/dataparsers.hpp>
#include <ql/version.hpp>

#include "models/debt/quantlib_curve.hpp"

namespace oversight {

namespace ql = QuantLib;

namespace {

constexpr std::array kStandardTenors{"3M", "6M", "1Y", "2Y", "3Y", "5Y", "7Y", "10Y", "15Y", "20Y", "25Y", "30Y"};

const ql::Period kForwardPeriod(3, ql::Months);

std::string method() {
    return std::string("QuantLib ") + QL_VERSION +
           " PiecewiseYieldCurve<Discount, LogLinear> (piecewise-flat forwards), "
           "UnitedKingdom(Exchange) calendar, Act/365F; deposits 0 settlement days, "
           "ModifiedFollowing; OIS 0 settlement days, annual fixed vs compounded SONIA, "
           "no payment lag; zero rates annually compounded, forwards 3M simple";
}

CurvePoint point_at(const ql::YieldTermStructure& curve, const ql::Date& date) {
    const ql::Actual365Fixed day_count;
    const ql::Date forward_end =
        sonia_calendar().advance(date, kForwardPeriod, ql::ModifiedFollowing, true);
    CurvePoint point;
    point.date = from_quantlib(date);
    point.time_years = day_count.yearFraction(curve.referenceDate(), date);
    point.discount_factor = curve.discount(date);
    point.zero_rate_pct = 100.0 * curve.zeroRate(date, day_count, ql::Compounded, ql::Annual).rate();
    point.forward_rate_pct =
        100.0 * curve.forwardRate(date, forward_end, day_count, ql::Simple).rate();
    return point;
}

}  // namespace

CurveReport sonia_curve_report(const std::vector<CurveQuote>& quotes, Date as_of) {
    const SoniaBootstrap bootstrap = bootstrap_sonia_pillars(quotes, as_of);
    ql::YieldTermStructure& curve = *bootstrap.curve;
    // Our own copy of the curve: extrapolation only serves the last forwards.
    curve.enableExtrapolation();

    CurveReport report{as_of, "SONIA", {}, method()};
    for (const SoniaPillar& pillar : bootstrap.pillars) {
        CurvePoint point = point_at(curve, pillar.maturity);
        point.tenor = pillar.quote.tenor;
        point.instrument = pillar.quote.instrument == CurveInstrument::Deposit ? "deposit" : "ois_swap";
        point.quote_pct = pillar.quote.rate_pct;
        report.points.push_back(std::move(point));
    }

    const ql::Date spot = sonia_calendar().adjust(curve.referenceDate());
    const ql::Date last = bootstrap.pillars.back().maturity;
    for (const char* tenor : kStandardTenors) {
        const ql::Date date = sonia_calendar().advance(spot, ql::PeriodParser::parse(tenor),
                                                       ql::ModifiedFollowing, true);
        if (date > last) break;
        const bool quoted = std::any_of(bootstrap.pillars.begin(), bootstrap.pillars.end(),
                                        [&](const SoniaPillar& pillar) { return pillar.maturity == date; });
        if (quoted) continue;
        CurvePoint point = point_at(curve, date);
        point.tenor = tenor;
        point.instrument = "interpolated";
        report.points.push_back(std::move(point));
    }
    std::stable_sort(report.points.begin(), report.points.end(),
                     [](const CurvePoint& a, const CurvePoint& b) { return a.date < b.date; });
    return report;
}

}  // namespace oversight
