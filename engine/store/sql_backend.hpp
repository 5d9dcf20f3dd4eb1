/// \file sql_backend.hpp
/// \brief What differs between the SQL engines the store runs on, in one small place,
/// so that every other statement of the store is portable SQL.
///
/// Portable here means: standard types only (TEXT, INTEGER, BIGINT, DOUBLE PRECISION),
/// `$1, $2, ...` placeholders (PostgreSQL's own form, and a valid parameter name in
/// SQLite, numbered in order of appearance), double-quoted identifiers where a column of
/// the data contract is an SQL keyword, and values always bound, never spliced into text.
#pragma once

#include <Poco/Data/Session.h>
#include <Poco/Types.h>

#include <string_view>

namespace oversight {

struct SqlBackend {
    /// Poco connector key ("sqlite"), for messages.
    std::string_view connector;

    /// Run first in every writing transaction to take the store's single writer lock
    /// before anything is read, so that two writers queue rather than interleave (and so
    /// a migration re-reads the schema version under the lock). SQLite: any write takes
    /// its one database lock; PostgreSQL would use `LOCK TABLE schema_version IN SHARE
    /// ROW EXCLUSIVE MODE`, which blocks other writers but not readers.
    std::string_view writer_lock_sql;

    /// Isolation for the multi-statement reads of a whole data set, so that every table
    /// comes from the same committed ingest. SQLite transactions are serializable whatever
    /// Poco is told (it only accepts READ_COMMITTED); PostgreSQL needs REPEATABLE_READ.
    Poco::UInt32 snapshot_isolation = Poco::Data::Session::TRANSACTION_READ_COMMITTED;

    /// True when dropping the secondary indexes before a bulk insert and building them
    /// after is faster than maintaining them row by row (SQLite: about 3x at 100,000
    /// placements). PostgreSQL would say false: DROP INDEX locks readers out until commit.
    bool rebuild_indexes_after_bulk_insert = false;
};

/// An open session and the facts about its engine.
struct SqlConnection {
    Poco::Data::Session session;
    SqlBackend backend;
};

}  // namespace oversight
