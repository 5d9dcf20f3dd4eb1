/// \file ixbrl_accounts.hpp
/// \brief From the facts of an iXBRL filing to accounts lines, period by period.
///
/// Concepts are matched by taxonomy (recognised from the namespace URI: FRC core 2014
/// onwards, the FRC FRS-102 namespace, UK GAAP 2009) and local name; docs/ixbrl.md has the
/// table. Totals come from facts with no dimensions, except creditors and borrowings, which
/// are split by maturity (MaturitiesOrExpirationPeriodsDimension or
/// FinancialInstrumentCurrentNon-currentDimension), and retained earnings (Equity by
/// EquityClassesDimension). Each date on which the document has a profit and loss line or
/// a main balance-sheet total becomes one `FiledAccounts`: current and prior year give two
/// (an opening balance in a statement of changes in equity makes no period of its own). Lines a filing does not
/// tag directly are derived from the subtotals it does tag, and each line says how.
#pragma once

#include <string>
#include <vector>

#include "ingest/filed_accounts.hpp"
#include "ingest/ixbrl/ixbrl_document.hpp"

namespace oversight {

struct IxbrlAccounts {
    std::string entity_id;
    std::vector<FiledAccounts> periods;  ///< newest period first
    /// For each fact of the document, the line it was used for ("" when none): the facts
    /// that map to nothing are those with an empty entry.
    std::vector<std::string> maps_to;
    std::vector<ixbrl::Finding> findings;  ///< conflicting facts, implausible dates, a mismatched registered number
};

/// Maps `document` (read from `source`). Throws ixbrl::ReadError when the document names
/// no entity, or more than one.
IxbrlAccounts map_ixbrl_accounts(const ixbrl::Document& document, const std::string& source);

}  // namespace oversight
