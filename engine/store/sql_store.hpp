/// \file sql_store.hpp
/// \brief The Store over one Poco::Data session: the same code for every SQL engine, the
/// differences coming in through SqlBackend.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/store/sql_backend.hpp"
#include "engine/store/store.hpp"

namespace oversight {

/// One connection, so one object per thread; any number of processes may each hold one.
///
/// Concurrency comes from transactions, not from this class: replace_dataset writes in
/// one transaction and load_market_data reads every table in one transaction, so a
/// process that loads while another ingests sees the old data set or the new one, never
/// a mix. (SQLite in WAL mode: a reader keeps the snapshot it started with and never
/// waits; a second writer waits for the first. PostgreSQL: the same by MVCC, given the
/// snapshot isolation in SqlBackend.)
class SqlStore final : public Store {
public:
    /// Migrates the schema (see migrate_schema). `location` is only used in messages.
    SqlStore(std::string location, SqlConnection connection);

    int schema_version() override;
    void replace_dataset(const MarketData& data, const std::vector<Diagnostic>& warnings,
                         const IngestRecord& record) override;
    std::optional<IngestRecord> current_ingest() override;
    MarketData load_market_data() override;
    std::vector<Diagnostic> load_warnings() override;

private:
    void write_dataset(MarketData const& data, const std::vector<Diagnostic>& warnings,
                       const IngestRecord& record);
    /// Rethrows the exception being handled as std::runtime_error naming the store and
    /// what it was doing.
    [[noreturn]] void fail(const std::string& doing) const;

    std::string location_;
    SqlConnection connection_;
};

}  // namespace oversight
