/// \file policy_levers.hpp
/// \brief What a policy lever changes before the exit model runs again: the market's fees
/// and accounts (a profit cap, need-band tariffs, added public capacity) or each group's
/// cash flows (a windfall tax, an interest-rate path). `oversight exit --lever` runs the
/// baseline and every lever on the same random numbers and compares them.
///
/// Each lever, as applied by `apply_policy_lever` (the README's "Policy levers" has the
/// reasoning and a worked example):
/// - profit_cap=C: the accounts the group's figures are formed from (`group_years`: the
///   topmost consolidated accounts of a subtree, else an entity's own) of a provider that is
///   not a council, where the operating margin (turnover − staff − other costs − D&A) /
///   turnover is above C %, have turnover cut to the level at which it is exactly C %
///   (`shock_year`'s cap, so the stress model and this lever share one formula): the cut
///   comes off turnover, operating profit and profit before tax alike. Every year is capped,
///   as if the cap had always applied, so EBITDA's history (its volatility) is that of a
///   capped provider. Rows whose costs are not positive are left as filed. The fees (core
///   and extras) of the placements ongoing on the date in a setting are cut in the same
///   proportion as the latest of those rows that covers the setting, so councils save
///   what the group loses. Balance sheets are as filed.
/// - windfall_tax=T: each group pays T % of its excess profit (the profitability model's
///   operating profit above the cost of capital, latest complete year on or before the
///   date; nothing when it is not positive; groups with settings) every year of the
///   cash-flow simulation: a cash cost after EBITDA, not deductible. Covenant EBITDA is
///   unchanged; net debt rises as the cash falls.
/// - tariff=[TYPE:]B1/B2/B3/B4: the core weekly fee of every placement of that type
///   (default K2, children's homes) ongoing on the date with a provider that is not a
///   council is set to the tariff for its need band. Each entity's turnover, operating profit
///   and profit before tax change by the sum of (tariff − fee) × 365.25 / 7 over those
///   placements in its settings, in every accounts row (consolidated rows: its own and its
///   subsidiaries' settings), so EBITDA's history moves by a constant.
/// - rate=S or rate=S1/S2/S3: SONIA moves by S basis points (or by S1, S2, S3 in years 1,
///   2, 3) in every group's cash-flow simulation: the unhedged floating share of its debt
///   pays more (or less); SONIA is floored at 0. The exit simulation uses the one-year PD, so
///   year 1 is what moves it.
/// - capacity=N or capacity=REGION:N: N places of new council-run children's homes in every
///   region (or in REGION), spread over the region's councils in code order as evenly as
///   whole places allow; one home a council, owned by a council entity (never fails), priced
///   at its region's median fees. Like every setting, each home also offers
///   exit.emergency_capacity_pct of its places (rounded down) in an exit.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "engine/config/assumptions.hpp"
#include "engine/domain/date.hpp"
#include "engine/market.hpp"
#include "models/watchlist/watchlist.hpp"

namespace oversight {

struct PolicyLever {
    enum class Kind { ProfitCap, WindfallTax, Tariff, RatePath, Capacity };
    Kind kind = Kind::ProfitCap;
    std::string text;  ///< as given, e.g. "profit_cap=10"
    double percent = 0.0;  ///< profit cap (operating margin, %) or windfall tax rate (%)
    PlacementType tariff_type = PlacementType::K2;
    std::array<double, 4> tariff_weekly_gbp{};  ///< need bands 1-4
    std::array<double, 3> shift_bp{};           ///< SONIA shift in years 1-3
    std::optional<std::string> region;          ///< capacity in one region; nullopt = every region
    int places = 0;                             ///< capacity: places added per region
};

/// "profit_cap=C", "windfall_tax=T", "tariff=[TYPE:]B1/B2/B3/B4", "rate=S[/S2/S3]",
/// "capacity=[REGION:]N". Throws std::invalid_argument naming the lever and the forms.
PolicyLever parse_policy_lever(std::string_view text);

/// Id of the council entity that runs the homes of a capacity lever.
inline constexpr const char* kAddedCapacityEntity = "ADDED-PUBLIC-CAPACITY";

/// What a lever changed, for the comparison tables.
struct LeverEffect {
    int accounts_rows_changed = 0;
    int placements_repriced = 0;     ///< ongoing on the date
    /// Councils' spend on the placements ongoing on the date (core fees and extras), lever
    /// minus baseline, pounds a year (× 365.25 / 7).
    double fees_change_gbp_a_year = 0.0;
    double levy_gbp_a_year = 0.0;    ///< windfall tax due from the groups with settings, pounds a year
    int settings_added = 0;
    int places_added = 0;            ///< registered places (each home also gets exit.emergency_capacity_pct)
};

/// The market under a lever, and what changed.
struct LeveredMarket {
    MarketData data;
    /// Applied to each group's cash-flow inputs (rate path, levy); empty when none.
    CashflowInputsAdjustment adjust;
    LeverEffect effect;
};

/// Pure. Throws std::invalid_argument for a capacity region that is not in the market.
LeveredMarket apply_policy_lever(const Market& market, const PolicyLever& lever, const Assumptions& assumptions,
                                 Date as_of);

}  // namespace oversight
