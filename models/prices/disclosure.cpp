#include "models/prices/disclosure.hpp"

#include <algorithm>
#include <map>
#include <stdexcept>
#include <utility>

#include "models/common/numbers.hpp"

namespace oversight {
std::string primary_suppression(std::size_t placements, std::size_t providers, double largest_provider_share_pct,
                                const DisclosureAssumptions& rules) {
    if (placements < static_cast<std::size_t>(rules.min_placements))
        return "suppressed: fewer than " + std::to_string(rules.min_placements) + " placements";
    if (providers < static_cast<std::size_t>(rules.min_providers))
        return "suppressed: fewer than " + std::to_string(rules.min_providers) + " providers";
    if (largest_provider_share_pct > rules.dominance_pct)
        return "suppressed: one provider has more than " + fixed_text(rules.dominance_pct, 0) + " % of the spend";
    return {};
}

std::vector<CellDisclosure> disclosure_control(std::span<const PriceCell> cells, const DisclosureAssumptions& rules) {
    std::vector<CellDisclosure> verdicts(cells.size());
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (cells[i].key.size() != cells.front().key.size())
            throw std::invalid_argument("disclosure control: cells with different numbers of dimensions");
        const PriceCell& c = cells[i];
        if (std::string reason = primary_suppression(c.placements, c.providers, c.largest_provider_share_pct, rules);
            !reason.empty())
            verdicts[i] = {Suppression::Primary, std::move(reason)};
    }
    const std::size_t dims = cells.empty() ? 0 : cells.front().key.size();

    // Lines: for each dimension, the cells sharing every other key part; the line's total
    // is the member whose part in that dimension is kAllValues.
    std::vector<std::vector<std::size_t>> lines;
    for (std::size_t d = 0; d < dims; ++d) {
        std::map<std::vector<std::string>, std::vector<std::size_t>> by_rest;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            std::vector<std::string> rest = cells[i].key;
            rest[d].clear();
            by_rest[rest].push_back(i);
        }
        for (auto& [rest, members] : by_rest) {
            const bool has_total = std::any_of(members.begin(), members.end(),
                                               [&](std::size_t i) { return cells[i].key[d] == kAllValues; });
            if (has_total && members.size() > 1) lines.push_back(members);
        }
    }

    const auto is_total_of = [&](std::size_t cell, const std::vector<std::size_t>& line) {
        // The total is the member with kAllValues where the others differ.
        for (std::size_t d = 0; d < dims; ++d) {
            bool varies = false;
            for (std::size_t other : line) varies = varies || cells[other].key[d] != cells[line.front()].key[d];
            if (varies) return cells[cell].key[d] == kAllValues;
        }
        return false;
    };
    for (bool changed = true; changed;) {
        changed = false;
        for (const auto& line : lines) {
            std::size_t suppressed = 0;
            for (std::size_t i : line) suppressed += verdicts[i].published() ? 0 : 1;
            if (suppressed != 1) continue;
            // The other non-total member with the fewest placements, else the total.
            std::size_t pick = cells.size();
            for (std::size_t i : line) {
                if (!verdicts[i].published() || is_total_of(i, line)) continue;
                if (pick == cells.size() || cells[i].placements < cells[pick].placements) pick = i;
            }
            if (pick == cells.size())
                for (std::size_t i : line)
                    if (verdicts[i].published()) pick = i;
            verdicts[pick] = {Suppression::Secondary,
                              "suppressed: would let a suppressed cell be worked out from a total"};
            changed = true;
        }
    }
    return verdicts;
}

}  // namespace oversight
