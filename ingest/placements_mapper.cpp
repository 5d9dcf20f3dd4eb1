// placements.csv: one row per placement a council bought or provided.
#include "ingest/mappers.hpp"

namespace oversight {

void map_placements(MapperInput input, std::vector<Placement>& placements, const KnownKeys& keys) {
    TableSchema schema;
    const Column placement_id = schema.required("placement_id");
    const Column la_code = schema.required("la_code");
    const Column urn = schema.required("urn");
    const Column placement_type = schema.required("placement_type");
    const Column need_band = schema.required("need_band");
    const Column age_band = schema.optional("age_band");
    const Column weekly_fee = schema.required("weekly_fee");
    const Column weekly_extras = schema.optional("weekly_extras");
    const Column start_date = schema.required("start_date");
    const Column end_date = schema.optional("end_date");
    const Column purchase_route = schema.required("purchase_route");

    Table table(input.reader, schema, input.diagnostics, input.progress);
    KeyIndex placement_ids;
    while (table.next_row()) {
        Placement placement;
        placement.placement_id = table.text(placement_id);
        placement.la_code = table.text(la_code);
        placement.urn = table.text(urn);
        placement.placement_type = table.code<PlacementType>(placement_type);
        placement.need_band = table.whole_number(need_band);
        placement.age_band = table.optional_code<AgeBand>(age_band);
        placement.weekly_fee = table.decimal(weekly_fee);
        placement.weekly_extras = table.optional_decimal(weekly_extras);
        placement.start_date = table.date(start_date);
        placement.end_date = table.optional_date(end_date);
        placement.purchase_route = table.code<PurchaseRoute>(purchase_route);

        check_unique(table, placement_ids, placement_id, placement.placement_id);
        check_reference(table, keys.local_authorities, la_code, placement.la_code, "local authority",
                        "local_authorities.csv");
        check_reference(table, keys.settings, urn, placement.urn, "setting", "settings.csv");
        table.check_between(need_band, placement.need_band, 1, 4);
        table.check_at_least(weekly_fee, placement.weekly_fee, 0);
        if (placement.weekly_extras) table.check_at_least(weekly_extras, *placement.weekly_extras, 0);
        if (placement.end_date && table.cells_ok({start_date}) && *placement.end_date < placement.start_date)
            table.report(diagnostic_code::ends_before_start, end_date,
                         "end_date " + placement.end_date->iso() + " is before start_date " +
                             placement.start_date.iso());
        if (table.row_ok()) placements.push_back(std::move(placement));
    }
}

}  // namespace oversight
