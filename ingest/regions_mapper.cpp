// regions.csv: the English regions local authorities belong to.
#include "ingest/mappers.hpp"
#include "ingest/ons_codes.hpp"

namespace oversight {

void map_regions(MapperInput input, std::vector<Region>& regions, KnownKeys& keys) {
    TableSchema schema;
    const Column region_code = schema.required("region_code");
    const Column region_name = schema.required("region_name");

    Table table(input.reader, schema, input.diagnostics, input.progress);
    keys.regions.set_checkable(table.has_column(region_code));
    while (table.next_row()) {
        Region region;
        region.region_code = table.text(region_code);
        region.region_name = table.text(region_name);
        check_unique(table, keys.regions, region_code, region.region_code);
        check_region_code(table, region_code, region.region_code);
        if (table.row_ok()) regions.push_back(std::move(region));
    }
}

}  // namespace oversight
