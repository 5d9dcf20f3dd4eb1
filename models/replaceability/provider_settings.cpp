#include "models/replaceability/provider_settings.hpp"

#include <algorithm>

namespace oversight {

ProviderSettings provider_settings(const Market& market, std::span<const std::size_t> entity_indexes, Date as_of) {
    const MarketData& data = market.data();
    ProviderSettings result;
    for (const std::size_t e : entity_indexes) {
        const Entity& entity = data.entities[e];
        for (const std::size_t s : market.settings_of(entity.entity_id)) {
            const Setting& setting = data.settings[s];
            ProviderSetting line;
            line.setting = &setting;
            line.operator_name = entity.name;
            const LocalAuthority* la = market.find_la(setting.la_code);
            line.la_name = la->la_name;
            const Region* region = market.find_region(la->region_code);  // regions.csv may be empty
            line.region_name = region ? region->region_name : la->region_code;
            for (const std::size_t p : market.placements_in(setting.urn))
                if (data.placements[p].ongoing_on(as_of)) ++line.children_placed;
            RatingCount& count = result.by_rating[setting.ofsted_rating];
            ++count.settings;
            count.places += setting.registered_places;
            result.places += setting.registered_places;
            result.children_placed += line.children_placed;
            result.settings.push_back(std::move(line));
        }
    }
    std::sort(result.settings.begin(), result.settings.end(), [](const ProviderSetting& a, const ProviderSetting& b) {
        if (a.setting->registered_places != b.setting->registered_places)
            return a.setting->registered_places > b.setting->registered_places;
        return a.setting->urn < b.setting->urn;
    });
    return result;
}

}  // namespace oversight
