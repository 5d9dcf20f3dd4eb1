/// \file xlsx_workbook.hpp
/// \brief Every table of a brief in one XLSX workbook (libxlsxwriter): a first sheet with
/// the brief's title, marking, date, key figures, method notes, assumptions and sources,
/// then one sheet per table with real numbers in the column's number format (£, %, x,
/// thousands), the header frozen, and a reason in place of each missing value.
#pragma once

#include <string>
#include <vector>

#include "reports/brief/brief.hpp"

namespace oversight {

/// Writes the workbook to `path` (replacing it). Throws std::runtime_error naming the path
/// and libxlsxwriter's reason on failure.
void write_brief_workbook(const Brief& brief, const std::string& path);

/// The sheet name of a table: its id cut to Excel's 31 characters, with the characters
/// Excel refuses ([ ] : * ? / \) replaced by '_', made unique with a "-2", "-3" suffix.
std::string sheet_name(const std::string& table_id, const std::vector<std::string>& taken);

}  // namespace oversight
