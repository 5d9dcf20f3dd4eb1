/// \file ons_codes.hpp
/// \brief The shape of ONS geography codes, checked where a file defines them.
#pragma once

#include <string_view>

#include "ingest/table.hpp"

namespace oversight {

/// ONS code of a children's services authority: E06, E08, E09 or E10 and six digits.
bool is_local_authority_code(std::string_view text);

/// ONS code of an English region: E12 and six digits.
bool is_region_code(std::string_view text);

/// VAL009 at the current row's cell of `column` unless `code` is a local authority code.
void check_local_authority_code(Table& table, Column column, std::string_view code);

/// VAL009 at the current row's cell of `column` unless `code` is a region code.
void check_region_code(Table& table, Column column, std::string_view code);

}  // namespace oversight
