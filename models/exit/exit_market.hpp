/// \file exit_market.hpp
/// \brief What the exit model reads of a market on one date, built once and shared by
/// every scenario and every simulated path: each setting's free places, the children in
/// each setting grouped by council, placement type and need band, what a place costs,
/// and which settings each council can reach.
///
/// Definitions (README "Provider exit", docs/configuration.md "Provider exit"):
/// - Occupied places: placements ongoing on the date in the setting. Free places:
///   max(0, registered − occupied) + emergency places, where emergency places =
///   floor(registered × exit.emergency_capacity_pct / 100).
/// - Compatible settings by placement type: K2 (children's home) -> private or council
///   children's homes; K1 (secure) -> secure children's homes; U4/U5/U6 (foster care) ->
///   fostering agencies and council fostering; R2 -> residential special schools; H5 ->
///   supported accommodation; Z1 (other) -> children's homes and supported accommodation.
/// - The weekly price of a place at setting s for a child of type t and need band b: the
///   median core weekly fee of the children of type t and band b in s on the date, when
///   there are at least exit.min_placements_for_own_price of them; otherwise the median of
///   the placements of type t and band b on the date in settings of s's region (the region
///   where the place is, not the commissioning council's as in the price statistics); then
///   in England; then of type t in England whatever the band. (Extras follow the child and
///   are left out of both sides of the comparison.)
/// - Distance: great circle between the centroids of the child's council and the
///   setting's council (0 within one council). Settings farther than exit.max_distance_km
///   are not offered.
/// - Cost of a place = price + exit.travel_cost_per_km_week_gbp × km, in whole pence.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "engine/config/assumptions.hpp"
#include "engine/domain/date.hpp"
#include "engine/domain/placement.hpp"
#include "engine/domain/provider.hpp"
#include "engine/market.hpp"
#include "models/exit/replacement_flow.hpp"

namespace oversight {

inline constexpr int kNeedBands = 4;
inline constexpr std::size_t kPlacementTypes = 8;  ///< PlacementType's enumerators

struct ExitSetting {
    std::string urn;
    std::size_t la = 0;     ///< index into data().local_authorities
    std::size_t group = 0;  ///< index into ExitMarket::groups
    SettingType type = SettingType::ChildrensHome;
    int registered_places = 0;
    int occupied = 0;         ///< placements ongoing on the date
    int emergency_places = 0;
    int free_places = 0;      ///< max(0, registered − occupied) + emergency
};

/// One council's children of one placement type and need band: a demand group of the flow.
struct DemandKey {
    std::size_t council = 0;  ///< index into data().local_authorities
    PlacementType type = PlacementType::K2;
    int need_band = 1;
    auto operator<=>(const DemandKey&) const = default;
};

/// The children of one demand key living in one setting on the date, with what they cost.
struct ChildrenOfKey {
    std::size_t key = 0;  ///< index into ExitMarket::keys
    int children = 0;
    Pence fees = 0;       ///< sum of their core weekly fees
    Pence travel = 0;     ///< sum of their weekly distance costs
    double km = 0.0;      ///< sum of their distances from their council
};

struct ExitGroup {
    std::string group_id;
    std::string name;
    bool council_run = false;           ///< owned by a local authority: never fails
    std::vector<std::size_t> settings;  ///< indexes into ExitMarket::settings
    int children_placed = 0;            ///< children in its settings on the date
};

class ExitMarket {
public:
    /// Throws std::invalid_argument (check_exit_assumptions) for assumptions out of range.
    ExitMarket(const Market& market, const ExitAssumptions& assumptions, Date as_of);

    const Market& market() const { return *market_; }
    const ExitAssumptions& assumptions() const { return assumptions_; }
    Date as_of() const { return as_of_; }

    /// Parallel to data().settings (so Market::settings_of indexes it too).
    const std::vector<ExitSetting>& settings() const { return settings_; }
    const std::vector<ExitGroup>& groups() const { return groups_; }
    const std::vector<DemandKey>& keys() const { return keys_; }
    /// Per setting, the children in it by demand key.
    const std::vector<ChildrenOfKey>& children_in(std::size_t setting) const { return children_[setting]; }
    std::size_t group_index(std::string_view group_id) const;  ///< throws std::out_of_range

    double km(std::size_t council, std::size_t la) const { return km_[council * las_ + la]; }
    std::size_t region_of(std::size_t la) const { return region_of_la_[la]; }  ///< index into data().regions
    /// Settings compatible with the key's placement type within reach of its council,
    /// nearest first (ties by urn).
    const std::vector<std::size_t>& reachable(const DemandKey& key) const;
    /// Every reachable setting of keys()[key] with its cost, cheapest first (ties by
    /// setting index), computed once: the flow's candidates before closures.
    const std::vector<FlowCandidate>& candidates(std::size_t key) const { return candidates_[key]; }
    /// Weekly price of a place at `setting` for a child of `type` and `need_band`, in
    /// pence; the cost adds the travel cost of the distance from the key's council.
    Pence price(std::size_t setting, PlacementType type, int need_band) const;
    Pence cost(const DemandKey& key, std::size_t setting) const;
    /// Weekly travel cost between a council and the council where a setting is, in pence.
    Pence travel(std::size_t council, std::size_t la) const { return travel_[council * las_ + la]; }
    Pence unplaced_cost() const { return unplaced_cost_; }

private:
    const Market* market_;
    ExitAssumptions assumptions_;
    Date as_of_;
    std::vector<ExitSetting> settings_;
    std::vector<ExitGroup> groups_;
    StringMap<std::size_t> group_by_id_;  ///< index into groups_
    std::vector<DemandKey> keys_;
    std::vector<std::vector<ChildrenOfKey>> children_;
    std::size_t las_ = 0;
    std::vector<double> km_;                // councils x local authorities
    std::vector<std::size_t> region_of_la_;
    // reachable_[council * classes + class]
    std::vector<std::vector<std::size_t>> reachable_;
    std::vector<std::vector<FlowCandidate>> candidates_;  // per key
    std::vector<Pence> travel_;             // councils x local authorities
    // Prices in pence; -1 where there were no placements to take a median of.
    std::vector<std::array<std::array<Pence, kNeedBands>, kPlacementTypes>> own_price_;  // per setting
    std::vector<std::array<std::array<Pence, kNeedBands>, kPlacementTypes>> region_price_;  // per region
    std::array<std::array<Pence, kNeedBands>, kPlacementTypes> national_price_{};
    std::array<Pence, kPlacementTypes> national_type_price_{};
    Pence unplaced_cost_ = 0;
};

/// Throws std::invalid_argument naming the exit.* key and its value when one is out of
/// range: negative costs, distances or capacity; a correlation outside [0, 1);
/// probabilities outside 0-100 %; fewer than one path or placement.
void check_exit_assumptions(const ExitAssumptions& assumptions);

/// The setting types a child of `type` can be re-placed in.
std::vector<SettingType> compatible_setting_types(PlacementType type);

}  // namespace oversight
