#include "reports/brief/brief.hpp"

namespace oversight {

std::vector<const Table*> tables_of(const Brief& brief) {
    std::vector<const Table*> tables;
    for (const Section& section : brief.sections)
        for (const Block& block : section.blocks)
            if (const auto* table = std::get_if<Table>(&block)) tables.push_back(table);
    return tables;
}

Table assumptions_table(std::string id, std::string caption, const std::vector<AssumptionLine>& lines) {
    Table t(std::move(id), std::move(caption),
            {{"key", "Key", ColumnKind::Text, 0},
             {"value", "Value", ColumnKind::Text, 0},
             {"unit", "Unit", ColumnKind::Text, 0},
             {"meaning", "Meaning", ColumnKind::Text, 0}});
    for (const AssumptionLine& line : lines)
        t.add_row({Cell::text(line.key), Cell::text(line.value), Cell::text(line.unit), Cell::text(line.description)});
    return t;
}

}  // namespace oversight
