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
    struct Line {
        std::vector<std::size_t> members;  ///< the total included
        std::size_t total;
    };
    std::vector<Line> lines;
    for (std::size_t d = 0; d < dims; ++d) {
        std::map<std::vector<std::string>, std::vector<std::size_t>> by_rest;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            std::vector<std::string> rest = cells[i].key;
            rest[d].clear();
            by_rest[rest].push_back(i);
        }
        for (auto& [rest, members] : by_rest) {
            const auto total = std::find_if(members.begin(), members.end(),
                                            [&](std::size_t i) { return cells[i].key[d] == kAllValues; });
            if (total != members.end() && members.size() > 1) lines.push_back({members, *total});
        }
    }

    // The suppressed non-total cells of a line, taken together, must pass the primary rules.
    const auto together_pass = [&](const std::vector<std::size_t>& hidden) {
        if (hidden.size() < 2) return false;
        std::size_t placements = 0;
        double spend = 0.0;
        std::map<std::size_t, double> by_provider;
        for (std::size_t i : hidden) {
            placements += cells[i].placements;
            spend += cells[i].spend;
            for (const auto& [provider, s] : cells[i].provider_spend) by_provider[provider] += s;
        }
        double largest = 0.0;
        for (const auto& [provider, s] : by_provider) largest = std::max(largest, s);
        const double share = spend > 0.0 ? 100.0 * largest / spend : 0.0;
        return primary_suppression(placements, by_provider.size(), share, rules).empty();
    };
    const auto suppress = [&](std::size_t i) {
        verdicts[i] = {Suppression::Secondary, "suppressed: would let suppressed cells be worked out from a total"};
    };
    for (bool changed = true; changed;) {
        changed = false;
        for (const Line& line : lines) {
            if (!verdicts[line.total].published()) continue;  // nothing to subtract from
            std::vector<std::size_t> hidden;
            for (std::size_t i : line.members)
                if (i != line.total && !verdicts[i].published()) hidden.push_back(i);
            while (!hidden.empty() && !together_pass(hidden)) {
                std::size_t pick = cells.size();
                for (std::size_t i : line.members)
                    if (i != line.total && verdicts[i].published() &&
                        (pick == cells.size() || cells[i].placements < cells[pick].placements))
                        pick = i;
                changed = true;
                if (pick == cells.size()) {  // every other cell is hidden: the total goes
                    suppress(line.total);
                    break;
                }
                suppress(pick);
                hidden.push_back(pick);
            }
        }
    }
    return verdicts;
}

}  // namespace oversight
