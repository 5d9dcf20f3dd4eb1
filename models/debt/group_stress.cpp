#include "models/debt/group_stress.hpp"

#include "models/debt/projection_curves.hpp"
#include "models/provider_accounts/provider_accounts.hpp"
#include "models/rates/base_rate.hpp"

namespace oversight {

ProjectionCurve group_projection_curve(const Market& market, const Assumptions& assumptions, Date as_of) {
    if (const auto date = latest_sonia_date(market, as_of); date && *date == as_of)
        return sonia_projection_curve(market.data().curves, as_of);
    // A curve of an earlier date does not start at as_of; the flat fallback does.
    return make_flat_projection_curve(assumptions.cashflow_default.sonia_pct, as_of);
}

StressRun stress_groups(const Market& market, const Assumptions& assumptions,
                        const std::vector<StressScenario>& scenarios, Date as_of, const std::string& only_group) {
    StressRun run;
    run.as_of = as_of;
    const ProjectionCurve curve = group_projection_curve(market, assumptions, as_of);
    run.curve = curve.description;
    const std::vector<ProviderYear> years = group_years(market);
    const auto latest = latest_complete_years(years);
    const auto& data = market.data();
    for (const std::string& group_id : market.group_ids()) {
        if (!only_group.empty() && group_id != only_group) continue;
        const auto found = latest.find(group_id);
        if (found == latest.end()) continue;
        const ProviderYear& year = years[found->second];
        GroupStress group;
        group.inputs.provider_id = group_id;
        group.inputs.name = year.name;
        group.inputs.as_of = as_of;
        group.inputs.latest = year.totals;
        for (std::size_t e : year.entity_indexes)
            for (std::size_t f : market.facilities_of(data.entities[e].entity_id))
                group.inputs.facilities.push_back(data.facilities[f]);
        if (group.inputs.facilities.empty()) continue;
        group.inputs.maintenance_capex_pct_of_ebitda = assumptions.cashflow_default.maintenance_capex_pct_of_ebitda;
        group.inputs.tax_rate_pct = assumptions.cashflow_default.tax_rate_pct;
        group.inputs.schedule.horizon_quarters = assumptions.stress.horizon_quarters;
        group.inputs.schedule.hedge_swap_rate_pct = assumptions.cashflow_default.hedge_swap_rate_pct;
        for (const StressScenario& scenario : scenarios)
            group.scenarios.push_back(stress_provider(group.inputs, scenario, curve));
        run.groups.push_back(std::move(group));
    }
    return run;
}

ReverseStress reverse_stress(const StressRun& run, const GroupStress& group, const Market& market,
                             const Assumptions& assumptions) {
    const ProjectionCurve curve = group_projection_curve(market, assumptions, run.as_of);
    const StressScenario base;
    return {breaking_occupancy_fall(group.inputs, base, curve), breaking_fee_cut(group.inputs, base, curve),
            breaking_rate_rise(group.inputs, base, curve)};
}

}  // namespace oversight
