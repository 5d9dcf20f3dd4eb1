#include "models/debt/quantlib_curve.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <exception>
#include <set>
#include <sstream>
#include <stdexcept>
#include <utility>

#include <ql/errors.hpp>
#include <ql/indexes/ibor/sonia.hpp>
#include <ql/math/interpolations/loginterpolation.hpp>
#include <ql/quotes/simplequote.hpp>
#include <ql/settings.hpp>
#include <ql/termstructures/yield/discountcurve.hpp>
#include <ql/termstructures/yield/oisratehelper.hpp>
#include <ql/termstructures/yield/piecewiseyieldcurve.hpp>
#include <ql/termstructures/yield/ratehelpers.hpp>
#include <ql/time/calendars/unitedkingdom.hpp>
#include <ql/time/daycounters/actual365fixed.hpp>
#include <ql/utilities/dataparsers.hpp>

namespace oversight {

namespace ql = QuantLib;

namespace {

const std::string kSonia = "SONIA";

std::recursive_mutex& evaluation_date_mutex() {
    static std::recursive_mutex mutex;
    return mutex;
}

std::string instrument_name(CurveInstrument instrument) {
    return instrument == CurveInstrument::Deposit ? "deposit" : "ois_swap";
}

/// "5Y ois_swap at 4.03 %": how an error names a quote.
std::string describe(const CurveQuote& quote) {
    std::ostringstream out;
    out << quote.tenor << ' ' << instrument_name(quote.instrument) << " at " << quote.rate_pct << " %";
    return out.str();
}

[[noreturn]] void fail(Date as_of, const std::string& why) {
    throw std::runtime_error(kSonia + " curve on " + as_of.iso() + ": " + why);
}

/// The dates that do have SONIA quotes, for the error when the requested one has none.
std::string dates_with_quotes(const std::vector<CurveQuote>& quotes) {
    std::set<Date> dates;
    for (const CurveQuote& quote : quotes)
        if (quote.curve == kSonia) dates.insert(quote.as_of);
    if (dates.empty()) return "there are no SONIA quotes at all";
    std::string list;
    constexpr std::size_t shown = 5;
    std::size_t count = 0;
    for (auto it = dates.rbegin(); it != dates.rend() && count < shown; ++it, ++count)
        list += (count ? ", " : "") + it->iso();
    if (dates.size() > shown) list += ", ...";
    return "SONIA quotes exist for " + list;
}

ql::Period parse_tenor(const CurveQuote& quote, Date as_of) {
    if (quote.tenor == "ON") return {1, ql::Days};
    ql::Period tenor;
    try {
        tenor = ql::PeriodParser::parse(quote.tenor);
    } catch (const std::exception&) {
        fail(as_of, "quote " + describe(quote) + ": tenor is not of the form 1W, 3M, 10Y");
    }
    if (tenor.length() <= 0) fail(as_of, "quote " + describe(quote) + ": tenor must be positive");
    return tenor;
}

struct Input {
    CurveQuote quote;
    ql::Period tenor;
};

using Helper = ql::ext::shared_ptr<ql::RateHelper>;

/// The QuantLib instrument of one quote; needs the evaluation date set to the curve date.
Helper make_helper(const Input& input, const ql::ext::shared_ptr<ql::OvernightIndex>& sonia) {
    const ql::Handle<ql::Quote> rate(ql::ext::make_shared<ql::SimpleQuote>(input.quote.rate_pct / 100.0));
    if (input.quote.instrument == CurveInstrument::Deposit) {
        constexpr ql::Natural settlement_days = 0;
        constexpr bool end_of_month = true;
        return ql::ext::make_shared<ql::DepositRateHelper>(rate, input.tenor, settlement_days,
                                                           sonia_calendar(), ql::ModifiedFollowing,
                                                           end_of_month, ql::Actual365Fixed());
    }
    constexpr ql::Natural settlement_days = 0, payment_lag = 0;
    // Only the first and last value dates of each period: exact for compounded SONIA
    // forecast on one curve, much faster to set up (QuantLib's intended use in this helper).
    constexpr bool telescopic_value_dates = true;
    return ql::ext::make_shared<ql::OISRateHelper>(
        settlement_days, input.tenor, rate, sonia, ql::Handle<ql::YieldTermStructure>(),
        telescopic_value_dates, payment_lag, ql::ModifiedFollowing, ql::Annual, sonia_calendar());
}

std::vector<Helper> make_helpers(const std::vector<Input>& inputs, std::size_t count) {
    const auto sonia = ql::ext::make_shared<ql::Sonia>();
    std::vector<Helper> helpers;
    helpers.reserve(count);
    for (std::size_t i = 0; i < count; ++i) helpers.push_back(make_helper(inputs[i], sonia));
    return helpers;
}

/// (date, discount factor) nodes of the piecewise curve; throws what QuantLib throws.
std::vector<std::pair<ql::Date, ql::Real>> bootstrap_nodes(const ql::Date& reference,
                                                           const std::vector<Helper>& helpers) {
    const auto curve = ql::ext::make_shared<ql::PiecewiseYieldCurve<ql::Discount, ql::LogLinear>>(
        reference, helpers, ql::Actual365Fixed());
    return curve->nodes();
}

/// Why the bootstrap of all `inputs` failed: the first quote whose curve cannot be built
/// on top of the quotes ending before it (QuantLib's own message only gives a date).
[[noreturn]] void explain_failure(const std::vector<Input>& inputs, const ql::Date& reference,
                                  Date as_of, const std::string& message) {
    for (std::size_t count = 1; count <= inputs.size(); ++count) {
        try {
            bootstrap_nodes(reference, make_helpers(inputs, count));
        } catch (const std::exception& error) {
            fail(as_of, "bootstrap failed at quote " + describe(inputs[count - 1].quote) + ": " +
                            error.what());
        }
    }
    fail(as_of, "bootstrap failed: " + message);
}

}  // namespace

ql::Date to_quantlib(Date date) {
    const int year = date.year();
    if (year < 1901 || year > 2199)
        throw std::runtime_error("date " + date.iso() +
                                 " is outside QuantLib's range 1901-01-01 to 2199-12-31");
    return {static_cast<ql::Day>(date.day()), static_cast<ql::Month>(date.month()),
            static_cast<ql::Year>(year)};
}

Date from_quantlib(const ql::Date& date) {
    return Date::from_ymd(date.year(), static_cast<unsigned>(date.month()),
                          static_cast<unsigned>(date.dayOfMonth()));
}

ql::Calendar sonia_calendar() { return ql::UnitedKingdom(ql::UnitedKingdom::Exchange); }

EvaluationDateScope::EvaluationDateScope(Date evaluation_date)
    : lock_(evaluation_date_mutex()), previous_(ql::Settings::instance().evaluationDate().value()) {
    ql::Settings::instance().evaluationDate() = to_quantlib(evaluation_date);
}

EvaluationDateScope::~EvaluationDateScope() {
    try {
        ql::Settings::instance().evaluationDate() = previous_;
    } catch (...) {
        // The date is restored before observers are notified; only a notification failed,
        // and a destructor must not throw.
    }
}

SoniaBootstrap bootstrap_sonia_pillars(const std::vector<CurveQuote>& quotes, Date as_of) {
    std::vector<Input> inputs;
    for (const CurveQuote& quote : quotes) {
        if (quote.curve != kSonia || quote.as_of != as_of) continue;
        if (!std::isfinite(quote.rate_pct))
            fail(as_of, "quote " + describe(quote) + ": rate is not a finite number");
        inputs.push_back({quote, parse_tenor(quote, as_of)});
    }
    if (inputs.empty()) fail(as_of, "no quotes for this date (" + dates_with_quotes(quotes) + ")");

    const ql::Date reference = to_quantlib(as_of);
    const EvaluationDateScope scope(as_of);  // before any helper: they read it

    // Sort by the date each instrument ends, which is the pillar the bootstrap solves for.
    std::vector<Helper> helpers;
    try {
        helpers = make_helpers(inputs, inputs.size());
    } catch (const std::exception& error) {
        fail(as_of, std::string("cannot set up the instruments: ") + error.what());
    }
    std::vector<std::size_t> order(inputs.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return helpers[a]->pillarDate() < helpers[b]->pillarDate();
    });
    std::vector<Input> sorted;
    std::vector<Helper> sorted_helpers;
    std::vector<SoniaPillar> pillars;
    for (std::size_t i : order) {
        sorted.push_back(inputs[i]);
        sorted_helpers.push_back(helpers[i]);
        pillars.push_back({inputs[i].quote, helpers[i]->pillarDate()});
    }
    for (std::size_t i = 1; i < pillars.size(); ++i)
        if (pillars[i].maturity == pillars[i - 1].maturity)
            fail(as_of, "quotes " + describe(pillars[i - 1].quote) + " and " + describe(pillars[i].quote) +
                            " both end on " + from_quantlib(pillars[i].maturity).iso() +
                            "; keep one");

