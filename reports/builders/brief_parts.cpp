#include "reports/builders/brief_parts.hpp"

namespace oversight {

std::vector<AssumptionLine> assumption_lines(const Assumptions& assumptions, const std::vector<std::string>& keys) {
    std::vector<AssumptionLine> lines;
    for (const auto& key : keys)
        for (const auto& entry : assumption_catalogue())
            if (entry.key == key) lines.push_back({entry.key, entry.get(assumptions), entry.unit, entry.description});
    return lines;
}

}  // namespace oversight
