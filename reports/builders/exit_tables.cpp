#include "reports/builders/exit_tables.hpp"

#include <algorithm>
#include <cmath>

#include "engine/csv_writer.hpp"

#include "reports/builders/brief_parts.hpp"

namespace oversight {
namespace {

std::vector<Column> area_columns(const std::string& area_heading) {
    return {{"code", "Code", ColumnKind::Text, 0},
            {"name", area_heading, ColumnKind::Text, 0},
            {"displaced", "Children displaced", ColumnKind::Integer, 0},
            {"own_council", "Re-placed in own council", ColumnKind::Integer, 0},
            {"own_region", "In own region", ColumnKind::Integer, 0},
            {"elsewhere", "Elsewhere", ColumnKind::Integer, 0},
            {"unplaced", "Unplaced", ColumnKind::Integer, 0},
            {"weekly_cost_change_gbp", "Weekly cost change", ColumnKind::Money, 0},
            {"annual_cost_change_gbp", "Annual cost change", ColumnKind::Money, 0},
            {"average_km_before", "Average km before", ColumnKind::Number, 1},
            {"average_km_after", "Average km after (re-placed)", ColumnKind::Number, 1}};
}

std::vector<Cell> area_row(const std::string& code, const std::string& name, const ExitArea& area) {
    return {Cell::text(code),
            Cell::text(name),
            Cell::number(area.displaced),
            Cell::number(area.own_council),
            Cell::number(area.own_region),
            Cell::number(area.elsewhere),
            Cell::number(area.unplaced),
            Cell::number(pounds(area.weekly_cost_change())),
            Cell::number(area.annual_cost_change_gbp()),
            area.displaced > 0 ? Cell::number(area.average_km_before()) : Cell::missing("none displaced"),
            area.replaced() > 0 ? Cell::number(area.average_km_after()) : Cell::missing("none re-placed")};
}

}  // namespace

const std::vector<std::string>& exit_assumption_keys() {
    static const std::vector<std::string> keys = [] {
        std::vector<std::string> exit_keys;
        for (const AssumptionKey& entry : assumption_catalogue())
            if (entry.key.starts_with("exit.")) exit_keys.push_back(entry.key);
        return exit_keys;
    }();
    return keys;
}

std::vector<Table> exit_scenario_tables(const ExitMarket& market, const ExitScenarioLabel& label,
                                        const ExitOutcome& outcome, const Assumptions& assumptions) {
    const MarketData& data = market.market().data();
    const ExitArea& e = outcome.england;
    Table summary("exit_summary", "Exit scenario on " + market.as_of().iso() + ": children",
                  {{"measure", "Measure", ColumnKind::Text, 0}, {"count", "Count", ColumnKind::Integer, 0}});
    auto count = [&](const std::string& measure, double value) {
        summary.add_row({Cell::text(measure), Cell::number(value)});
    };
    count("Settings closing", outcome.settings_closed);
    count("Children displaced", e.displaced);
    count("Re-placed in their own council", e.own_council);
    count("Re-placed in their own region", e.own_region);
    count("Re-placed elsewhere", e.elsewhere);
    count("Unplaced", e.unplaced);
    count("Demand groups (council, type, need band)", outcome.demand_groups);
    count("Arcs in the solved network", static_cast<double>(outcome.arcs));
    count("Networks solved (column generation)", outcome.rounds);

    Table costs("exit_costs", "Exit scenario: cost to councils",
                {{"measure", "Measure", ColumnKind::Text, 0},
                 {"weekly_gbp", "A week", ColumnKind::Money, 2},
                 {"annual_gbp", "A year", ColumnKind::Money, 0}});
    auto cost = [&](const std::string& measure, Pence weekly) {
        costs.add_row({Cell::text(measure), Cell::number(pounds(weekly)),
                       Cell::number(annual_gbp(weekly))});
    };
    cost("Fees of the displaced before", e.fees_before);
    cost("Travel cost of the displaced before", e.travel_before);
    cost("Fees of the re-placed after", e.fees_after);
    cost("Travel cost of the re-placed after", e.travel_after);
    cost("Cost of the unplaced", e.unplaced_cost);
    cost("Change", e.weekly_cost_change());
    summary.add_note("Exiting (" + label.how + "): " + (label.exiting.empty() ? "nothing" : join(label.exiting, "; ")) + ".");
    costs.add_note("Weekly cost change = fees after + travel after + unplaced × exit.unplaced_weekly_cost_gbp − "
                     "fees before − travel before; annual = weekly × 365.25 / 7. Core fees only: extras follow the child.");
    costs.add_note("Re-placement is a minimum-cost flow solved exactly (LEMON network simplex): as many children "
                     "placed as can be, then the cheapest way. A place costs the setting's median weekly fee for the "
                     "need band on the date when at least exit.min_placements_for_own_price children give it (else the median for the type and band in the setting's region, else in England, else the type's in England) plus "
                     "exit.travel_cost_per_km_week_gbp × km between council centroids.");

    Table regions("exit_regions", "Exit scenario by region of the children's councils", area_columns("Region"));
    for (const ExitArea& area : outcome.regions)
        regions.add_row(area_row(data.regions[area.index].region_code, data.regions[area.index].region_name, area));
    regions.add_row(area_row("E92000001", "England", e));

    Table councils("exit_councils", "Councils to warn: children displaced, most first", area_columns("Council"));
    std::vector<const ExitArea*> affected;
    for (const ExitArea& area : outcome.councils)
        if (area.displaced > 0) affected.push_back(&area);
    std::sort(affected.begin(), affected.end(), [&](const ExitArea* a, const ExitArea* b) {
        if (a->displaced != b->displaced) return a->displaced > b->displaced;
        return data.local_authorities[a->index].la_name < data.local_authorities[b->index].la_name;
    });
    for (const ExitArea* area : affected)
        councils.add_row(area_row(data.local_authorities[area->index].la_code,
                                  data.local_authorities[area->index].la_name, *area));
    return {summary, costs, regions, councils, assumptions_table("exit_assumptions", "Assumptions", assumption_lines(assumptions, exit_assumption_keys()))};
}

std::vector<Table> exit_simulation_tables(const ExitMarket& market, const ExitSimulation& simulation,
                                          const std::vector<GroupPd>& pds, const Assumptions& assumptions) {
    const MarketData& data = market.market().data();
    Table summary("exit_simulation_summary", "Simulated year of exits from " + market.as_of().iso(),
                  {{"measure", "Measure", ColumnKind::Text, 0}, {"value", "Value", ColumnKind::Text, 0}});
    // Plain decimals (no separators) so that the CSV and JSON extracts read as numbers.
    auto row = [&](const std::string& measure, double value) {
        summary.add_row({Cell::text(measure), Cell::text(format_decimal(value))});
    };
    const auto can_fail = std::count_if(pds.begin(), pds.end(), [](const GroupPd& p) { return p.probability > 0.0; });
    row("Paths", simulation.options.paths);
    row("Correlation (rho)", simulation.options.correlation);
    row("Seed", static_cast<double>(simulation.options.seed));
    row("Groups that can fail", static_cast<double>(can_fail));
    row("Expected failures (sum of PDs)", std::round(simulation.expected_failures * 100.0) / 100.0);
    row("Paths with at least one failure", simulation.paths_with_failures);
    row("Mean arcs per solved network", std::round(simulation.mean_arcs));
    row("Mean networks solved per path", std::round(simulation.mean_rounds * 100.0) / 100.0);
    summary.add_note("One-factor Gaussian model (DOMAIN.md §7): group i fails when √ρ·Z + √(1−ρ)·ε_i < Φ⁻¹(PD_i); "
                     "every setting of a failing group closes and its children are re-placed as in one scenario.");
    summary.add_note("Path k draws from oversight::Random(seed, \"exitfail\", k): the same results for any thread count.");

    Table distribution("exit_distribution", "Distribution over the simulated paths",
                       {{"area", "Area", ColumnKind::Text, 0},
                        {"measure", "Measure", ColumnKind::Text, 0},
                        {"mean", "Mean", ColumnKind::Number, 1},
                        {"p50", "Median", ColumnKind::Number, 1},
                        {"p95", "95th percentile", ColumnKind::Number, 1},
                        {"p99", "99th percentile", ColumnKind::Number, 1},
                        {"max", "Largest", ColumnKind::Number, 1}});
    auto add = [&](const std::string& area, const std::string& measure, const PathSummary& s) {
        distribution.add_row({Cell::text(area), Cell::text(measure), Cell::number(s.mean), Cell::number(s.p50),
                              Cell::number(s.p95), Cell::number(s.p99), Cell::number(s.max)});
    };
    auto add_area = [&](const std::string& area, const AreaDistribution& d) {
        add(area, "children displaced", d.displaced);
        add(area, "children unplaced", d.unplaced);
        add(area, "annual cost change (£)", d.annual_cost_change_gbp);
    };
    add("England", "groups failing", simulation.failed_groups);
    add_area("England", simulation.england);
    for (const AreaDistribution& region : simulation.regions) add_area(data.regions[region.index].region_name, region);
    distribution.add_note("Percentiles are type 7 (linear) over the paths; areas are the children's councils' regions.");

    Table groups("exit_group_pds", "Groups that can fail: one-year probability used and how often they failed",
                 {{"group_id", "Group", ColumnKind::Text, 0},
                  {"name", "Name", ColumnKind::Text, 0},
                  {"pd_pct", "One-year PD", ColumnKind::Percent, 2},
                  {"source", "Source", ColumnKind::Text, 0},
                  {"children", "Children placed", ColumnKind::Integer, 0},
                  {"failed_pct", "Failed on % of paths", ColumnKind::Percent, 2}});
    std::vector<std::size_t> order;
    for (std::size_t g = 0; g < pds.size(); ++g)
        if (pds[g].probability > 0.0) order.push_back(g);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return pds[a].probability > pds[b].probability; });
    for (const std::size_t g : order) {
        const ExitGroup& group = market.groups()[g];
        groups.add_row({Cell::text(group.group_id), Cell::text(group.name), Cell::number(100.0 * pds[g].probability),
                        Cell::text(pd_source_name(pds[g].source)), Cell::number(group.children_placed),
                        Cell::number(100.0 * simulation.failures_of_group[g] / simulation.options.paths)});
    }
    return {summary, distribution, groups, assumptions_table("exit_assumptions", "Assumptions", assumption_lines(assumptions, exit_assumption_keys()))};
}

}  // namespace oversight