    std::vector<std::pair<ql::Date, ql::Real>> nodes;
    try {
        nodes = bootstrap_nodes(reference, sorted_helpers);
    } catch (const std::exception& error) {
        explain_failure(sorted, reference, as_of, error.what());
    }

    // Freeze: a discount curve on the solved nodes, with the same log-linear interpolation,
    // no longer tied to the helpers (which follow the evaluation date once it is restored).
    std::vector<ql::Date> dates;
    std::vector<ql::DiscountFactor> discounts;
    for (const auto& [date, discount] : nodes) {
        if (!std::isfinite(discount) || discount <= 0.0)
            fail(as_of, "bootstrap gave discount factor " + std::to_string(discount) + " on " +
                            from_quantlib(date).iso());
        dates.push_back(date);
        discounts.push_back(discount);
    }
    SoniaBootstrap result;
    result.curve = ql::ext::make_shared<ql::InterpolatedDiscountCurve<ql::LogLinear>>(
        dates, discounts, ql::Actual365Fixed(), sonia_calendar());
    result.pillars = std::move(pillars);
    return result;
}

ql::ext::shared_ptr<ql::YieldTermStructure> bootstrap_sonia(const std::vector<CurveQuote>& quotes,
                                                            Date as_of) {
    return bootstrap_sonia_pillars(quotes, as_of).curve;
}

}  // namespace oversight
