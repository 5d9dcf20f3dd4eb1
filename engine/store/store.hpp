/// \file store.hpp
/// \brief Where a validated data set is kept between runs. The interface knows nothing
/// of SQL dialects: SQLite is the embedded default, PostgreSQL the multi-user option.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/diagnostic.hpp"
#include "engine/domain/market_data.hpp"

namespace oversight {

/// What one ingest recorded about itself.
struct IngestRecord {
    std::string source;       ///< the data directory that was read
    std::string ingested_at;  ///< UTC, ISO 8601 (e.g. 2026-11-23T10:15:00Z)
    std::size_t row_count = 0;
};

class Store {
public:
    virtual ~Store() = default;

    /// Schema version of the open store (after migration to the current version).
    virtual int schema_version() = 0;

    /// Replaces the whole data set, its warnings and the ingest record in one
    /// transaction: on any failure the store is exactly as it was before the call.
    virtual void replace_dataset(const MarketData& data, const std::vector<Diagnostic>& warnings,
                                 const IngestRecord& record) = 0;

    /// Nullopt when nothing has been ingested yet.
    virtual std::optional<IngestRecord> current_ingest() = 0;
    virtual MarketData load_market_data() = 0;
    virtual std::vector<Diagnostic> load_warnings() = 0;
};

/// The schema version this build writes and reads.
int current_schema_version();

/// Opens (creating and migrating if needed) the store at `location`: a file path or
/// `sqlite:PATH` for embedded SQLite. Throws std::runtime_error with the location on
/// failure, or for a scheme this build does not support.
std::unique_ptr<Store> open_store(const std::string& location);

}  // namespace oversight
