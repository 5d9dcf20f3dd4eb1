#include "reports/builders/health_table.hpp"

#include <initializer_list>

namespace oversight {
namespace {

Cell facility_money(const HealthRow& row, double FacilityPosition::*field) {
    if (!row.facilities) return Cell::missing(row.latest_year ? "no facilities" : "");
    return Cell::number((*row.facilities).*field);
}

/// The model files one reason under several keys at once ("current_ratio, quick_ratio,
/// cash_ratio: ...") or under a shared one ("trends: ..."): try each.
Cell health_cell(const std::optional<double>& value, const HealthRow& row, std::initializer_list<const char*> keys) {
    for (const char* key : keys) {
        const Cell cell = optional_cell(value, row.states, key);
        if (value || !cell.state.empty()) return cell;
    }
    return Cell::missing();
}

Cell headroom(const HealthRow& row) {
    if (!row.facilities) return Cell::missing(row.latest_year ? "no facilities" : "");
    return optional_cell(row.facilities->min_headroom_pct, row.states, "min_headroom_pct");
}

}  // namespace

Table health_table(const std::vector<HealthRow>& rows, bool groups, bool latest_only) {
    Table table(groups ? "group_health" : "entity_health",
                groups ? "Financial health by group (top parent)" : "Financial health by legal entity",
                {{"id", groups ? "Group" : "Entity", ColumnKind::Text, 0},
                 {"name", "Name", ColumnKind::Text, 0},
                 {"year", "Year", ColumnKind::Year, 0},
                 {"basis", "Basis", ColumnKind::Text, 0},
                 {"annual_ebitda", "EBITDA (annual)", ColumnKind::Money, 0},
                 {"ebitda_change_pct", "EBITDA change", ColumnKind::Percent, 1},
                 {"net_debt", "Net debt", ColumnKind::Money, 0},
                 {"net_leverage", "Net leverage", ColumnKind::Multiple, 1},
                 {"senior_net_leverage", "Excl. shareholder loans", ColumnKind::Multiple, 1},
                 {"net_leverage_excl_leases", "Excl. leases", ColumnKind::Multiple, 1},
                 {"interest_cover", "Interest cover", ColumnKind::Multiple, 1},
                 {"current_ratio", "Current ratio", ColumnKind::Number, 2},
                 {"cash_ratio", "Cash ratio", ColumnKind::Number, 2},
                 {"working_capital", "Working capital", ColumnKind::Money, 0},
                 {"net_assets", "Net assets", ColumnKind::Money, 0},
                 {"maturing_12m", "Maturing 12m", ColumnKind::Money, 0},
                 {"maturing_24m", "Maturing 24m", ColumnKind::Money, 0},
                 {"undrawn_committed", "Undrawn", ColumnKind::Money, 0},
                 {"min_headroom_pct", "Min covenant headroom", ColumnKind::Percent, 1}});
    for (const HealthRow& row : rows) {
        if (latest_only && !row.latest_year) continue;
        table.add_row({Cell::text(row.id), Cell::text(row.name), Cell::number(row.year), Cell::text(row.basis),
                       Cell::number(row.annual_ebitda), health_cell(row.ebitda_change_pct, row, {"ebitda_change_pct", "trends"}),
                       Cell::number(row.net_debt), health_cell(row.net_leverage, row, {"net_leverage"}),
                       health_cell(row.net_leverage_excl_shareholder_loans, row, {"net_leverage"}),
                       health_cell(row.net_leverage_excl_leases, row, {"net_leverage"}),
                       health_cell(row.interest_cover, row, {"interest_cover"}),
                       health_cell(row.current_ratio, row, {"current_ratio, quick_ratio, cash_ratio"}),
                       health_cell(row.cash_ratio, row, {"current_ratio, quick_ratio, cash_ratio"}), Cell::number(row.working_capital),
                       Cell::number(row.net_assets), facility_money(row, &FacilityPosition::maturing_12m),
                       facility_money(row, &FacilityPosition::maturing_24m),
                       facility_money(row, &FacilityPosition::undrawn_committed), headroom(row)});
    }
    table.add_note("Net debt = bank debt + shareholder loans + lease liabilities - cash (a missing optional balance "
                   "counts as 0). Leverage = net debt / EBITDA annualised to 12 months; none when EBITDA <= 0.");
    table.add_note("Facility columns describe the run's as-at date and sit on each provider's latest year only. "
                   "Covenants are tested on bank debt + leases - cash and on all interest filed.");
    return table;
}

}  // namespace oversight
