#include "engine/store/schema.hpp"

#include <Poco/Data/Transaction.h>
#include <Poco/DateTimeFormat.h>
#include <Poco/DateTimeFormatter.h>
#include <Poco/Timestamp.h>

#include <array>
#include <stdexcept>
#include <string>
#include <vector>

#include "engine/store/store.hpp"

namespace oversight {
namespace {

using Poco::Data::Keywords::into;
using Poco::Data::Keywords::now;
using Poco::Data::Keywords::use;

// A migration is history: once released, its statements never change. A later schema
// is a new step appended to migrations() (ALTER TABLE, a new table, a data fix), so a
// store written by any earlier build can be brought forward.
struct Migration {
    int version;
    std::vector<std::string_view> statements;
};

constexpr std::string_view kCreateSchemaVersion =
    "CREATE TABLE IF NOT EXISTS schema_version ("
    " version INTEGER NOT NULL PRIMARY KEY,"
    " applied_at TEXT NOT NULL)";

// Version 1: one table per file of the data contract (docs: DATA.md), columns named and
// ordered as there, plus `ordinal`, the row's position in the data set, which is what
// gives load_market_data its order back. Enumerations are stored as their contract codes,
// dates as ISO text, a missing optional as NULL. No foreign keys: references across
// files are checked by ingest, which can name the file and line of a dangling one.
// Where a contract column is an SQL keyword ("index", "date", "limit", "column") it is
// double-quoted, which SQLite and PostgreSQL both read as an identifier.
constexpr std::string_view kCreateRegions =
    "CREATE TABLE regions ("
    " ordinal INTEGER NOT NULL,"
    " region_code TEXT NOT NULL PRIMARY KEY,"
    " region_name TEXT NOT NULL)";

constexpr std::string_view kCreateLocalAuthorities =
    "CREATE TABLE local_authorities ("
    " ordinal INTEGER NOT NULL,"
    " la_code TEXT NOT NULL PRIMARY KEY,"
    " la_name TEXT NOT NULL,"
    " region_code TEXT NOT NULL,"
    " rcc TEXT,"
    " lat DOUBLE PRECISION NOT NULL,"
    " lon DOUBLE PRECISION NOT NULL,"
    " children_looked_after INTEGER)";

constexpr std::string_view kCreateIndices =
    "CREATE TABLE indices ("
    " ordinal INTEGER NOT NULL PRIMARY KEY,"
    " \"index\" TEXT NOT NULL,"
    " \"date\" TEXT NOT NULL,"
    " value DOUBLE PRECISION NOT NULL)";

constexpr std::string_view kCreateCurves =
    "CREATE TABLE curves ("
    " ordinal INTEGER NOT NULL PRIMARY KEY,"
    " as_of TEXT NOT NULL,"
    " curve TEXT NOT NULL,"
    " tenor TEXT NOT NULL,"
    " instrument TEXT NOT NULL,"
    " rate_pct DOUBLE PRECISION NOT NULL)";

constexpr std::string_view kCreateEntities =
    "CREATE TABLE entities ("
    " ordinal INTEGER NOT NULL,"
    " entity_id TEXT NOT NULL PRIMARY KEY,"
    " name TEXT NOT NULL,"
    " parent_entity_id TEXT,"
    " owner_type TEXT NOT NULL,"
    " wacc_pct DOUBLE PRECISION)";

constexpr std::string_view kCreateSettings =
    "CREATE TABLE settings ("
    " ordinal INTEGER NOT NULL,"
    " urn TEXT NOT NULL PRIMARY KEY,"
    " name TEXT NOT NULL,"
    " entity_id TEXT NOT NULL,"
    " setting_type TEXT NOT NULL,"
    " la_code TEXT NOT NULL,"
    " registered_places INTEGER NOT NULL,"
    " ofsted_rating TEXT NOT NULL,"
    " specialisms TEXT,"
    " registered_on TEXT)";

// Several rows may share an entity and period (entity and consolidated accounts, or the
// same period from a CSV row and an iXBRL document), so the key is the ordinal.
constexpr std::string_view kCreateAccounts =
    "CREATE TABLE accounts ("
    " ordinal INTEGER NOT NULL PRIMARY KEY,"
    " entity_id TEXT NOT NULL,"
    " period_end TEXT NOT NULL,"
    " period_months INTEGER NOT NULL,"
    " basis TEXT NOT NULL,"
    " turnover DOUBLE PRECISION NOT NULL,"
    " staff_costs DOUBLE PRECISION NOT NULL,"
    " other_operating_costs DOUBLE PRECISION NOT NULL,"
    " depreciation_amortisation DOUBLE PRECISION NOT NULL,"
    " operating_profit DOUBLE PRECISION NOT NULL,"
    " interest_payable DOUBLE PRECISION NOT NULL,"
    " profit_before_tax DOUBLE PRECISION NOT NULL,"
    " tax DOUBLE PRECISION,"
    " cash DOUBLE PRECISION NOT NULL,"
    " current_assets DOUBLE PRECISION NOT NULL,"
    " total_assets DOUBLE PRECISION NOT NULL,"
    " current_liabilities DOUBLE PRECISION NOT NULL,"
    " non_current_liabilities DOUBLE PRECISION NOT NULL,"
    " bank_debt DOUBLE PRECISION NOT NULL,"
    " shareholder_loans DOUBLE PRECISION,"
    " lease_liabilities DOUBLE PRECISION,"
    " retained_earnings DOUBLE PRECISION,"
    " net_assets DOUBLE PRECISION NOT NULL,"
    " employees INTEGER,"
    " capex DOUBLE PRECISION,"
    " source TEXT)";

constexpr std::string_view kCreateFacilities =
    "CREATE TABLE facilities ("
    " ordinal INTEGER NOT NULL,"
    " facility_id TEXT NOT NULL PRIMARY KEY,"
    " entity_id TEXT NOT NULL,"
    " kind TEXT NOT NULL,"
    " drawn DOUBLE PRECISION NOT NULL,"
    " \"limit\" DOUBLE PRECISION,"
    " rate_type TEXT NOT NULL,"
    " margin_bps DOUBLE PRECISION,"
    " fixed_rate_pct DOUBLE PRECISION,"
    " hedged_pct DOUBLE PRECISION,"
    " start_date TEXT NOT NULL,"
    " maturity_date TEXT NOT NULL,"
    " amortisation TEXT NOT NULL,"
    " frequency_months INTEGER NOT NULL,"
    " pik INTEGER NOT NULL CHECK (pik IN (0, 1)),"
    " covenant_max_net_leverage DOUBLE PRECISION,"
    " covenant_min_interest_cover DOUBLE PRECISION,"
    " as_of TEXT NOT NULL)";

constexpr std::string_view kCreatePlacements =
    "CREATE TABLE placements ("
    " ordinal INTEGER NOT NULL,"
    " placement_id TEXT NOT NULL PRIMARY KEY,"
    " la_code TEXT NOT NULL,"
    " urn TEXT NOT NULL,"
    " placement_type TEXT NOT NULL,"
    " need_band INTEGER NOT NULL,"
    " age_band TEXT,"
    " weekly_fee DOUBLE PRECISION NOT NULL,"
    " weekly_extras DOUBLE PRECISION,"
    " start_date TEXT NOT NULL,"
    " end_date TEXT,"
    " purchase_route TEXT NOT NULL)";

// The warnings of the current data set (replaced with it), severity kept so that what
// comes back is exactly what was stored.
constexpr std::string_view kCreateIngestWarnings =
    "CREATE TABLE ingest_warnings ("
    " ordinal INTEGER NOT NULL PRIMARY KEY,"
    " file TEXT NOT NULL,"
    " line BIGINT NOT NULL,"
    " \"column\" BIGINT NOT NULL,"
    " severity TEXT NOT NULL,"
    " code TEXT NOT NULL,"
    " message TEXT NOT NULL)";

// One row per successful ingest, never deleted: the store's audit trail. The current
// data set is the one of the highest run_id.
constexpr std::string_view kCreateIngestRuns =
    "CREATE TABLE ingest_runs ("
    " run_id INTEGER NOT NULL PRIMARY KEY,"
    " source TEXT NOT NULL,"
    " ingested_at TEXT NOT NULL,"
    " row_count BIGINT NOT NULL)";

// The look-ups a reader of the store makes other than by primary key: a council's or a
// setting's placements, and an entity's settings, accounts and facilities.
constexpr std::array kSecondaryIndexesV1 = {
    SecondaryIndex{"CREATE INDEX placements_by_la_code ON placements (la_code)",
                   "DROP INDEX placements_by_la_code"},
    SecondaryIndex{"CREATE INDEX placements_by_urn ON placements (urn)",
                   "DROP INDEX placements_by_urn"},
    SecondaryIndex{"CREATE INDEX settings_by_entity_id ON settings (entity_id)",
                   "DROP INDEX settings_by_entity_id"},
    SecondaryIndex{"CREATE INDEX accounts_by_entity_id ON accounts (entity_id)",
                   "DROP INDEX accounts_by_entity_id"},
    SecondaryIndex{"CREATE INDEX facilities_by_entity_id ON facilities (entity_id)",
                   "DROP INDEX facilities_by_entity_id"},
};

const std::vector<Migration>& migrations() {
    static const std::vector<Migration> steps = {
        {1,
         {kCreateRegions, kCreateLocalAuthorities, kCreateIndices, kCreateCurves, kCreateEntities,
          kCreateSettings, kCreateAccounts, kCreateFacilities, kCreatePlacements,
          kCreateIngestWarnings, kCreateIngestRuns, kSecondaryIndexesV1[0].create_sql,
          kSecondaryIndexesV1[1].create_sql, kSecondaryIndexesV1[2].create_sql,
          kSecondaryIndexesV1[3].create_sql, kSecondaryIndexesV1[4].create_sql}},
    };
    return steps;
}

void refuse_newer(int stored) {
    if (stored > current_schema_version())
        throw std::runtime_error(
            "the store has schema version " + std::to_string(stored) +
            ", written by a newer build of oversight; this build reads up to version " +
            std::to_string(current_schema_version()) +
            ". Use the newer build, or ingest "
            "into a new store");
}

void apply(Poco::Data::Session& session, const Migration& migration) {
    for (const std::string_view statement : migration.statements) session << statement, now;
    int version = migration.version;
    std::string applied_at =
        Poco::DateTimeFormatter::format(Poco::Timestamp(), Poco::DateTimeFormat::ISO8601_FORMAT);
    session << "INSERT INTO schema_version (version, applied_at) VALUES ($1, $2)", use(version),
        use(applied_at), now;
}

}  // namespace

int current_schema_version() { return migrations().back().version; }

std::span<const SecondaryIndex> secondary_indexes() { return kSecondaryIndexesV1; }

int stored_schema_version(Poco::Data::Session& session) {
    int version = 0;
    session << "SELECT COALESCE(MAX(version), 0) FROM schema_version", into(version), now;
    return version;
}

int migrate_schema(Poco::Data::Session& session, const SqlBackend& backend) {
    // Outside a transaction, and a no-op on an existing store: a reader opening the store
    // while an ingest holds the writer lock goes straight through.
    session << kCreateSchemaVersion, now;
    const int found = stored_schema_version(session);
    refuse_newer(found);
    if (found == current_schema_version()) return found;

    Poco::Data::Transaction transaction(session);
    session << backend.writer_lock_sql, now;
    // Again under the lock: another process may have migrated since the first look.
    const int locked = stored_schema_version(session);
    refuse_newer(locked);
    for (const Migration& migration : migrations())
        if (migration.version > locked) apply(session, migration);
    transaction.commit();
    return current_schema_version();
}

}  // namespace oversight
