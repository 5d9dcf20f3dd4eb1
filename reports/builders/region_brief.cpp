#include "reports/builders/region_brief.hpp"

#include <stdexcept>

#include "reports/builders/price_tables.hpp"

namespace oversight {
namespace {

/// Providers with fewer placements in the fit have intervals too wide to read in a brief.
constexpr std::size_t kPremiumMinPlacements = 20;

bool is_total(const PriceCell& cell) {
    return cell.key.size() == 2 && cell.key[0] == kAllValues && cell.key[1] == kAllValues;
}

/// One box per published type x band cell (totals left out), whiskers at p10 and p90.
Chart fee_boxes(const RegionBriefContent& c) {
    Chart chart;
    chart.kind = Chart::Kind::BoxPlot;
    chart.id = "fees_by_type_and_band";
    chart.title = "Core weekly fee by placement type and need band, " + c.cells.filter.from.iso() + " to " +
                  c.cells.filter.to.iso();
    chart.value_label = "pounds a week (box p25-p75, line the median, whiskers p10 and p90)";
    chart.value_kind = ColumnKind::Money;
    std::size_t suppressed = 0;
    for (std::size_t i = 0; i < c.cells.cells.size(); ++i) {
        const PriceCell& cell = c.cells.cells[i];
        if (cell.is_margin()) continue;
        if (!c.verdicts[i].published()) {
            ++suppressed;
            continue;
        }
        chart.categories.push_back(cell.key[0] + " band " + cell.key[1]);
        const PriceDistribution& f = cell.fee;
        chart.boxes.push_back({f.p10, f.p25, f.median, f.p75, f.p90});
    }
    chart.caption = "Box plot of the core weekly fee of the placements ongoing in the period, one box per "
                    "placement type and need band that passes disclosure control (" +
                    std::to_string(suppressed) + " suppressed, not drawn); the figures are in the table below.";
    return chart;
}

Table should_cost_summary(const std::vector<ShouldCost>& costs) {
    Table t("should_cost_by_band", "Should-cost of a children's home placement by need band",
            {{"need_band", "Need band", ColumnKind::Integer, 0},
             {"hourly_pay", "Hourly pay", ColumnKind::Money, 2},
             {"costs", "Costs a week", ColumnKind::Money, 0},
             {"should_cost", "Should-cost a week", ColumnKind::Money, 0},
             {"band_low", "Fair band: low", ColumnKind::Money, 0},
             {"band_high", "Fair band: high", ColumnKind::Money, 0},
             {"combined_return_pct", "Returns on costs", ColumnKind::Percent, 1}});
    for (const ShouldCost& s : costs)
        t.add_row({Cell::number(s.need_band), Cell::number(s.hourly_pay), Cell::number(s.costs),
                   Cell::number(s.should_cost), Cell::number(s.band_low), Cell::number(s.band_high),
                   Cell::number(s.combined_return_pct)});
    t.add_note("Cost lines of each band are in the table that follows; the method is in docs/prices.md "
               "(should-cost) and the assumptions at the end of this brief.");
    return t;
}

}  // namespace

Brief build_region_brief(const RegionBriefContent& c, const Assumptions& assumptions,
                         const BriefProvenance& provenance) {
    const bool by_type_and_band = c.cells.dimensions.size() == 2 && c.cells.dimensions[0] == PriceDimension::Type &&
                                  c.cells.dimensions[1] == PriceDimension::Band;
    if (!by_type_and_band) throw std::invalid_argument("region brief: the price cells must be by type and band");
    if (c.verdicts.size() != c.cells.cells.size())
        throw std::invalid_argument("region brief: one disclosure verdict per cell is needed");
    const DisclosureAssumptions& rules = assumptions.disclosure;

    Brief brief;
    brief.id = "region-" + c.region.region_code;
    brief.title = c.region.region_name + ": placement prices";
    brief.subtitle = "What the region's councils pay, by placement type and need band, against each other, over "
                     "time, by provider and against a fair cost";
    brief.marking = "OFFICIAL-SENSITIVE";  // provider premiums name providers' prices
    brief.as_of = c.cells.filter.to.iso();

    for (std::size_t i = 0; i < c.cells.cells.size(); ++i) {
        const PriceCell& cell = c.cells.cells[i];
        if (!is_total(cell)) continue;
        // The region's total passes disclosure control like any cell.
        if (c.verdicts[i].published()) {
            brief.key_figures.push_back({"Placements ongoing, " + c.cells.filter.from.iso() + " to " +
                                             c.cells.filter.to.iso(),
                                         static_cast<double>(cell.placements), ColumnKind::Integer, 0,
                                         format_value(static_cast<double>(cell.providers), ColumnKind::Integer, 0) +
                                             " provider groups"});
            brief.key_figures.push_back({"Median core weekly fee, all types", cell.fee.median, ColumnKind::Money, 0,
                                         "p10 " + format_value(cell.fee.p10, ColumnKind::Money, 0) + ", p90 " +
                                             format_value(cell.fee.p90, ColumnKind::Money, 0)});
            brief.key_figures.push_back({"Spend in the period, fees and extras", cell.spend, ColumnKind::Money, 0,
                                         format_value(cell.placement_weeks, ColumnKind::Number, 0) +
                                             " placement-weeks"});
        }
    }
    brief.key_figures.push_back({"Councils compared", static_cast<double>(c.councils.councils.size()),
                                 ColumnKind::Integer, 0, "with placements in the period"});

    const PriceView view{PriceMeasure::Fee, false, true};
    Section distribution{"Prices by placement type and need band", {}};
    distribution.blocks.push_back(Paragraph{
        "The core weekly fee of every placement ongoing in the twelve months, whichever council placed it, by "
        "placement type and need band. A cell with too few placements or providers, or one provider dominating its "
        "spend, is suppressed and says why; so is any cell the totals would give away."});
    distribution.blocks.push_back(fee_boxes(c));
    distribution.blocks.push_back(price_cells_table(c.cells, c.verdicts, view, rules));
    brief.sections.push_back(std::move(distribution));

    Section councils{"Councils against the region", {council_comparison_table(c.councils, c.council_verdicts, rules)}};
    brief.sections.push_back(std::move(councils));

    Section index{"Price index", {}};
    index.blocks.push_back(Paragraph{
        "A like-for-like index of the weekly fee of placements starting each year (need, age, route and provider "
        "held constant), by placement type, base year = 100; real terms deflate by CPI."});
    index.blocks.push_back(price_index_table(c.index, rules));
    brief.sections.push_back(std::move(index));

    Section premiums{"Provider premiums", {}};
    premiums.blocks.push_back(Paragraph{
        "Each provider group's weekly fee against the average provider for the same placement type, need band, age "
        "band, route and start year, from the hedonic model over five years of the region's placements. A premium "
        "whose 95% interval excludes 0 is unlikely to be chance."});
    if (c.fit) {
        premiums.blocks.push_back(hedonic_terms_table(*c.fit, rules));
        premiums.blocks.push_back(provider_premiums_table(*c.fit, kPremiumMinPlacements));
    } else {
        premiums.blocks.push_back(Paragraph{"The model cannot be fitted: " + c.fit_failure + "."});
    }
    brief.sections.push_back(std::move(premiums));

    Section cost{"Should-cost", {should_cost_summary(c.should_costs)}};
    for (const ShouldCost& s : c.should_costs) cost.blocks.push_back(should_cost_table(s));
    brief.sections.push_back(std::move(cost));

    brief.method_notes = {
        "Period: the twelve whole months to the last month end in the data; index and hedonic model: five years. "
        "Whole months only, so that two published tables cannot be differenced down to one placement.",
        "Disclosure control (docs/prices.md): a cell is published with at least disclosure.min_placements "
        "placements and disclosure.min_providers providers and no provider above disclosure.dominance_pct of its "
        "spend; secondary suppression protects cells a total would reveal.",
        "Hedonic model: ordinary least squares of the log weekly fee on region, type, need band, age band, route "
        "and start year with provider group effects (models/prices/hedonic.hpp).",
        "Should-cost: care hours x pay with on-costs, premises, management and overheads at the occupancy "
        "assumed, plus returns on operations and on capital (models/prices/should_cost.hpp).",
    };
    brief.assumptions = assumption_lines(
        assumptions,
        {"disclosure.min_placements", "disclosure.min_providers", "disclosure.dominance_pct", "should_cost.hourly_pay_gbp",
         "should_cost.london_pay_uplift_pct", "should_cost.on_costs_pct", "should_cost.occupancy_pct",
         "should_cost.care_hours_band1", "should_cost.care_hours_band2", "should_cost.care_hours_band3",
         "should_cost.care_hours_band4", "should_cost.premises_per_week_gbp", "should_cost.management_pct",
         "should_cost.overheads_pct", "should_cost.return_on_operations_pct", "should_cost.return_on_capital_pct",
         "should_cost.capital_per_place_gbp", "should_cost.band_pct"});
    brief.data_sources = {provenance.data_source,
                          "Placements and fees: placements.csv; councils and RCCs: local_authorities.csv; CPI and "
                          "wages: indices.csv.",
                          "Generated " + provenance.generated_at + " by oversight."};
    return brief;
}

}  // namespace oversight
