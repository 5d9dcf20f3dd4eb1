#include "models/prices/council_comparison.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include "engine/domain/codes.hpp"

namespace oversight {
namespace {

/// Sums over an area's placement-weeks.
struct AreaSums {
    std::size_t placements = 0;
    double weeks = 0.0, spot_weeks = 0.0, out_of_area_weeks = 0.0, distance_weeks = 0.0;
    std::map<std::size_t, double> spend_by_group;  // by the group's number in this comparison
    double spend = 0.0;
    void add(const Placement& p, double w, double distance_km, bool out_of_area, std::size_t group) {
        ++placements;
        weeks += w;
        if (p.purchase_route == PurchaseRoute::Spot) spot_weeks += w;
        if (out_of_area) out_of_area_weeks += w;
        distance_weeks += w * distance_km;
        spend_by_group[group] += w * p.weekly_total();
        spend += w * p.weekly_total();
    }
    AreaProfile profile() const {
        AreaProfile a;
        a.placements = placements;
        a.placement_weeks = weeks;
        if (weeks > 0.0) {
            a.spot_share_pct = 100.0 * spot_weeks / weeks;
            a.out_of_area_pct = 100.0 * out_of_area_weeks / weeks;
            a.mean_distance_km = distance_weeks / weeks;
        }
        return a;
    }
    double largest_share_pct() const {
        double largest = 0.0;
        for (const auto& [group, s] : spend_by_group) largest = std::max(largest, s);
        return spend > 0.0 ? 100.0 * largest / spend : 0.0;
    }
    PriceCell disclosure_cell(std::vector<std::string> key) const {
        PriceCell cell;
        cell.label = key;
        cell.key = std::move(key);
        cell.placements = placements;
        cell.providers = spend_by_group.size();
        cell.placement_weeks = weeks;
        cell.spend = spend;
        cell.largest_provider_share_pct = largest_share_pct();
        cell.provider_spend.assign(spend_by_group.begin(), spend_by_group.end());
        return cell;
    }
};

/// Weeks-weighted mean fee of an area's placements of one type and need band.
struct Benchmark {
    double fee_weeks = 0.0, weeks = 0.0;
    double mean() const { return weeks > 0.0 ? fee_weeks / weeks : 0.0; }
};

struct Observation {
    const Placement* placement;
    const LocalAuthority* la;
    double weeks;
};

}  // namespace

CouncilComparisons compare_councils(const Market& market, const PriceFilter& filter) {
    CouncilComparisons out;
    out.filter = filter;
    // Benchmarks and profiles over whole regions and RCCs: only type and band filter them.
    PriceFilter like_for_like;
    like_for_like.type = filter.type;
    like_for_like.need_band = filter.need_band;
    std::vector<Observation> observations;
    std::map<std::tuple<std::string, PlacementType, int>, Benchmark> by_region, by_rcc;
    std::map<std::string, AreaSums> councils, regions;
    std::map<std::pair<std::string, std::string>, AreaSums> rccs;  // (region, RCC or "none")
    std::map<std::string, std::size_t> group_number;
    for (const Placement& p : market.data().placements) {
        const int days = p.days_ongoing(filter.from, filter.to);
        if (days == 0) continue;
        const LocalAuthority* la = market.find_la(p.la_code);
        if (!like_for_like.admits(p, *la)) continue;
        const double w = days / 7.0;
        const Setting* setting = market.find_setting(p.urn);
        const LocalAuthority* where = market.find_la(setting->la_code);
        const double distance = great_circle_km(*la, *where);
        const bool out_of_area = setting->la_code != p.la_code;
        const std::size_t group =
            group_number.try_emplace(market.group_of(setting->entity_id), group_number.size()).first->second;
        councils[p.la_code].add(p, w, distance, out_of_area, group);
        regions[la->region_code].add(p, w, distance, out_of_area, group);
        rccs[{la->region_code, la->rcc.value_or("none")}].add(p, w, distance, out_of_area, group);
        Benchmark& region_b = by_region[{la->region_code, p.placement_type, p.need_band}];
        region_b.fee_weeks += w * p.weekly_fee;
        region_b.weeks += w;
        if (la->rcc) {
            Benchmark& rcc_b = by_rcc[{*la->rcc, p.placement_type, p.need_band}];
            rcc_b.fee_weeks += w * p.weekly_fee;
            rcc_b.weeks += w;
        }
        observations.push_back({&p, la, w});
    }

    // Premiums: actual over the same mix at the area's prices.
    std::map<std::string, std::tuple<double, double, double>> paid;  // council: actual, at region, at RCC
    for (const Observation& o : observations) {
        const Placement& p = *o.placement;
        auto& [actual, at_region, at_rcc] = paid[p.la_code];
        actual += o.weeks * p.weekly_fee;
        at_region += o.weeks * by_region.at({o.la->region_code, p.placement_type, p.need_band}).mean();
        if (o.la->rcc) at_rcc += o.weeks * by_rcc.at({*o.la->rcc, p.placement_type, p.need_band}).mean();
    }

    std::set<std::string> listed_regions;
    for (const auto& [la_code, sums] : councils) {
        const LocalAuthority* la = market.find_la(la_code);
        if (filter.region_code && la->region_code != *filter.region_code) continue;
        if (filter.rcc && la->rcc != filter.rcc) continue;
        if (filter.la_code && la_code != *filter.la_code) continue;
        listed_regions.insert(la->region_code);
        CouncilComparison c;
        c.la_code = la_code;
        c.la_name = la->la_name;
        c.region_code = la->region_code;
        c.rcc = la->rcc;
        c.council = sums.profile();
        c.region = regions.at(la->region_code).profile();
        const auto& [actual, at_region, at_rcc] = paid.at(la_code);
        if (at_region > 0.0) c.premium_vs_region_pct = 100.0 * (actual / at_region - 1.0);
        if (la->rcc) {
            c.rcc_profile = rccs.at({la->region_code, *la->rcc}).profile();
            if (at_rcc > 0.0) c.premium_vs_rcc_pct = 100.0 * (actual / at_rcc - 1.0);
        }
        c.providers = sums.spend_by_group.size();
        c.largest_provider_share_pct = sums.largest_share_pct();
        out.councils.push_back(c);
    }
    std::sort(out.councils.begin(), out.councils.end(), [](const CouncilComparison& a, const CouncilComparison& b) {
        return std::tie(a.region_code, a.la_code) < std::tie(b.region_code, b.la_code);
    });
    const std::string all(kAllValues);
    const auto rcc_of = [&](const std::string& la_code) { return market.find_la(la_code)->rcc.value_or("none"); };
    for (const CouncilComparison& c : out.councils)
        out.disclosure_cells.push_back(councils.at(c.la_code).disclosure_cell({c.region_code, rcc_of(c.la_code), c.la_code}));
    // Every other council of the listed regions, so that their lines are whole.
    for (const auto& [la_code, sums] : councils) {
        const LocalAuthority* la = market.find_la(la_code);
        const bool listed = std::any_of(out.councils.begin(), out.councils.end(),
                                        [&](const CouncilComparison& c) { return c.la_code == la_code; });
        if (!listed && listed_regions.count(la->region_code))
            out.disclosure_cells.push_back(sums.disclosure_cell({la->region_code, rcc_of(la_code), la_code}));
    }
    for (const auto& [key, sums] : rccs)
        if (listed_regions.count(key.first)) out.disclosure_cells.push_back(sums.disclosure_cell({key.first, key.second, all}));
    for (const auto& [region_code, sums] : regions)
        if (listed_regions.count(region_code)) out.disclosure_cells.push_back(sums.disclosure_cell({region_code, all, all}));
    return out;
}

}  // namespace oversight
