/// \file prices_command.hpp
/// \brief `oversight prices`: what councils pay, like for like, under disclosure control.
#pragma once

#include <memory>

#include "engine/cli/command.hpp"

namespace oversight {

std::unique_ptr<Command> prices_command();

}  // namespace oversight
