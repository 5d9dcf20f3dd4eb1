/// \file pipeline.hpp
/// \brief The steps commands share: read and check a data directory, store it, load the
/// Market back, and write briefs. Each step reports through the CommandContext.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/cli/brief_files.hpp"
#include "engine/cli/command.hpp"
#include "engine/market.hpp"
#include "engine/store/store.hpp"
#include "ingest/data_directory.hpp"
#include "reports/builders/brief_parts.hpp"

namespace oversight {

/// The store used when no --db is given: `oversight.db` in the working directory.
inline constexpr const char* default_store_location = "oversight.db";

/// Reads and checks `directory`, printing diagnostics (errors first in file order, then
/// warnings, at most `max_printed` lines with a count of the rest) and a summary.
IngestResult check_directory(const std::string& directory, CommandContext& context, std::size_t max_printed);

/// check_directory, then — only when there is no error — replaces the store's data set in
/// one transaction. Returns exit_ok, or exit_failure when nothing was written.
int ingest_directory(const std::string& directory, const std::string& store_location, CommandContext& context,
                     std::size_t max_printed);

struct StoredMarket {
    Market market;
    IngestRecord record;
};

/// Loads the current data set; throws std::runtime_error saying to run `oversight
/// ingest` first when the store holds none.
StoredMarket load_stored_market(const std::string& store_location);

/// Where a brief's figures came from: the data set and when it was ingested, and now.
BriefProvenance provenance_of(const StoredMarket& stored);

/// Computes the market overview brief (as at `as_of`, default the latest date in the data).
Brief market_overview_brief(const StoredMarket& stored, const Assumptions& assumptions, std::optional<Date> as_of);

/// Computes the market overview and writes it to `<out_dir>/market-overview.*`; returns the
/// files written (write_brief_files).
std::vector<std::string> write_market_overview(const StoredMarket& stored, const Assumptions& assumptions,
                                               const std::string& out_dir, std::optional<Date> as_of,
                                               const BriefOutputs& outputs);

/// Stresses one provider (a group's top parent id, or an entity id with `entity`) under
/// the scenario library with its grid and reverse stress, and writes
/// `<out_dir>/debt-<id>.*`; returns the files written. Throws std::runtime_error when `id`
/// is not a provider with facilities and complete accounts.
std::vector<std::string> write_debt_brief(const StoredMarket& stored, const Assumptions& assumptions,
                                          const std::string& out_dir, Date as_of, const std::string& id, bool entity,
                                          const BriefOutputs& outputs);

struct DebtBriefs {
    std::vector<std::vector<std::string>> files;  ///< written, one brief a group, in group order
    std::vector<std::string> skipped;  ///< groups whose facilities could not be projected: "id: reason"
};

/// The debt brief of every group that breaches a covenant within the horizon under at
/// least one scenario of the built-in library (the groups oversight staff need to read
/// about). Throws when the curve itself cannot be built.
DebtBriefs write_debt_briefs(const StoredMarket& stored, const Assumptions& assumptions, const std::string& out_dir,
                             Date as_of, const BriefOutputs& outputs);

/// Now, UTC, ISO 8601 to the second.
std::string utc_timestamp();

}  // namespace oversight
