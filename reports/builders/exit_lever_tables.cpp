#include "reports/builders/exit_lever_tables.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

namespace oversight {
namespace {

std::optional<double> annual_ebitda(const WatchlistEntry& entry) {
    if (!entry.health) return std::nullopt;
    return entry.health->annual_ebitda;
}

std::optional<double> net_leverage(const WatchlistEntry& entry) {
    if (!entry.health) return std::nullopt;
    return entry.health->net_leverage_excl_shareholder_loans;
}

/// PDs within this of each other are the same (percent; one path in a million).
constexpr double kSamePd = 1e-6;

Table changes_table(std::span<const ExitLeverRun> runs) {
    Table t("exit_levers", "Policy levers against the baseline: what each changes",
            {{"lever", "Lever", ColumnKind::Text, 0},
             {"accounts_rows_changed", "Accounts rows changed", ColumnKind::Integer, 0},
             {"placements_repriced", "Placements repriced", ColumnKind::Integer, 0},
             {"fees_change_gbp", "Councils' fees a year, change", ColumnKind::Money, 0},
             {"windfall_tax_gbp", "Windfall tax a year", ColumnKind::Money, 0},
             {"places_added", "Public places added", ColumnKind::Integer, 0},
             {"groups_pd_higher", "Groups with a higher PD", ColumnKind::Integer, 0},
             {"groups_pd_lower", "Groups with a lower PD", ColumnKind::Integer, 0},
             {"mean_pd_pct", "Mean one-year PD of groups with accounts", ColumnKind::Percent, 2}});
    const auto baseline =
        runs[0].watchlist ? entries_by_group(*runs[0].watchlist) : StringMap<const WatchlistEntry*>{};
    for (const ExitLeverRun& run : runs) {
        int higher = 0, lower = 0, with_pd = 0;
        double pd_sum = 0.0;
        if (run.watchlist) {
            for (const WatchlistEntry& entry : run.watchlist->groups) {
                const std::optional<double> pd = one_year_pd_pct(entry);
                if (!pd) continue;
                ++with_pd;
                pd_sum += *pd;
                const auto before = baseline.find(entry.profile.group_id);
                if (before == baseline.end()) continue;
                const std::optional<double> base_pd = one_year_pd_pct(*before->second);
                if (!base_pd) continue;
                if (*pd > *base_pd + kSamePd) ++higher;
                if (*pd < *base_pd - kSamePd) ++lower;
            }
        }
        const LeverEffect& e = run.effect;
        t.add_row({Cell::text(run.lever), Cell::number(e.accounts_rows_changed), Cell::number(e.placements_repriced),
                   Cell::number(e.fees_change_gbp_a_year), Cell::number(e.levy_gbp_a_year), Cell::number(e.places_added),
                   Cell::number(higher), Cell::number(lower),
                   with_pd > 0 ? Cell::number(pd_sum / with_pd) : Cell::missing("no group has a PD")});
    }
    t.add_note("Each lever is applied alone to the data of the date and every model is run again on it; the baseline "
               "is the data as stored. The cash-flow default simulation and the exit simulation draw the same random "
               "numbers in every run (same seeds), so a difference is the lever's, not noise.");
    t.add_note("profit_cap: turnover cut where the operating margin is above the cap (every accounts year, the "
               "stress model's formula), fees of ongoing placements cut in proportion. windfall_tax: a share of "
               "each group's excess profit over the cost of capital paid each year in cash (EBITDA and covenants "
               "unchanged). tariff: core weekly fees set by need band; turnover moves by the difference. rate: "
               "SONIA shifted in the cash-flow simulation. capacity: council children's homes added. Method: README "
               "'Policy levers'.");
    return t;
}

Table scenario_table(std::span<const ExitLeverRun> runs) {
    Table t("exit_lever_scenario", "The exit scenario under each lever",
            {{"lever", "Lever", ColumnKind::Text, 0},
             {"settings_closed", "Settings closing", ColumnKind::Integer, 0},
             {"displaced", "Children displaced", ColumnKind::Integer, 0},
             {"own_council", "Re-placed in own council", ColumnKind::Integer, 0},
             {"unplaced", "Unplaced", ColumnKind::Integer, 0},
             {"fees_before_gbp", "Weekly fees before", ColumnKind::Money, 0},
             {"weekly_cost_change_gbp", "Weekly cost change", ColumnKind::Money, 0},
             {"annual_cost_change_gbp", "Annual cost change", ColumnKind::Money, 0},
             {"average_km_after", "Average km after (re-placed)", ColumnKind::Number, 1}});
    for (const ExitLeverRun& run : runs) {
        if (!run.outcome) continue;
        const ExitArea& e = run.outcome->england;
        t.add_row({Cell::text(run.lever), Cell::number(run.outcome->settings_closed), Cell::number(e.displaced),
                   Cell::number(e.own_council), Cell::number(e.unplaced),
                   Cell::number(pounds(e.fees_before)), Cell::number(pounds(e.weekly_cost_change())),
                   Cell::number(e.annual_cost_change_gbp()),
                   e.replaced() > 0 ? Cell::number(e.average_km_after()) : Cell::missing("none re-placed")});
    }
    t.add_note("The same groups or entities exit in every run; a rule is read again under each lever, so it may "
               "select other groups. Fees before are the displaced children's fees under the lever.");
    return t;
}

Table simulation_table(std::span<const ExitLeverRun> runs) {
    Table t("exit_lever_simulation", "The simulated year under each lever (England)",
            {{"lever", "Lever", ColumnKind::Text, 0},
             {"expected_failures", "Expected group failures", ColumnKind::Number, 2},
             {"displaced_mean", "Displaced: mean", ColumnKind::Number, 1},
             {"displaced_p95", "Displaced: p95", ColumnKind::Number, 1},
             {"displaced_p99", "Displaced: p99", ColumnKind::Number, 1},
             {"unplaced_mean", "Unplaced: mean", ColumnKind::Number, 1},
             {"unplaced_p99", "Unplaced: p99", ColumnKind::Number, 1},
             {"cost_mean_gbp", "Annual extra cost: mean", ColumnKind::Money, 0},
             {"cost_p95_gbp", "Annual extra cost: p95", ColumnKind::Money, 0},
             {"cost_p99_gbp", "Annual extra cost: p99", ColumnKind::Money, 0}});
    for (const ExitLeverRun& run : runs) {
        if (!run.simulation) continue;
        const AreaDistribution& e = run.simulation->england;
        t.add_row({Cell::text(run.lever), Cell::number(run.simulation->expected_failures),
                   Cell::number(e.displaced.mean), Cell::number(e.displaced.p95), Cell::number(e.displaced.p99),
                   Cell::number(e.unplaced.mean), Cell::number(e.unplaced.p99),
                   Cell::number(e.annual_cost_change_gbp.mean), Cell::number(e.annual_cost_change_gbp.p95),
                   Cell::number(e.annual_cost_change_gbp.p99)});
    }
    t.add_note("Same seed and paths in every run (common random numbers): a group fails on a path under a lever "
               "whenever it fails in the baseline and its PD did not fall.");
    return t;
}

Table groups_table(std::span<const ExitLeverRun> runs) {
    Table t("exit_lever_groups", "Groups whose EBITDA or one-year PD a lever moves, largest PD rise first",
            {{"lever", "Lever", ColumnKind::Text, 0},
             {"group_id", "Group", ColumnKind::Text, 0},
             {"name", "Name", ColumnKind::Text, 0},
             {"ebitda_before_gbp", "EBITDA before", ColumnKind::Money, 0},
             {"ebitda_after_gbp", "EBITDA after", ColumnKind::Money, 0},
             {"net_leverage_before", "Net leverage before (x)", ColumnKind::Number, 2},
             {"net_leverage_after", "Net leverage after (x)", ColumnKind::Number, 2},
             {"pd_before_pct", "One-year PD before", ColumnKind::Percent, 2},
             {"pd_after_pct", "One-year PD after", ColumnKind::Percent, 2}});
    if (!runs[0].watchlist) return t;
    const auto baseline = entries_by_group(*runs[0].watchlist);
    for (std::size_t r = 1; r < runs.size(); ++r) {
        if (!runs[r].watchlist) continue;
        struct Moved {
            const WatchlistEntry* before;
            const WatchlistEntry* after;
            double pd_rise;
        };
        std::vector<Moved> moved;
        for (const WatchlistEntry& entry : runs[r].watchlist->groups) {
            const auto before = baseline.find(entry.profile.group_id);
            if (before == baseline.end()) continue;
            const std::optional<double> pd = one_year_pd_pct(entry), base_pd = one_year_pd_pct(*before->second);
            const std::optional<double> ebitda = annual_ebitda(entry), base_ebitda = annual_ebitda(*before->second);
            const bool pd_moved = pd.has_value() != base_pd.has_value() || (pd && std::abs(*pd - *base_pd) > kSamePd);
            const bool ebitda_moved =
                ebitda.has_value() != base_ebitda.has_value() || (ebitda && std::abs(*ebitda - *base_ebitda) >= 0.5);
            if (pd_moved || ebitda_moved)
                moved.push_back({before->second, &entry, pd && base_pd ? *pd - *base_pd : 0.0});
        }
        std::stable_sort(moved.begin(), moved.end(), [](const Moved& a, const Moved& b) {
            if (a.pd_rise != b.pd_rise) return a.pd_rise > b.pd_rise;
            return a.after->profile.group_id < b.after->profile.group_id;
        });
        for (const Moved& m : moved)
            t.add_row({Cell::text(runs[r].lever), Cell::text(m.after->profile.group_id), Cell::text(m.after->profile.name),
                       optional_cell(annual_ebitda(*m.before), "no accounts"),
                       optional_cell(annual_ebitda(*m.after), "no accounts"),
                       optional_cell(net_leverage(*m.before), "EBITDA not positive"),
                       optional_cell(net_leverage(*m.after), "EBITDA not positive"),
                       optional_cell(one_year_pd_pct(*m.before), "no PD"), optional_cell(one_year_pd_pct(*m.after), "no PD")});
    }
    t.add_note("EBITDA: latest accounts year, annualised; net leverage excludes shareholder loans (the senior view); "
               "PD: the cash-flow default simulation's one-year probability before the exit model's floor.");
    return t;
}

}  // namespace

std::vector<Table> exit_lever_tables(std::span<const ExitLeverRun> runs) {
    std::vector<Table> tables;
    if (runs.empty()) return tables;
    tables.push_back(changes_table(runs));
    if (runs[0].outcome) tables.push_back(scenario_table(runs));
    if (runs[0].simulation) tables.push_back(simulation_table(runs));
    tables.push_back(groups_table(runs));
    return tables;
}

}  // namespace oversight
