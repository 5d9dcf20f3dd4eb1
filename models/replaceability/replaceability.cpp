#include "models/replaceability/replaceability.hpp"

#include <algorithm>
#include <unordered_map>

#include "models/common/numbers.hpp"
#include "models/market_structure/market_structure.hpp"

namespace oversight {
namespace {

bool has_specialism(const Setting& setting, Specialism specialism) {
    return std::find(setting.specialisms.begin(), setting.specialisms.end(), specialism) != setting.specialisms.end();
}

/// Applies the four statutory factors; every criterion met is kept as a reason.
void decide_scope(GroupReplaceability& group, const ReplaceabilityAssumptions& a) {
    // Council-run homes are the commissioners' own provision, not a market provider whose
    // failure the regime exists to foresee.
    if (group.owner_type == OwnerType::LocalAuthority) return;
    auto& reasons = group.scope_reasons;
    if (group.settings >= a.min_settings)
        reasons.push_back("number: " + std::to_string(group.settings) + " settings (threshold " +
                          std::to_string(a.min_settings) + ")");
    if (group.places >= a.min_places)
        reasons.push_back("size: " + std::to_string(group.places) + " places (threshold " +
                          std::to_string(a.min_places) + ")");
    if (static_cast<int>(group.councils.size()) >= a.min_councils)
        reasons.push_back("reach: children placed by " + std::to_string(group.councils.size()) +
                          " councils (threshold " + std::to_string(a.min_councils) + ")");
    if (group.national_home_share_pct >= a.min_national_share_pct)
        reasons.push_back("market share: " + fixed_text(group.national_home_share_pct, 1) +
                          "% of home places in England (threshold " + fixed_text(a.min_national_share_pct, 1) + "%)");
    if (group.national_ifa_share_pct >= a.min_national_share_pct)
        reasons.push_back("market share: " + fixed_text(group.national_ifa_share_pct, 1) +
                          "% of fostering agency places in England (threshold " +
                          fixed_text(a.min_national_share_pct, 1) + "%)");
    if (group.largest_region_share_pct >= a.min_region_share_pct)
        reasons.push_back("geographical concentration: " + fixed_text(group.largest_region_share_pct, 1) +
                          "% of home places in " + group.largest_region_name + " (threshold " +
                          fixed_text(a.min_region_share_pct, 1) + "%)");
    group.in_scope = !reasons.empty();
}

}  // namespace

ReplaceabilityResult compute_replaceability(const Market& market, const ReplaceabilityAssumptions& assumptions,
                                            Date as_of) {
    const auto& data = market.data();
    ReplaceabilityResult result;
    result.as_of = as_of;

    std::unordered_map<std::string, std::size_t> index_of_group;
    std::vector<GroupReplaceability> groups;
    std::vector<std::unordered_map<std::string, int>> region_places;  // parallel to groups
    std::vector<std::unordered_map<std::string, int>> la_places;      // parallel to groups
    std::vector<std::unordered_map<std::string, CouncilExposure>> councils;
    std::vector<int> weak_places;  // places rated inadequate or requires improvement
    std::unordered_map<std::string, int> region_home_places;
    std::unordered_map<std::string, int> la_home_places;

    for (const Setting& setting : data.settings) {
        const std::string& group_id = market.group_of(setting.entity_id);
        auto [it, inserted] = index_of_group.try_emplace(group_id, groups.size());
        if (inserted) {
            const Entity& top = *market.find_entity(group_id);
            GroupReplaceability group;
            group.group_id = group_id;
            group.name = top.name;
            group.owner_type = top.owner_type;
            groups.push_back(std::move(group));
            region_places.emplace_back();
            la_places.emplace_back();
            councils.emplace_back();
            weak_places.push_back(0);
        }
        const std::size_t g = it->second;
        GroupReplaceability& group = groups[g];
        const int places = setting.registered_places;
        ++group.settings;
        ++group.settings_by_type[setting.setting_type];
        group.places_by_type[setting.setting_type] += places;
        group.places += places;
        if (setting.setting_type == SettingType::Ifa) {
            group.ifa_places += places;
            result.national_ifa_places += places;
        } else if (is_childrens_home(setting.setting_type)) {
            group.home_places += places;
            result.national_home_places += places;
            const std::string& region = market.find_la(setting.la_code)->region_code;
            region_places[g][region] += places;
            region_home_places[region] += places;
            la_places[g][setting.la_code] += places;
            la_home_places[setting.la_code] += places;
        }
        if (setting.setting_type == SettingType::SecureChildrensHome) group.secure_places += places;
        if (has_specialism(setting, Specialism::ComplexNeeds)) group.complex_needs_places += places;
        if (has_specialism(setting, Specialism::ParentAndChild)) group.parent_and_child_places += places;
        if (setting.ofsted_rating == OfstedRating::Inadequate ||
            setting.ofsted_rating == OfstedRating::RequiresImprovement)
            weak_places[g] += places;

        for (std::size_t p : market.placements_in(setting.urn)) {
            const Placement& placement = data.placements[p];
            if (!placement.ongoing_on(as_of)) continue;
            ++group.children_placed;
            CouncilExposure& council = councils[g][placement.la_code];
            council.la_code = placement.la_code;
            ++council.children;
            council.weekly_spend += placement.weekly_total();
        }
    }

    for (std::size_t g = 0; g < groups.size(); ++g) {
        GroupReplaceability& group = groups[g];
        group.national_home_share_pct = share_pct(group.home_places, result.national_home_places);
        group.national_ifa_share_pct = share_pct(group.ifa_places, result.national_ifa_places);
        group.places_inadequate_or_ri_pct = share_pct(weak_places[g], group.places);
        for (const auto& [region_code, places] : region_places[g]) {
            const Region* region = market.find_region(region_code);
            group.regions.push_back({region_code, region ? region->region_name : region_code, places,
                                     share_pct(places, region_home_places[region_code])});
        }
        std::sort(group.regions.begin(), group.regions.end(), [](const RegionShare& a, const RegionShare& b) {
            return a.share_of_region_home_places_pct != b.share_of_region_home_places_pct
                       ? a.share_of_region_home_places_pct > b.share_of_region_home_places_pct
                       : a.region_code < b.region_code;
        });
        if (!group.regions.empty()) {
            group.largest_region_share_pct = group.regions.front().share_of_region_home_places_pct;
            group.largest_region_name = group.regions.front().region_name;
        }
        for (const auto& [la_code, places] : la_places[g])
            group.local_authorities.push_back({la_code, market.find_la(la_code)->la_name, places,
                                               share_pct(places, la_home_places[la_code])});
        std::sort(group.local_authorities.begin(), group.local_authorities.end(),
                  [](const LocalAuthorityShare& a, const LocalAuthorityShare& b) {
                      return a.share_of_la_home_places_pct != b.share_of_la_home_places_pct
                                 ? a.share_of_la_home_places_pct > b.share_of_la_home_places_pct
                                 : a.la_code < b.la_code;
                  });
        for (auto& [la_code, council] : councils[g]) {
            council.la_name = market.find_la(la_code)->la_name;
            group.councils.push_back(council);
        }
        std::sort(group.councils.begin(), group.councils.end(), [](const CouncilExposure& a, const CouncilExposure& b) {
            return a.children != b.children ? a.children > b.children : a.la_code < b.la_code;
        });
        decide_scope(group, assumptions);
    }
    std::stable_sort(groups.begin(), groups.end(), [](const GroupReplaceability& a, const GroupReplaceability& b) {
        return a.places != b.places ? a.places > b.places : a.group_id < b.group_id;
    });
    result.groups = std::move(groups);
    return result;
}

}  // namespace oversight
