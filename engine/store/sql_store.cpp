#include "engine/store/sql_store.hpp"

#include <Poco/Data/Transaction.h>
#include <Poco/Exception.h>

#include <exception>
#include <stdexcept>
#include <utility>

#include "engine/store/schema.hpp"
#include "engine/store/table_columns.hpp"
#include "engine/store/table_statements.hpp"

namespace oversight {
namespace {

using Poco::Data::Keywords::now;

/// Starts a read transaction in which every statement sees the same committed data set.
Poco::Data::Transaction snapshot(Poco::Data::Session& session, const SqlBackend& backend) {
    session.setTransactionIsolation(backend.snapshot_isolation);
    return Poco::Data::Transaction(session);
}

}  // namespace

SqlStore::SqlStore(std::string location, SqlConnection connection)
    : location_(std::move(location)), connection_(std::move(connection)) {
    try {
        migrate_schema(connection_.session, connection_.backend);
    } catch (...) {
        fail("opening");
    }
}

int SqlStore::schema_version() {
    try {
        return stored_schema_version(connection_.session);
    } catch (...) {
        fail("reading the schema version");
    }
}

void SqlStore::replace_dataset(const MarketData& data, const std::vector<Diagnostic>& warnings,
                               const IngestRecord& record) {
    try {
        write_dataset(data, warnings, record);
    } catch (...) {
        fail("replacing the data set (nothing was changed)");
    }
}

void SqlStore::write_dataset(const MarketData& data, const std::vector<Diagnostic>& warnings,
                             const IngestRecord& record) {
    // Every value is checked and converted before the transaction starts, so a bad value
    // costs no lock and no rollback.
    MarketColumns columns = to_columns(data);
    WarningColumns warning_columns = to_columns(warnings);

    Poco::Data::Session& session = connection_.session;
    const SqlBackend& backend = connection_.backend;
    // Rolled back by its destructor unless committed, also when an exception unwinds.
    Poco::Data::Transaction transaction(session);
    session << backend.writer_lock_sql, now;
    if (backend.rebuild_indexes_after_bulk_insert)
        for (const SecondaryIndex& index : secondary_indexes()) session << index.drop_sql, now;
    delete_dataset(session);
    insert_dataset(session, columns);
    insert_warnings(session, warning_columns);
    insert_ingest_run(session, record);
    if (backend.rebuild_indexes_after_bulk_insert)
        for (const SecondaryIndex& index : secondary_indexes()) session << index.create_sql, now;
    transaction.commit();
}

std::optional<IngestRecord> SqlStore::current_ingest() {
    try {
        return select_current_ingest(connection_.session);
    } catch (...) {
        fail("reading the current ingest");
    }
}

MarketData SqlStore::load_market_data() {
    try {
        MarketColumns columns;
        {
            Poco::Data::Transaction transaction =
                snapshot(connection_.session, connection_.backend);
            columns = select_dataset(connection_.session);
            transaction.commit();
        }
        return to_rows(columns);
    } catch (...) {
        fail("loading the data set");
    }
}

std::vector<Diagnostic> SqlStore::load_warnings() {
    try {
        return to_rows(select_warnings(connection_.session));
    } catch (...) {
        fail("loading the ingest warnings");
    }
}

void SqlStore::fail(const std::string& doing) const {
    const std::string context = "store " + location_ + ": " + doing + ": ";
    try {
        throw;
    } catch (const Poco::Exception& error) {
        throw std::runtime_error(context + error.displayText());
    } catch (const std::exception& error) {
        throw std::runtime_error(context + error.what());
    }
}

}  // namespace oversight
