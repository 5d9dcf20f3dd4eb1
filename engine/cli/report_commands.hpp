/// \file report_commands.hpp
/// \brief `run`, `providers`, `brief`: commands that compute from the stored data set.
#pragma once

#include <memory>
#include <vector>

#include "engine/cli/command.hpp"

namespace oversight {

std::vector<std::unique_ptr<Command>> report_commands();

}  // namespace oversight
