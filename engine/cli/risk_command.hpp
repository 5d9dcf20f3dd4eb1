/// \file risk_command.hpp
/// \brief `oversight risk`: failure risk, oversight stages and the watchlist.
#pragma once

#include <memory>

#include "engine/cli/command.hpp"

namespace oversight {

std::unique_ptr<Command> risk_command();

}  // namespace oversight
