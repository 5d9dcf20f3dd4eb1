#include "models/exit/exit_selection.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <stdexcept>

namespace oversight {
namespace {

const char* const kRuleForms = "expected stage>=N (1-6), pd>=X (one-year default probability, %) or breach:SCENARIO";

}  // namespace

ExitRule parse_exit_rule(std::string_view text) {
    ExitRule rule;
    rule.text = std::string(text);
    auto number_after = [&](std::string_view prefix) -> double {
        const std::string_view rest = text.substr(prefix.size());
        double value = 0.0;
        const auto result = std::from_chars(rest.data(), rest.data() + rest.size(), value);
        if (rest.empty() || result.ec != std::errc() || result.ptr != rest.data() + rest.size() || !std::isfinite(value))
            throw std::invalid_argument("rule '" + rule.text + "': '" + std::string(rest) + "' is not a number; " +
                                        kRuleForms);
        return value;
    };
    if (text.starts_with("stage>=")) {
        const double stage = number_after("stage>=");
        if (stage < 1 || stage > 6 || stage != std::floor(stage))
            throw std::invalid_argument("rule '" + rule.text + "': the stage is a whole number from 1 to 6");
        rule.kind = ExitRule::Kind::Stage;
        rule.stage = static_cast<int>(stage);
    } else if (text.starts_with("pd>=")) {
        rule.kind = ExitRule::Kind::Probability;
        rule.probability_pct = number_after("pd>=");
        if (rule.probability_pct < 0 || rule.probability_pct > 100)
            throw std::invalid_argument("rule '" + rule.text + "': the probability is a percentage from 0 to 100");
    } else if (text.starts_with("breach:") && text.size() > 7) {
        rule.kind = ExitRule::Kind::Breach;
        rule.scenario = std::string(text.substr(7));
    } else {
        throw std::invalid_argument("rule '" + rule.text + "': " + kRuleForms);
    }
    return rule;
}

std::vector<std::size_t> groups_selected(const ExitMarket& market, const ExitRule& rule, const Watchlist& watchlist,
                                         std::span<const StressScenario> scenarios,
                                         std::span<const StressResult> stressed) {
    std::vector<std::string> breaching;
    if (rule.kind == ExitRule::Kind::Breach) {
        if (std::none_of(scenarios.begin(), scenarios.end(),
                         [&](const StressScenario& scenario) { return scenario.id == rule.scenario; }))
            throw std::invalid_argument("rule '" + rule.text + "': no stress scenario '" + rule.scenario +
                                        "' (docs/stress-scenarios.md lists the library)");
        for (const StressResult& result : stressed)
            if (result.scenario_id == rule.scenario && (result.first_breach_quarter || result.runway_quarters))
                breaching.push_back(result.provider_id);
    }
    const StringMap<const WatchlistEntry*> entries = entries_by_group(watchlist);
    std::vector<std::size_t> selected;
    for (std::size_t g = 0; g < market.groups().size(); ++g) {
        const ExitGroup& group = market.groups()[g];
        if (group.council_run || group.settings.empty()) continue;
        bool chosen = false;
        if (rule.kind == ExitRule::Kind::Breach) {
            chosen = std::find(breaching.begin(), breaching.end(), group.group_id) != breaching.end();
        } else if (const auto found = entries.find(group.group_id); found != entries.end()) {
            const WatchlistEntry* entry = found->second;
            if (rule.kind == ExitRule::Kind::Stage) {
                chosen = entry->assessment.stage >= rule.stage;
            } else {
                const std::optional<double> pd = one_year_pd_pct(*entry);
                chosen = pd && *pd >= rule.probability_pct;
            }
        }
        if (chosen) selected.push_back(g);
    }
    return selected;
}

const char* pd_source_name(PdSource source) {
    switch (source) {
        case PdSource::CashflowSimulation: return "cash-flow simulation";
        case PdSource::Floor: return "floor";
        case PdSource::NoAccounts: return "no accounts: assumed";
        case PdSource::CouncilRun: return "council-run: none";
        case PdSource::NoSettings: return "no settings: none";
    }
    return "";
}

std::vector<GroupPd> group_default_probabilities(const ExitMarket& market, const Watchlist& watchlist,
                                                 const ExitAssumptions& assumptions) {
    const StringMap<const WatchlistEntry*> entries = entries_by_group(watchlist);
    std::vector<GroupPd> pds;
    for (const ExitGroup& group : market.groups()) {
        GroupPd pd;
        const auto found = entries.find(group.group_id);
        const std::optional<double> simulated =
            found != entries.end() ? one_year_pd_pct(*found->second) : std::optional<double>();
        if (group.council_run) {
            pd = {0.0, PdSource::CouncilRun};
        } else if (group.settings.empty()) {
            pd = {0.0, PdSource::NoSettings};
        } else if (!simulated.has_value()) {
            pd = {assumptions.pd_without_accounts_pct / 100.0, PdSource::NoAccounts};
        } else if (const double pd_pct = simulated.value(); pd_pct < assumptions.pd_floor_pct) {
            pd = {assumptions.pd_floor_pct / 100.0, PdSource::Floor};
        } else {
            pd = {pd_pct / 100.0, PdSource::CashflowSimulation};
        }
        pds.push_back(pd);
    }
    return pds;
}

std::vector<double> probabilities_of(const std::vector<GroupPd>& pds) {
    std::vector<double> probabilities;
    probabilities.reserve(pds.size());
    for (const GroupPd& pd : pds) probabilities.push_back(pd.probability);
    return probabilities;
}

}  // namespace oversight
