#include "reports/builders/profitability_table.hpp"

#include <map>

namespace oversight {
Table profitability_table(const std::vector<ProfitabilityRow>& rows, bool groups, bool latest_only) {
    Table table(groups ? "group_profitability" : "entity_profitability",
                groups ? "Profitability by group (top parent)" : "Profitability by legal entity",
                {{"id", groups ? "Group" : "Entity", ColumnKind::Text, 0},
                 {"name", "Name", ColumnKind::Text, 0},
                 {"year", "Year", ColumnKind::Year, 0},
                 {"basis", "Basis", ColumnKind::Text, 0},
                 {"turnover", "Turnover", ColumnKind::Money, 0},
                 {"ebitda", "EBITDA", ColumnKind::Money, 0},
                 {"ebitda_margin_pct", "EBITDA margin", ColumnKind::Percent, 1},
                 {"operating_margin_pct", "Operating margin", ColumnKind::Percent, 1},
                 {"capital_employed", "Capital employed", ColumnKind::Money, 0},
                 {"roce_pct", "ROCE", ColumnKind::Percent, 1},
                 {"cost_of_capital_pct", "Cost of capital", ColumnKind::Percent, 1},
                 {"excess_profit", "Excess profit", ColumnKind::Money, 0},
                 {"average_children_placed", "Children placed (avg)", ColumnKind::Number, 1},
                 {"excess_profit_per_child", "Excess profit per child", ColumnKind::Money, 0}});
    std::map<std::string, Date> latest;
    for (const auto& row : rows) {
        auto [it, inserted] = latest.emplace(row.id, row.period_end);
        if (!inserted && it->second < row.period_end) it->second = row.period_end;
    }
    for (const auto& row : rows) {
        if (latest_only && row.period_end != latest[row.id]) continue;
        table.add_row({Cell::text(row.id), Cell::text(row.name), Cell::number(row.year), Cell::text(row.basis),
                       Cell::number(row.turnover),
                       Cell::number(row.ebitda),
                       optional_cell(row.ebitda_margin_pct, row.states, "margins"),
                       optional_cell(row.operating_margin_pct, row.states, "margins"),
                       Cell::number(row.capital_employed),
                       optional_cell(row.roce_pct, row.states, "roce_pct"),
                       Cell::number(row.cost_of_capital_pct), Cell::number(row.excess_profit),
                       optional_cell(row.average_children_placed, row.states, "average_children_placed"),
                       optional_cell(row.excess_profit_per_child, row.states, "excess_profit_per_child")});
    }
    table.add_note("EBITDA = operating profit + depreciation and amortisation. Capital employed = total assets - "
                   "current liabilities; ROCE and excess profit use the average of opening and closing capital "
                   "employed where a previous year exists, and operating profit annualised to 12 months.");
    table.add_note("Excess profit = operating profit - cost of capital x capital employed (CMA-style economic profit).");
    return table;
}

}  // namespace oversight
