#include "engine/store/table_statements.hpp"

#include <Poco/Exception.h>

#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace oversight {
namespace {

using Poco::Data::Keywords::into;
using Poco::Data::Keywords::now;
using Poco::Data::Keywords::use;

/// 0, 1, ... n-1: the insertion order that load_market_data gives back.
std::vector<int> ordinals(std::size_t count) {
    std::vector<int> ordinal(count);
    for (std::size_t i = 0; i < count; ++i) ordinal[i] = static_cast<int>(i);
    return ordinal;
}

/// Runs one table's INSERT; on failure says which table and, when the table has a
/// natural key, the first key that appears twice (the usual cause, which SQL engines
/// report by constraint name only).
template <typename Insert>
void inserting(std::string_view table, const std::vector<std::string>* keys, Insert insert) {
    try {
        insert();
    } catch (const Poco::Exception& error) {
        std::string message = "inserting into " + std::string(table) + ": " + error.displayText();
        if (keys) {
            std::unordered_set<std::string_view> seen;
            for (const std::string& key : *keys)
                if (!seen.insert(key).second) {
                    message += " (the key '" + key + "' appears more than once)";
                    break;
                }
        }
        throw std::runtime_error(message);
    }
}

// One INSERT and one SELECT per table, column lists in the order of the data contract.

void insert_regions(Poco::Data::Session& session, RegionColumns& c) {
    if (c.region_code.empty()) return;  // Poco refuses to bind an empty vector
    std::vector<int> ordinal = ordinals(c.region_code.size());
    session << "INSERT INTO regions (ordinal, region_code, region_name) "
               "VALUES ($1, $2, $3)",
        use(ordinal), use(c.region_code), use(c.region_name), now;
}

void select_regions(Poco::Data::Session& session, RegionColumns& c) {
    session << "SELECT region_code, region_name FROM regions ORDER BY ordinal", into(c.region_code),
        into(c.region_name), now;
}

void insert_local_authorities(Poco::Data::Session& session, LocalAuthorityColumns& c) {
    if (c.la_code.empty()) return;  // Poco refuses to bind an empty vector
    std::vector<int> ordinal = ordinals(c.la_code.size());
    session << "INSERT INTO local_authorities (ordinal, la_code, la_name, region_code, rcc, "
               "lat, lon, children_looked_after) "
               "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        use(ordinal), use(c.la_code), use(c.la_name), use(c.region_code), use(c.rcc), use(c.lat),
        use(c.lon), use(c.children_looked_after), now;
}

void select_local_authorities(Poco::Data::Session& session, LocalAuthorityColumns& c) {
    session << "SELECT la_code, la_name, region_code, rcc, lat, lon, children_looked_after "
               "FROM local_authorities ORDER BY ordinal",
        into(c.la_code), into(c.la_name), into(c.region_code), into(c.rcc), into(c.lat),
        into(c.lon), into(c.children_looked_after), now;
}

void insert_indices(Poco::Data::Session& session, IndexPointColumns& c) {
    if (c.index.empty()) return;  // Poco refuses to bind an empty vector
    std::vector<int> ordinal = ordinals(c.index.size());
    session << "INSERT INTO indices (ordinal, \"index\", \"date\", value) "
               "VALUES ($1, $2, $3, $4)",
        use(ordinal), use(c.index), use(c.date), use(c.value), now;
}

void select_indices(Poco::Data::Session& session, IndexPointColumns& c) {
    session << "SELECT \"index\", \"date\", value FROM indices ORDER BY ordinal", into(c.index),
        into(c.date), into(c.value), now;
}

void insert_curves(Poco::Data::Session& session, CurveQuoteColumns& c) {
    if (c.as_of.empty()) return;  // Poco refuses to bind an empty vector
    std::vector<int> ordinal = ordinals(c.as_of.size());
    session << "INSERT INTO curves (ordinal, as_of, curve, tenor, instrument, rate_pct) "
               "VALUES ($1, $2, $3, $4, $5, $6)",
        use(ordinal), use(c.as_of), use(c.curve), use(c.tenor), use(c.instrument), use(c.rate_pct),
        now;
}

void select_curves(Poco::Data::Session& session, CurveQuoteColumns& c) {
    session << "SELECT as_of, curve, tenor, instrument, rate_pct FROM curves ORDER BY ordinal",
        into(c.as_of), into(c.curve), into(c.tenor), into(c.instrument), into(c.rate_pct), now;
}

void insert_entities(Poco::Data::Session& session, EntityColumns& c) {
    if (c.entity_id.empty()) return;  // Poco refuses to bind an empty vector
    std::vector<int> ordinal = ordinals(c.entity_id.size());
    session << "INSERT INTO entities (ordinal, entity_id, name, parent_entity_id, owner_type, "
               "wacc_pct) "
               "VALUES ($1, $2, $3, $4, $5, $6)",
        use(ordinal), use(c.entity_id), use(c.name), use(c.parent_entity_id), use(c.owner_type),
        use(c.wacc_pct), now;
}

void select_entities(Poco::Data::Session& session, EntityColumns& c) {
    session << "SELECT entity_id, name, parent_entity_id, owner_type, wacc_pct "
               "FROM entities ORDER BY ordinal",
        into(c.entity_id), into(c.name), into(c.parent_entity_id), into(c.owner_type),
        into(c.wacc_pct), now;
}

void insert_settings(Poco::Data::Session& session, SettingColumns& c) {
    if (c.urn.empty()) return;  // Poco refuses to bind an empty vector
    std::vector<int> ordinal = ordinals(c.urn.size());
    session << "INSERT INTO settings (ordinal, urn, name, entity_id, setting_type, la_code, "
               "registered_places, ofsted_rating, specialisms, registered_on) "
               "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
        use(ordinal), use(c.urn), use(c.name), use(c.entity_id), use(c.setting_type),
        use(c.la_code), use(c.registered_places), use(c.ofsted_rating), use(c.specialisms),
        use(c.registered_on), now;
}

void select_settings(Poco::Data::Session& session, SettingColumns& c) {
    session << "SELECT urn, name, entity_id, setting_type, la_code, registered_places, "
               "ofsted_rating, specialisms, registered_on FROM settings ORDER BY ordinal",
        into(c.urn), into(c.name), into(c.entity_id), into(c.setting_type), into(c.la_code),
        into(c.registered_places), into(c.ofsted_rating), into(c.specialisms),
        into(c.registered_on), now;
}

void insert_accounts(Poco::Data::Session& session, AccountsColumns& c) {
    if (c.entity_id.empty()) return;  // Poco refuses to bind an empty vector
    std::vector<int> ordinal = ordinals(c.entity_id.size());
    session << "INSERT INTO accounts (ordinal, entity_id, period_end, period_months, basis, "
               "turnover, staff_costs, other_operating_costs, depreciation_amortisation, "
               "operating_profit, interest_payable, profit_before_tax, tax, cash, "
               "current_assets, total_assets, current_liabilities, non_current_liabilities, "
               "bank_debt, shareholder_loans, lease_liabilities, retained_earnings, "
               "net_assets, employees, capex, source) "
               "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, "
               "$16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26)",
        use(ordinal), use(c.entity_id), use(c.period_end), use(c.period_months), use(c.basis),
        use(c.turnover), use(c.staff_costs), use(c.other_operating_costs),
        use(c.depreciation_amortisation), use(c.operating_profit), use(c.interest_payable),
        use(c.profit_before_tax), use(c.tax), use(c.cash), use(c.current_assets),
        use(c.total_assets), use(c.current_liabilities), use(c.non_current_liabilities),
        use(c.bank_debt), use(c.shareholder_loans), use(c.lease_liabilities),
        use(c.retained_earnings), use(c.net_assets), use(c.employees), use(c.capex), use(c.source),
        now;
}

void select_accounts(Poco::Data::Session& session, AccountsColumns& c) {
    session << "SELECT entity_id, period_end, period_months, basis, turnover, staff_costs, "
               "other_operating_costs, depreciation_amortisation, operating_profit, "
               "interest_payable, profit_before_tax, tax, cash, current_assets, total_assets, "
               "current_liabilities, non_current_liabilities, bank_debt, shareholder_loans, "
               "lease_liabilities, retained_earnings, net_assets, employees, capex, source "
               "FROM accounts ORDER BY ordinal",
        into(c.entity_id), into(c.period_end), into(c.period_months), into(c.basis),
        into(c.turnover), into(c.staff_costs), into(c.other_operating_costs),
        into(c.depreciation_amortisation), into(c.operating_profit), into(c.interest_payable),
        into(c.profit_before_tax), into(c.tax), into(c.cash), into(c.current_assets),
        into(c.total_assets), into(c.current_liabilities), into(c.non_current_liabilities),
        into(c.bank_debt), into(c.shareholder_loans), into(c.lease_liabilities),
        into(c.retained_earnings), into(c.net_assets), into(c.employees), into(c.capex),
        into(c.source), now;
}

void insert_facilities(Poco::Data::Session& session, FacilityColumns& c) {
    if (c.facility_id.empty()) return;  // Poco refuses to bind an empty vector
    std::vector<int> ordinal = ordinals(c.facility_id.size());
    session << "INSERT INTO facilities (ordinal, facility_id, entity_id, kind, drawn, "
               "\"limit\", rate_type, margin_bps, fixed_rate_pct, hedged_pct, start_date, "
               "maturity_date, amortisation, frequency_months, pik, "
               "covenant_max_net_leverage, covenant_min_interest_cover, as_of) "
               "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, "
               "$16, $17, $18)",
        use(ordinal), use(c.facility_id), use(c.entity_id), use(c.kind), use(c.drawn), use(c.limit),
        use(c.rate_type), use(c.margin_bps), use(c.fixed_rate_pct), use(c.hedged_pct),
        use(c.start_date), use(c.maturity_date), use(c.amortisation), use(c.frequency_months),
        use(c.pik), use(c.covenant_max_net_leverage), use(c.covenant_min_interest_cover),
        use(c.as_of), now;
}

void select_facilities(Poco::Data::Session& session, FacilityColumns& c) {
    session << "SELECT facility_id, entity_id, kind, drawn, \"limit\", rate_type, margin_bps, "
               "fixed_rate_pct, hedged_pct, start_date, maturity_date, amortisation, "
               "frequency_months, pik, covenant_max_net_leverage, "
               "covenant_min_interest_cover, as_of FROM facilities ORDER BY ordinal",
        into(c.facility_id), into(c.entity_id), into(c.kind), into(c.drawn), into(c.limit),
        into(c.rate_type), into(c.margin_bps), into(c.fixed_rate_pct), into(c.hedged_pct),
        into(c.start_date), into(c.maturity_date), into(c.amortisation), into(c.frequency_months),
        into(c.pik), into(c.covenant_max_net_leverage), into(c.covenant_min_interest_cover),
        into(c.as_of), now;
}

void insert_placements(Poco::Data::Session& session, PlacementColumns& c) {
    if (c.placement_id.empty()) return;  // Poco refuses to bind an empty vector
    std::vector<int> ordinal = ordinals(c.placement_id.size());
    session << "INSERT INTO placements (ordinal, placement_id, la_code, urn, placement_type, "
               "need_band, age_band, weekly_fee, weekly_extras, start_date, end_date, "
               "purchase_route) "
               "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
        use(ordinal), use(c.placement_id), use(c.la_code), use(c.urn), use(c.placement_type),
        use(c.need_band), use(c.age_band), use(c.weekly_fee), use(c.weekly_extras),
        use(c.start_date), use(c.end_date), use(c.purchase_route), now;
}

void select_placements(Poco::Data::Session& session, PlacementColumns& c) {
    session << "SELECT placement_id, la_code, urn, placement_type, need_band, age_band, "
               "weekly_fee, weekly_extras, start_date, end_date, purchase_route "
               "FROM placements ORDER BY ordinal",
        into(c.placement_id), into(c.la_code), into(c.urn), into(c.placement_type),
        into(c.need_band), into(c.age_band), into(c.weekly_fee), into(c.weekly_extras),
        into(c.start_date), into(c.end_date), into(c.purchase_route), now;
}

}  // namespace

