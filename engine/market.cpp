#include "engine/market.hpp"

#include <algorithm>
#include <stdexcept>

namespace oversight {
namespace {

template <typename Row, typename Key>
StringMap<std::size_t> index_unique(const std::vector<Row>& rows, Key key, const char* what) {
    StringMap<std::size_t> index;
    index.reserve(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i)
        if (!index.emplace(key(rows[i]), i).second)
            throw std::invalid_argument(std::string("duplicate ") + what + " '" + key(rows[i]) + "'");
    return index;
}

template <typename V>
const V* lookup(const StringMap<std::size_t>& index, const std::vector<V>& rows,
                std::string_view key) {
    const auto it = index.find(key);
    return it == index.end() ? nullptr : &rows[it->second];
}

std::span<const std::size_t> lookup_list(const StringMap<std::vector<std::size_t>>& index,
                                         std::string_view key) {
    const auto it = index.find(key);
    if (it == index.end()) return {};
    return it->second;
}

void require(bool condition, const std::string& message) {
    if (!condition) throw std::invalid_argument(message);
}

}  // namespace

Market::Market(MarketData data) : data_(std::move(data)) {
    region_by_code_ = index_unique(data_.regions, [](const Region& r) { return r.region_code; }, "region");
    la_by_code_ = index_unique(data_.local_authorities, [](const LocalAuthority& a) { return a.la_code; },
                               "local authority");
    entity_by_id_ = index_unique(data_.entities, [](const Entity& e) { return e.entity_id; }, "entity");
    setting_by_urn_ = index_unique(data_.settings, [](const Setting& s) { return s.urn; }, "setting");

    if (!data_.regions.empty())
        for (const auto& la : data_.local_authorities)
            require(region_by_code_.contains(la.region_code),
                    "local authority " + la.la_code + " names unknown region " + la.region_code);

    // Ownership: walk each chain to its top, refusing cycles (a chain longer than the
    // number of entities must revisit one).
    group_of_entity_.resize(data_.entities.size());
    for (std::size_t i = 0; i < data_.entities.size(); ++i) {
        const Entity* current = &data_.entities[i];
        for (std::size_t steps = 0; current->parent_entity_id; ++steps) {
            require(steps <= data_.entities.size(),
                    "ownership cycle through entity " + data_.entities[i].entity_id);
            const Entity* parent = find_entity(*current->parent_entity_id);
            require(parent != nullptr, "entity " + current->entity_id + " names unknown parent " +
                                           *current->parent_entity_id);
            current = parent;
        }
        group_of_entity_[i] = current->entity_id;
        if (current == &data_.entities[i]) group_ids_.push_back(current->entity_id);
        if (data_.entities[i].parent_entity_id)
            subsidiaries_[*data_.entities[i].parent_entity_id].push_back(i);
    }
    for (const auto& id : group_ids_) group_members_[id].push_back(entity_by_id_.at(id));
    for (std::size_t i = 0; i < data_.entities.size(); ++i)
        if (data_.entities[i].parent_entity_id) group_members_[group_of_entity_[i]].push_back(i);

    for (std::size_t i = 0; i < data_.settings.size(); ++i) {
        const Setting& s = data_.settings[i];
        require(find_entity(s.entity_id) != nullptr, "setting " + s.urn + " names unknown entity " + s.entity_id);
        require(find_la(s.la_code) != nullptr, "setting " + s.urn + " names unknown local authority " + s.la_code);
        settings_of_entity_[s.entity_id].push_back(i);
    }
    for (std::size_t i = 0; i < data_.placements.size(); ++i) {
        const Placement& p = data_.placements[i];
        require(find_setting(p.urn) != nullptr, "placement " + p.placement_id + " names unknown setting " + p.urn);
        require(find_la(p.la_code) != nullptr,
                "placement " + p.placement_id + " names unknown local authority " + p.la_code);
        placements_in_setting_[p.urn].push_back(i);
    }
    for (std::size_t i = 0; i < data_.accounts.size(); ++i) {
        require(find_entity(data_.accounts[i].entity_id) != nullptr,
                "accounts name unknown entity " + data_.accounts[i].entity_id);
        accounts_of_entity_[data_.accounts[i].entity_id].push_back(i);
    }
    for (auto& [id, list] : accounts_of_entity_)
        std::stable_sort(list.begin(), list.end(), [&](std::size_t a, std::size_t b) {
            return data_.accounts[a].period_end < data_.accounts[b].period_end;
        });
    for (std::size_t i = 0; i < data_.facilities.size(); ++i) {
        require(find_entity(data_.facilities[i].entity_id) != nullptr,
                "facility " + data_.facilities[i].facility_id + " names unknown entity " +
                    data_.facilities[i].entity_id);
        facilities_of_entity_[data_.facilities[i].entity_id].push_back(i);
    }
}

Date Market::latest_date() const {
    Date latest;
    for (const auto& p : data_.placements) latest = std::max({latest, p.start_date, p.end_date.value_or(latest)});
    for (const auto& f : data_.facilities) latest = std::max(latest, f.as_of);
    for (const auto& q : data_.curves) latest = std::max(latest, q.as_of);
    return latest;
}

const Region* Market::find_region(std::string_view code) const { return lookup(region_by_code_, data_.regions, code); }
const LocalAuthority* Market::find_la(std::string_view code) const {
    return lookup(la_by_code_, data_.local_authorities, code);
}
const Entity* Market::find_entity(std::string_view id) const { return lookup(entity_by_id_, data_.entities, id); }
const Setting* Market::find_setting(std::string_view urn) const { return lookup(setting_by_urn_, data_.settings, urn); }

const std::string& Market::group_of(std::string_view entity_id) const {
    const auto it = entity_by_id_.find(entity_id);
    if (it == entity_by_id_.end()) throw std::invalid_argument("unknown entity " + std::string(entity_id));
    return group_of_entity_[it->second];
}

std::span<const std::size_t> Market::group_members(std::string_view id) const { return lookup_list(group_members_, id); }
std::span<const std::size_t> Market::subsidiaries_of(std::string_view id) const { return lookup_list(subsidiaries_, id); }
std::span<const std::size_t> Market::settings_of(std::string_view id) const { return lookup_list(settings_of_entity_, id); }
std::span<const std::size_t> Market::placements_in(std::string_view urn) const {
    return lookup_list(placements_in_setting_, urn);
}
std::span<const std::size_t> Market::accounts_of(std::string_view id) const { return lookup_list(accounts_of_entity_, id); }
std::span<const std::size_t> Market::facilities_of(std::string_view id) const {
    return lookup_list(facilities_of_entity_, id);
}

}  // namespace oversight
