#include "models/exit/exit_market.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>

#include "engine/csv_writer.hpp"
#include "engine/domain/geography.hpp"
#include "models/prices/quantiles.hpp"

namespace oversight {
namespace {

/// Groups of placement types that can go to the same settings (compatible_setting_types).
enum Class : std::size_t { Homes, Secure, Fostering, SpecialSchools, Supported, HomesOrSupported, kClasses };

Class class_of(PlacementType type) {
    switch (type) {
        case PlacementType::K2: return Homes;
        case PlacementType::K1: return Secure;
        case PlacementType::U4:
        case PlacementType::U5:
        case PlacementType::U6: return Fostering;
        case PlacementType::R2: return SpecialSchools;
        case PlacementType::H5: return Supported;
        case PlacementType::Z1: return HomesOrSupported;
    }
    return Homes;
}

Pence to_pence(double pounds) { return static_cast<Pence>(std::llround(pounds * 100.0)); }

/// Median of `fees` in pence; -1 when there are none.
Pence median_pence(std::vector<double>& fees) {
    if (fees.empty()) return -1;
    std::sort(fees.begin(), fees.end());
    return to_pence(quantile_type7(fees, 0.5));
}

std::size_t band_index(int need_band) { return static_cast<std::size_t>(std::clamp(need_band, 1, kNeedBands) - 1); }

}  // namespace

void check_exit_assumptions(const ExitAssumptions& a) {
    auto refuse = [](const std::string& key, double value, const std::string& rule) {
        throw std::invalid_argument("configuration key exit." + key + " = " + format_decimal(value) + ": " + rule);
    };
    if (a.travel_cost_per_km_week_gbp < 0.0) refuse("travel_cost_per_km_week_gbp", a.travel_cost_per_km_week_gbp, "must not be negative");
    if (a.max_distance_km < 0.0) refuse("max_distance_km", a.max_distance_km, "must not be negative");
    if (a.emergency_capacity_pct < 0.0) refuse("emergency_capacity_pct", a.emergency_capacity_pct, "must not be negative");
    if (a.unplaced_weekly_cost_gbp < 0.0) refuse("unplaced_weekly_cost_gbp", a.unplaced_weekly_cost_gbp, "must not be negative");
    if (a.min_placements_for_own_price < 1) refuse("min_placements_for_own_price", a.min_placements_for_own_price, "must be at least 1");
    if (!(a.correlation >= 0.0 && a.correlation < 1.0)) refuse("correlation", a.correlation, "must be at least 0 and below 1");
    if (a.paths < 1) refuse("paths", a.paths, "must be at least 1");
    if (a.seed < 0) refuse("seed", a.seed, "must not be negative");
    if (!(a.pd_floor_pct >= 0.0 && a.pd_floor_pct <= 100.0)) refuse("pd_floor_pct", a.pd_floor_pct, "must be a percentage from 0 to 100");
    if (!(a.pd_without_accounts_pct >= 0.0 && a.pd_without_accounts_pct <= 100.0))
        refuse("pd_without_accounts_pct", a.pd_without_accounts_pct, "must be a percentage from 0 to 100");
}

std::vector<SettingType> compatible_setting_types(PlacementType type) {
    switch (class_of(type)) {
        case Homes: return {SettingType::ChildrensHome, SettingType::LaChildrensHome};
        case Secure: return {SettingType::SecureChildrensHome};
        case Fostering: return {SettingType::Ifa, SettingType::LaFostering};
        case SpecialSchools: return {SettingType::ResidentialSpecialSchool};
        case Supported: return {SettingType::SupportedAccommodation};
        case HomesOrSupported:
        case kClasses: break;
    }
    return {SettingType::ChildrensHome, SettingType::LaChildrensHome, SettingType::SupportedAccommodation};
}

ExitMarket::ExitMarket(const Market& market, const ExitAssumptions& assumptions, Date as_of)
    : market_(&market), assumptions_(assumptions), as_of_(as_of) {
    check_exit_assumptions(assumptions);
    const MarketData& data = market.data();

    // Geography: distances between every pair of councils, and each council's region.
    las_ = data.local_authorities.size();
    km_.resize(las_ * las_);
    travel_.resize(las_ * las_);
    for (std::size_t a = 0; a < las_; ++a)
        for (std::size_t b = 0; b < las_; ++b) {
            km_[a * las_ + b] = a == b ? 0.0 : great_circle_km(data.local_authorities[a], data.local_authorities[b]);
            travel_[a * las_ + b] = to_pence(assumptions.travel_cost_per_km_week_gbp * km_[a * las_ + b]);
        }
    region_of_la_.resize(las_);
    for (std::size_t a = 0; a < las_; ++a)
        region_of_la_[a] = static_cast<std::size_t>(market.find_region(data.local_authorities[a].region_code) -
                                                    data.regions.data());
    const auto la_index = [&](const std::string& la_code) {
        return static_cast<std::size_t>(market.find_la(la_code) - data.local_authorities.data());
    };

    // Groups, in Market::group_ids order.
    for (const std::string& id : market.group_ids()) {
        const Entity* top = market.find_entity(id);
        group_by_id_.emplace(id, groups_.size());
        groups_.push_back({id, top->name, top->owner_type == OwnerType::LocalAuthority, {}});
    }

    // Settings, their occupancy and the children in them; keys in first-seen order.
    std::map<DemandKey, std::size_t> key_index;
    std::vector<std::array<std::array<std::vector<double>, kNeedBands>, kPlacementTypes>> own_fees(data.settings.size());
    std::vector<std::array<std::array<std::vector<double>, kNeedBands>, kPlacementTypes>> region_fees(data.regions.size());
    std::array<std::array<std::vector<double>, kNeedBands>, kPlacementTypes> national_fees;
    settings_.reserve(data.settings.size());
    children_.resize(data.settings.size());
    for (std::size_t s = 0; s < data.settings.size(); ++s) {
        const Setting& setting = data.settings[s];
        ExitSetting row;
        row.urn = setting.urn;
        row.la = la_index(setting.la_code);
        row.group = group_by_id_.at(market.group_of(setting.entity_id));
        row.type = setting.setting_type;
        row.registered_places = setting.registered_places;
        std::map<std::size_t, ChildrenOfKey> by_key;
        for (const std::size_t p : market.placements_in(setting.urn)) {
            const Placement& placement = data.placements[p];
            if (!placement.ongoing_on(as_of)) continue;
            ++row.occupied;
            const DemandKey key{la_index(placement.la_code), placement.placement_type,
                                static_cast<int>(band_index(placement.need_band)) + 1};
            const auto [at, added] = key_index.emplace(key, keys_.size());
            if (added) keys_.push_back(key);
            ChildrenOfKey& children = by_key[at->second];
            children.key = at->second;
            ++children.children;
            children.fees += to_pence(placement.weekly_fee);
            const double km = km_[key.council * las_ + row.la];
            children.km += km;
            children.travel += travel(key.council, row.la);
            const std::size_t band = band_index(placement.need_band);
            const auto type = static_cast<std::size_t>(placement.placement_type);
            own_fees[s][type][band].push_back(placement.weekly_fee);
            region_fees[region_of_la_[row.la]][type][band].push_back(placement.weekly_fee);
            national_fees[type][band].push_back(placement.weekly_fee);
        }
        for (auto& [key, children] : by_key) children_[s].push_back(children);
        row.emergency_places = static_cast<int>(
            std::floor(row.registered_places * assumptions.emergency_capacity_pct / 100.0 + 1e-9));
        row.free_places = std::max(0, row.registered_places - row.occupied) + row.emergency_places;
        groups_[row.group].settings.push_back(s);
        groups_[row.group].children_placed += row.occupied;
        settings_.push_back(std::move(row));
    }

    // Prices.
    own_price_.resize(settings_.size());
    const auto enough = static_cast<std::size_t>(std::max(1, assumptions.min_placements_for_own_price));
    for (std::size_t s = 0; s < settings_.size(); ++s)
        for (std::size_t t = 0; t < kPlacementTypes; ++t)
            for (std::size_t b = 0; b < kNeedBands; ++b)
                own_price_[s][t][b] = own_fees[s][t][b].size() >= enough ? median_pence(own_fees[s][t][b]) : -1;
    region_price_.resize(data.regions.size());
    for (std::size_t r = 0; r < data.regions.size(); ++r)
        for (std::size_t t = 0; t < kPlacementTypes; ++t)
            for (std::size_t b = 0; b < kNeedBands; ++b) region_price_[r][t][b] = median_pence(region_fees[r][t][b]);
    for (std::size_t t = 0; t < kPlacementTypes; ++t) {
        std::vector<double> all_bands;
        for (std::size_t b = 0; b < kNeedBands; ++b) {
            all_bands.insert(all_bands.end(), national_fees[t][b].begin(), national_fees[t][b].end());
            national_price_[t][b] = median_pence(national_fees[t][b]);
        }
        national_type_price_[t] = median_pence(all_bands);
    }

    // Reach: per council and class, the compatible settings within the distance, nearest first.
    reachable_.resize(las_ * kClasses);
    std::vector<std::size_t> by_urn(settings_.size());
    for (std::size_t s = 0; s < by_urn.size(); ++s) by_urn[s] = s;
    std::sort(by_urn.begin(), by_urn.end(), [&](std::size_t a, std::size_t b) { return settings_[a].urn < settings_[b].urn; });
    for (std::size_t c = 0; c < las_; ++c)
        for (std::size_t k = 0; k < kClasses; ++k) {
            static constexpr std::array<PlacementType, kClasses> representative{
                PlacementType::K2, PlacementType::K1, PlacementType::U4,
                PlacementType::R2, PlacementType::H5, PlacementType::Z1};
            const std::vector<SettingType> types = compatible_setting_types(representative[k]);
            std::vector<std::size_t>& list = reachable_[c * kClasses + k];
            for (const std::size_t s : by_urn)
                if (std::find(types.begin(), types.end(), settings_[s].type) != types.end() &&
                    km(c, settings_[s].la) <= assumptions.max_distance_km)
                    list.push_back(s);
            // Nearest first; among equals, by urn (by_urn's order, kept by the stable sort).
            std::stable_sort(list.begin(), list.end(), [&](std::size_t a, std::size_t b) {
                return km(c, settings_[a].la) < km(c, settings_[b].la);
            });
        }

    unplaced_cost_ = to_pence(assumptions.unplaced_weekly_cost_gbp);
    candidates_.resize(keys_.size());
    for (std::size_t k = 0; k < keys_.size(); ++k) {
        for (const std::size_t s : reachable(keys_[k])) candidates_[k].push_back({s, cost(keys_[k], s)});
        std::sort(candidates_[k].begin(), candidates_[k].end(), cheaper_candidate);
    }
}

std::size_t ExitMarket::group_index(std::string_view group_id) const {
    const auto at = group_by_id_.find(group_id);
    if (at == group_by_id_.end()) throw std::out_of_range("no group '" + std::string(group_id) + "'");
    return at->second;
}

const std::vector<std::size_t>& ExitMarket::reachable(const DemandKey& key) const {
    return reachable_[key.council * kClasses + class_of(key.type)];
}

Pence ExitMarket::price(std::size_t setting, PlacementType type, int need_band) const {
    const std::size_t band = band_index(need_band);
    const auto t = static_cast<std::size_t>(type);
    if (const Pence own = own_price_[setting][t][band]; own >= 0) return own;
    if (const Pence regional = region_price_[region_of(settings_[setting].la)][t][band]; regional >= 0) return regional;
    if (national_price_[t][band] >= 0) return national_price_[t][band];
    return std::max<Pence>(national_type_price_[t], 0);
}

Pence ExitMarket::cost(const DemandKey& key, std::size_t setting) const {
    return price(setting, key.type, key.need_band) + travel(key.council, settings_[setting].la);
}

}  // namespace oversight
