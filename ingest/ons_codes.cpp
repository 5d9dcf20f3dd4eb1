#include "ingest/ons_codes.hpp"

#include <algorithm>
#include <string>

namespace oversight {
namespace {

bool six_digits(std::string_view text) {
    return text.size() == 6 && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

bool is_local_authority_code(std::string_view text) {
    const std::string_view prefix = text.substr(0, 3);
    return text.size() == 9 &&
           (prefix == "E06" || prefix == "E08" || prefix == "E09" || prefix == "E10") &&
           six_digits(text.substr(3));
}

bool is_region_code(std::string_view text) {
    return text.size() == 9 && text.substr(0, 3) == "E12" && six_digits(text.substr(3));
}

void check_local_authority_code(Table& table, Column column, std::string_view code) {
    if (!table.cells_ok({column}) || is_local_authority_code(code)) return;
    table.report(diagnostic_code::malformed_ons_code, column,
                 std::string(table.column_name(column)) + " '" + std::string(code) +
                     "' is not an ONS local authority code: E06, E08, E09 or E10 and six "
                     "digits, e.g. E08000012");
}

void check_region_code(Table& table, Column column, std::string_view code) {
    if (!table.cells_ok({column}) || is_region_code(code)) return;
    table.report(diagnostic_code::malformed_ons_code, column,
                 std::string(table.column_name(column)) + " '" + std::string(code) +
                     "' is not an ONS region code: E12 and six digits, e.g. E12000002");
}

}  // namespace oversight
