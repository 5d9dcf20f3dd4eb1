/// \file exit_command.hpp
/// \brief `oversight exit`: provider exit scenarios and the market-wide failure simulation.
#pragma once

#include <memory>

#include "engine/cli/command.hpp"

namespace oversight {

std::unique_ptr<Command> exit_command();

}  // namespace oversight
