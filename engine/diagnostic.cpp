#include "engine/diagnostic.hpp"

#include <algorithm>

namespace oversight {

std::string_view severity_name(Severity severity) {
    return severity == Severity::Error ? "error" : "warning";
}

std::string Diagnostic::format() const {
    std::string text = file;
    text += ':' + std::to_string(line) + ':' + std::to_string(column) + ": ";
    text += severity_name(severity);
    text += ' ' + code + ": " + message;
    return text;
}

void Diagnostics::add(Diagnostic diagnostic) {
    if (diagnostic.severity == Severity::Error) ++errors_;
    items_.push_back(std::move(diagnostic));
}

void Diagnostics::error(std::string file, std::size_t line, std::size_t column, std::string code,
                        std::string message) {
    add({std::move(file), line, column, Severity::Error, std::move(code), std::move(message)});
}

void Diagnostics::warning(std::string file, std::size_t line, std::size_t column,
                          std::string code, std::string message) {
    add({std::move(file), line, column, Severity::Warning, std::move(code), std::move(message)});
}

void Diagnostics::append(const Diagnostics& other) {
    for (const auto& d : other.items_) add(d);
}

void Diagnostics::append_in_line_order(const Diagnostics& other) {
    std::vector<Diagnostic> sorted = other.items_;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    for (Diagnostic& diagnostic : sorted) add(std::move(diagnostic));
}

std::vector<Diagnostic> Diagnostics::warnings() const {
    std::vector<Diagnostic> out;
    for (const auto& d : items_)
        if (d.severity == Severity::Warning) out.push_back(d);
    return out;
}

}  // namespace oversight
