#include "reports/builders/stress_tables.hpp"

#include <limits>

namespace oversight {
namespace {

Cell quarter_cell(const std::optional<int>& quarter, const char* none) {
    return quarter ? Cell::number(*quarter) : Cell::missing(none);
}

Cell breaking_cell(const BreakingPoint& point) {
    return point.move ? Cell::number(*point.move) : Cell::missing("no breach within the search");
}

const char* level_label(const StressRun& run) { return run.level == StressLevel::Group ? "Group" : "Entity"; }
std::string level_key(const StressRun& run) { return run.level == StressLevel::Group ? "group_id" : "entity_id"; }
std::string level_noun(const StressRun& run) { return run.level == StressLevel::Group ? "group" : "entity"; }

std::string rise_label(double rise) { return "+" + format_value(rise, ColumnKind::Integer, 0) + " bp"; }
std::string rise_key(const std::string& prefix, double rise) {
    return prefix + format_value(rise, ColumnKind::Year, 0) + "_bp";
}

}  // namespace

Table stress_summary_table(const StressRun& run, const std::string& only_id) {
    // One provider's table names it in the caption instead of on every row.
    const bool one = !only_id.empty();
    std::vector<Column> columns;
    if (!one) columns = {{level_key(run), level_label(run), ColumnKind::Text, 0}, {"name", "Name", ColumnKind::Text, 0}};
    const std::vector<Column> figures = {
        {"scenario", "Scenario", ColumnKind::Text, 0},
        {"annual_ebitda", "EBITDA (shocked)", ColumnKind::Money, 0},
        {"first_breach_quarter", "First breach (quarter)", ColumnKind::Integer, 0},
        {"runway_quarters", "Runway (quarters)", ColumnKind::Integer, 0},
        {"refinancing_need", "Refinancing need", ColumnKind::Money, 0},
        {"peak_net_leverage", "Peak net leverage", ColumnKind::Multiple, 1},
        {"lowest_interest_cover", "Lowest interest cover", ColumnKind::Multiple, 1},
        {"max_net_leverage_covenant", "Leverage covenant", ColumnKind::Multiple, 2},
        {"min_interest_cover_covenant", "Cover covenant", ColumnKind::Multiple, 2}};
    columns.insert(columns.end(), figures.begin(), figures.end());
    Table t("stress_summary",
            one ? "Debt stress of " + level_noun(run) + " " + only_id + " by scenario, from " + run.as_of.iso()
                : "Debt stress by " + level_noun(run) + " and scenario, from " + run.as_of.iso(),
            std::move(columns));
    for (const StressedProvider& p : run.providers)
        for (const StressResult& r : p.scenarios) {
            if (one && r.provider_id != only_id) continue;
            const auto& peak = r.peak_net_leverage;
            const auto& low = r.lowest_interest_cover;
            std::vector<Cell> row;
            if (!one) row = {Cell::text(r.provider_id), Cell::text(r.name)};
            const std::vector<Cell> values = {
                Cell::text(r.scenario_id), Cell::number(r.shocked_annual_ebitda),
                quarter_cell(r.first_breach_quarter, "no breach"), quarter_cell(r.runway_quarters, "beyond the horizon"),
                Cell::number(r.refinancing_need), peak ? Cell::number(*peak) : Cell::missing("EBITDA negative"),
                low ? Cell::number(*low) : Cell::missing("no interest or EBITDA negative"),
                r.max_net_leverage ? Cell::number(*r.max_net_leverage) : Cell::missing("none"),
                r.min_interest_cover ? Cell::number(*r.min_interest_cover) : Cell::missing("none")};
            row.insert(row.end(), values.begin(), values.end());
            t.add_row(std::move(row));
        }
    t.add_note("Projection on " + run.curve +
               (run.path == ProjectionPath::Fast
                    ? " (QuantLib cash flows recorded once, re-priced per scenario: models/debt/facility_projector.hpp)"
                    : " (every scenario projected anew in QuantLib)") +
               "; scenarios: docs/stress-scenarios.md; method: models/debt/stress.hpp.");
    t.add_note("Net leverage = (covenant debt - cash) / (4 x quarterly EBITDA); covenant debt excludes shareholder "
               "loans. Maturities are refinancing needs, assumed refinanced on the same terms. Runway: quarters before "
               "cash plus undrawn facilities turns negative.");
    for (const std::string& skipped : run.skipped) t.add_note("Not stressed: " + skipped);
    return t;
}

Table facility_schedule_table(const StressedProvider& provider, const std::vector<FacilitySchedule>& schedules,
                              const std::string& scenario_id) {
    Table t("facility_schedules",
            provider.inputs().name + ": each facility quarter by quarter under " + scenario_id,
            {{"facility_id", "Facility", ColumnKind::Text, 0},
             {"quarter", "Quarter", ColumnKind::Integer, 0},
             {"end", "Quarter end", ColumnKind::Text, 0},
             {"opening_balance", "Opening balance", ColumnKind::Money, 0},
             {"cash_interest", "Cash interest", ColumnKind::Money, 0},
             {"pik_interest", "PIK interest", ColumnKind::Money, 0},
             {"principal", "Principal", ColumnKind::Money, 0},
             {"closing_balance", "Closing balance", ColumnKind::Money, 0},
             {"undrawn", "Undrawn", ColumnKind::Money, 0},
             {"sonia_pct", "Compounded SONIA", ColumnKind::Percent, 3},
             {"all_in_rate_pct", "All-in rate", ColumnKind::Percent, 3}});
    for (const FacilitySchedule& s : schedules)
        for (const FacilityQuarter& q : s.quarters) {
            if (!q.live) continue;
            t.add_row({Cell::text(s.facility_id), Cell::number(q.quarter), Cell::text(q.end.iso()),
                       Cell::number(q.opening_balance), Cell::number(q.cash_interest), Cell::number(q.pik_interest),
                       Cell::number(q.scheduled_principal), Cell::number(q.closing_balance), Cell::number(q.undrawn),
                       !s.floating            ? Cell::missing("fixed")
                       : q.interest_days > 0 ? Cell::number(q.sonia_pct)
                                             : Cell::missing("no interest"),
                       q.interest_days > 0 ? Cell::number(q.all_in_rate_pct) : Cell::missing("no interest")});
        }
    t.add_note("Quarters while the facility is outstanding; principal includes the balance repaid at maturity (the "
               "stress tables treat a bullet maturity as a refinancing need instead). SONIA compounded in arrears over "
               "the quarter's interest days, annualised Act/365F; the all-in rate adds the margin and the hedged share's "
               "swap rate (models/debt/facility_schedule.hpp).");
    return t;
}

Table stress_scenarios_table(const std::vector<StressScenario>& scenarios) {
    Table t("stress_scenarios", "Stress scenarios: rate shifts over the SONIA curve and operating shocks",
            {{"scenario", "Scenario", ColumnKind::Text, 0},
             {"description", "Description", ColumnKind::Text, 0},
             {"parallel_shift_bp", "Parallel shift (bp)", ColumnKind::Number, 0},
             {"tenor_shifts", "Tenor shifts (bp)", ColumnKind::Text, 0},
             {"occupancy_change_pct", "Occupancy", ColumnKind::Percent, 1},
             {"fee_change_pct", "Fees", ColumnKind::Percent, 1},
             {"wage_inflation_pct", "Staff costs", ColumnKind::Percent, 1},
             {"fixed_cost_share_pct", "Fixed share of costs", ColumnKind::Percent, 0},
             {"profit_cap_pct", "Margin cap", ColumnKind::Percent, 1}});
    for (const StressScenario& s : scenarios) {
        std::string tenors;
        for (const TenorShift& shift : s.tenor_shifts)
            tenors += (tenors.empty() ? "" : ", ") + shift.tenor + " " + format_value(shift.shift_bp, ColumnKind::Number, 0);
        t.add_row({Cell::text(s.id), Cell::text(s.description), Cell::number(s.parallel_shift_bp),
                   tenors.empty() ? Cell::missing("none") : Cell::text(tenors), Cell::number(s.occupancy_change_pct),
                   Cell::number(s.fee_change_pct), Cell::number(s.wage_inflation_pct),
                   Cell::number(s.fixed_cost_share_pct),
                   s.profit_cap_pct ? Cell::number(*s.profit_cap_pct) : Cell::missing("none")});
    }
    t.add_note("Rate shifts are continuously compounded spreads over the base curve, P'(t) = P(t) exp(-s(t) t), the "
               "tenor shifts interpolated linearly in time and held flat beyond the ends. Occupancy, fees and staff "
               "costs are relative changes to the latest accounts year; docs/stress-scenarios.md gives each "
               "scenario's reason.");
    return t;
}

std::vector<Table> provider_stress_tables(const StressRun& run, const StressedProvider& provider,
                                          const ReverseStress& reverse) {
    std::vector<Table> tables;
    for (const StressResult& r : provider.scenarios) {
        Table t("stress_quarters", r.name + " under " + r.scenario_id,
                {{"scenario", "Scenario", ColumnKind::Text, 0},
                 {"quarter", "Quarter", ColumnKind::Integer, 0},
                 {"end", "Quarter end", ColumnKind::Text, 0},
                 {"ebitda", "EBITDA", ColumnKind::Money, 0},
                 {"cash_interest", "Cash interest", ColumnKind::Money, 0},
                 {"pik_interest", "PIK interest", ColumnKind::Money, 0},
                 {"principal", "Principal", ColumnKind::Money, 0},
                 {"debt_service", "Debt service", ColumnKind::Money, 0},
                 {"covenant_debt", "Covenant debt", ColumnKind::Money, 0},
                 {"cash", "Cash", ColumnKind::Money, 0},
                 {"liquidity", "Liquidity", ColumnKind::Money, 0},
                 {"net_leverage", "Net leverage", ColumnKind::Multiple, 2},
                 {"interest_cover", "Interest cover", ColumnKind::Multiple, 2},
                 {"breach", "Breach", ColumnKind::Text, 0},
                 {"refinancing_due", "Refinancing due", ColumnKind::Money, 0}});
        for (const StressQuarter& q : r.quarters)
            t.add_row({Cell::text(r.scenario_id), Cell::number(q.quarter), Cell::text(q.end.iso()), Cell::number(q.ebitda),
                       Cell::number(q.cash_interest), Cell::number(q.pik_interest), Cell::number(q.scheduled_principal),
                       Cell::number(q.debt_service), Cell::number(q.covenant_debt), Cell::number(q.cash),
                       Cell::number(q.liquidity),
                       q.net_leverage ? Cell::number(*q.net_leverage) : Cell::missing("EBITDA negative"),
                       q.interest_cover ? Cell::number(*q.interest_cover) : Cell::missing("-"),
                       Cell::text(q.leverage_breach && q.cover_breach ? "leverage and cover"
                                  : q.leverage_breach                 ? "leverage"
                                  : q.cover_breach                    ? "cover"
                                                                      : ""),
                       Cell::number(q.refinancing_due)});
        for (const auto& state : r.states) t.add_note(state);
        tables.push_back(std::move(t));
    }
    Table rev("reverse_stress", "Reverse stress from the base case: the move at which a covenant first breaks",
              {{"driver", "Driver", ColumnKind::Text, 0},
               {"move", "Move", ColumnKind::Number, 3},
               {"unit", "Unit", ColumnKind::Text, 0},
               {"evaluations", "Stress runs", ColumnKind::Integer, 0}});
    rev.add_row({Cell::text("occupancy fall"), breaking_cell(reverse.occupancy_fall), Cell::text("%"),
                 Cell::number(reverse.occupancy_fall.evaluations)});
    rev.add_row({Cell::text("fee cut"), breaking_cell(reverse.fee_cut), Cell::text("%"),
                 Cell::number(reverse.fee_cut.evaluations)});
    rev.add_row({Cell::text("SONIA rise"), breaking_cell(reverse.rate_rise), Cell::text("bp"),
                 Cell::number(reverse.rate_rise.evaluations)});
    rev.add_note("Bisection to 0.001 on the stress of models/debt/stress.hpp, one driver at a time; 0 = already in "
                 "breach; searched up to a 99 % fall or a 3,000 bp rise. On " + run.curve + ".");
    tables.push_back(std::move(rev));
    return tables;
}

Table stress_grid_table(const StressRun& run, const StressedProvider& provider, const StressGrid& grid) {
    std::vector<Column> columns = {{"occupancy_fall_pct", "Occupancy fall", ColumnKind::Percent, 1}};
    for (double rise : grid.rate_rises_bp) columns.push_back({rise_key("rates_up_", rise), rise_label(rise), ColumnKind::Integer, 0});
    Table t("stress_grid", provider.inputs().name + ": first covenant breach (quarter) by rate rise and occupancy fall",
            std::move(columns));
    for (std::size_t i = 0; i < grid.occupancy_falls_pct.size(); ++i) {
        std::vector<Cell> row = {Cell::number(grid.occupancy_falls_pct[i])};
        for (const auto& breach : grid.first_breach[i])
            row.push_back(breach ? Cell::number(*breach) : Cell::missing("no breach"));
        t.add_row(std::move(row));
    }
    std::string frontier = "Breach frontier (smallest occupancy fall that breaks a covenant): ";
    for (std::size_t j = 0; j < grid.rate_rises_bp.size(); ++j)
        frontier += (j ? "; " : "") + rise_label(grid.rate_rises_bp[j]) + ": " +
                    (grid.frontier_fall_pct[j] ? format_value(*grid.frontier_fall_pct[j], ColumnKind::Percent, 1)
                                               : std::string("none in the grid"));
    t.add_note(frontier + ".");
    t.add_note("Each cell is the base scenario with SONIA shifted in parallel and occupancy scaled down, on " + run.curve +
               "; grid steps: docs/configuration.md (stress.grid_*).");
    return t;
}

Chart stress_grid_chart(const StressedProvider& provider, const StressGrid& grid) {
    Chart chart;
    chart.kind = Chart::Kind::HeatMap;
    chart.id = "stress_grid_heat_map";
    chart.title = provider.inputs().name + ": quarter of the first covenant breach";
    chart.value_label = "quarter of first breach (early = severe)";
    chart.value_kind = ColumnKind::Integer;
    chart.category_label = "SONIA rise (columns) by occupancy fall (rows)";
    chart.low_is_severe = true;
    for (const double rise : grid.rate_rises_bp) chart.categories.push_back(rise_label(rise));
    for (std::size_t i = 0; i < grid.occupancy_falls_pct.size(); ++i) {
        ChartSeries row{format_value(grid.occupancy_falls_pct[i], ColumnKind::Percent, 1) + " fall", {}};
        for (const auto& breach : grid.first_breach[i])
            row.values.push_back(breach ? static_cast<double>(*breach) : std::numeric_limits<double>::quiet_NaN());
        chart.series.push_back(std::move(row));
    }
    chart.caption = "Heat map of the quarter in which a covenant is first breached, for each SONIA rise and "
                    "occupancy fall on the base scenario; a dash is no breach within the horizon. The same figures "
                    "are in the grid table.";
    return chart;
}

Table stress_frontier_table(const StressRun& run) {
    const StressGrid* first = nullptr;
    for (const StressedProvider& p : run.providers)
        if (p.grid) {
            first = &*p.grid;
            break;
        }
    std::vector<Column> columns = {{level_key(run), level_label(run), ColumnKind::Text, 0},
                                   {"name", "Name", ColumnKind::Text, 0}};
    if (first)
        for (double rise : first->rate_rises_bp)
            columns.push_back({rise_key("frontier_fall_pct_at_", rise), rise_label(rise), ColumnKind::Percent, 1});
    Table t("stress_frontier",
            "Breach frontier by " + level_noun(run) + ": smallest occupancy fall that breaks a covenant, by rate rise",
            std::move(columns));
    for (const StressedProvider& p : run.providers) {
        if (!p.grid) continue;
        std::vector<Cell> row = {Cell::text(p.inputs().provider_id), Cell::text(p.inputs().name)};
        for (const auto& fall : p.grid->frontier_fall_pct)
            row.push_back(fall ? Cell::number(*fall) : Cell::missing("none in the grid"));
        t.add_row(std::move(row));
    }
    if (first)
        t.add_note("Occupancy falls searched: 0 to " +
                   format_value(first->occupancy_falls_pct.back(), ColumnKind::Percent, 1) + " in steps of " +
                   format_value(first->occupancy_falls_pct.size() > 1 ? first->occupancy_falls_pct[1] : 0.0,
                                ColumnKind::Percent, 1) +
                   "; 0.0 % = in breach without a fall. Base scenario, SONIA shifted in parallel, on " + run.curve +
                   "; one provider's cells: oversight stress --" + level_noun(run) + " ID --grid.");
    for (const std::string& skipped : run.skipped) t.add_note("Not stressed: " + skipped);
    return t;
}

}  // namespace oversight
