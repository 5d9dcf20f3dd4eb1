// settings.csv: Ofsted-registered homes and agencies, and the entities that run them.
#include "ingest/mappers.hpp"

namespace oversight {

void map_settings(MapperInput input, std::vector<Setting>& settings, KnownKeys& keys) {
    TableSchema schema;
    const Column urn = schema.required("urn");
    const Column name = schema.required("name");
    const Column entity_id = schema.required("entity_id");
    const Column setting_type = schema.required("setting_type");
    const Column la_code = schema.required("la_code");
    const Column registered_places = schema.required("registered_places");
    const Column ofsted_rating = schema.required("ofsted_rating");
    const Column specialisms = schema.optional("specialisms");
    const Column registered_on = schema.optional("registered_on");

    Table table(input.reader, schema, input.diagnostics, input.progress);
    keys.settings.set_checkable(table.has_column(urn));
    while (table.next_row()) {
        Setting setting;
        setting.urn = table.text(urn);
        setting.name = table.text(name);
        setting.entity_id = table.text(entity_id);
        setting.setting_type = table.code<SettingType>(setting_type);
        setting.la_code = table.text(la_code);
        setting.registered_places = table.whole_number(registered_places);
        setting.ofsted_rating = table.code<OfstedRating>(ofsted_rating);
        setting.specialisms = table.code_list<Specialism>(specialisms);
        setting.registered_on = table.optional_date(registered_on);

        check_unique(table, keys.settings, urn, setting.urn);
        check_reference(table, keys.entities, entity_id, setting.entity_id, "entity", "entities.csv");
        check_reference(table, keys.local_authorities, la_code, setting.la_code, "local authority",
                        "local_authorities.csv");
        table.check_at_least(registered_places, setting.registered_places, 0);
        if (table.row_ok()) settings.push_back(std::move(setting));
    }
}

}  // namespace oversight
