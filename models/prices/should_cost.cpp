#include "models/prices/should_cost.hpp"

#include <map>
#include <optional>
#include <stdexcept>

#include "models/common/numbers.hpp"
#include "models/prices/annual_index.hpp"

namespace oversight {
namespace {

constexpr const char* kLondon = "E12000007";

std::string money(double value) { return "£" + fixed_text(value, 2); }

}  // namespace

ShouldCost should_cost(const Market& market, int need_band, const std::string& region_code, Date as_of,
                       const ShouldCostAssumptions& a) {
    if (need_band < 1 || need_band > 4)
        throw std::invalid_argument("should-cost: need band " + std::to_string(need_band) + " is not 1 to 4");
    if (!(a.occupancy_pct > 0.0 && a.occupancy_pct <= 100.0))
        throw std::invalid_argument("should-cost: occupancy " + fixed_text(a.occupancy_pct, 1) + " % is not above 0 and at most 100");
    ShouldCost s;
    s.need_band = need_band;
    s.region_code = region_code;
    s.as_of = as_of;

    const auto base = annual_index(market, "wages", a.pay_base_year), now = annual_index(market, "wages", as_of.year());
    if (base && now) {
        s.wages_ratio = *now / *base;
    } else {
        s.states.push_back("no wages index (indices.csv, index wages) for " +
                           std::to_string(base ? as_of.year() : a.pay_base_year) + ": pay of " +
                           std::to_string(a.pay_base_year) + " used unchanged");
    }
    const double uplift = region_code == kLondon ? a.london_pay_uplift_pct / 100.0 : 0.0;
    s.hourly_pay = a.hourly_pay_gbp * (1.0 + uplift) * s.wages_ratio;
    const double occupancy = a.occupancy_pct / 100.0;
    const double hours[] = {a.care_hours_band1, a.care_hours_band2, a.care_hours_band3, a.care_hours_band4};
    const double h = hours[need_band - 1];

    const double care = h * s.hourly_pay / occupancy;
    const double on_costs = care * a.on_costs_pct / 100.0;
    const double management = (care + on_costs) * a.management_pct / 100.0;
    const double premises = a.premises_per_week_gbp / occupancy;
    const double overheads = (care + on_costs + management + premises) * a.overheads_pct / 100.0;
    s.costs = care + on_costs + management + premises + overheads;
    const double return_operations = s.costs * a.return_on_operations_pct / 100.0;
    const double return_capital = a.capital_per_place_gbp * a.return_on_capital_pct / 100.0 / 52.0 / occupancy;
    s.should_cost = s.costs + return_operations + return_capital;
    s.band_low = s.should_cost * (1.0 - a.band_pct / 100.0);
    s.band_high = s.should_cost * (1.0 + a.band_pct / 100.0);
    s.combined_return_pct = s.costs > 0.0 ? 100.0 * (return_operations + return_capital) / s.costs : 0.0;

    const std::string occ = fixed_text(occupancy, 2);
    s.lines = {
        {"care staff", care,
         fixed_text(h, 0) + " h x " + money(s.hourly_pay) + " (" + money(a.hourly_pay_gbp) + " x " +
             fixed_text(1.0 + uplift, 2) + " London x " + fixed_text(s.wages_ratio, 4) + " wages) / " + occ + " occupancy"},
        {"on-costs", on_costs, "care staff x " + fixed_text(a.on_costs_pct, 1) + " %"},
        {"management", management, "(care staff + on-costs) x " + fixed_text(a.management_pct, 1) + " %"},
        {"premises", premises, money(a.premises_per_week_gbp) + " / " + occ + " occupancy"},
        {"overheads", overheads, "(staff, management, premises) x " + fixed_text(a.overheads_pct, 1) + " %"},
        {"return on operations", return_operations, "costs x " + fixed_text(a.return_on_operations_pct, 1) + " %"},
        {"return on capital", return_capital,
         money(a.capital_per_place_gbp) + " x " + fixed_text(a.return_on_capital_pct, 1) + " % / 52 / " + occ +
             " occupancy"},
    };
    return s;
}

}  // namespace oversight
