/// \file table.hpp
/// \brief One CSV file of the data contract read as typed rows: columns found by their
/// header name, each cell parsed to its column's type, each problem reported at its cell.
///
/// Mappers say what they expect (a `TableSchema`) and ask for typed values; the table
/// reports COL0xx problems of the header once and VAL0xx problems of cells as they are
/// read, so that a mapper reads like the column list of docs/data-format.md.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/diagnostic.hpp"
#include "engine/domain/codes.hpp"
#include "engine/domain/date.hpp"
#include "engine/progress.hpp"
#include "ingest/csv_reader.hpp"
#include "ingest/diagnostic_codes.hpp"

namespace oversight {

/// A column of a schema, as handed out by TableSchema.
struct Column {
    std::size_t index = 0;
};

/// The columns one file of the contract defines, in the order of the documentation.
class TableSchema {
public:
    Column required(std::string_view name) { return add(name, true); }
    Column optional(std::string_view name) { return add(name, false); }

    std::size_t size() const { return columns_.size(); }
    std::string_view name(Column column) const { return columns_[column.index].name; }
    bool is_required(Column column) const { return columns_[column.index].required; }
    std::optional<Column> find(std::string_view name) const;

private:
    struct Entry {
        std::string_view name;
        bool required;
    };
    Column add(std::string_view name, bool required);
    std::vector<Entry> columns_;
};

/// Where a cell is, for diagnostics and for "first on line N" messages.
struct CellLocation {
    std::size_t line = 0;
    std::size_t column = 0;
};

class Table {
public:
    /// Reads and checks the header at once. `progress` is advanced as rows are read;
    /// its begin and end belong to the caller, who knows what the step is called.
    Table(CsvReader& reader, const TableSchema& schema, Diagnostics& diagnostics,
          Progress& progress);

    /// True when the header names `column`.
    bool has_column(Column column) const { return field_of_[column.index] != kAbsent; }

    /// Moves to the next row; false at the end of the file.
    bool next_row();

    std::size_t line() const { return record_.line; }
    /// The current row's cell of `column`; column 0 of the row when the header lacks it.
    CellLocation location(Column column) const;
    /// No error reported on the current row so far.
    bool row_ok() const { return failed_ == 0; }
    /// An error was reported on this row's cell of `column`, or a required column is absent.
    bool failed(Column column) const { return (failed_ >> column.index) & 1U; }
    /// Every one of `columns` was present and read without error on this row: the
    /// condition for checks across cells, which would only echo a cell's own error.
    bool cells_ok(std::initializer_list<Column> columns) const;

    // Typed values of the current row. A required accessor reports an empty cell
    // (VAL001) or a malformed one and then returns a default that the row's failure
    // keeps out of the results; an optional accessor returns nullopt for an empty cell.
    // Text cells are kept verbatim: "=SUM(A1)" or "-1" is data, never a formula.
    std::string text(Column column);
    std::optional<std::string> optional_text(Column column);
    int whole_number(Column column);
    std::optional<int> optional_whole_number(Column column);
    double decimal(Column column);
    std::optional<double> optional_decimal(Column column);
    Date date(Column column);
    std::optional<Date> optional_date(Column column);
    std::optional<bool> optional_boolean(Column column);
    template <typename E>
    E code(Column column);
    template <typename E>
    std::optional<E> optional_code(Column column);
    /// A `;`-separated list of codes; an empty cell is an empty list.
    template <typename E>
    std::vector<E> code_list(Column column);

    // Range checks on a value read from `column`; silent when the cell itself failed.
    /// VAL007 unless `value`, read from `column`, is at least `minimum`.
    void check_at_least(Column column, double value, double minimum);
    /// VAL007 unless `minimum <= value <= maximum`.
    void check_between(Column column, double value, double minimum, double maximum);

    /// Reports `code` at the current row's cell of `column`; an error marks the cell failed.
    void report(const DiagnosticCode& code, Column column, std::string message);
    const std::string& file() const { return reader_.file(); }
    std::string_view column_name(Column column) const { return schema_.name(column); }

private:
    static constexpr std::size_t kAbsent = static_cast<std::size_t>(-1);

    void check_header(const CsvRecord& header);
    /// The non-empty text of a cell, or nullopt: for an empty required cell after VAL001,
    /// for a required column missing from the header silently (COL001 said it once).
    std::optional<std::string_view> cell(Column column, bool required);
    void fail(Column column) { failed_ |= std::uint64_t{1} << column.index; }
    void report_unknown_code(Column column, std::string_view text, const std::string& known);

    CsvReader& reader_;
    const TableSchema& schema_;
    Diagnostics& diagnostics_;
    Progress& progress_;
    std::vector<std::size_t> field_of_;  ///< schema column -> field of the row, or kAbsent
    bool has_header_ = false;
    CsvRecord record_;
    std::uint64_t failed_ = 0;  ///< bit per schema column with an error on this row
    std::size_t rows_ = 0;
};

template <typename E>
E Table::code(Column column) {
    return optional_code<E>(column).value_or(E{});
}

template <typename E>
std::optional<E> Table::optional_code(Column column) {
    const auto text = cell(column, schema_.is_required(column));
    if (!text) return std::nullopt;
    if (const auto value = parse_code<E>(*text)) return value;
    report_unknown_code(column, *text, known_codes<E>());
    return std::nullopt;
}

template <typename E>
std::vector<E> Table::code_list(Column column) {
    std::vector<E> values;
    const auto text = cell(column, schema_.is_required(column));
    if (!text) return values;
    std::string_view rest = *text;
    for (;;) {
        const auto separator = rest.find(';');
        const std::string_view item = rest.substr(0, separator);
        if (const auto value = parse_code<E>(item)) {
            values.push_back(*value);
        } else {
            report_unknown_code(column, item, known_codes<E>());
            return {};
        }
        if (separator == std::string_view::npos) break;
        rest.remove_prefix(separator + 1);
    }
    return values;
}

}  // namespace oversight
