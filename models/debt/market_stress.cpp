#include "models/debt/market_stress.hpp"

#include <algorithm>
#include <stdexcept>
#include <utility>

#include "models/debt/projection_curves.hpp"
#include "models/provider_accounts/provider_accounts.hpp"
#include "models/rates/base_rate.hpp"

namespace oversight {

namespace {

/// A curve of an earlier date does not start at as_of; the flat fallback does.
bool sonia_quoted_on(const Market& market, Date as_of) {
    const auto date = latest_sonia_date(market, as_of);
    return date && *date == as_of;
}

}  // namespace

ProjectionCurve market_projection_curve(const Market& market, const Assumptions& assumptions, Date as_of) {
    if (sonia_quoted_on(market, as_of)) return sonia_projection_curve(market.data().curves, as_of);
    return make_flat_projection_curve(assumptions.cashflow_default.sonia_pct, as_of);
}

std::optional<CurveReport> market_curve_report(const Market& market, Date as_of) {
    if (!sonia_quoted_on(market, as_of)) return std::nullopt;
    return sonia_curve_report(market.data().curves, as_of);
}

StressRun stress_market(const Market& market, const Assumptions& assumptions,
                        const std::vector<StressScenario>& scenarios, const StressRequest& request) {
    StressRun run;
    run.as_of = request.as_of;
    run.level = request.level;
    run.path = request.path;
    const ProjectionCurve curve = market_projection_curve(market, assumptions, request.as_of);
    run.curve = curve.description;
    const bool groups = request.level == StressLevel::Group;
    const std::vector<ProviderYear> years = groups ? group_years(market) : entity_years(market);
    const auto latest = latest_complete_years(years);
    const auto& data = market.data();
    std::vector<std::string> ids;
    if (groups) {
        ids = market.group_ids();
    } else {
        for (const Entity& e : data.entities) ids.push_back(e.entity_id);
        std::sort(ids.begin(), ids.end());
    }
    for (const std::string& id : ids) {
        if (!request.only.empty() && id != request.only) continue;
        const auto found = latest.find(id);
        if (found == latest.end()) continue;
        const ProviderYear& year = years[found->second];
        StressInputs inputs;
        inputs.provider_id = id;
        inputs.name = year.name;
        inputs.as_of = request.as_of;
        inputs.latest = year.totals;
        for (std::size_t e : year.entity_indexes)
            for (std::size_t f : market.facilities_of(data.entities[e].entity_id))
                inputs.facilities.push_back(data.facilities[f]);
        if (inputs.facilities.empty()) continue;
        inputs.maintenance_capex_pct_of_ebitda = assumptions.cashflow_default.maintenance_capex_pct_of_ebitda;
        inputs.tax_rate_pct = assumptions.cashflow_default.tax_rate_pct;
        inputs.schedule.horizon_quarters = assumptions.stress.horizon_quarters;
        inputs.schedule.hedge_swap_rate_pct = assumptions.cashflow_default.hedge_swap_rate_pct;

        try {
            StressedProvider provider{ProviderStressor(std::move(inputs), curve), {}, std::nullopt};
            for (const StressScenario& scenario : scenarios)
                provider.scenarios.push_back(provider.stressor.run(scenario, request.path));
            if (request.grids) provider.grid = stress_grid(provider.stressor, StressScenario{}, assumptions.stress);
            run.providers.push_back(std::move(provider));
        } catch (const std::exception& error) {  // one provider's bad facility does not stop the others
            run.skipped.push_back(id + ": " + error.what());
        }
    }
    return run;
}

const StressedProvider& requested_provider(const StressRun& run, const StressRequest& request) {
    if (!run.providers.empty()) return run.providers.front();
    const std::string what = request.level == StressLevel::Group ? "group" : "entity";
    if (!run.skipped.empty()) throw std::runtime_error(what + " " + run.skipped.front());
    throw std::runtime_error("'" + request.only + "' is not " + (request.level == StressLevel::Group ? "a" : "an") + " " +
                             what + " with facilities and complete accounts");
}

ProviderDetail provider_detail(const StressedProvider& provider, ProjectionPath path) {
    return {reverse_stress(provider), provider.stressor.schedules(StressScenario{}, path)};
}

ReverseStress reverse_stress(const StressedProvider& provider) {
    const StressScenario base;
    return {breaking_occupancy_fall(provider.stressor, base), breaking_fee_cut(provider.stressor, base),
            breaking_rate_rise(provider.stressor, base)};
}

}  // namespace oversight
