/// \file price_cells.hpp
/// \brief What councils pay, cell by cell: placements grouped by any of region, RCC,
/// council, placement type, need band, age band, purchase route and calendar year, with
/// the distribution of weekly prices in each cell (DOMAIN.md §6, DATA.md placements.csv).
///
/// Definitions (docs/prices.md repeats them for readers):
/// - A placement is in the period [from, to] when it is ongoing on any day of it; its
///   placement-weeks are the days of the period it was ongoing (both ends counted) / 7.
///   With `year` among the dimensions, a placement ongoing in two calendar years is in
///   both years' cells, each with its weeks in that year; in a cell spanning all years it
///   counts once, with its weeks over the whole period.
/// - Region, RCC and council are those of the commissioning council (what councils in a
///   region pay). A council without an RCC is in RCC "none"; a placement without an age
///   band in age band "unknown".
/// - Provider = the group (top parent) of the entity operating the setting.
/// - Prices: the core weekly fee ("fee") and the fee plus extras ("total"). For each, the
///   distribution unweighted (each placement once) and weighted by placement-weeks:
///   mean, median, p10, p25, p75, p90 (quantiles.hpp: type 7 and its weighted variant),
///   IQR = p75 - p25, and CV = standard deviation / mean x 100, the standard deviation
///   with the n - 1 denominator (weighted: the weighted variance about the weighted mean
///   x n / (n - 1), i.e. the weights rescaled to add up to n, as the quantiles do).
///   Moments stream through Boost.Accumulators; quantiles are exact, from the sorted cell.
/// - Spend = sum of weekly total x placement-weeks; the largest provider's share of it is
///   what the dominance rule of disclosure.hpp reads.
/// - Margins: with `margins`, every combination of dimensions set to "all" is a cell too
///   (the totals a published table carries), so that disclosure control can protect
///   cells against being worked out from a total.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/domain/date.hpp"
#include "engine/domain/geography.hpp"
#include "engine/domain/placement.hpp"
#include "engine/market.hpp"

namespace oversight {

enum class PriceDimension { Region, Rcc, La, Type, Band, Age, Route, Year };

/// "region", "rcc", "la", "type", "band", "age", "route", "year".
std::string_view dimension_name(PriceDimension dimension);
std::optional<PriceDimension> parse_price_dimension(std::string_view name);
/// "region, rcc, la, type, band, age, route, year": for messages and help.
std::string price_dimension_names();

/// The key part of a margin: the cell spans every value of that dimension.
inline constexpr std::string_view kAllValues = "all";

struct PriceFilter {
    std::optional<std::string> region_code;
    std::optional<std::string> rcc;
    std::optional<std::string> la_code;
    std::optional<PlacementType> type;
    std::optional<int> need_band;
    Date from;  ///< first day of the period
    Date to;    ///< last day of the period
    /// Whether the placement, commissioned by `la`, passes the place, type and band filters
    /// (not the period, which each use reads its own way).
    bool admits(const Placement& placement, const LocalAuthority& la) const;
};

struct PriceDistribution {
    double mean = 0.0;
    double median = 0.0;
    double p10 = 0.0, p25 = 0.0, p75 = 0.0, p90 = 0.0;
    double iqr = 0.0;
    std::optional<double> cv_pct;  ///< absent below two placements or when the mean is 0
};

struct PriceCell {
    std::vector<std::string> key;    ///< one part per dimension: a code, or kAllValues
    std::vector<std::string> label;  ///< for readers: region and council names, else the key
    std::size_t placements = 0;
    std::size_t providers = 0;
    double placement_weeks = 0.0;
    double spend = 0.0;
    double largest_provider_share_pct = 0.0;  ///< of spend
    /// (provider number, spend) for each provider in the cell, by number: lets disclosure
    /// control test suppressed cells together (numbers are the table's own).
    std::vector<std::pair<std::size_t, double>> provider_spend;
    PriceDistribution fee, fee_weighted, total, total_weighted;
    bool is_margin() const;  ///< some key part is kAllValues
};

struct PriceTable {
    std::vector<PriceDimension> dimensions;
    PriceFilter filter;
    /// Sorted by key, part by part, kAllValues after every value: each group's rows
    /// followed by its total. Only cells with at least one placement.
    std::vector<PriceCell> cells;
};

/// The cells of `market`'s placements in the filter's period, grouped by `by` (no
/// dimension twice; none: one cell of everything). Pure. Throws std::invalid_argument for
/// a period that ends before it starts or a dimension given twice.
PriceTable price_table(const Market& market, const PriceFilter& filter, const std::vector<PriceDimension>& by,
                       bool margins);

}  // namespace oversight
