#include "models/prices/price_index.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <stdexcept>
#include <utility>

#include "engine/domain/codes.hpp"
#include "models/prices/annual_index.hpp"
#include "models/prices/dummy_regression.hpp"

namespace oversight {

using namespace prices_detail;

namespace {

struct Sample {
    std::vector<std::vector<std::string>> levels;  // band, age, route, year, provider
    std::vector<double> log_fees;
};

}  // namespace

PriceIndex price_index(const Market& market, const PriceFilter& filter) {
    PriceIndex out;
    out.filter = filter;
    std::map<std::pair<std::string, std::string>, Sample> samples;  // (region, type)
    std::size_t zero_fees = 0;
    for (const Placement& p : market.data().placements) {
        if (p.start_date < filter.from || filter.to < p.start_date) continue;
        const LocalAuthority* la = market.find_la(p.la_code);
        if (!filter.admits(p, *la)) continue;
        if (!(p.weekly_fee > 0.0)) {
            ++zero_fees;
            continue;
        }
        Sample& s = samples[{la->region_code, std::string(code_of(p.placement_type))}];
        s.levels.push_back({std::to_string(p.need_band), p.age_band ? std::string(code_of(*p.age_band)) : "unknown",
                            std::string(code_of(p.purchase_route)), std::to_string(p.start_date.year()),
                            market.group_of(market.find_setting(p.urn)->entity_id)});
        s.log_fees.push_back(std::log(p.weekly_fee));
    }
    if (zero_fees > 0) out.states.push_back(std::to_string(zero_fees) + " placement(s) with a weekly fee of 0 left out");
    const std::vector<DummyFactor> factors = {{"band", ReferenceLevel::MostFrequent},
                                              {"age", ReferenceLevel::MostFrequent},
                                              {"route", ReferenceLevel::MostFrequent},
                                              {"year", ReferenceLevel::First},
                                              {"provider", ReferenceLevel::MostFrequent}};
    constexpr std::size_t kYear = 3;
    std::map<int, double> cpi;  // by year, from indices.csv
    for (const IndexPoint& point : market.data().indices)
        if (point.index == "cpi" && !cpi.count(point.date.year()))
            if (const auto level = annual_index(market, "cpi", point.date.year())) cpi[point.date.year()] = *level;
    bool cpi_missing_noted = false;
    for (const auto& [cell, sample] : samples) {
        const auto& [region_code, type] = cell;
        const Region* region = market.find_region(region_code);
        DummyRegression r;
        try {
            r = fit_dummy_regression(factors, sample.levels, sample.log_fees);
        } catch (const std::invalid_argument& error) {
            out.states.push_back("region " + region_code + " type " + type + ": no index (" + error.what() + ")");
            continue;
        }
        for (const std::string& state : r.states) out.states.push_back("region " + region_code + " type " + type + ": " + state);
        std::map<std::string, std::map<std::string, std::size_t>> providers_by_year;  // year: group: placements
        for (const auto& row : sample.levels) ++providers_by_year[row[kYear]][row[kYear + 1]];
        const std::vector<FittedLevel>& years = r.levels[kYear];
        const int base = std::stoi(years.front().level);
        for (const FittedLevel& year : years) {
            if (!year.identified) continue;
            const auto& groups = providers_by_year[year.level];
            std::size_t largest = 0;
            for (const auto& [group, n] : groups) largest = std::max(largest, n);
            PriceIndexPoint point{region_code, region ? region->region_name : region_code, type, std::stoi(year.level),
                                  year.observations, groups.size(),
                                  100.0 * static_cast<double>(largest) / static_cast<double>(year.observations),
                                  100.0 * std::exp(year.estimate), year.std_error, std::nullopt};
            const auto base_cpi = cpi.find(base), year_cpi = cpi.find(point.year);
            if (base_cpi != cpi.end() && year_cpi != cpi.end())
                point.real_index = point.index * base_cpi->second / year_cpi->second;
            else if (!cpi_missing_noted) {
                out.states.push_back("no CPI (indices.csv, index cpi) for " + std::to_string(base_cpi == cpi.end() ? base : point.year) +
                                     ": real index left out where it is needed");
                cpi_missing_noted = true;
            }
            out.points.push_back(point);
        }
    }
    return out;
}

}  // namespace oversight
