/// \file ixbrl_command.hpp
/// \brief `oversight ixbrl facts|accounts FILE`: what an iXBRL filing says, and the
/// accounts lines it gives.
#pragma once

#include <memory>

#include "engine/cli/command.hpp"

namespace oversight {

std::unique_ptr<Command> ixbrl_command();

}  // namespace oversight
