/// \file data_directory.hpp
/// \brief Reads a whole data directory (docs/data-format.md) into validated rows.
#pragma once

#include <string>

#include "engine/config/assumptions.hpp"
#include "engine/diagnostic.hpp"
#include "engine/domain/market_data.hpp"
#include "engine/progress.hpp"

namespace oversight {

struct IngestResult {
    MarketData data;          ///< meaningful only when !diagnostics.has_errors()
    Diagnostics diagnostics;  ///< every problem found, in file then line order
    std::size_t row_count = 0;  ///< data rows read across all files
};

/// Reads every file of the data contract found in `directory`, checks each cell, then
/// the references across files. Never throws for bad data: every problem becomes a
/// diagnostic naming file, line and column. Throws std::runtime_error only when the
/// directory itself cannot be read.
IngestResult read_data_directory(const std::string& directory, const IngestAssumptions& assumptions,
                                 Progress& progress);

}  // namespace oversight
