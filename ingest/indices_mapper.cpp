// indices.csv: index series (CPI, wages, ...) used to restate prices and costs.
#include "ingest/mappers.hpp"

namespace oversight {

void map_indices(MapperInput input, std::vector<IndexPoint>& indices) {
    TableSchema schema;
    const Column index = schema.required("index");
    const Column date = schema.required("date");
    const Column value = schema.required("value");

    Table table(input.reader, schema, input.diagnostics, input.progress);
    KeyIndex points;  // one value per series and date: two would leave the level ambiguous
    while (table.next_row()) {
        IndexPoint point;
        point.index = table.text(index);
        point.date = table.date(date);
        point.value = table.decimal(value);
        if (table.cells_ok({date}))
            check_unique(table, points, index, point.index + '\x1f' + point.date.iso(),
                         "index point '" + point.index + "' on " + point.date.iso());
        if (table.row_ok()) indices.push_back(std::move(point));
    }
}

}  // namespace oversight
