/// \file debt_brief.hpp
/// \brief The debt brief of one provider (a group, or an entity) for Ofsted's financial
/// oversight staff: its facilities and their base-case projections, the SONIA curve they
/// are projected on, every stress scenario quarter by quarter, the reverse stress and the
/// rates x occupancy grid. Marked OFFICIAL-SENSITIVE: facility terms are not public.
#pragma once

#include <optional>
#include <vector>

#include "engine/config/assumptions.hpp"
#include "engine/config/stress_scenarios.hpp"
#include "models/debt/facility_schedule.hpp"
#include "models/debt/market_stress.hpp"
#include "models/debt/sonia_curve.hpp"
#include "reports/brief/brief.hpp"
#include "reports/builders/brief_parts.hpp"

namespace oversight {

/// What the debt brief shows, all computed before: the provider as stress_market left it
/// (with its grid; `scenarios` are the library it was run on, in the same order), its
/// reverse stress, its facilities' projections on the base curve (`base_schedules[i]` of
/// `provider.inputs().facilities[i]`), and the bootstrapped curve when the run was
/// priced on one (absent: the flat fallback, which `run.curve` names).
struct DebtBriefContent {
    const StressRun& run;
    const StressedProvider& provider;
    const ReverseStress& reverse;
    const std::vector<FacilitySchedule>& base_schedules;
    const std::optional<CurveReport>& curve;
    const std::vector<StressScenario>& scenarios;
};

/// The brief's id is "debt-<provider id>". Throws std::invalid_argument when the
/// provider has no grid or the schedules do not match its facilities.
Brief build_debt_brief(const DebtBriefContent& content, const Assumptions& assumptions,
                       const BriefProvenance& provenance);

}  // namespace oversight
