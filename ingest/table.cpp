#include "ingest/table.hpp"

#include <algorithm>
#include <stdexcept>

#include "engine/csv_writer.hpp"
#include "ingest/cell_grammar.hpp"

namespace oversight {
namespace {

/// A cell's text for a message: in quotes, and cut short so that one runaway cell
/// cannot fill a screen.
std::string quoted(std::string_view text) {
    constexpr std::size_t longest = 40;
    std::size_t cut = std::min(text.size(), longest);
    while (cut < text.size() && cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut;  // whole characters only
    std::string shown;
    shown.reserve(cut + 5);
    shown += '\'';
    shown.append(text.substr(0, cut));
    if (cut < text.size()) shown += "...";
    shown += '\'';
    return shown;
}

/// Edit distance, to suggest the intended column for a misspelt header name.
std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

}  // namespace

Column TableSchema::add(std::string_view name, bool required) {
    // The failure mask of Table keeps one bit per column.
    if (columns_.size() >= 64) throw std::logic_error("a table schema holds at most 64 columns");
    columns_.push_back({name, required});
    return Column{columns_.size() - 1};
}

std::optional<Column> TableSchema::find(std::string_view name) const {
    for (std::size_t i = 0; i < columns_.size(); ++i)
        if (columns_[i].name == name) return Column{i};
    return std::nullopt;
}

Table::Table(CsvReader& reader, const TableSchema& schema, Diagnostics& diagnostics,
             Progress& progress)
    : reader_(reader),
      schema_(schema),
      diagnostics_(diagnostics),
      progress_(progress),
      field_of_(schema.size(), kAbsent) {
    CsvRecord header;
    has_header_ = reader_.read_header(header);
    if (has_header_) check_header(header);
}

void Table::check_header(const CsvRecord& header) {
    for (std::size_t field = 0; field < header.fields.size(); ++field) {
        const CsvField& name = header.fields[field];
        const auto column = schema_.find(name.text);
        if (!column) {
            std::string message = name.text.empty()
                                      ? "field " + std::to_string(field + 1) + " of the header has no name"
                                      : "unknown column " + quoted(name.text);
            for (std::size_t i = 0; i < schema_.size(); ++i)
                if (field_of_[i] == kAbsent && !name.text.empty() &&
                    edit_distance(name.text, schema_.name(Column{i})) <= 2)
                    message += " (did you mean '" + std::string(schema_.name(Column{i})) + "'?)";
            oversight::report(diagnostics_, diagnostic_code::unknown_column, file(), name.line,
                              name.column, message + "; its values are ignored");
        } else if (field_of_[column->index] != kAbsent) {
            oversight::report(diagnostics_, diagnostic_code::repeated_column, file(), name.line,
                              name.column,
                              "column " + quoted(name.text) + " appears twice in the header (fields " +
                                  std::to_string(field_of_[column->index] + 1) + " and " +
                                  std::to_string(field + 1) + ")");
        } else {
            field_of_[column->index] = field;
        }
    }
    for (std::size_t i = 0; i < schema_.size(); ++i)
        if (schema_.is_required(Column{i}) && field_of_[i] == kAbsent)
            oversight::report(diagnostics_, diagnostic_code::missing_column, file(), header.line, 0,
                              "required column '" + std::string(schema_.name(Column{i})) +
                                  "' is not in the header");
}

bool Table::next_row() {
    if (!has_header_ || !reader_.next(record_)) {
        progress_.advance(reader_.bytes_read());
        return false;
    }
    failed_ = 0;
    // A virtual call per row would be cheap too, but every 4096 rows is plenty for a bar.
    if (++rows_ % 4096 == 0) progress_.advance(reader_.bytes_read());
    return true;
}

CellLocation Table::location(Column column) const {
    const std::size_t field = field_of_[column.index];
    if (field == kAbsent) return {record_.line, 0};
    return {record_.fields[field].line, record_.fields[field].column};
}

bool Table::cells_ok(std::initializer_list<Column> columns) const {
    return std::all_of(columns.begin(), columns.end(), [&](Column column) {
        return has_column(column) && !failed(column);
    });
}

void Table::report(const DiagnosticCode& code, Column column, std::string message) {
    const CellLocation at = location(column);
    if (code.severity == Severity::Error) fail(column);
    oversight::report(diagnostics_, code, file(), at.line, at.column, std::move(message));
}

std::optional<std::string_view> Table::cell(Column column, bool required) {
    const std::size_t field = field_of_[column.index];
    if (field == kAbsent) {
        if (required) fail(column);
        return std::nullopt;
    }
    const std::string_view text = record_.fields[field].text;
    if (!text.empty()) return text;
    if (required)
        report(diagnostic_code::missing_value, column,
               std::string(schema_.name(column)) + " is empty; it is required");
    return std::nullopt;
}

void Table::report_unknown_code(Column column, std::string_view text, const std::string& known) {
    report(diagnostic_code::unknown_code, column,
           std::string(schema_.name(column)) + ": " + quoted(text) +
               " is not a known code; expected one of: " + known);
}

std::string Table::text(Column column) { return optional_text(column).value_or(std::string()); }

std::optional<std::string> Table::optional_text(Column column) {
    const auto text = cell(column, schema_.is_required(column));
    if (!text) return std::nullopt;
    return std::string(*text);
}

int Table::whole_number(Column column) { return optional_whole_number(column).value_or(0); }

std::optional<int> Table::optional_whole_number(Column column) {
    const auto text = cell(column, schema_.is_required(column));
    if (!text) return std::nullopt;
    if (const auto value = parse_whole_number(*text)) return value;
    report(diagnostic_code::not_an_integer, column,
           std::string(schema_.name(column)) + ": " + quoted(*text) +
               " is not a whole number (digits with an optional leading minus)");
    return std::nullopt;
}

double Table::decimal(Column column) { return optional_decimal(column).value_or(0.0); }

std::optional<double> Table::optional_decimal(Column column) {
    const auto text = cell(column, schema_.is_required(column));
    if (!text) return std::nullopt;
    if (const auto value = parse_plain_decimal(*text)) return value;
    report(diagnostic_code::not_a_decimal, column,
           std::string(schema_.name(column)) + ": " + quoted(*text) + " is not a plain decimal; " +
               plain_decimal_advice(*text));
    return std::nullopt;
}

Date Table::date(Column column) { return optional_date(column).value_or(Date()); }

std::optional<Date> Table::optional_date(Column column) {
    const auto text = cell(column, schema_.is_required(column));
    if (!text) return std::nullopt;
    if (const auto value = Date::parse_iso(*text)) return value;
    report(diagnostic_code::not_a_date, column,
           std::string(schema_.name(column)) + ": " + quoted(*text) +
               " is not a date; expected a real day written YYYY-MM-DD");
    return std::nullopt;
}

std::optional<bool> Table::optional_boolean(Column column) {
    const auto text = cell(column, schema_.is_required(column));
    if (!text) return std::nullopt;
    if (const auto value = parse_boolean(*text)) return value;
    report(diagnostic_code::not_a_boolean, column,
           std::string(schema_.name(column)) + ": " + quoted(*text) +
               " is not a flag; expected true or false (lower case)");
    return std::nullopt;
}

void Table::check_at_least(Column column, double value, double minimum) {
    if (failed(column) || value >= minimum) return;
    report(diagnostic_code::out_of_range, column,
           std::string(schema_.name(column)) + " is " + format_decimal(value) +
               (minimum == 0.0 ? "; it must not be negative"
                               : "; it must be at least " + format_decimal(minimum)));
}

void Table::check_between(Column column, double value, double minimum, double maximum) {
    if (failed(column) || (value >= minimum && value <= maximum)) return;
    report(diagnostic_code::out_of_range, column,
           std::string(schema_.name(column)) + " is " + format_decimal(value) +
               "; it must be between " + format_decimal(minimum) + " and " +
               format_decimal(maximum));
}

}  // namespace oversight
