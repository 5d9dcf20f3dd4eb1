/// \file replaceability.hpp
/// \brief How hard each group would be to replace if it failed: what it runs, where, for
/// how many councils, its share of the market, and whether that puts it in the scope of
/// financial oversight on the four statutory factors (number, size, geographical
/// concentration, market share; DOMAIN.md §4). Also who would have to act: the councils
/// with children placed with the group.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "engine/config/assumptions.hpp"
#include "engine/domain/date.hpp"
#include "engine/domain/provider.hpp"
#include "engine/market.hpp"

namespace oversight {

/// The children one council has placed with the group on the as-at date.
struct CouncilExposure {
    std::string la_code;
    std::string la_name;
    int children = 0;
    double weekly_spend = 0.0;  ///< core fees plus extras of those placements, pounds a week
};

struct RegionShare {
    std::string region_code;
    std::string region_name;
    int home_places = 0;
    double share_of_region_home_places_pct = 0.0;
};

/// The group's home places in one council area, against all home places there.
struct LocalAuthorityShare {
    std::string la_code;
    std::string la_name;
    int home_places = 0;
    double share_of_la_home_places_pct = 0.0;
};

struct GroupReplaceability {
    std::string group_id;
    std::string name;
    OwnerType owner_type = OwnerType::Private;

    std::map<SettingType, int> settings_by_type;  ///< count of settings
    std::map<SettingType, int> places_by_type;    ///< registered (homes) or approved (IFA) places
    int settings = 0;
    int places = 0;
    int home_places = 0;  ///< children's homes as in market_structure (is_childrens_home)
    int ifa_places = 0;
    double national_home_share_pct = 0.0;  ///< of all home places in England
    double national_ifa_share_pct = 0.0;   ///< of all IFA places in England
    std::vector<RegionShare> regions;      ///< regions where it runs homes, largest share first
    double largest_region_share_pct = 0.0;
    std::string largest_region_name;
    std::vector<LocalAuthorityShare> local_authorities;  ///< where it runs homes, largest share first
    /// Specialist provision that is hardest to find elsewhere.
    int secure_places = 0;           ///< secure children's homes
    int complex_needs_places = 0;    ///< settings with the complex_needs specialism
    int parent_and_child_places = 0; ///< settings with the parent_and_child specialism
    /// Quality overlay: share of places in settings rated inadequate or requires improvement.
    double places_inadequate_or_ri_pct = 0.0;

    int children_placed = 0;  ///< placements ongoing on the as-at date
    std::vector<CouncilExposure> councils;  ///< councils with children placed, most children first

    bool in_scope = false;
    std::vector<std::string> scope_reasons;  ///< each criterion met, in words with its figure
};

struct ReplaceabilityResult {
    Date as_of;
    int national_home_places = 0;
    int national_ifa_places = 0;
    std::vector<GroupReplaceability> groups;  ///< every group with at least one setting, by places descending
};

/// Pure. Councils and children are counted from placements ongoing on `as_of`.
ReplaceabilityResult compute_replaceability(const Market& market, const ReplaceabilityAssumptions& assumptions,
                                            Date as_of);

}  // namespace oversight
