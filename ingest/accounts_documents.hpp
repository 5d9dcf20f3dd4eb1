/// \file accounts_documents.hpp
/// \brief The iXBRL filings of `accounts/` under the data directory, read, mapped and
/// reconciled with the rows of accounts.csv.
///
/// Every `*.html` and `*.xhtml` file (in name order) is read with the iXBRL reader and
/// mapped to one `FiledAccounts` per period (ixbrl_accounts.hpp). When two filings give
/// the same period (a filing's comparatives are the previous filing's current year), the
/// filing with the later current period is used, with IXB027 where they differ. Each period
/// is then reconciled with accounts.csv: for a period both have, every line the filing gives
/// replaces the CSV's (or not, per `ingest.accounts_precedence`), with IXB023 where they
/// differ by more than `ingest.identity_tolerance_gbp`; lines the filing lacks keep the
/// CSV's. A period only a filing has becomes a row when it has every line the models need,
/// else IXB022 names the missing lines. A document that cannot be used is an error (IXB020,
/// IXB021, or REF001 for a company not in entities.csv) and nothing of it is read.
#pragma once

#include <filesystem>
#include <vector>

#include "engine/config/assumptions.hpp"
#include "engine/diagnostic.hpp"
#include "engine/domain/accounts.hpp"
#include "engine/progress.hpp"
#include "ingest/mappers.hpp"

namespace oversight {

/// Reads `directory` (the data directory's accounts/) if it exists; rows are added to or
/// merged into `accounts`. Returns the number of documents read.
std::size_t read_accounts_documents(const std::filesystem::path& directory, const IngestAssumptions& assumptions,
                                    std::vector<Accounts>& accounts, const KnownKeys& keys,
                                    Diagnostics& diagnostics, Progress& progress);

}  // namespace oversight
