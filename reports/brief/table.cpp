#include "reports/brief/table.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <stdexcept>
#include <utility>

namespace oversight {

void Table::add_row(std::vector<Cell> row) {
    if (row.size() != columns_.size())
        throw std::invalid_argument("table " + id_ + ": row has " + std::to_string(row.size()) + " cells for " +
                                    std::to_string(columns_.size()) + " columns");
    rows_.push_back(std::move(row));
}

namespace {
std::string group_thousands(const std::string& digits) {
    std::string out;
    const std::size_t n = digits.size();
    for (std::size_t i = 0; i < n; ++i) {
        out += digits[i];
        const std::size_t left = n - i - 1;
        if (left > 0 && left % 3 == 0) out += ',';
    }
    return out;
}
}  // namespace

std::string format_value(double value, ColumnKind kind, int precision) {
    if (!std::isfinite(value)) return "–";
    if (kind == ColumnKind::Integer || kind == ColumnKind::Year) precision = 0;
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", precision, std::fabs(value));
    std::string text = buffer;
    const auto dot = text.find('.');
    std::string whole = text.substr(0, dot);
    const std::string fraction = dot == std::string::npos ? "" : text.substr(dot);
    if (kind != ColumnKind::Text && kind != ColumnKind::Year) whole = group_thousands(whole);
    // A value that rounds to zero is printed without a minus sign.
    const bool negative = value < 0 && text.find_first_not_of("0.") != std::string::npos;
    std::string sign = negative ? "-" : "";
    switch (kind) {
    case ColumnKind::Money: return sign + "£" + whole + fraction;
    case ColumnKind::Percent: return sign + whole + fraction + "%";
    case ColumnKind::Multiple: return sign + whole + fraction + "x";
    default: return sign + whole + fraction;
    }
}

Cell optional_cell(const std::optional<double>& value, std::string why) {
    return value ? Cell::number(*value) : Cell::missing(std::move(why));
}

Cell optional_cell(const std::optional<double>& value, const std::vector<std::string>& states,
                   const std::string& key) {
    if (value) return Cell::number(*value);
    for (const auto& state : states)
        if (state.rfind(key + ": ", 0) == 0) return Cell::missing(state.substr(key.size() + 2));
    return Cell::missing();
}

std::string format_cell(const Cell& cell, const Column& column) {
    if (const auto* text = std::get_if<std::string>(&cell.value)) return *text;
    if (const auto* number = std::get_if<double>(&cell.value)) return format_value(*number, column.kind, column.precision);
    return cell.state.empty() ? "–" : cell.state;
}

Table first_rows_of(const Table& table, std::size_t rows, const std::string& where_all) {
    Table shown(table.id(), table.caption(), table.columns());
    const std::size_t kept = std::min(rows, table.rows().size());
    for (std::size_t r = 0; r < kept; ++r) shown.add_row(table.rows()[r]);
    for (const std::string& note : table.notes()) shown.add_note(note);
    if (kept < table.rows().size())
        shown.add_note("The first " + std::to_string(kept) + " of " + std::to_string(table.rows().size()) +
                       " rows; all of them: " + where_all + ".");
    return shown;
}

}  // namespace oversight
