/// \file text.hpp
/// \brief Small text helpers every room uses.
#pragma once

#include <string>
#include <vector>

namespace oversight {

/// `items` joined by `separator`.
inline std::string join(const std::vector<std::string>& items, const std::string& separator) {
    std::string text;
    for (std::size_t i = 0; i < items.size(); ++i) text += (i ? separator : "") + items[i];
    return text;
}

}  // namespace oversight
