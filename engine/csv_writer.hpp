/// \file csv_writer.hpp
/// \brief RFC 4180 CSV output with formula-injection protection, used by every CSV the
/// engine writes (data directories, extracts, command output).
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace oversight {

/// Quotes a field when it holds a comma, quote, CR or LF. A text field that starts with
/// `=`, `+`, `-` or `@` would be evaluated as a formula by a spreadsheet, so it is
/// prefixed with an apostrophe (OWASP's advice) and quoted; numbers are never text
/// fields here, so a negative amount is written as it is.
std::string escape_csv_text(std::string_view text);

/// Shortest decimal text that reads back to exactly the same double.
std::string format_decimal(double value);

class CsvWriter {
public:
    explicit CsvWriter(std::ostream& out) : out_(out) {}

    CsvWriter& text(std::string_view value);
    CsvWriter& text(const std::string& value) { return text(std::string_view(value)); }
    CsvWriter& text(const char* value) { return text(std::string_view(value)); }
    CsvWriter& text(const std::optional<std::string>& value);
    CsvWriter& number(double value);
    CsvWriter& number(const std::optional<double>& value);
    CsvWriter& integer(long long value);
    CsvWriter& integer(const std::optional<int>& value);
    CsvWriter& empty();
    /// Ends the record with CRLF, as RFC 4180 specifies.
    void end_row();
    void header(const std::vector<std::string>& names);

private:
    void separator();
    std::ostream& out_;
    bool first_in_row_ = true;
};

}  // namespace oversight
