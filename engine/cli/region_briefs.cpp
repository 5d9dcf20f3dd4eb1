#include "engine/cli/region_briefs.hpp"

#include <stdexcept>
#include <vector>

#include "reports/builders/region_brief.hpp"

namespace oversight {

Brief region_brief(const StoredMarket& stored, const Assumptions& assumptions, const std::string& region_code,
                   std::optional<Date> to) {
    const Market& market = stored.market;
    const Region* region = market.find_region(region_code);
    if (!region) throw std::runtime_error("no region '" + region_code + "' in regions.csv");
    // Whole months, as `oversight prices` (docs/prices.md, disclosure control).
    PriceFilter year;
    year.region_code = region_code;
    year.to = last_month_end(to.value_or(market.latest_date()));
    year.from = add_months(year.to + 1, -12);
    PriceFilter five_years = year;
    five_years.from = add_months(year.to + 1, -60);

    const PriceTable cells = price_table(market, year, {PriceDimension::Type, PriceDimension::Band}, true);
    const std::vector<CellDisclosure> verdicts = disclosure_control(cells.cells, assumptions.disclosure);
    const CouncilComparisons councils = compare_councils(market, year);
    const std::vector<CellDisclosure> council_verdicts =
        disclosure_control(councils.disclosure_cells, assumptions.disclosure);
    const PriceIndex index = price_index(market, five_years);
    // A region with too few placements for the model still gets its brief, saying so.
    std::optional<HedonicFit> fit;
    std::string fit_failure;
    try {
        fit = fit_hedonic(market, five_years);
    } catch (const std::invalid_argument& error) {
        fit_failure = error.what();
    }
    std::vector<ShouldCost> costs;
    for (int band = 1; band <= 4; ++band)
        costs.push_back(should_cost(market, band, region_code, year.to, assumptions.should_cost));

    const RegionBriefContent content{*region, cells,        verdicts, councils, council_verdicts,
                                     index,   fit ? &*fit : nullptr, fit_failure, costs};
    return build_region_brief(content, assumptions, provenance_of(stored));
}

}  // namespace oversight
