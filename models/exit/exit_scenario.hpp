/// \file exit_scenario.hpp
/// \brief One exit: the settings that close, the children they displace, and where those
/// children can go, solved exactly as a minimum-cost flow (replacement_flow.hpp) on the
/// ExitMarket (exit_market.hpp, which defines places, prices and distances).
///
/// - Displaced: the placements ongoing on the date in the closing settings, grouped into
///   demand groups by (council, placement type, need band).
/// - Supply: every setting that stays open, with its free places; a child may go to any
///   compatible setting within reach at the cost of a place there (price + travel).
/// - The solver places as many children as can be placed and, among those solutions, the
///   cheapest: a child left unplaced costs the solver more than any chain of
///   re-assignments could save ((largest candidate cost + 1) × (children + 1)); the
///   brief costs an unplaced child at exit.unplaced_weekly_cost_gbp.
/// - Re-placed in the child's own council (the setting is in that council), own region
///   (another council of the same region) or elsewhere.
/// - Costs are weekly and in pence: before = the displaced children's core fees plus their
///   travel costs; after = the re-placed children's new prices plus travel, plus the
///   unplaced at their cost. Annual = weekly × 365.25 / 7.
/// - Distances: the average before is over every displaced child, the average after over
///   the re-placed (children of one demand group are interchangeable in the flow, so the
///   ones left unplaced are not identified).
#pragma once

#include <cstddef>
#include <vector>

#include "models/exit/exit_market.hpp"

namespace oversight {

/// Weeks in an average year (365.25 / 7): the one conversion from weekly to annual of the
/// exit model and its policy levers.
inline constexpr double kWeeksPerYear = 365.25 / 7.0;

/// A weekly amount in pence as pounds a year.
inline double pounds(Pence pence) { return static_cast<double>(pence) / 100.0; }
inline double annual_gbp(Pence weekly) { return pounds(weekly) * kWeeksPerYear; }

/// The outcome for one area (a council, a region or England), by the children's council.
struct ExitArea {
    std::size_t index = 0;  ///< into data().local_authorities or data().regions (0 for England)
    int displaced = 0;
    int own_council = 0;
    int own_region = 0;
    int elsewhere = 0;
    int unplaced = 0;
    Pence fees_before = 0;    ///< weekly core fees of the displaced
    Pence travel_before = 0;  ///< their weekly travel cost
    Pence fees_after = 0;     ///< weekly prices of the re-placed children's new places
    Pence travel_after = 0;
    Pence unplaced_cost = 0;  ///< unplaced × exit.unplaced_weekly_cost_gbp
    double km_before = 0.0;   ///< sum over the displaced
    double km_after = 0.0;    ///< sum over the re-placed

    int replaced() const { return own_council + own_region + elsewhere; }
    Pence weekly_cost_change() const {
        return fees_after + travel_after + unplaced_cost - fees_before - travel_before;
    }
    double annual_cost_change_gbp() const { return annual_gbp(weekly_cost_change()); }
    double average_km_before() const { return displaced > 0 ? km_before / displaced : 0.0; }
    double average_km_after() const { return replaced() > 0 ? km_after / replaced() : 0.0; }
    void add(const ExitArea& other);  ///< sums every count and amount (keeps index)
};

struct ExitOutcome {
    int settings_closed = 0;
    int demand_groups = 0;
    std::size_t arcs = 0;  ///< demand-to-setting arcs in the solved network
    int rounds = 0;        ///< networks solved (column generation)
    ExitArea england;
    std::vector<ExitArea> regions;   ///< every region, in data().regions order
    std::vector<ExitArea> councils;  ///< every council, in data().local_authorities order
};

/// Pure. `closed[s]` is true for each setting of ExitMarket::settings() that closes.
/// Throws std::invalid_argument when `closed` does not have one flag per setting.
ExitOutcome replace_displaced(const ExitMarket& market, const std::vector<char>& closed);

/// The closing flags of every setting of the groups given (indexes into groups()).
std::vector<char> settings_of_groups(const ExitMarket& market, const std::vector<std::size_t>& groups);

}  // namespace oversight
