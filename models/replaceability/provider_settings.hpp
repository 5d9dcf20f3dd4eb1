/// \file provider_settings.hpp
/// \brief The settings a provider (an entity, or every entity of a group) runs, each with
/// where it is, its places and its latest Ofsted rating, and the mix of ratings: what
/// oversight staff read to judge the quality at stake if the provider failed.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "engine/domain/provider.hpp"
#include "engine/market.hpp"

namespace oversight {

struct ProviderSetting {
    const Setting* setting = nullptr;
    std::string operator_name;  ///< the entity that runs it
    std::string la_name;        ///< the council area it is in
    std::string region_name;
    int children_placed = 0;    ///< placements ongoing on the as-at date
};

/// Settings and places of one Ofsted rating.
struct RatingCount {
    int settings = 0;
    int places = 0;
};

struct ProviderSettings {
    std::vector<ProviderSetting> settings;  ///< largest first (places), then by URN
    std::map<OfstedRating, RatingCount> by_rating;  ///< every rating present
    int places = 0;
    int children_placed = 0;
};

/// Pure. `entity_indexes` index market.data().entities (e.g. Market::group_members);
/// children are counted from placements ongoing on `as_of`.
ProviderSettings provider_settings(const Market& market, std::span<const std::size_t> entity_indexes, Date as_of);

}  // namespace oversight
