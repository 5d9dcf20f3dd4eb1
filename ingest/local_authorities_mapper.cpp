// local_authorities.csv: councils with children's services, the one required file.
#include "ingest/mappers.hpp"
#include "ingest/ons_codes.hpp"

namespace oversight {

namespace {
// England's extent in WGS84 degrees, with a margin: a centroid outside it is a swapped
// or mistyped coordinate, which would silently distort every placement distance.
constexpr double kSouthmostLat = 49.0, kNorthmostLat = 56.0;
constexpr double kWestmostLon = -7.0, kEastmostLon = 2.5;
}  // namespace

void map_local_authorities(MapperInput input, std::vector<LocalAuthority>& local_authorities,
                           KnownKeys& keys) {
    TableSchema schema;
    const Column la_code = schema.required("la_code");
    const Column la_name = schema.required("la_name");
    const Column region_code = schema.required("region_code");
    const Column rcc = schema.optional("rcc");
    const Column lat = schema.required("lat");
    const Column lon = schema.required("lon");
    const Column children_looked_after = schema.optional("children_looked_after");

    Table table(input.reader, schema, input.diagnostics, input.progress);
    keys.local_authorities.set_checkable(table.has_column(la_code));
    while (table.next_row()) {
        LocalAuthority authority;
        authority.la_code = table.text(la_code);
        authority.la_name = table.text(la_name);
        authority.region_code = table.text(region_code);
        authority.rcc = table.optional_text(rcc);
        authority.lat = table.decimal(lat);
        authority.lon = table.decimal(lon);
        authority.children_looked_after = table.optional_whole_number(children_looked_after);

        check_unique(table, keys.local_authorities, la_code, authority.la_code);
        check_local_authority_code(table, la_code, authority.la_code);
        check_region_code(table, region_code, authority.region_code);
        check_reference(table, keys.regions, region_code, authority.region_code, "region",
                        "regions.csv");
        table.check_between(lat, authority.lat, kSouthmostLat, kNorthmostLat);
        table.check_between(lon, authority.lon, kWestmostLon, kEastmostLon);
        if (authority.children_looked_after)
            table.check_at_least(children_looked_after, *authority.children_looked_after, 0);
        if (table.row_ok()) local_authorities.push_back(std::move(authority));
    }
}

}  // namespace oversight