void delete_dataset(Poco::Data::Session& session) {
    // Literal statements rather than "DELETE FROM " + name: no SQL is ever assembled.
    static constexpr std::string_view kDeletes[] = {
        "DELETE FROM regions",         "DELETE FROM local_authorities", "DELETE FROM indices",
        "DELETE FROM curves",          "DELETE FROM entities",          "DELETE FROM settings",
        "DELETE FROM accounts",        "DELETE FROM facilities",        "DELETE FROM placements",
        "DELETE FROM ingest_warnings",
    };
    for (const std::string_view statement : kDeletes) session << statement, now;
}

void insert_dataset(Poco::Data::Session& session, MarketColumns& c) {
    inserting("regions", &c.regions.region_code, [&] { insert_regions(session, c.regions); });
    inserting("local_authorities", &c.local_authorities.la_code,
              [&] { insert_local_authorities(session, c.local_authorities); });
    inserting("indices", nullptr, [&] { insert_indices(session, c.indices); });
    inserting("curves", nullptr, [&] { insert_curves(session, c.curves); });
    inserting("entities", &c.entities.entity_id, [&] { insert_entities(session, c.entities); });
    inserting("settings", &c.settings.urn, [&] { insert_settings(session, c.settings); });
    inserting("accounts", nullptr, [&] { insert_accounts(session, c.accounts); });
    inserting("facilities", &c.facilities.facility_id,
              [&] { insert_facilities(session, c.facilities); });
    inserting("placements", &c.placements.placement_id,
              [&] { insert_placements(session, c.placements); });
}

