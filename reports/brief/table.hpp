/// \file table.hpp
/// \brief One table model for every output: declare columns, add rows; the text, CSV,
/// JSON and HTML renderers all draw from it (after ORE's report interface).
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace oversight {

enum class ColumnKind {
    Text,
    Integer,
    Year,      ///< a calendar year: a whole number without thousands separators
    Number,    ///< plain decimal
    Money,     ///< pounds
    Percent,   ///< value already in percent
    Multiple,  ///< a ratio shown as "4.9x"
};

struct Column {
    std::string key;      ///< stable machine name, used as the JSON/CSV field name
    std::string heading;  ///< what a reader sees
    ColumnKind kind = ColumnKind::Text;
    int precision = 0;    ///< decimals shown (Number, Money, Percent, Multiple)
};

/// A cell: text, a number, or missing. A missing value may carry a `state` saying why
/// ("EBITDA negative", "suppressed: fewer than 5 placements"), which renderers show
/// instead of a number.
struct Cell {
    std::variant<std::monostate, std::string, double> value;
    std::string state;

    static Cell text(std::string t) { return {std::move(t), {}}; }
    static Cell number(double v) { return {v, {}}; }
    static Cell missing(std::string why = {}) { return {std::monostate{}, std::move(why)}; }
    bool is_missing() const { return std::holds_alternative<std::monostate>(value); }
};

class Table {
public:
    Table(std::string id, std::string caption, std::vector<Column> columns)
        : id_(std::move(id)), caption_(std::move(caption)), columns_(std::move(columns)) {}

    /// Throws std::invalid_argument when the row's width differs from the columns'.
    void add_row(std::vector<Cell> row);
    void add_note(std::string note) { notes_.push_back(std::move(note)); }

    const std::string& id() const { return id_; }
    const std::string& caption() const { return caption_; }
    const std::vector<Column>& columns() const { return columns_; }
    const std::vector<std::vector<Cell>>& rows() const { return rows_; }
    const std::vector<std::string>& notes() const { return notes_; }

private:
    std::string id_;
    std::string caption_;
    std::vector<Column> columns_;
    std::vector<std::vector<Cell>> rows_;
    std::vector<std::string> notes_;
};

/// The table with only its first `rows` rows (all when it has no more) and, when rows are
/// left out, a note saying how many and `where_all` to find them.
Table first_rows_of(const Table& table, std::size_t rows, const std::string& where_all);

/// An optional value as a cell: the number, or missing with `why`.
Cell optional_cell(const std::optional<double>& value, std::string why);
/// A model's optional value as a cell: the number, or missing with the reason the model
/// gave in `states` as "key: reason" (the models' convention).
Cell optional_cell(const std::optional<double>& value, const std::vector<std::string>& states, const std::string& key);

/// A number as text for a reader: thousands separators, the column's decimals, "£" for
/// money, "%" for percent, "x" for multiples. The one formatter every renderer uses.
std::string format_value(double value, ColumnKind kind, int precision);
/// A cell as text: its value formatted, its state when missing, or "–".
std::string format_cell(const Cell& cell, const Column& column);

}  // namespace oversight
