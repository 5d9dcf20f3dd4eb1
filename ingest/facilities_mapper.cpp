// facilities.csv: debt facilities of borrowing entities, as at a balance date.
#include "ingest/mappers.hpp"

namespace oversight {

namespace {

bool is_payment_frequency(int months) {
    return months == 1 || months == 3 || months == 6 || months == 12;
}

}  // namespace

void map_facilities(MapperInput input, std::vector<Facility>& facilities, const KnownKeys& keys) {
    TableSchema schema;
    const Column facility_id = schema.required("facility_id");
    const Column entity_id = schema.required("entity_id");
    const Column kind = schema.required("kind");
    const Column drawn = schema.required("drawn");
    const Column limit = schema.optional("limit");
    const Column rate_type = schema.required("rate_type");
    const Column margin_bps = schema.optional("margin_bps");
    const Column fixed_rate_pct = schema.optional("fixed_rate_pct");
    const Column hedged_pct = schema.optional("hedged_pct");
    const Column start_date = schema.required("start_date");
    const Column maturity_date = schema.required("maturity_date");
    const Column amortisation = schema.required("amortisation");
    const Column frequency_months = schema.required("frequency_months");
    const Column pik = schema.optional("pik");
    const Column covenant_max_net_leverage = schema.optional("covenant_max_net_leverage");
    const Column covenant_min_interest_cover = schema.optional("covenant_min_interest_cover");
    const Column as_of = schema.required("as_of");

    Table table(input.reader, schema, input.diagnostics, input.progress);
    KeyIndex facility_ids;
    while (table.next_row()) {
        Facility facility;
        facility.facility_id = table.text(facility_id);
        facility.entity_id = table.text(entity_id);
        facility.kind = table.code<FacilityKind>(kind);
        facility.drawn = table.decimal(drawn);
        facility.limit = table.optional_decimal(limit);
        facility.rate_type = table.code<RateType>(rate_type);
        facility.margin_bps = table.optional_decimal(margin_bps);
        facility.fixed_rate_pct = table.optional_decimal(fixed_rate_pct);
        facility.hedged_pct = table.optional_decimal(hedged_pct);
        facility.start_date = table.date(start_date);
        facility.maturity_date = table.date(maturity_date);
        facility.amortisation = table.code<Amortisation>(amortisation);
        facility.frequency_months = table.whole_number(frequency_months);
        facility.pik = table.optional_boolean(pik).value_or(false);
        facility.covenant_max_net_leverage = table.optional_decimal(covenant_max_net_leverage);
        facility.covenant_min_interest_cover = table.optional_decimal(covenant_min_interest_cover);
        facility.as_of = table.date(as_of);

        check_unique(table, facility_ids, facility_id, facility.facility_id);
        check_reference(table, keys.entities, entity_id, facility.entity_id, "entity", "entities.csv");
        table.check_at_least(drawn, facility.drawn, 0);
        if (facility.limit) table.check_at_least(limit, *facility.limit, 0);
        if (facility.hedged_pct) table.check_between(hedged_pct, *facility.hedged_pct, 0, 100);
        if (table.cells_ok({frequency_months}) && !is_payment_frequency(facility.frequency_months))
            table.report(diagnostic_code::out_of_range, frequency_months,
                         "frequency_months is " + std::to_string(facility.frequency_months) +
                             "; it must be 1, 3, 6 or 12");
        if (table.cells_ok({start_date, maturity_date}) && facility.maturity_date < facility.start_date)
            table.report(diagnostic_code::ends_before_start, maturity_date,
                         "maturity_date " + facility.maturity_date.iso() + " is before start_date " +
                             facility.start_date.iso());

        // The rate the facility's rate_type needs: without it no interest can be projected.
        // Reported at the empty cell, or at rate_type when the column is not there at all.
        if (table.cells_ok({rate_type})) {
            const bool floating = facility.rate_type == RateType::SoniaFloating;
            const Column needed = floating ? margin_bps : fixed_rate_pct;
            const bool given = floating ? facility.margin_bps.has_value() : facility.fixed_rate_pct.has_value();
            if (!given && !table.failed(needed))
                table.report(diagnostic_code::missing_rate, table.has_column(needed) ? needed : rate_type,
                             std::string(floating ? "a sonia_floating" : "a fixed") +
                                 " facility needs " + std::string(table.column_name(needed)));
        }
        if (table.row_ok()) facilities.push_back(std::move(facility));
    }
}

}  // namespace oversight
