/// \file stress_command.hpp
/// \brief `oversight stress`: debt stress of the leveraged groups under the scenario library.
#pragma once

#include <memory>

#include "engine/cli/command.hpp"

namespace oversight {

std::unique_ptr<Command> stress_command();

}  // namespace oversight
