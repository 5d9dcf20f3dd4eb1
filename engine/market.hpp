/// \file market.hpp
/// \brief The in-memory snapshot every analytic reads: the rows of one data set plus
/// the indexes between them (who owns what, which placements are in which setting).
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/domain/market_data.hpp"

namespace oversight {

/// String-keyed map that can be searched with a string_view without a copy.
struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};
template <typename V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;

/// Immutable once built. Every cross-reference is checked on construction, so a model can
/// follow a placement to its setting, entity and group without checking for dangling ids.
class Market {
public:
    /// Throws std::invalid_argument naming the offending id when a reference dangles or
    /// an ownership chain has a cycle; ingest reports such problems with file and line
    /// before a Market is ever built, so this guards data that bypassed ingest.
    explicit Market(MarketData data);

    const MarketData& data() const { return data_; }

    /// The latest date the data speaks of: the last placement start or end, facility
    /// balance date or curve date. Used as the default "as at" date of a run.
    Date latest_date() const;

    const Region* find_region(std::string_view region_code) const;
    const LocalAuthority* find_la(std::string_view la_code) const;
    const Entity* find_entity(std::string_view entity_id) const;
    const Setting* find_setting(std::string_view urn) const;

    /// The top parent of an entity's ownership chain (itself when it has no parent).
    const std::string& group_of(std::string_view entity_id) const;
    /// Ids of the top parents, in the order of entities.csv.
    const std::vector<std::string>& group_ids() const { return group_ids_; }
    /// Indexes into data().entities of every entity in the group, top parent first.
    std::span<const std::size_t> group_members(std::string_view group_id) const;
    /// Indexes into data().entities of an entity's immediate subsidiaries.
    std::span<const std::size_t> subsidiaries_of(std::string_view entity_id) const;

    /// Indexes into data().settings of the settings an entity operates.
    std::span<const std::size_t> settings_of(std::string_view entity_id) const;
    /// Indexes into data().placements of the placements in a setting.
    std::span<const std::size_t> placements_in(std::string_view urn) const;
    /// Indexes into data().accounts of an entity's accounts, oldest period first.
    std::span<const std::size_t> accounts_of(std::string_view entity_id) const;
    /// Indexes into data().facilities of an entity's facilities.
    std::span<const std::size_t> facilities_of(std::string_view entity_id) const;

private:
    MarketData data_;
    StringMap<std::size_t> region_by_code_, la_by_code_, entity_by_id_, setting_by_urn_;
    std::vector<std::string> group_of_entity_;  // parallel to data_.entities
    std::vector<std::string> group_ids_;
    StringMap<std::vector<std::size_t>> group_members_, subsidiaries_, settings_of_entity_,
        placements_in_setting_, accounts_of_entity_, facilities_of_entity_;
};

}  // namespace oversight
