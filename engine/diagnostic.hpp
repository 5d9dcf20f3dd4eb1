/// \file diagnostic.hpp
/// \brief A problem found in an input file, located to file, line and column.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace oversight {

enum class Severity { Warning, Error };

/// One finding, printed as `file:line:column: error|warning CODE: message`.
/// Line and column are 1-based; 0 means "the whole file" / "the whole line".
struct Diagnostic {
    std::string file;
    std::size_t line = 0;
    std::size_t column = 0;
    Severity severity = Severity::Error;
    std::string code;  ///< stable identifier, e.g. "CSV003"; listed in docs/data-format.md
    std::string message;

    std::string format() const;
};

/// Collects diagnostics in the order found and counts them by severity.
class Diagnostics {
public:
    void add(Diagnostic diagnostic);
    void error(std::string file, std::size_t line, std::size_t column, std::string code,
               std::string message);
    void warning(std::string file, std::size_t line, std::size_t column, std::string code,
                 std::string message);
    void append(const Diagnostics& other);
    /// Appends `other` sorted by line, then column: a reader finds some problems row by row
    /// and others over the whole file afterwards.
    void append_in_line_order(const Diagnostics& other);

    const std::vector<Diagnostic>& all() const { return items_; }
    std::vector<Diagnostic> warnings() const;
    std::size_t error_count() const { return errors_; }
    std::size_t warning_count() const { return items_.size() - errors_; }
    bool has_errors() const { return errors_ > 0; }

private:
    std::vector<Diagnostic> items_;
    std::size_t errors_ = 0;
};

std::string_view severity_name(Severity severity);

}  // namespace oversight
