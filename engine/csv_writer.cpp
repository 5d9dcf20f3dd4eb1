#include "engine/csv_writer.hpp"

#include <charconv>

namespace oversight {

std::string escape_csv_text(std::string_view text) {
    const bool formula = !text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@');
    const bool needs_quotes = formula || text.find_first_of(",\"\r\n") != std::string_view::npos;
    if (!needs_quotes) return std::string(text);
    std::string out = "\"";
    if (formula) out += '\'';
    for (char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::string format_decimal(double value) {
    // Fixed notation, never "1e+06": the data contract's decimals are plain, so a file the
    // engine writes can be read back by ingest. Shortest digits that round-trip; the
    // largest double needs 309 digits before the point.
    char buffer[400];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
    return std::string(buffer, result.ptr);
}

void CsvWriter::separator() {
    if (!first_in_row_) out_ << ',';
    first_in_row_ = false;
}

CsvWriter& CsvWriter::text(std::string_view value) {
    separator();
    out_ << escape_csv_text(value);
    return *this;
}
CsvWriter& CsvWriter::text(const std::optional<std::string>& value) {
    return value ? text(*value) : empty();
}
CsvWriter& CsvWriter::number(double value) {
    separator();
    out_ << format_decimal(value);
    return *this;
}
CsvWriter& CsvWriter::number(const std::optional<double>& value) {
    return value ? number(*value) : empty();
}
CsvWriter& CsvWriter::integer(long long value) {
    separator();
    out_ << value;
    return *this;
}
CsvWriter& CsvWriter::integer(const std::optional<int>& value) {
    return value ? integer(*value) : empty();
}
CsvWriter& CsvWriter::empty() {
    separator();
    return *this;
}
void CsvWriter::end_row() {
    out_ << "\r\n";
    first_in_row_ = true;
}
void CsvWriter::header(const std::vector<std::string>& names) {
    for (const auto& name : names) text(name);
    end_row();
}

}  // namespace oversight
