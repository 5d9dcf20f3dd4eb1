#include "ingest/key_index.hpp"

namespace oversight {

std::optional<std::size_t> KeyIndex::insert(std::string_view key, std::size_t line) {
    const auto [position, inserted] = lines_.try_emplace(std::string(key), line);
    if (inserted) return std::nullopt;
    return position->second;
}

void check_unique(Table& table, KeyIndex& keys, Column column, std::string_view key,
                  const std::string& description) {
    if (!table.cells_ok({column})) return;  // an empty or malformed key was reported already
    if (const auto first = keys.insert(key, table.line()))
        table.report(diagnostic_code::duplicate_key, column,
                     "duplicate " + description + ": first on line " + std::to_string(*first));
}

void check_unique(Table& table, KeyIndex& keys, Column column, std::string_view key) {
    if (!table.cells_ok({column})) return;
    if (const auto first = keys.insert(key, table.line()))
        table.report(diagnostic_code::duplicate_key, column,
                     "duplicate " + std::string(table.column_name(column)) + " '" + std::string(key) +
                         "': first on line " + std::to_string(*first));
}

void check_reference(Table& table, const KeyIndex& keys, Column column, std::string_view id,
                     std::string_view target, std::string_view target_file) {
    // An empty or malformed id was reported already; one problem, one diagnostic.
    if (id.empty() || !table.cells_ok({column}) || !keys.checkable() || keys.contains(id)) return;
    table.report(diagnostic_code::unknown_reference, column,
                 std::string(table.column_name(column)) + " '" + std::string(id) + "': no " +
                     std::string(target) + " with that id in " + std::string(target_file));
}

}  // namespace oversight
