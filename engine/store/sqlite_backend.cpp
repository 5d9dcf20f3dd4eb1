#include "engine/store/sqlite_backend.hpp"

#include <Poco/Data/SQLite/SessionImpl.h>

#include <cstddef>

namespace oversight {
namespace {

using Poco::Data::Keywords::into;
using Poco::Data::Keywords::now;

/// Retrying sqlite3_open does not help: a file that cannot be opened now (missing
/// directory, no permission) will not open by waiting, so fail at the first attempt.
constexpr std::size_t kOpenAttemptSeconds = 0;

/// How long a writer waits for another writer's transaction to finish (SQLite's busy
/// timeout). An England-scale replace takes a few seconds; readers never wait in WAL mode.
constexpr std::size_t kWriterWaitSeconds = 30;

void apply_pragmas(Poco::Data::Session& session) {
    // WAL rather than a rollback journal: readers keep reading the last committed data
    // set while an ingest writes, and the writer never waits for readers. The mode is
    // stored in the file, so setting it again on each open is a no-op. (In-memory
    // databases answer "memory", and file systems without shared memory keep "delete";
    // both still give whole transactions, only with readers waiting on commit.)
    std::string journal_mode;
    session << "PRAGMA journal_mode = WAL", into(journal_mode), now;

    // NORMAL is safe in WAL mode: an application crash loses nothing committed and a
    // power cut can lose only the last commits, never corrupt the file; FULL would add an
    // fsync per commit for no benefit to a store that can be re-ingested from its sources.
    session << "PRAGMA synchronous = NORMAL", now;

    // Up to 64 MiB of page cache (negative = KiB), so a 100,000-placement transaction
    // builds its pages in memory instead of spilling them to the WAL half-way.
    session << "PRAGMA cache_size = -65536", now;
}

}  // namespace

SqlConnection connect_sqlite(const std::string& path) {
    Poco::Data::Session session(new Poco::Data::SQLite::SessionImpl(path, kOpenAttemptSeconds));
    session.setConnectionTimeout(kWriterWaitSeconds);
    apply_pragmas(session);

    SqlBackend backend;
    backend.connector = "sqlite";
    // A no-op UPDATE still starts a write transaction, which in SQLite takes the single
    // database write lock (waiting up to kWriterWaitSeconds for another writer).
    backend.writer_lock_sql = "UPDATE schema_version SET version = version WHERE version < 0";
    backend.snapshot_isolation = Poco::Data::Session::TRANSACTION_READ_COMMITTED;
    backend.rebuild_indexes_after_bulk_insert = true;
    return {std::move(session), backend};
}

}  // namespace oversight