MarketColumns select_dataset(Poco::Data::Session& session) {
    MarketColumns c;
    select_regions(session, c.regions);
    select_local_authorities(session, c.local_authorities);
    select_indices(session, c.indices);
    select_curves(session, c.curves);
    select_entities(session, c.entities);
    select_settings(session, c.settings);
    select_accounts(session, c.accounts);
    select_facilities(session, c.facilities);
    select_placements(session, c.placements);
    return c;
}

void insert_warnings(Poco::Data::Session& session, WarningColumns& c) {
    if (c.file.empty()) return;
    std::vector<int> ordinal = ordinals(c.file.size());
    inserting("ingest_warnings", nullptr, [&] {
        session << "INSERT INTO ingest_warnings (ordinal, file, line, \"column\", severity, code, "
                   "message) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            use(ordinal), use(c.file), use(c.line), use(c.column), use(c.severity), use(c.code),
            use(c.message), now;
    });
}

WarningColumns select_warnings(Poco::Data::Session& session) {
    WarningColumns c;
    session << "SELECT file, line, \"column\", severity, code, message FROM ingest_warnings "
               "ORDER BY ordinal",
        into(c.file), into(c.line), into(c.column), into(c.severity), into(c.code), into(c.message),
        now;
    return c;
}

void insert_ingest_run(Poco::Data::Session& session, const IngestRecord& record) {
    // The next id is computed here rather than by an auto-increment column, whose syntax
    // differs between engines; the caller holds the writer lock, so no other run can
    // take the same id.
    Poco::Int64 run_id = 0;
    session << "SELECT COALESCE(MAX(run_id), 0) + 1 FROM ingest_runs", into(run_id), now;
    std::string source = RowContext("ingest_runs", 0).text("source", record.source);
    std::string ingested_at = RowContext("ingest_runs", 0).text("ingested_at", record.ingested_at);
    auto row_count = static_cast<Poco::Int64>(record.row_count);
    inserting("ingest_runs", nullptr, [&] {
        session << "INSERT INTO ingest_runs (run_id, source, ingested_at, row_count) "
                   "VALUES ($1, $2, $3, $4)",
            use(run_id), use(source), use(ingested_at), use(row_count), now;
    });
}

std::optional<IngestRecord> select_current_ingest(Poco::Data::Session& session) {
    std::vector<std::string> source, ingested_at;
    std::vector<Poco::Int64> row_count;
    session << "SELECT source, ingested_at, row_count FROM ingest_runs "
               "WHERE run_id = (SELECT MAX(run_id) FROM ingest_runs)",
        into(source), into(ingested_at), into(row_count), now;
    if (source.empty()) return std::nullopt;
    return IngestRecord{source.front(), ingested_at.front(),
                        static_cast<std::size_t>(row_count.front())};
}

}  // namespace oversight
