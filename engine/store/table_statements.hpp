/// \file table_statements.hpp
/// \brief The SQL that writes and reads the store's rows: one prepared INSERT per table,
/// run once per row from vectors of bound values, and one SELECT per table in insertion
/// order. Portable SQL only (see sql_backend.hpp); transactions are the caller's.
#pragma once

#include <Poco/Data/Session.h>

#include <optional>

#include "engine/store/store.hpp"
#include "engine/store/table_columns.hpp"

namespace oversight {

/// Deletes every data row and warning. The ingest_runs history is kept.
void delete_dataset(Poco::Data::Session& session);

/// Inserts every table; each row's ordinal is its position in its vector. Throws
/// std::runtime_error naming the table (and a repeated key, if that was the cause).
/// Non-const because Poco binds by reference to non-const vectors.
void insert_dataset(Poco::Data::Session& session, MarketColumns& columns);
void insert_warnings(Poco::Data::Session& session, WarningColumns& columns);
/// Appends the run with the next run_id; it becomes the current ingest.
void insert_ingest_run(Poco::Data::Session& session, const IngestRecord& record);

/// Every table in ordinal order.
MarketColumns select_dataset(Poco::Data::Session& session);
WarningColumns select_warnings(Poco::Data::Session& session);
/// The run with the highest run_id; nullopt when there is none.
std::optional<IngestRecord> select_current_ingest(Poco::Data::Session& session);

}  // namespace oversight
