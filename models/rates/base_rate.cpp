#include "models/rates/base_rate.hpp"

#include <charconv>

namespace oversight {

std::optional<int> tenor_days(const std::string& tenor) {
    if (tenor == "ON" || tenor == "SN" || tenor == "TN") return 1;
    if (tenor.size() < 2) return std::nullopt;
    int count = 0;
    const char* end = tenor.data() + tenor.size() - 1;
    const auto parsed = std::from_chars(tenor.data(), end, count);
    if (parsed.ec != std::errc() || parsed.ptr != end || count <= 0) return std::nullopt;
    switch (tenor.back()) {
    case 'D': return count;
    case 'W': return 7 * count;
    case 'M': return 30 * count;
    case 'Y': return 365 * count;
    }
    return std::nullopt;
}

std::optional<Date> latest_sonia_date(const Market& market, std::optional<Date> as_of) {
    std::optional<Date> latest;
    for (const CurveQuote& quote : market.data().curves)
        if (quote.curve == "SONIA" && (!as_of || quote.as_of <= *as_of) && (!latest || *latest < quote.as_of))
            latest = quote.as_of;
    return latest;
}

BaseRate sonia_base_rate(const Market& market, Date as_of, double fallback_pct) {
    const auto date = latest_sonia_date(market, as_of);
    const CurveQuote* best = nullptr;
    int best_days = 0;
    if (date)
        for (const CurveQuote& quote : market.data().curves) {
            if (quote.curve != "SONIA" || quote.as_of != *date) continue;
            const auto days = tenor_days(quote.tenor);
            if (days && (!best || *days < best_days)) {  // on that date, the shortest tenor
                best = &quote;
                best_days = *days;
            }
        }
    if (!best) return {fallback_pct, "configuration"};
    return {best->rate_pct, "curves.csv: SONIA " + best->tenor + " on " + best->as_of.iso()};
}

}  // namespace oversight
