/// \file provider_accounts.hpp
/// \brief The accounts of each provider for each year, as every financial model reads
/// them: an entity's own filed rows, and a group's rows rolled up from its top parent
/// without double counting (DOMAIN.md §2, "Group view").
#pragma once

#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

#include "engine/domain/accounts.hpp"
#include "engine/market.hpp"

namespace oversight {

/// One provider in one accounts year.
struct ProviderYear {
    std::string id;    ///< entity id, or the top parent's id for a group
    std::string name;
    bool is_group = false;
    int year = 0;      ///< calendar year of the period end
    /// "entity" or "consolidated" for an entity's filed row; for a group "consolidated"
    /// when any consolidated accounts stood in for a subtree, "sum of entities" when
    /// several rows were added, else "entity".
    std::string basis;
    int rows_included = 1;  ///< accounts rows summed
    /// False for a group year in which some member that files accounts in other years is
    /// covered neither by its own row nor by an ancestor's consolidated row (e.g. a
    /// subsidiary has filed before the top parent's consolidated accounts are in). Such a
    /// year is a fragment of the group: basis "partial group", kept for the record but
    /// never used as the group's latest year, its opening year or its history.
    bool complete = true;
    /// The figures: a filed row as it is, or a group's sum of rows. The period end and
    /// length are those of the latest row summed. An optional field of a sum is present
    /// only when every row summed has it, except shareholder loans and lease liabilities,
    /// which sum what was filed (a member filing none is taken to have none).
    Accounts totals;
    /// Indexes into data().entities whose settings and facilities this provider stands
    /// for: the entity itself, or every member of the group.
    std::vector<std::size_t> entity_indexes;
};

/// Every entity's filed rows, in entities.csv order then period order. An entity that
/// files both its own and consolidated accounts gives a row of each.
std::vector<ProviderYear> entity_years(const Market& market);

/// Every group's rows (groups in the order of Market::group_ids, then year). From the top
/// parent down: a company's consolidated accounts for the year stand for it and all its
/// subsidiaries, which are not added again; otherwise its own accounts are added and its
/// subsidiaries visited. Years in which no member filed are absent.
std::vector<ProviderYear> group_years(const Market& market);

/// The previous row of the same provider and basis in `years` (the same vector), or
/// nullptr: the "opening" year for averages and trends. Partial group years are skipped.
const ProviderYear* previous_year(const std::vector<ProviderYear>& years, std::size_t index);

/// Index in `years` of each provider's latest complete row (for an entity filing two
/// bases in its latest year, the consolidated one), by provider id.
std::unordered_map<std::string, std::size_t> latest_complete_years(const std::vector<ProviderYear>& years);

}  // namespace oversight
