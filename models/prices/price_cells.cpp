#include "models/prices/price_cells.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <stdexcept>
#include <unordered_map>
#include <tuple>
#include <utility>

#include <boost/accumulators/accumulators.hpp>
#include <boost/accumulators/statistics/mean.hpp>
#include <boost/accumulators/statistics/stats.hpp>
#include <boost/accumulators/statistics/variance.hpp>
#include <boost/accumulators/statistics/weighted_mean.hpp>
#include <boost/accumulators/statistics/weighted_variance.hpp>

#include "engine/domain/codes.hpp"
#include "models/prices/quantiles.hpp"

namespace oversight {
namespace {

namespace ba = boost::accumulators;

constexpr std::array<std::pair<PriceDimension, std::string_view>, 8> kDimensionNames = {{
    {PriceDimension::Region, "region"},
    {PriceDimension::Rcc, "rcc"},
    {PriceDimension::La, "la"},
    {PriceDimension::Type, "type"},
    {PriceDimension::Band, "band"},
    {PriceDimension::Age, "age"},
    {PriceDimension::Route, "route"},
    {PriceDimension::Year, "year"},
}};

/// The values met in one dimension, numbered in order of appearance. A cell key packs one
/// 8-bit number per dimension into 64 bits; kAll marks a margin.
constexpr std::uint64_t kAll = 0xFF;

class Values {
public:
    std::uint64_t number(const std::string& value, const std::string& label) {
        const auto [it, added] = index_.try_emplace(value, values_.size());
        if (added) {
            if (values_.size() >= kAll) throw std::runtime_error("price cells: more than 254 values in one dimension");
            values_.push_back(value);
            labels_.push_back(label);
        }
        return it->second;
    }
    const std::string& value(std::uint64_t n) const { return values_[n]; }
    const std::string& label(std::uint64_t n) const { return labels_[n]; }

private:
    std::unordered_map<std::string, std::uint64_t> index_;
    std::vector<std::string> values_, labels_;
};

struct Entry {
    double fee = 0.0;
    double total = 0.0;
    double weeks = 0.0;
    std::size_t provider = 0;
};

/// The unweighted and the weeks-weighted distribution of `entries`' prices (`price` picks
/// fee or total), from one sort.
std::pair<PriceDistribution, PriceDistribution> distributions(std::vector<Entry>& entries, double Entry::*price) {
    const auto by_price = [price](const Entry& a, const Entry& b) { return a.*price < b.*price; };
    if (!std::is_sorted(entries.begin(), entries.end(), by_price)) std::sort(entries.begin(), entries.end(), by_price);
    std::vector<double> values, weights;
    values.reserve(entries.size());
    weights.reserve(entries.size());
    ba::accumulator_set<double, ba::stats<ba::tag::mean, ba::tag::variance>> plain;
    ba::accumulator_set<double, ba::stats<ba::tag::weighted_mean, ba::tag::weighted_variance>, double> by_weeks;
    for (const Entry& e : entries) {
        values.push_back(e.*price);
        weights.push_back(e.weeks);
        plain(e.*price);
        by_weeks(e.*price, ba::weight = e.weeks);
    }
    static constexpr double kPs[] = {0.5, 0.10, 0.25, 0.75, 0.90};
    const double n = static_cast<double>(entries.size());
    const auto fill = [n](PriceDistribution& d, const std::vector<double>& q, double mean, double population_variance) {
        d.mean = mean;
        d.median = q[0];
        d.p10 = q[1];
        d.p25 = q[2];
        d.p75 = q[3];
        d.p90 = q[4];
        d.iqr = d.p75 - d.p25;
        // Both variances divide by n (or the sum of weights); n / (n - 1) makes them sample variances.
        if (n >= 2.0 && mean != 0.0) d.cv_pct = 100.0 * std::sqrt(std::max(0.0, population_variance * n / (n - 1.0))) / mean;
    };
    std::vector<double> plain_q;
    plain_q.reserve(std::size(kPs));
    for (double p : kPs) plain_q.push_back(quantile_type7(values, p));
    std::pair<PriceDistribution, PriceDistribution> out;
    fill(out.first, plain_q, ba::mean(plain), ba::variance(plain));
    fill(out.second, weighted_quantiles_type7(values, weights, kPs), ba::weighted_mean(by_weeks),
         ba::weighted_variance(by_weeks));
    return out;
}

PriceCell summarise(std::vector<Entry>& entries) {
    PriceCell cell;
    cell.placements = entries.size();
    std::unordered_map<std::size_t, double> spend_by_provider;
    for (const Entry& e : entries) {
        cell.placement_weeks += e.weeks;
        cell.spend += e.total * e.weeks;
        spend_by_provider[e.provider] += e.total * e.weeks;
    }
    cell.providers = spend_by_provider.size();
    cell.provider_spend.assign(spend_by_provider.begin(), spend_by_provider.end());
    std::sort(cell.provider_spend.begin(), cell.provider_spend.end());
    for (const auto& [provider, spend] : spend_by_provider)
        if (cell.spend > 0.0) cell.largest_provider_share_pct = std::max(cell.largest_provider_share_pct, 100.0 * spend / cell.spend);
    std::tie(cell.fee, cell.fee_weighted) = distributions(entries, &Entry::fee);
    std::tie(cell.total, cell.total_weighted) = distributions(entries, &Entry::total);
    return cell;
}

}  // namespace

std::string_view dimension_name(PriceDimension dimension) {
    for (const auto& [d, name] : kDimensionNames)
        if (d == dimension) return name;
    return "?";
}

std::optional<PriceDimension> parse_price_dimension(std::string_view name) {
    for (const auto& [d, text] : kDimensionNames)
        if (text == name) return d;
    return std::nullopt;
}

std::string price_dimension_names() {
    std::string names;
    for (const auto& [d, name] : kDimensionNames) names += (names.empty() ? "" : ", ") + std::string(name);
    return names;
}

bool PriceFilter::admits(const Placement& p, const LocalAuthority& la) const {
    if (region_code && la.region_code != *region_code) return false;
    if (rcc && la.rcc.value_or("none") != *rcc) return false;
    if (la_code && p.la_code != *la_code) return false;
    if (type && p.placement_type != *type) return false;
    if (need_band && p.need_band != *need_band) return false;
    return true;
}

bool PriceCell::is_margin() const {
    return std::find(key.begin(), key.end(), kAllValues) != key.end();
}

PriceTable price_table(const Market& market, const PriceFilter& filter, const std::vector<PriceDimension>& by,
                       bool margins) {
    if (filter.to < filter.from)
        throw std::invalid_argument("price period ends (" + filter.to.iso() + ") before it starts (" + filter.from.iso() + ")");
    for (std::size_t i = 0; i < by.size(); ++i)
        for (std::size_t j = i + 1; j < by.size(); ++j)
            if (by[i] == by[j]) throw std::invalid_argument("dimension '" + std::string(dimension_name(by[i])) + "' given twice");
    const std::size_t dims = by.size();
    const auto year_at = std::find(by.begin(), by.end(), PriceDimension::Year);
    const std::size_t year_dim = static_cast<std::size_t>(year_at - by.begin());  // == dims when absent

    std::vector<Values> values(dims);
    std::unordered_map<std::string, std::size_t> provider_number;
    std::unordered_map<std::uint64_t, std::vector<Entry>> cells;
    const std::uint64_t masks = margins ? (std::uint64_t{1} << dims) : 1;

    // Placements in order of fee, so that every cell's entries arrive sorted by fee (and
    // nearly so by total), which spares most of the sorting for the quantiles.
    const auto& placements = market.data().placements;
    std::vector<std::size_t> order(placements.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return placements[a].weekly_fee < placements[b].weekly_fee; });
    std::vector<std::uint64_t> parts(dims);
    for (std::size_t index : order) {
        const Placement& p = placements[index];
        const LocalAuthority* la = market.find_la(p.la_code);
        const std::string rcc = la->rcc.value_or("none");
        if (!filter.admits(p, *la)) continue;
        const int days = p.days_ongoing(filter.from, filter.to);
        if (days == 0) continue;

        Entry entry{p.weekly_fee, p.weekly_total(), days / 7.0, 0};
        const std::string& group = market.group_of(market.find_setting(p.urn)->entity_id);
        entry.provider = provider_number.try_emplace(group, provider_number.size()).first->second;
        for (std::size_t d = 0; d < dims; ++d) {
            switch (by[d]) {
                case PriceDimension::Region: {
                    const Region* region = market.find_region(la->region_code);
                    parts[d] = values[d].number(la->region_code, region ? region->region_name : la->region_code);
                    break;
                }
                case PriceDimension::Rcc: parts[d] = values[d].number(rcc, rcc); break;
                case PriceDimension::La: parts[d] = values[d].number(p.la_code, la->la_name); break;
                case PriceDimension::Type: {
                    const std::string code(code_of(p.placement_type));
                    parts[d] = values[d].number(code, code);
                    break;
                }
                case PriceDimension::Band: {
                    const std::string band = std::to_string(p.need_band);
                    parts[d] = values[d].number(band, band);
                    break;
                }
                case PriceDimension::Age: {
                    const std::string age = p.age_band ? std::string(code_of(*p.age_band)) : "unknown";
                    parts[d] = values[d].number(age, age);
                    break;
                }
                case PriceDimension::Route: {
                    const std::string route(code_of(p.purchase_route));
                    parts[d] = values[d].number(route, route);
                    break;
                }
                case PriceDimension::Year: parts[d] = kAll; break;  // per segment below
            }
        }
        for (std::uint64_t mask = 0; mask < masks; ++mask) {
            std::uint64_t key = 0;
            for (std::size_t d = 0; d < dims; ++d)
                if (d != year_dim) key |= ((mask >> d) & 1 ? kAll : parts[d]) << (8 * d);
            if (year_dim == dims || ((mask >> year_dim) & 1)) {
                if (year_dim < dims) key |= kAll << (8 * year_dim);
                cells[key].push_back(entry);
                continue;
            }
            const Date first = std::max(p.start_date, filter.from);
            const Date last = p.end_date ? std::min(*p.end_date, filter.to) : filter.to;
            for (int year = first.year(); year <= last.year(); ++year) {
                const int in_year = p.days_ongoing(std::max(filter.from, Date::from_ymd(year, 1, 1)),
                                                   std::min(filter.to, Date::from_ymd(year, 12, 31)));
                if (in_year == 0) continue;
                const std::string text = std::to_string(year);
                Entry segment = entry;
                segment.weeks = in_year / 7.0;
                cells[key | (values[year_dim].number(text, text) << (8 * year_dim))].push_back(segment);
            }
        }
    }

    PriceTable table;
    table.dimensions = by;
    table.filter = filter;
    table.cells.reserve(cells.size());
    for (auto& [key, entries] : cells) {
        PriceCell cell = summarise(entries);
        for (std::size_t d = 0; d < dims; ++d) {
            const std::uint64_t n = (key >> (8 * d)) & 0xFF;
            cell.key.push_back(n == kAll ? std::string(kAllValues) : values[d].value(n));
            cell.label.push_back(n == kAll ? std::string(kAllValues) : values[d].label(n));
        }
        table.cells.push_back(std::move(cell));
    }
    const auto part_less = [](const std::string& a, const std::string& b) {
        if (a == b) return false;
        if (a == kAllValues) return false;
        if (b == kAllValues) return true;
        return a < b;
    };
    std::sort(table.cells.begin(), table.cells.end(), [&](const PriceCell& a, const PriceCell& b) {
        return std::lexicographical_compare(a.key.begin(), a.key.end(), b.key.begin(), b.key.end(), part_less);
    });
    return table;
}

}  // namespace oversight
