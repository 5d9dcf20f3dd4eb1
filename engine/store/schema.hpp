/// \file schema.hpp
/// \brief The store's tables as an ordered list of migrations, and bringing a store up
/// to the schema this build writes and reads.
#pragma once

#include <Poco/Data/Session.h>

#include <span>
#include <string_view>

#include "engine/store/sql_backend.hpp"

namespace oversight {

/// An index that is not a primary key: only there to make look-ups by provider or
/// council fast for whoever queries the store directly. replace_dataset may drop and
/// rebuild these (SqlBackend::rebuild_indexes_after_bulk_insert).
struct SecondaryIndex {
    std::string_view create_sql;
    std::string_view drop_sql;
};

/// The secondary indexes of the current schema version.
std::span<const SecondaryIndex> secondary_indexes();

/// The highest version recorded in `schema_version`; 0 for a store with no migration
/// applied yet. The table must exist (migrate_schema creates it).
int stored_schema_version(Poco::Data::Session& session);

/// Creates the `schema_version` table if needed, refuses a store written by a newer
/// build (std::runtime_error naming both versions), and applies the missing migrations
/// in one transaction under the writer lock. Returns the resulting version. A store that
/// is already current is only read, so opening it never waits for a running ingest.
int migrate_schema(Poco::Data::Session& session, const SqlBackend& backend);

}  // namespace oversight
