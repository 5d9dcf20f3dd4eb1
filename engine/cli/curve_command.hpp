/// \file curve_command.hpp
/// \brief `oversight curve`: the SONIA curve bootstrapped from the stored curves.csv quotes.
#pragma once

#include <memory>

#include "engine/cli/command.hpp"

namespace oversight {

std::unique_ptr<Command> curve_command();

}  // namespace oversight
