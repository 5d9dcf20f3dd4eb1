#include "models/debt/stress.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <utility>

#include "models/debt/operating_shock.hpp"
#include "models/debt/projection_curves.hpp"

namespace oversight {

namespace {

std::vector<FacilitySchedule> quantlib_schedules(const StressInputs& in, const StressScenario& scenario,
                                                 const ProjectionCurve& base) {
    const ProjectionCurve curve = shifted_curve(base, scenario);
    std::vector<FacilitySchedule> schedules;
    schedules.reserve(in.facilities.size());
    for (const Facility& f : in.facilities) schedules.push_back(project_facility(f, curve, in.schedule));
    return schedules;
}

}  // namespace

StressResult stress_provider(const StressInputs& in, const StressScenario& scenario, const ProjectionCurve& base) {
    return stress_from_schedules(in, scenario, quantlib_schedules(in, scenario, base));
}

ProviderStressor::ProviderStressor(StressInputs inputs, const ProjectionCurve& base)
    : inputs_(std::move(inputs)), base_(base) {
    projectors_.reserve(inputs_.facilities.size());
    for (const Facility& f : inputs_.facilities) {
        projectors_.emplace_back(f, base, inputs_.schedule);
        opening_debt_ += f.drawn;
        if (f.kind != FacilityKind::ShareholderLoan) opening_covenant_debt_ += f.drawn;
    }
}

std::vector<FacilitySchedule> ProviderStressor::schedules(const StressScenario& scenario, ProjectionPath path) const {
    if (path == ProjectionPath::QuantLib) return quantlib_schedules(inputs_, scenario, base_);
    const RateShift shift(scenario);
    std::vector<FacilitySchedule> schedules;
    schedules.reserve(projectors_.size());
    for (const FacilityProjector& projector : projectors_) schedules.push_back(projector.project(shift));
    return schedules;
}

StressResult ProviderStressor::run(const StressScenario& scenario, ProjectionPath path) const {
    return stress_from_schedules(inputs_, scenario, schedules(scenario, path));
}

StressResult stress_from_schedules(const StressInputs& in, const StressScenario& scenario,
                                   const std::vector<FacilitySchedule>& schedules) {
    if (schedules.size() != in.facilities.size())
        throw std::invalid_argument("stress of " + in.provider_id + ": " + std::to_string(schedules.size()) +
                                    " projections for " + std::to_string(in.facilities.size()) + " facilities");
    StressResult r;
    r.provider_id = in.provider_id;
    r.name = in.name;
    r.scenario_id = scenario.id;
    const int horizon = in.schedule.horizon_quarters;

    const ShockedYear year = shock_year(in.latest, scenario);
    r.shocked_annual_ebitda = year.ebitda;
    if (year.ebitda <= 0.0) r.states.push_back("EBITDA negative under the scenario");
    if (year.profit_cap_binding) r.states.push_back("profit cap binding: fees cut to the cap");
    const double quarter_ebitda = year.ebitda / 4.0;
    const double quarter_capex = in.maintenance_capex_pct_of_ebitda / 100.0 * std::max(0.0, year.ebitda) / 4.0;

    for (std::size_t i = 0; i < in.facilities.size(); ++i) {
        const Facility& f = in.facilities[i];
        if (f.covenant_max_net_leverage)
            r.max_net_leverage = std::min(r.max_net_leverage.value_or(*f.covenant_max_net_leverage), *f.covenant_max_net_leverage);
        if (f.covenant_min_interest_cover)
            r.min_interest_cover =
                std::max(r.min_interest_cover.value_or(*f.covenant_min_interest_cover), *f.covenant_min_interest_cover);
        for (const auto& state : schedules[i].states) r.states.push_back(state);  // already names the facility
    }
    if (in.facilities.empty()) r.states.push_back("no facilities: no debt service");

    double cash = in.latest.cash;
    // A bullet balance falling due is refinanced on the same terms: carried on at the
    // all-in rate of its last quarter (the schedule itself stops at maturity).
    std::vector<double> carried_balance(schedules.size(), 0.0), carried_rate(schedules.size(), 0.0);
    for (int k = 1; k <= horizon; ++k) {
        StressQuarter q;
        q.quarter = k;
        q.ebitda = quarter_ebitda;
        double covenant_interest = 0.0;
        for (std::size_t i = 0; i < schedules.size(); ++i) {
            const Facility& f = in.facilities[i];
            const FacilityQuarter& fq = schedules[i].quarters[static_cast<std::size_t>(k - 1)];
            q.end = fq.end;
            const bool covenant_debt = f.kind != FacilityKind::ShareholderLoan;
            double interest = fq.interest, cash_interest = fq.cash_interest, closing = fq.closing_balance;
            double principal = fq.scheduled_principal;
            if (carried_balance[i] > 0.0) {  // refinanced earlier: same balance, same rate
                interest = carried_balance[i] * carried_rate[i] * static_cast<double>(fq.end - fq.start) / 365.0;
                cash_interest = f.pik ? 0.0 : interest;
                if (f.pik) carried_balance[i] += interest;
                closing = carried_balance[i];
                principal = 0.0;
            } else if (fq.matures && f.amortisation == Amortisation::Bullet) {
                const double due = fq.scheduled_principal;
                q.refinancing_due += due;
                carried_balance[i] = due;
                carried_rate[i] = fq.all_in_rate_pct / 100.0;
                closing = due;
                principal = 0.0;
            }
            q.cash_interest += cash_interest;
            q.pik_interest += interest - cash_interest;
            q.scheduled_principal += principal;
            q.undrawn += fq.undrawn;
            if (covenant_debt) {
                q.covenant_debt += closing;
                covenant_interest += interest;
            }
        }
        q.debt_service = q.cash_interest + q.scheduled_principal;
        q.tax = in.tax_rate_pct / 100.0 * std::max(0.0, q.ebitda - quarter_capex - q.cash_interest);
        cash += q.ebitda - quarter_capex - q.tax - q.debt_service;
        q.cash = cash;
        q.liquidity = cash + q.undrawn;
        r.refinancing_need += q.refinancing_due;
        if (q.ebitda > 0.0) {
            q.net_leverage = (q.covenant_debt - cash) / (4.0 * q.ebitda);
            r.peak_net_leverage = std::max(r.peak_net_leverage.value_or(*q.net_leverage), *q.net_leverage);
            if (covenant_interest > 0.0) {
                q.interest_cover = q.ebitda / covenant_interest;
                r.lowest_interest_cover =
                    std::min(r.lowest_interest_cover.value_or(*q.interest_cover), *q.interest_cover);
            }
        }
        if (r.max_net_leverage)
            q.leverage_breach = q.net_leverage ? *q.net_leverage > *r.max_net_leverage : q.covenant_debt - cash > 0.0;
        if (r.min_interest_cover)
            q.cover_breach = q.interest_cover ? *q.interest_cover < *r.min_interest_cover : covenant_interest > 0.0;
        if ((q.leverage_breach || q.cover_breach) && !r.first_breach_quarter) r.first_breach_quarter = k;
        if (q.liquidity < 0.0 && !r.runway_quarters) r.runway_quarters = k - 1;
        r.quarters.push_back(q);
    }
    return r;
}

}  // namespace oversight
