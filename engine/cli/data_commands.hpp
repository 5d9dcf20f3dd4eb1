/// \file data_commands.hpp
/// \brief `check`, `ingest`, `generate`, and the option helpers other commands reuse.
#pragma once

#include <memory>
#include <vector>

#include "engine/cli/command.hpp"

namespace oversight {

std::vector<std::unique_ptr<Command>> data_commands();

}  // namespace oversight
