/// \file whole_file.hpp
/// \brief A file's whole content, or why it cannot be had.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace oversight {

/// The whole file, or nullopt with the reason (strerror or "read error") in `problem`.
std::optional<std::string> read_whole_file(const std::filesystem::path& path, std::string& problem);

}  // namespace oversight
