/// \file exit_briefs.hpp
/// \brief The exit scenario briefs: the default set the batch writes, and one by name.
#pragma once

#include <string>
#include <vector>

#include "engine/cli/pipeline.hpp"
#include "engine/progress.hpp"
#include "reports/brief/brief.hpp"

namespace oversight {

/// The names of the default exit briefs, in the order the batch writes them:
/// - largest-group: the private or voluntary group with most children placed exits;
/// - ten-largest: the ten such groups with most children exit together;
/// - stage-5: every group at oversight stage 5 or 6 exits;
/// - simulation: a simulated year of correlated failures (exit.paths paths);
/// - levers: the stage-5 scenario under each default lever, against the baseline.
const std::vector<std::string>& default_exit_brief_names();

/// The default levers compared in the levers brief (profit cap, windfall tax, a rate rise,
/// added council capacity), as `oversight exit --lever` takes them.
const std::vector<std::string>& default_exit_levers();

/// The exit brief `name` (one of default_exit_brief_names(), or a group id: that group
/// exits). Throws std::runtime_error for a name that is neither.
Brief exit_brief(const StoredMarket& stored, const Assumptions& assumptions, Date as_of, const std::string& name,
                 Progress& progress);

}  // namespace oversight
