#include "reports/builders/exit_brief.hpp"

#include <stdexcept>

#include "models/common/histogram.hpp"

namespace oversight {
namespace {

constexpr int kHistogramBins = 24;
/// Group lists are cut to their first rows in a brief: the riskiest, or the most moved.
constexpr std::size_t kGroupRowsShown = 40;

/// The tables of a run without its own assumptions table (the brief has one for all), the
/// lists of groups cut to their first rows.
void add_tables(Section& section, std::vector<Table> tables) {
    for (Table& t : tables) {
        if (t.id() == "exit_assumptions") continue;
        if (t.id() == "exit_group_pds" || t.id() == "exit_lever_groups")
            section.blocks.push_back(
                first_rows_of(t, kGroupRowsShown, "oversight exit --format csv, with the same --lever options"));
        else
            section.blocks.push_back(std::move(t));
    }
}

Chart regions_chart(const ExitMarket& market, const ExitOutcome& outcome) {
    const MarketData& data = market.market().data();
    Chart chart;
    chart.id = "displaced_by_region";
    chart.kind = Chart::Kind::Bar;
    chart.title = "Children displaced by region of their council";
    chart.value_label = "children";
    chart.value_kind = ColumnKind::Integer;
    for (const ExitArea& r : outcome.regions) {
        chart.categories.push_back(data.regions[r.index].region_name);
        chart.values.push_back(r.displaced);
    }
    chart.caption = "Bar chart of the children displaced in each region (by the region of the council that placed "
                    "them); the table below splits them by where they are re-placed.";
    return chart;
}

Chart displaced_histogram(const ExitSimulation& simulation) {
    std::vector<int> displaced;
    displaced.reserve(simulation.paths.size());
    for (const PathOutcome& p : simulation.paths) displaced.push_back(p.displaced);
    const Histogram h = integer_histogram(displaced, kHistogramBins);
    Chart chart;
    chart.kind = Chart::Kind::Histogram;
    chart.id = "displaced_distribution";
    chart.title = "Children displaced in a year: " + format_value(static_cast<double>(simulation.paths.size()),
                                                                  ColumnKind::Integer, 0) +
                  " simulated years";
    chart.value_label = "simulated years";
    chart.value_kind = ColumnKind::Integer;
    chart.category_label = "children displaced in the year";
    chart.bin_kind = ColumnKind::Integer;
    chart.bin_edges = h.edges;
    chart.values = h.counts;
    chart.caption = "Histogram of the children displaced nationally on each simulated path; the mean and "
                    "percentiles are in the table below.";
    return chart;
}

}  // namespace

Brief build_exit_brief(const ExitBriefContent& c, const Assumptions& assumptions, const BriefProvenance& provenance) {
    if (!c.outcome && !c.simulation) throw std::invalid_argument("exit brief " + c.id + ": no scenario or simulation");
    if (static_cast<bool>(c.outcome) != static_cast<bool>(c.label) ||
        static_cast<bool>(c.simulation) != static_cast<bool>(c.pds))
        throw std::invalid_argument("exit brief " + c.id + ": a scenario or simulation without its pair");

    Brief brief;
    brief.id = "exit-" + c.id;
    brief.title = c.title;
    brief.marking = "OFFICIAL-SENSITIVE";  // names the providers that exit and the councils affected
    brief.as_of = c.market.as_of().iso();

    if (c.outcome) {
        const ExitArea& e = c.outcome->england;
        brief.subtitle = "Exit scenario (" + c.label->how + "): " +
                         (c.label->exiting.size() <= 3 ? join(c.label->exiting, ", ")
                                                       : std::to_string(c.label->exiting.size()) + " providers") +
                         " closing every setting on " + c.market.as_of().iso();
        brief.key_figures = {
            {"Children displaced", static_cast<double>(e.displaced), ColumnKind::Integer, 0,
             std::to_string(c.outcome->settings_closed) + " settings closed"},
            {"Children who cannot be placed", static_cast<double>(e.unplaced), ColumnKind::Integer, 0,
             "within exit.max_distance_km, with a compatible free place"},
            {"Change in cost to councils a year", e.annual_cost_change_gbp(), ColumnKind::Money, 0,
             "new fees and travel, and the unplaced at exit.unplaced_weekly_cost_gbp; negative: cheaper"},
            {"Re-placed in their own council", static_cast<double>(e.own_council), ColumnKind::Integer, 0,
             std::to_string(e.own_region) + " in their region, " + std::to_string(e.elsewhere) + " elsewhere"},
        };
        if (e.replaced() > 0)  // no distance after when nobody is re-placed
            brief.key_figures.push_back({"Average distance from home after", e.average_km_after(), ColumnKind::Number, 1,
                                         "km, re-placed children; before: " +
                                             format_value(e.average_km_before(), ColumnKind::Number, 1) + " km"});
    } else {
        brief.subtitle = "A simulated year of correlated provider failures across the market";
    }
    if (c.simulation) {
        const ExitSimulation& s = *c.simulation;
        brief.key_figures.push_back({"Children displaced in a simulated year, mean", s.england.displaced.mean,
                                     ColumnKind::Number, 0,
                                     "95th percentile " + format_value(s.england.displaced.p95, ColumnKind::Number, 0)});
        brief.key_figures.push_back({"Groups failing in a year, mean", s.failed_groups.mean, ColumnKind::Number, 1,
                                     "expected from the PDs: " + format_value(s.expected_failures, ColumnKind::Number, 1)});
        brief.key_figures.push_back({"Children unplaced in a year, mean", s.england.unplaced.mean, ColumnKind::Number, 0,
                                     "99th percentile " + format_value(s.england.unplaced.p99, ColumnKind::Number, 0)});
    }

    if (c.outcome) {
        Section who{"Who exits", {}};
        who.blocks.push_back(Paragraph{"Selected by " + c.label->how + ": " + join(c.label->exiting, "; ") + "."});
        who.blocks.push_back(Paragraph{
            "Every setting they run closes on the date and the children placed there are re-placed: as many as can "
            "be, then as cheaply as can be, in settings of a compatible type with free places within the distance "
            "limit, by an exact minimum-cost flow."});
        brief.sections.push_back(std::move(who));
        Section displaced{"Where the children go", {regions_chart(c.market, *c.outcome)}};
        add_tables(displaced, exit_scenario_tables(c.market, *c.label, *c.outcome, assumptions));
        brief.sections.push_back(std::move(displaced));
    }
    if (c.simulation) {
        Section simulated{"A simulated year", {}};
        simulated.blocks.push_back(Paragraph{
            "Each path draws which groups fail in the year from their one-year default probabilities, correlated "
            "through one market factor (exit.correlation); every failing group's settings close and its children "
            "are re-placed as in the scenario."});
        simulated.blocks.push_back(displaced_histogram(*c.simulation));
        add_tables(simulated, exit_simulation_tables(c.market, *c.simulation, *c.pds, assumptions));
        brief.sections.push_back(std::move(simulated));
    }
    if (!c.levers.empty()) {
        Section levers{"Policy levers compared", {}};
        levers.blocks.push_back(Paragraph{
            "Each lever is applied alone to the market of the date, every model runs again (accounts, watchlist and "
            "default probabilities, who exits, the re-placement) and the result is set beside the baseline."});
        add_tables(levers, exit_lever_tables(c.levers));
        brief.sections.push_back(std::move(levers));
    }

    brief.method_notes = {
        "Re-placement: an exact minimum-cost flow (LEMON) from the displaced children, grouped by council, type and "
        "need, to settings with free places; unplaced children carry exit.unplaced_weekly_cost_gbp.",
        "Cost change = new weekly fees and travel, plus the unplaced cost, less the old fees and travel, x 52.18 weeks.",
        "Simulation: one-factor Gaussian copula; a group fails on a path when sqrt(rho) Z + sqrt(1 - rho) e < "
        "N^-1(PD); paths depend only on (seed, path), so any thread count gives the same results.",
        "Distances are great-circle between council centroids (local_authorities.csv).",
    };
    brief.assumptions = assumption_lines(assumptions, exit_assumption_keys());
    brief.data_sources = {provenance.data_source,
                          "Settings and places: settings.csv; placements and fees: placements.csv; default "
                          "probabilities: the watchlist (oversight risk).",
                          "Generated " + provenance.generated_at + " by oversight."};
    return brief;
}

}  // namespace oversight
