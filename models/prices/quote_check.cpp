#include "models/prices/quote_check.hpp"

#include <cmath>
#include <stdexcept>

#include "engine/domain/codes.hpp"
#include "models/common/numbers.hpp"
#include "models/prices/hedonic.hpp"
#include "models/profitability/profitability.hpp"

namespace oversight {
namespace {

std::string position_in(const PriceDistribution& d, double fee) {
    if (fee < d.p10) return "below p10";
    if (fee < d.p25) return "between p10 and p25";
    if (fee < d.median) return "between p25 and the median";
    if (fee <= d.p75) return "between the median and p75";
    if (fee <= d.p90) return "between p75 and p90";
    return "above p90";
}

/// The hedonic term of `level` of `factor` (the reference has estimate 0), or null.
const HedonicTerm* term_of(const HedonicFit& fit, const std::string& factor, const std::string& level) {
    for (const HedonicTerm& t : fit.terms)
        if (t.factor == factor && t.level == level) return &t;
    return nullptr;
}

std::string reference_of(const HedonicFit& fit, const std::string& factor) {
    for (const HedonicTerm& t : fit.terms)
        if (t.factor == factor && t.reference) return t.level;
    return {};
}

}  // namespace

QuoteCheck check_quote(const Market& market, const QuoteRequest& request, const Assumptions& assumptions) {
    const LocalAuthority* la = market.find_la(request.la_code);
    if (!la) throw std::invalid_argument("quote: no council '" + request.la_code + "' in the data");
    if (request.need_band < 1 || request.need_band > 4)
        throw std::invalid_argument("quote: need band " + std::to_string(request.need_band) + " is not 1 to 4");
    if (!(request.weekly_fee > 0.0)) throw std::invalid_argument("quote: the weekly fee must be above 0");
    const Setting* setting = request.urn ? market.find_setting(*request.urn) : nullptr;
    if (request.urn && !setting) throw std::invalid_argument("quote: no setting with URN '" + *request.urn + "' in the data");

    QuoteCheck q;
    q.request = request;
    q.la_name = la->la_name;
    q.region_code = la->region_code;
    const Region* region = market.find_region(la->region_code);
    q.region_name = region ? region->region_name : la->region_code;
    const std::string type(code_of(request.type));

    // Where the quote sits in the region's distribution (published quantiles only).
    PriceFilter year;
    year.to = request.as_of;
    year.from = add_months(request.as_of, -12) + 1;
    year.region_code = la->region_code;
    year.type = request.type;
    year.need_band = request.need_band;
    // The verdict is that of the full region x type x band table with its totals, as
    // `oversight prices --by region,type,band` publishes it, secondary suppression included.
    year.region_code.reset();
    year.type.reset();
    year.need_band.reset();
    const PriceTable table =
        price_table(market, year, {PriceDimension::Region, PriceDimension::Type, PriceDimension::Band}, true);
    const std::vector<CellDisclosure> verdicts = disclosure_control(table.cells, assumptions.disclosure);
    const std::vector<std::string> key = {la->region_code, type, std::to_string(request.need_band)};
    for (std::size_t i = 0; i < table.cells.size(); ++i)
        if (table.cells[i].key == key) {
            q.region_cell = table.cells[i];
            q.disclosure = verdicts[i];
        }
    if (!q.region_cell)
        q.position = "no placement of this type and band in the region in the 12 months to " + request.as_of.iso();
    else
        q.position = q.disclosure.published() ? position_in(q.region_cell->fee, request.weekly_fee)
                                              : "not shown: the region's cell is " + q.disclosure.reason;

    // Like for like, at the average provider.
    PriceFilter five_years;
    five_years.to = request.as_of;
    five_years.from = add_months(request.as_of, -60) + 1;
    try {
        const HedonicFit fit = fit_hedonic(market, five_years);
        std::string latest_year;
        for (const HedonicTerm& t : fit.terms)
            if (t.factor == "year") latest_year = t.level;  // code order: the last is the latest
        const std::string age = reference_of(fit, "age"), route = reference_of(fit, "route");
        const std::vector<std::pair<std::string, std::string>> used = {
            {"region", la->region_code}, {"type", type},    {"band", std::to_string(request.need_band)},
            {"age", age},                {"route", route},  {"year", latest_year}};
        // The levels priced must be ones the published hedonic table shows.
        std::string hidden;
        double log_fee = fit.terms.front().estimate;  // the intercept, at the average provider
        bool known = true;
        for (const auto& [factor, level] : used) {
            const HedonicTerm* found = term_of(fit, factor, level);
            if (!found) {
                known = false;
                continue;
            }
            log_fee += found->estimate;
            if (hidden.empty())
                if (const std::string why = primary_suppression(found->observations, found->providers,
                                                                found->largest_provider_share_pct, assumptions.disclosure);
                    !why.empty())
                    hidden = factor + " " + level + " is " + why;
        }
        if (known && hidden.empty()) {
            q.expected_fee = std::exp(log_fee);
            q.premium_pct = 100.0 * (request.weekly_fee / *q.expected_fee - 1.0);
            q.expected_basis = "region " + la->region_code + ", " + type + ", band " + std::to_string(request.need_band) +
                               ", age " + age + ", route " + route + ", start year " + latest_year +
                               ", average provider; hedonic model of " + std::to_string(fit.observations) +
                               " placements starting from " + five_years.from.iso() + " to " + five_years.to.iso();
        } else if (!known) {
            q.states.push_back("like for like: the hedonic model has no placement of this region, type or band");
        } else {
            q.states.push_back("like for like: not shown: in the published hedonic model, " + hidden);
        }
    } catch (const std::invalid_argument& error) {
        q.states.push_back(std::string("like for like: ") + error.what());
    }

    // Should-cost: children's homes only.
    if (request.type == PlacementType::K2 || request.type == PlacementType::K1) {
        q.should_cost = should_cost(market, request.need_band, la->region_code, request.as_of, assumptions.should_cost);
        q.vs_should_cost_pct = 100.0 * (request.weekly_fee / q.should_cost->should_cost - 1.0);
        q.should_cost_position = request.weekly_fee < q.should_cost->band_low    ? "below the band"
                                 : request.weekly_fee > q.should_cost->band_high ? "above the band"
                                                                                  : "within the band";
    } else {
        q.states.push_back("should-cost: built for children's homes (K1, K2) only");
    }

    // The provider group's margin.
    if (setting) {
        q.group_id = market.group_of(setting->entity_id);
        const Entity* group = market.find_entity(*q.group_id);
        q.group_name = group ? group->name : *q.group_id;
        const ProfitabilityResult profitability = compute_profitability(market, assumptions.profitability);
        for (const ProfitabilityRow& row : profitability.groups)
            if (row.id == *q.group_id && row.complete && row.period_end <= request.as_of) {
                q.group_operating_margin_pct = row.operating_margin_pct;
                q.group_margin_year = row.year;
            }
        if (!q.group_margin_year) q.states.push_back("provider: no complete accounts year for group " + *q.group_id);
    }
    return q;
}

}  // namespace oversight
