/// \file mappers.hpp
/// \brief One mapper per file of the data contract: CSV rows to domain rows.
///
/// Each mapper declares its file's columns, reads every row through a `Table`, applies
/// the checks of its file (docs/data-format.md) and appends the rows that passed them.
/// Files are read in the order of the contract, which puts every referenced file before
/// the files that refer to it, so a mapper checks its references as it reads, against
/// the `KeyIndex` of files read earlier.
#pragma once

#include <vector>

#include "engine/config/assumptions.hpp"
#include "engine/diagnostic.hpp"
#include "engine/domain/market_data.hpp"
#include "engine/progress.hpp"
#include "ingest/csv_reader.hpp"
#include "ingest/key_index.hpp"

namespace oversight {

/// The open file a mapper reads and where it reports.
struct MapperInput {
    CsvReader& reader;
    Diagnostics& diagnostics;
    Progress& progress;
};

/// The keys of files already read, for the references of later files.
struct KnownKeys {
    KeyIndex regions;            ///< region_code
    KeyIndex local_authorities;  ///< la_code
    KeyIndex entities;           ///< entity_id
    KeyIndex settings;           ///< urn
};

void map_regions(MapperInput input, std::vector<Region>& regions, KnownKeys& keys);
void map_local_authorities(MapperInput input, std::vector<LocalAuthority>& local_authorities,
                           KnownKeys& keys);
void map_indices(MapperInput input, std::vector<IndexPoint>& indices);
void map_curves(MapperInput input, std::vector<CurveQuote>& curves);
void map_entities(MapperInput input, std::vector<Entity>& entities, KnownKeys& keys);
void map_settings(MapperInput input, std::vector<Setting>& settings, KnownKeys& keys);
void map_accounts(MapperInput input, const IngestAssumptions& assumptions,
                  std::vector<Accounts>& accounts, const KnownKeys& keys);
void map_facilities(MapperInput input, std::vector<Facility>& facilities, const KnownKeys& keys);
void map_placements(MapperInput input, std::vector<Placement>& placements, const KnownKeys& keys);

}  // namespace oversight
