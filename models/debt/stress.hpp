/// \file stress.hpp
/// \brief A provider's debt under a stress scenario, quarter by quarter: EBITDA after the
/// scenario's operating shocks, interest and principal from each facility's projection on
/// the shifted SONIA curve, leverage, interest cover, covenant tests, liquidity and the
/// refinancing falling due. Pure: the curve and the facilities come in as values.
///
/// Method (each quarter k = 1..horizon, as facility_schedule.hpp dates them):
/// - EBITDA: the latest accounts year after the shocks (operating_shock.hpp), a quarter of
///   it each quarter (no seasonality, no recovery within the horizon).
/// - Debt: the facilities' projections; covenant debt excludes shareholder loans (the
///   lenders' definition used throughout, models/health); PIK interest rolls up.
/// - Cash: starts at the accounts' cash; each quarter adds EBITDA / 4 and takes cash
///   interest, scheduled principal (instalments; not a maturity, which is a refinancing
///   need reported on its own and assumed refinanced on the same terms), maintenance capex
///   and tax on positive profit after interest.
/// - Net leverage = (covenant debt - cash) / (4 x quarterly EBITDA); interest cover =
///   (4 x quarterly EBITDA) / (4 x the quarter's interest on covenant debt). Both are
///   absent when EBITDA <= 0 (a breach of any covenant).
/// - Covenants: the tightest net leverage ceiling and interest cover floor of the
///   facilities, tested every quarter; the first breach quarter is reported.
/// - Liquidity = cash + undrawn committed facilities; the runway ends in the first
///   quarter it is negative.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/config/stress_scenarios.hpp"
#include "engine/domain/accounts.hpp"
#include "engine/domain/facility.hpp"
#include "models/debt/facility_projector.hpp"
#include "models/debt/facility_schedule.hpp"

namespace oversight {

struct StressQuarter {
    int quarter = 0;
    Date end;
    double ebitda = 0.0;            ///< the quarter's
    double cash_interest = 0.0;
    double pik_interest = 0.0;
    double scheduled_principal = 0.0;  ///< instalments (maturities are refinanced)
    double debt_service = 0.0;      ///< cash interest + scheduled principal
    double tax = 0.0;
    double covenant_debt = 0.0;     ///< closing, excluding shareholder loans
    double cash = 0.0;              ///< closing
    double undrawn = 0.0;
    double liquidity = 0.0;         ///< cash + undrawn
    std::optional<double> net_leverage;
    std::optional<double> interest_cover;
    bool leverage_breach = false;
    bool cover_breach = false;
    double refinancing_due = 0.0;   ///< balances maturing in the quarter
};

struct StressInputs {
    std::string provider_id;
    std::string name;
    Date as_of;
    Accounts latest;                  ///< the provider's latest (complete) accounts year
    std::vector<Facility> facilities;
    double maintenance_capex_pct_of_ebitda = 10.0;
    double tax_rate_pct = 25.0;
    ScheduleAssumptions schedule;     ///< horizon and hedge rate
};

struct StressResult {
    std::string provider_id;
    std::string name;
    std::string scenario_id;
    std::vector<StressQuarter> quarters;
    std::optional<double> max_net_leverage;    ///< the covenant tested, if any
    std::optional<double> min_interest_cover;  ///< the covenant tested, if any
    std::optional<int> first_breach_quarter;
    std::optional<int> runway_quarters;        ///< quarters before liquidity turns negative; nullopt: not within the horizon
    double refinancing_need = 0.0;             ///< balances maturing within the horizon
    double shocked_annual_ebitda = 0.0;
    std::optional<double> peak_net_leverage;      ///< highest of the quarters' (those with EBITDA > 0)
    std::optional<double> lowest_interest_cover;  ///< lowest of the quarters'
    std::vector<std::string> states;
};

/// The stress of `inputs` under `scenario` from its facilities' projections on the
/// scenario's curve: `schedules[i]` is the projection of `inputs.facilities[i]`. Pure.
StressResult stress_from_schedules(const StressInputs& inputs, const StressScenario& scenario,
                                   const std::vector<FacilitySchedule>& schedules);

/// The full path: every facility projected in QuantLib on `base` shifted by the scenario
/// (project_facility on shifted_curve), then stress_from_schedules. Pure apart from
/// QuantLib's evaluation date, which the projections set and restore (serialised; see
/// quantlib_curve.hpp).
StressResult stress_provider(const StressInputs& inputs, const StressScenario& scenario, const ProjectionCurve& base);

/// How a scenario's facility projections are priced: re-priced from the cash flows recorded
/// once (facility_projector.hpp), or each projected anew in QuantLib (project_facility on
/// the shifted curve). The same figures to facility_projector.hpp's tolerance.
enum class ProjectionPath { Fast, QuantLib };

/// One provider ready to be stressed many times: each facility's cash flows are recorded
/// once on `base`, and every fast `run` re-prices them under the scenario's rate shift
/// without QuantLib; `run(s, ProjectionPath::QuantLib)` is stress_provider(inputs, s, base).
/// Cheap to copy (the recorded flows are shared); fast runs are safe from several threads.
class ProviderStressor {
public:
    /// Throws as project_facility does, naming the facility.
    ProviderStressor(StressInputs inputs, const ProjectionCurve& base);
    StressResult run(const StressScenario& scenario, ProjectionPath path = ProjectionPath::Fast) const;
    /// The facilities' projections under the scenario's rate shift, in the order of
    /// `inputs().facilities` (what `run` stresses).
    std::vector<FacilitySchedule> schedules(const StressScenario& scenario,
                                            ProjectionPath path = ProjectionPath::Fast) const;
    const StressInputs& inputs() const { return inputs_; }
    double opening_debt() const { return opening_debt_; }  ///< drawn at as_of, every facility
    /// Drawn at as_of, excluding shareholder loans (the lenders' covenant debt).
    double opening_covenant_debt() const { return opening_covenant_debt_; }

private:
    StressInputs inputs_;
    double opening_debt_ = 0.0, opening_covenant_debt_ = 0.0;
    ProjectionCurve base_;
    std::vector<FacilityProjector> projectors_;
};

}  // namespace oversight
