#include "reports/builders/price_tables.hpp"

#include <algorithm>

#include <cmath>
#include <stdexcept>
#include <string>

#include "engine/domain/codes.hpp"
#include "models/common/numbers.hpp"

namespace oversight {
namespace {

bool has_label(PriceDimension d) { return d == PriceDimension::Region || d == PriceDimension::La; }

std::string filter_text(const PriceFilter& f) {
    std::string text = "placements ongoing between " + f.from.iso() + " and " + f.to.iso();
    if (f.region_code) text += ", commissioned in region " + *f.region_code;
    if (f.rcc) text += ", by councils of " + *f.rcc;
    if (f.la_code) text += ", by council " + *f.la_code;
    if (f.type) text += ", type " + std::string(code_of(*f.type));
    if (f.need_band) text += ", need band " + std::to_string(*f.need_band);
    return text;
}

std::string by_text(const PriceTable& table) {
    std::string by;
    for (PriceDimension d : table.dimensions) by += (by.empty() ? "" : ", ") + std::string(dimension_name(d));
    return by.empty() ? std::string("all placements") : by;
}

}  // namespace

Table price_cells_table(const PriceTable& table, const std::vector<CellDisclosure>& verdicts, const PriceView& view,
                        const DisclosureAssumptions& rules) {
    if (verdicts.size() != table.cells.size()) throw std::invalid_argument("price table: one verdict per cell is needed");
    const std::string measure = view.measure == PriceMeasure::Fee ? "core weekly fee" : "weekly fee with extras";
    std::vector<Column> columns;
    for (PriceDimension d : table.dimensions) {
        const std::string name(dimension_name(d));
        columns.push_back({name, name, ColumnKind::Text, 0});
        if (has_label(d)) columns.push_back({name + "_name", name + " name", ColumnKind::Text, 0});
    }
    for (const Column& c : std::vector<Column>{{"placements", "Placements", ColumnKind::Integer, 0},
                                               {"providers", "Providers", ColumnKind::Integer, 0},
                                               {"placement_weeks", "Placement-weeks", ColumnKind::Number, 0},
                                               {"mean", "Mean", ColumnKind::Money, 0},
                                               {"median", "Median", ColumnKind::Money, 0},
                                               {"p10", "p10", ColumnKind::Money, 0},
                                               {"p25", "p25", ColumnKind::Money, 0},
                                               {"p75", "p75", ColumnKind::Money, 0},
                                               {"p90", "p90", ColumnKind::Money, 0},
                                               {"iqr", "IQR", ColumnKind::Money, 0},
                                               {"cv_pct", "CV", ColumnKind::Percent, 1},
                                               {"disclosure", "Disclosure", ColumnKind::Text, 0}})
        columns.push_back(c);
    Table t("price_cells",
            std::string("Weekly prices (") + measure + (view.weighted ? ", weighted by placement-weeks" : "") +
                ") by " + by_text(table),
            std::move(columns));

    std::size_t primary = 0, secondary = 0;
    for (std::size_t i = 0; i < table.cells.size(); ++i) {
        const PriceCell& cell = table.cells[i];
        if (!view.show_totals && cell.is_margin()) continue;
        std::vector<Cell> row;
        for (std::size_t d = 0; d < table.dimensions.size(); ++d) {
            row.push_back(Cell::text(cell.key[d]));
            if (has_label(table.dimensions[d])) row.push_back(Cell::text(cell.label[d]));
        }
        const CellDisclosure& verdict = verdicts[i];
        if (!verdict.published()) {
            (verdict.suppression == Suppression::Primary ? primary : secondary) += 1;  // rows shown
            row.push_back(Cell::missing("suppressed"));
            for (int k = 1; k < 11; ++k) row.push_back(Cell::missing());
            row.push_back(Cell::text(verdict.reason));
            t.add_row(std::move(row));
            continue;
        }
        const PriceDistribution& d = view.measure == PriceMeasure::Fee ? (view.weighted ? cell.fee_weighted : cell.fee)
                                                                        : (view.weighted ? cell.total_weighted : cell.total);
        // Published figures are rounded (pounds and weeks to whole numbers, CV to 0.1), so
        // that two overlapping queries cannot be differenced down to one placement's fee.
        const auto whole = [](double v) { return Cell::number(std::round(v)); };
        for (const Cell& c : {Cell::number(static_cast<double>(cell.placements)),
                              Cell::number(static_cast<double>(cell.providers)), whole(cell.placement_weeks),
                              whole(d.mean), whole(d.median), whole(d.p10), whole(d.p25), whole(d.p75), whole(d.p90),
                              whole(d.iqr),
                              d.cv_pct ? Cell::number(std::round(*d.cv_pct * 10.0) / 10.0) : Cell::missing("fewer than 2"),
                              Cell::text("published")})
            row.push_back(c);
        t.add_row(std::move(row));
    }
    t.add_note("Cells: " + filter_text(table.filter) + "; region, RCC and council are the commissioning council's; " +
               (view.show_totals ? "\"all\" rows are totals" : "totals left out of the table but counted by disclosure control") +
               ". Pounds and weeks rounded to whole numbers. Method: docs/prices.md.");
    t.add_note("Quantiles: linear (type 7)" +
               std::string(view.weighted ? ", each placement weighted by its weeks in the period (weights rescaled to "
                                           "add up to the number of placements)"
                                         : ", each placement once") +
               "; CV = standard deviation (n - 1) / mean.");
    t.add_note("Disclosure control: a published cell has at least " + std::to_string(rules.min_placements) +
               " placements from at least " + std::to_string(rules.min_providers) +
               " provider groups, none with more than " + fixed_text(rules.dominance_pct, 0) +
               " % of its spend; further cells are suppressed where a total would reveal a suppressed one. " +
               std::to_string(primary) + " cell(s) suppressed by those rules, " + std::to_string(secondary) +
               " to protect them.");
    return t;
}

Table price_index_table(const PriceIndex& index, const DisclosureAssumptions& rules) {
    Table t("price_index", "Price index by commissioning region and placement type, like for like (first year = 100)",
            {{"region", "Region", ColumnKind::Text, 0},
             {"region_name", "Region name", ColumnKind::Text, 0},
             {"type", "Type", ColumnKind::Text, 0},
             {"year", "Year", ColumnKind::Year, 0},
             {"placements", "Placements", ColumnKind::Integer, 0},
             {"index", "Index", ColumnKind::Number, 1},
             {"log_std_error", "Std error (log)", ColumnKind::Number, 4},
             {"real_index", "Real index", ColumnKind::Number, 1},
             {"disclosure", "Disclosure", ColumnKind::Text, 0}});
    std::size_t suppressed = 0;
    for (const PriceIndexPoint& p : index.points) {
        std::vector<Cell> row = {Cell::text(p.region_code), Cell::text(p.region_name), Cell::text(p.type),
                                 Cell::number(p.year)};
        const std::string why = primary_suppression(p.placements, p.providers, p.largest_provider_share_pct, rules);
        if (!why.empty()) {
            ++suppressed;
            row.insert(row.end(), {Cell::missing("suppressed"), Cell::missing(), Cell::missing(), Cell::missing(),
                                   Cell::text(why)});
        } else {
            row.insert(row.end(), {Cell::number(static_cast<double>(p.placements)), Cell::number(p.index),
                                   Cell::number(p.log_std_error),
                                   p.real_index ? Cell::number(*p.real_index) : Cell::missing("no CPI"),
                                   Cell::text("published")});
        }
        t.add_row(std::move(row));
    }
    t.add_note("Within each region and type: log(weekly fee) on need band, age band, route, start year and provider "
               "over the placements starting from " + index.filter.from.iso() + " to " + index.filter.to.iso() +
               "; index = 100 exp(year coefficient), the first year 100. Real = index x CPI(first year) / CPI(year), "
               "CPI from indices.csv. Method: models/prices/price_index.hpp.");
    t.add_note("Disclosure: a year needs " + std::to_string(rules.min_placements) + " placements from " +
               std::to_string(rules.min_providers) + " providers; " + std::to_string(suppressed) + " suppressed.");
    for (const std::string& state : index.states) t.add_note(state);
    return t;
}

Table council_comparison_table(const CouncilComparisons& comparisons, const std::vector<CellDisclosure>& verdicts,
                               const DisclosureAssumptions& rules) {
    if (verdicts.size() < comparisons.councils.size())
        throw std::invalid_argument("council comparison: one verdict per council is needed");
    Table t("council_comparison", "Each council against its region and RCC, like for like",
            {{"la", "Council", ColumnKind::Text, 0},
             {"la_name", "Council name", ColumnKind::Text, 0},
             {"region", "Region", ColumnKind::Text, 0},
             {"rcc", "RCC", ColumnKind::Text, 0},
             {"placements", "Placements", ColumnKind::Integer, 0},
             {"placement_weeks", "Placement-weeks", ColumnKind::Number, 0},
             {"premium_vs_region_pct", "Premium vs region", ColumnKind::Percent, 1},
             {"premium_vs_rcc_pct", "Premium vs RCC", ColumnKind::Percent, 1},
             {"spot_share_pct", "Spot", ColumnKind::Percent, 1},
             {"region_spot_share_pct", "Region spot", ColumnKind::Percent, 1},
             {"out_of_area_pct", "Out of area", ColumnKind::Percent, 1},
             {"region_out_of_area_pct", "Region out of area", ColumnKind::Percent, 1},
             {"mean_distance_km", "Distance (km)", ColumnKind::Number, 1},
             {"region_mean_distance_km", "Region distance (km)", ColumnKind::Number, 1},
             {"disclosure", "Disclosure", ColumnKind::Text, 0}});
    // The verdict of a total: {region, RCC, all} or {region, all, all}.
    const auto total_published = [&](const std::vector<std::string>& key) {
        for (std::size_t i = 0; i < comparisons.disclosure_cells.size() && i < verdicts.size(); ++i)
            if (comparisons.disclosure_cells[i].key == key) return verdicts[i].published();
        return false;
    };
    const std::string all(kAllValues);
    std::size_t suppressed = 0;
    for (std::size_t i = 0; i < comparisons.councils.size(); ++i) {
        const CouncilComparison& c = comparisons.councils[i];
        const bool region_shown = total_published({c.region_code, all, all});
        const bool rcc_shown = c.rcc && total_published({c.region_code, *c.rcc, all});
        std::vector<Cell> row = {Cell::text(c.la_code), Cell::text(c.la_name), Cell::text(c.region_code),
                                 c.rcc ? Cell::text(*c.rcc) : Cell::missing("none")};
        if (!verdicts[i].published()) {
            ++suppressed;
            row.push_back(Cell::missing("suppressed"));
            for (int k = 1; k < 10; ++k) row.push_back(Cell::missing());
            row.push_back(Cell::text(verdicts[i].reason));
            t.add_row(std::move(row));
            continue;
        }
        const auto region_cell = [&](double value) {
            return region_shown ? Cell::number(value) : Cell::missing("region suppressed");
        };
        row.insert(row.end(),
                   {Cell::number(static_cast<double>(c.council.placements)), Cell::number(c.council.placement_weeks),
                    region_cell(c.premium_vs_region_pct),
                    !c.premium_vs_rcc_pct ? Cell::missing("no RCC")
                    : rcc_shown           ? Cell::number(*c.premium_vs_rcc_pct)
                                          : Cell::missing("RCC suppressed"),
                    Cell::number(c.council.spot_share_pct), region_cell(c.region.spot_share_pct),
                    Cell::number(c.council.out_of_area_pct), region_cell(c.region.out_of_area_pct),
                    Cell::number(c.council.mean_distance_km), region_cell(c.region.mean_distance_km),
                    Cell::text("published")});
        t.add_row(std::move(row));
    }
    t.add_note("Placements ongoing between " + comparisons.filter.from.iso() + " and " + comparisons.filter.to.iso() +
               ", each weighted by its weeks in the period. Premium = what the council pays / what its region (RCC) "
               "pays on average for the same type and need band, minus 1. Spot and out-of-area shares are of "
               "placement-weeks; distance is from the council's centroid to its settings' councils'. Method: "
               "models/prices/council_comparison.hpp.");
    t.add_note("Disclosure: each council is a cell (" + std::to_string(rules.min_placements) + " placements, " +
               std::to_string(rules.min_providers) + " provider groups, none above " + fixed_text(rules.dominance_pct, 0) +
               " % of its spend) and its region their total; " + std::to_string(suppressed) + " council(s) suppressed.");
    return t;
}

Table should_cost_table(const ShouldCost& cost) {
    Table t("should_cost",
            "Should-cost of a children's home placement, need band " + std::to_string(cost.need_band) + ", " +
                (cost.region_code.empty() ? std::string("no region given (no London weighting)")
                                          : "region " + cost.region_code) +
                ", " + cost.as_of.iso(),
            {{"line", "Line", ColumnKind::Text, 0},
             {"per_week", "£ a week", ColumnKind::Money, 2},
             {"basis", "Basis", ColumnKind::Text, 0}});
    for (std::size_t i = 0; i < cost.lines.size(); ++i) {
        const CostLine& line = cost.lines[i];
        t.add_row({Cell::text(line.line), Cell::number(line.per_week), Cell::text(line.basis)});
        if (i == 4) t.add_row({Cell::text("costs"), Cell::number(cost.costs), Cell::text("the five lines above")});
    }
    t.add_row({Cell::text("should-cost"), Cell::number(cost.should_cost), Cell::text("costs + both returns")});
    t.add_row({Cell::text("fair price band, low"), Cell::number(cost.band_low), Cell::text("should-cost - band %")});
    t.add_row({Cell::text("fair price band, high"), Cell::number(cost.band_high), Cell::text("should-cost + band %")});
    t.add_note("Returns together " + fixed_text(cost.combined_return_pct, 1) +
               " % of costs (councils' Fair Cost of Care exercises found about 10 % reasonable). Assumptions: "
               "should_cost.* (docs/configuration.md); method: models/prices/should_cost.hpp.");
    for (const std::string& state : cost.states) t.add_note(state);
    return t;
}

Table quote_check_table(const QuoteCheck& q) {
    Table t("quote_check",
            "Quote of " + format_value(q.request.weekly_fee, ColumnKind::Money, 0) + " a week for a " +
                std::string(code_of(q.request.type)) + " placement, need band " + std::to_string(q.request.need_band) +
                ", for " + q.la_name,
            {{"item", "Item", ColumnKind::Text, 0},
             {"value", "Value", ColumnKind::Number, 2},
             {"unit", "Unit", ColumnKind::Text, 0},
             {"note", "Note", ColumnKind::Text, 0}});
    const auto row = [&t](const std::string& item, Cell value, const std::string& unit, const std::string& note) {
        t.add_row({Cell::text(item), std::move(value), Cell::text(unit), Cell::text(note)});
    };
    row("quote", Cell::number(q.request.weekly_fee), "£ a week", q.la_name + " (" + q.request.la_code + ")");
    const bool shown = q.region_cell && q.disclosure.published();
    const std::string where = q.region_name + ", 12 months to " + q.request.as_of.iso();
    row("region placements", shown ? Cell::number(static_cast<double>(q.region_cell->placements)) : Cell::missing("-"),
        "placements", where);
    if (shown) {
        const PriceDistribution& d = q.region_cell->fee;
        row("region p25", Cell::number(d.p25), "£ a week", "core fee, type 7 quantile");
        row("region median", Cell::number(d.median), "£ a week", "");
        row("region p75", Cell::number(d.p75), "£ a week", "");
        row("region p90", Cell::number(d.p90), "£ a week", "");
    }
    row("position in the region", Cell::missing("-"), "", q.position);
    row("like-for-like expected fee", q.expected_fee ? Cell::number(*q.expected_fee) : Cell::missing("-"), "£ a week",
        q.expected_basis);
    row("like-for-like premium", q.premium_pct ? Cell::number(*q.premium_pct) : Cell::missing("-"), "%",
        "quote / expected fee - 1");
    if (q.should_cost) {
        row("should-cost", Cell::number(q.should_cost->should_cost), "£ a week",
            "band " + format_value(q.should_cost->band_low, ColumnKind::Money, 0) + " to " +
                format_value(q.should_cost->band_high, ColumnKind::Money, 0) + " (prices should-cost --band " +
                std::to_string(q.request.need_band) + " for the lines)");
        row("quote against should-cost", Cell::number(*q.vs_should_cost_pct), "%", q.should_cost_position);
    }
    if (q.group_id) {
        row("provider group", Cell::missing("-"), "", *q.group_name + " (" + *q.group_id + ")");
        row("group operating margin",
            q.group_operating_margin_pct ? Cell::number(*q.group_operating_margin_pct) : Cell::missing("-"), "%",
            q.group_margin_year ? "accounts year " + std::to_string(*q.group_margin_year) : "no complete accounts year");
    }
    t.add_note("Method: models/prices/quote_check.hpp. The position uses only the published quantiles of the region's "
               "cell, which is under disclosure control.");
    for (const std::string& state : q.states) t.add_note(state);
    return t;
}

Table hedonic_terms_table(const HedonicFit& fit, const DisclosureAssumptions& rules) {
    Table t("hedonic_terms", "Hedonic model of the log weekly fee: effects against each factor's most common level",
            {{"factor", "Factor", ColumnKind::Text, 0},
             {"level", "Level", ColumnKind::Text, 0},
             {"placements", "Placements", ColumnKind::Integer, 0},
             {"estimate", "Estimate (log)", ColumnKind::Number, 4},
             {"std_error", "Std error", ColumnKind::Number, 4},
             {"premium_pct", "Premium", ColumnKind::Percent, 1},
             {"disclosure", "Disclosure", ColumnKind::Text, 0}});
    std::size_t suppressed = 0;
    for (const HedonicTerm& term : fit.terms) {
        const bool intercept = term.factor == "intercept";
        std::vector<Cell> row = {Cell::text(term.factor),
                                 Cell::text(term.reference ? term.level + " (reference)" : term.level)};
        const std::string why = primary_suppression(term.observations, term.providers, term.largest_provider_share_pct, rules);
        if (!why.empty()) {
            ++suppressed;
            row.insert(row.end(), {Cell::missing("suppressed"), Cell::missing(), Cell::missing(), Cell::missing(),
                                   Cell::text(why)});
        } else {
            row.insert(row.end(), {Cell::number(static_cast<double>(term.observations)), Cell::number(term.estimate),
                                   term.reference ? Cell::missing("reference") : Cell::number(term.std_error),
                                   intercept ? Cell::missing("-") : Cell::number(100.0 * std::expm1(term.estimate)),
                                   Cell::text("published")});
        }
        t.add_row(std::move(row));
    }
    if (suppressed > 0)
        t.add_note(std::to_string(suppressed) + " level(s) suppressed: a level needs " +
                   std::to_string(rules.min_placements) + " placements from " + std::to_string(rules.min_providers) +
                   " provider groups (disclosure.*).");
    t.add_note("log(weekly fee) = intercept + region + type + need band + age band + route + start year + provider; "
               "OLS on the " + std::to_string(fit.observations) + " placements starting from " + fit.filter.from.iso() +
               " to " + fit.filter.to.iso() + "; " + std::to_string(fit.parameters) + " parameters; R2 " +
               fixed_text(fit.r_squared, 3) + "; residual standard deviation " + fixed_text(fit.residual_sd, 4) +
               ". Premium = exp(estimate) - 1. Method: models/prices/hedonic.hpp, docs/prices.md.");
    for (const std::string& state : fit.states) t.add_note(state);
    return t;
}

Table provider_premiums_table(const HedonicFit& fit, std::size_t min_placements) {
    Table t("provider_premiums", "Like-for-like premium of each provider group against the average provider",
            {{"group_id", "Group", ColumnKind::Text, 0},
             {"name", "Name", ColumnKind::Text, 0},
             {"placements", "Placements", ColumnKind::Integer, 0},
             {"effect", "Effect (log)", ColumnKind::Number, 4},
             {"std_error", "Std error", ColumnKind::Number, 4},
             {"premium_pct", "Premium", ColumnKind::Percent, 1},
             {"premium_low_pct", "95% low", ColumnKind::Percent, 1},
             {"premium_high_pct", "95% high", ColumnKind::Percent, 1}});
    std::vector<const ProviderPremium*> shown;
    for (const ProviderPremium& p : fit.providers)
        if (min_placements == 0 || (p.identified && p.placements >= min_placements)) shown.push_back(&p);
    if (min_placements > 0)
        std::stable_sort(shown.begin(), shown.end(), [](const ProviderPremium* a, const ProviderPremium* b) {
            return a->premium_pct > b->premium_pct;
        });
    for (const ProviderPremium* shown_premium : shown) {
        const ProviderPremium& p = *shown_premium;
        if (!p.identified) {
            t.add_row({Cell::text(p.group_id), Cell::text(p.name), Cell::number(static_cast<double>(p.placements)),
                       Cell::missing("not identified"), Cell::missing(), Cell::missing(), Cell::missing(), Cell::missing()});
            continue;
        }
        t.add_row({Cell::text(p.group_id), Cell::text(p.name), Cell::number(static_cast<double>(p.placements)),
                   Cell::number(p.effect), Cell::number(p.std_error), Cell::number(p.premium_pct),
                   Cell::number(p.premium_low_pct), Cell::number(p.premium_high_pct)});
    }
    if (min_placements > 0)
        t.add_note("Providers with at least " + std::to_string(min_placements) + " placements in the fit, highest "
                   "premium first; " + std::to_string(fit.providers.size() - shown.size()) +
                   " with fewer (or not identified) are left out here and listed by oversight prices hedonic "
                   "--providers.");
    t.add_note("OFFICIAL-SENSITIVE: each row is about one provider's prices; for commissioners and Ofsted, not for "
               "publication. Effect = the provider's coefficient less the placement-weighted average of all "
               "providers', so the average provider is 0; premium = exp(effect) - 1; interval exp(effect +- 1.96 se) - 1.");
    return t;
}

}  // namespace oversight
