/// \file table_renderers.hpp
/// \brief A Table as aligned text for a terminal, as CSV and as JSON (docs/json-output.md).
#pragma once

#include <ostream>
#include <vector>

#include "reports/brief/table.hpp"

namespace oversight {

enum class TableFormat { Text, Csv, Json };

/// Columns padded to their widest cell; numbers right-aligned; states shown in place.
void render_table_text(const Table& table, std::ostream& out);
/// Header of column keys, then raw values (full precision, no £ or separators) so that a
/// spreadsheet gets numbers; text escaped against formula injection; missing = empty.
void render_table_csv(const Table& table, std::ostream& out);
/// The stable JSON shape documented in docs/json-output.md.
void render_table_json(const Table& table, std::ostream& out);

void render_table(const Table& table, TableFormat format, std::ostream& out);

/// Several tables, for one subject seen from several sides: text and CSV print them one
/// after another with a blank line between; JSON wraps them as {"tables": [...]}.
void render_tables(const std::vector<Table>& tables, TableFormat format, std::ostream& out);

}  // namespace oversight
