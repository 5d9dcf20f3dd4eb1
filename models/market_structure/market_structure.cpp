#include "models/market_structure/market_structure.hpp"

#include <algorithm>
#include <map>

#include "models/common/numbers.hpp"

namespace oversight {

bool is_childrens_home(SettingType type) {
    return type == SettingType::ChildrensHome || type == SettingType::SecureChildrensHome ||
           type == SettingType::LaChildrensHome;
}

bool is_privately_owned(OwnerType type) {
    return type == OwnerType::PrivateEquity || type == OwnerType::Private || type == OwnerType::Listed;
}

namespace {

/// Latest profitability row of each group, by group id.
std::map<std::string, const ProfitabilityRow*> latest_group_rows(const ProfitabilityResult& profitability) {
    std::map<std::string, const ProfitabilityRow*> latest;
    for (const auto& row : profitability.groups) {
        if (!row.complete) continue;  // a fragment of the group is not its margin
        auto& slot = latest[row.id];
        if (!slot || slot->period_end < row.period_end) slot = &row;
    }
    return latest;
}

MarginBenchmark pooled_margin(const std::vector<GroupSupply>& ranked, int population, double published_pct,
                              const std::map<std::string, const ProfitabilityRow*>& latest, std::string label) {
    MarginBenchmark benchmark;
    benchmark.population = std::move(label);
    benchmark.published_margin_pct = published_pct;
    double operating_profit = 0, turnover = 0;
    for (std::size_t i = 0; i < ranked.size() && i < static_cast<std::size_t>(population); ++i) {
        const auto it = latest.find(ranked[i].group_id);
        if (it == latest.end()) continue;
        operating_profit += it->second->operating_profit;
        turnover += it->second->turnover;
        ++benchmark.groups_counted;
    }
    if (turnover > 0) benchmark.pooled_operating_margin_pct = operating_profit / turnover * 100.0;
    return benchmark;
}

}  // namespace

MarketStructure compute_market_structure(const Market& market, const ProfitabilityResult& profitability,
                                         const MarketStructureAssumptions& assumptions, Date as_of) {
    const auto& data = market.data();
    MarketStructure out;
    out.as_of = as_of;

    std::map<std::string, GroupSupply> groups;
    std::map<std::string, std::map<std::string, int>> region_group_places;  // region -> group -> places
    std::map<std::string, RegionSupply> regions;
    std::map<OwnerType, OwnershipSupply> ownership;

    for (const Setting& setting : data.settings) {
        const std::string& group_id = market.group_of(setting.entity_id);
        GroupSupply& group = groups[group_id];
        if (group.group_id.empty()) {
            const Entity& top = *market.find_entity(group_id);
            group.group_id = group_id;
            group.name = top.name;
            group.owner_type = top.owner_type;
        }
        if (setting.setting_type == SettingType::Ifa) {
            ++out.ifas;
            out.ifa_places += setting.registered_places;
            group.ifa_places += setting.registered_places;
        } else if (is_childrens_home(setting.setting_type)) {
            ++out.homes;
            out.home_places += setting.registered_places;
            ++group.homes;
            group.home_places += setting.registered_places;
            const std::string& region_code = market.find_la(setting.la_code)->region_code;
            RegionSupply& region = regions[region_code];
            ++region.homes;
            region.home_places += setting.registered_places;
            region_group_places[region_code][group_id] += setting.registered_places;
            OwnershipSupply& owners = ownership[market.find_entity(group_id)->owner_type];
            ++owners.homes;
            owners.home_places += setting.registered_places;
        }
    }
    for (const Placement& placement : data.placements)
        if (placement.ongoing_on(as_of)) ++out.ongoing_placements;

    // Regions in regions.csv order, then any region only the councils name.
    std::vector<std::string> region_order;
    for (const Region& r : data.regions) region_order.push_back(r.region_code);
    for (const auto& [code, unused] : regions)
        if (std::find(region_order.begin(), region_order.end(), code) == region_order.end()) region_order.push_back(code);
    for (const std::string& code : region_order) {
        RegionSupply region = regions[code];
        region.region_code = code;
        const Region* named = market.find_region(code);
        region.region_name = named ? named->region_name : code;
        region.share_of_homes_pct = share_pct(region.homes, out.homes);
        region.groups = static_cast<int>(region_group_places[code].size());
        int largest = 0;
        for (const auto& [group_id, places] : region_group_places[code]) {
            const double share = share_pct(places, region.home_places);
            region.hhi += share * share;
            if (places > largest) {
                largest = places;
                region.largest_group_name = groups[group_id].name;
            }
        }
        region.largest_group_share_pct = share_pct(largest, region.home_places);
        out.regions.push_back(region);
    }

    for (auto& [owner_type, supply] : ownership) {
        supply.owner_type = owner_type;
        supply.share_of_homes_pct = share_pct(supply.homes, out.homes);
        out.ownership.push_back(supply);
    }
    std::stable_sort(out.ownership.begin(), out.ownership.end(),
                     [](const auto& a, const auto& b) { return a.homes > b.homes; });

    const auto latest = latest_group_rows(profitability);
    std::vector<GroupSupply> all;
    for (auto& [id, group] : groups) {
        group.share_of_home_places_pct = share_pct(group.home_places, out.home_places);
        group.share_of_ifa_places_pct = share_pct(group.ifa_places, out.ifa_places);
        if (const auto it = latest.find(id); it != latest.end()) {
            group.latest_operating_margin_pct = it->second->operating_margin_pct;
            group.latest_year = it->second->year;
        }
        if (group.homes > 0) ++out.groups_with_homes;
        all.push_back(group);
    }
    // Ties broken by id so that the ranking never depends on map or hash order.
    auto ranked_by = [&](int GroupSupply::*places) {
        std::vector<GroupSupply> ranked;
        for (const auto& g : all)
            if (g.*places > 0 && is_privately_owned(g.owner_type)) ranked.push_back(g);
        std::sort(ranked.begin(), ranked.end(), [&](const auto& a, const auto& b) {
            return a.*places != b.*places ? a.*places > b.*places : a.group_id < b.group_id;
        });
        return ranked;
    };
    const auto home_ranked = ranked_by(&GroupSupply::home_places);
    const auto ifa_ranked = ranked_by(&GroupSupply::ifa_places);

    for (const auto& g : home_ranked) out.private_home_places += g.home_places;
    for (const auto& g : ifa_ranked) out.private_ifa_places += g.ifa_places;

    out.top_groups_counted = assumptions.largest_groups;
    const auto top = static_cast<std::size_t>(assumptions.largest_groups);
    int top_home_places = 0, top_ifa_places = 0;
    for (std::size_t i = 0; i < home_ranked.size() && i < top; ++i) {
        top_home_places += home_ranked[i].home_places;
        out.largest_home_groups.push_back(home_ranked[i]);
    }
    for (std::size_t i = 0; i < ifa_ranked.size() && i < top; ++i) {
        top_ifa_places += ifa_ranked[i].ifa_places;
        out.largest_ifa_groups.push_back(ifa_ranked[i]);
    }
    out.top_groups_home_share_pct = share_pct(top_home_places, out.private_home_places);
    out.top_groups_ifa_share_pct = share_pct(top_ifa_places, out.private_ifa_places);
    out.homes_margin = pooled_margin(home_ranked, assumptions.cma_homes_groups, assumptions.cma_homes_margin_pct,
                                     latest, std::to_string(assumptions.cma_homes_groups) + " largest private children's home groups");
    out.ifa_margin = pooled_margin(ifa_ranked, assumptions.cma_ifa_groups, assumptions.cma_ifa_margin_pct, latest,
                                   std::to_string(assumptions.cma_ifa_groups) + " largest private IFA groups");
    return out;
}

}  // namespace oversight
