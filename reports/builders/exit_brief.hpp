/// \file exit_brief.hpp
/// \brief The exit scenario brief for policymakers: if a provider or group fails, how many
/// children are displaced, where they can go, how far from home, at what extra cost and how
/// many cannot be placed, by region and council; the simulated year of correlated failures
/// as a distribution; and policy levers compared with the baseline. Marked
/// OFFICIAL-SENSITIVE: it names the providers that exit and the councils affected.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "engine/config/assumptions.hpp"
#include "models/exit/exit_scenario.hpp"
#include "models/exit/exit_selection.hpp"
#include "models/exit/exit_simulation.hpp"
#include "reports/brief/brief.hpp"
#include "reports/builders/brief_parts.hpp"
#include "reports/builders/exit_lever_tables.hpp"
#include "reports/builders/exit_tables.hpp"

namespace oversight {

/// What the brief shows, all computed before. A scenario (`label` and `outcome`), a
/// simulation (`simulation` and `pds`), or both; `levers`, when given, start with the
/// baseline (exit_lever_tables).
struct ExitBriefContent {
    std::string id;     ///< the brief's id without "exit-", e.g. "largest-group"
    std::string title;  ///< e.g. "If the largest group failed"
    const ExitMarket& market;
    const ExitScenarioLabel* label = nullptr;
    const ExitOutcome* outcome = nullptr;
    const ExitSimulation* simulation = nullptr;
    const std::vector<GroupPd>* pds = nullptr;
    std::span<const ExitLeverRun> levers;
};

/// The brief's id is "exit-<id>". Throws std::invalid_argument when it has neither a
/// scenario nor a simulation, or a part without its pair.
Brief build_exit_brief(const ExitBriefContent& content, const Assumptions& assumptions,
                       const BriefProvenance& provenance);

}  // namespace oversight
