/// \file exit_sample_market.hpp
/// \brief The small market the exit tests solve by hand (shared by the scenario and the
/// simulation tests).
#pragma once

#include <optional>
#include <string>

#include "engine/config/assumptions.hpp"
#include "engine/domain/market_data.hpp"

namespace oversight::exit_sample {

inline const Date kAsOf = Date::from_ymd(2025, 3, 31);

inline Setting setting(std::string urn, std::string entity, SettingType type, std::string la, int places) {
    return Setting{urn, "Setting " + urn, entity, type, la, places, OfstedRating::Good, {}, std::nullopt};
}

inline Placement placement(std::string id, std::string la, std::string urn, PlacementType type, int band, double fee,
                    std::optional<Date> end = std::nullopt) {
    Placement p;
    p.placement_id = id;
    p.la_code = la;
    p.urn = urn;
    p.placement_type = type;
    p.need_band = band;
    p.weekly_fee = fee;
    p.weekly_extras = 700.0;  // extras follow the child: never in the comparison
    p.start_date = Date::from_ymd(2024, 1, 1);
    p.end_date = end;
    return p;
}

/// Councils on the Greenwich meridian, so distances are 6371.0088 km × Δlat in radians:
/// A (53.0 N) and B (52.5 N) in region N, 55.598 km apart; C (51.0 N) in region S,
/// 166.793 km from B and 222.390 km from A (beyond the 200 km reach).
/// Group X (fails): home X1 at A (3 places) with two A children K2 band 2 at £4,000 and one
/// B child K2 band 3 at £6,000 (and one that left the day before); agency X2 at B with two
/// A children U4 band 1 at £900.
/// Group Y: home Y1 at A (4 places; A children K2 band 2 at £3,000, £3,500, £4,000: 1 free);
/// home Y2 at B (2 places; one B child K2 band 3 at £5,000: 1 free); agency Y3 at A (5
/// places; four A children U4 band 1 at £800, £800, £850, £850: 1 free).
/// Council C: home Z1 at C (5 places, empty).
inline MarketData sample() {
    MarketData d;
    d.regions = {{"N", "North"}, {"S", "South"}};
    d.local_authorities = {{"A", "Council A", "N", std::nullopt, 53.0, 0.0, std::nullopt},
                           {"B", "Council B", "N", std::nullopt, 52.5, 0.0, std::nullopt},
                           {"C", "Council C", "S", std::nullopt, 51.0, 0.0, std::nullopt}};
    d.entities = {{"X", "X Homes", std::nullopt, OwnerType::PrivateEquity, std::nullopt},
                  {"Y", "Y Care", std::nullopt, OwnerType::Private, std::nullopt},
                  {"Z", "Council C", std::nullopt, OwnerType::LocalAuthority, std::nullopt}};
    d.settings = {setting("X1", "X", SettingType::ChildrensHome, "A", 3),
                  setting("X2", "X", SettingType::Ifa, "B", 10),
                  setting("Y1", "Y", SettingType::ChildrensHome, "A", 4),
                  setting("Y2", "Y", SettingType::ChildrensHome, "B", 2),
                  setting("Y3", "Y", SettingType::Ifa, "A", 5),
                  setting("Z1", "Z", SettingType::LaChildrensHome, "C", 5)};
    using enum PlacementType;
    d.placements = {placement("P1", "A", "X1", K2, 2, 4000), placement("P2", "A", "X1", K2, 2, 4000),
                    placement("P3", "B", "X1", K2, 3, 6000),
                    placement("P4", "B", "X1", K2, 1, 2000, Date::from_ymd(2025, 3, 30)),
                    placement("P5", "A", "X2", U4, 1, 900), placement("P6", "A", "X2", U4, 1, 900),
                    placement("P7", "A", "Y1", K2, 2, 3000), placement("P8", "A", "Y1", K2, 2, 3500),
                    placement("P9", "A", "Y1", K2, 2, 4000), placement("P10", "B", "Y2", K2, 3, 5000),
                    placement("P11", "A", "Y3", U4, 1, 800), placement("P12", "A", "Y3", U4, 1, 800),
                    placement("P13", "A", "Y3", U4, 1, 850), placement("P14", "A", "Y3", U4, 1, 850)};
    return d;
}

inline ExitAssumptions assumptions() {
    ExitAssumptions a;
    a.travel_cost_per_km_week_gbp = 1.0;
    a.max_distance_km = 200.0;
    a.emergency_capacity_pct = 0.0;
    a.unplaced_weekly_cost_gbp = 10000.0;
    a.min_placements_for_own_price = 1;  // the hand-worked prices use every setting's own median
    return a;
}

}  // namespace oversight::exit_sample
