#include "engine/cli/exit_briefs.hpp"

#include <algorithm>
#include <memory>
#include <stdexcept>

#include "engine/cli/exit_run.hpp"
#include "models/replaceability/replaceability.hpp"
#include "reports/builders/exit_brief.hpp"

namespace oversight {
namespace {

/// The private and voluntary groups with most children placed on `as_of`, most first.
std::vector<std::string> largest_groups(const Market& market, const Assumptions& assumptions, Date as_of,
                                        std::size_t count) {
    ReplaceabilityResult result = compute_replaceability(market, assumptions.replaceability, as_of);
    std::vector<const GroupReplaceability*> groups;
    for (const GroupReplaceability& g : result.groups)
        if (g.owner_type != OwnerType::LocalAuthority) groups.push_back(&g);
    std::stable_sort(groups.begin(), groups.end(), [](const GroupReplaceability* a, const GroupReplaceability* b) {
        return a->children_placed > b->children_placed;
    });
    std::vector<std::string> ids;
    for (std::size_t i = 0; i < groups.size() && i < count; ++i) ids.push_back(groups[i]->group_id);
    return ids;
}

Brief brief_of_run(const StoredMarket& stored, const Assumptions& assumptions, const std::string& id,
                   const std::string& title, const ExitRun& run, const LeverRuns* levers) {
    std::vector<ExitLeverRun> compared;
    if (levers) compared = levers->compared_with(run);
    const ExitBriefContent content{id,
                                   title,
                                   *run.exit,
                                   run.outcome ? &run.label : nullptr,
                                   run.outcome ? &*run.outcome : nullptr,
                                   run.simulation ? &*run.simulation : nullptr,
                                   run.simulation ? &run.pds : nullptr,
                                   compared};
    return build_exit_brief(content, assumptions, provenance_of(stored));
}

}  // namespace

const std::vector<std::string>& default_exit_brief_names() {
    static const std::vector<std::string> names = {"largest-group", "ten-largest", "stage-5", "simulation", "levers"};
    return names;
}

const std::vector<std::string>& default_exit_levers() {
    static const std::vector<std::string> levers = {"profit_cap=10", "windfall_tax=50", "rate=200", "capacity=200"};
    return levers;
}

Brief exit_brief(const StoredMarket& stored, const Assumptions& assumptions, Date as_of, const std::string& name,
                 Progress& progress) {
    const Market& market = stored.market;
    // The runs read the stored market in place (the deleter does nothing).
    const std::shared_ptr<const Market> in_place(&market, [](const Market*) {});
    ExitRunRequest request;
    request.as_of = as_of;
    std::string title;
    if (name == "largest-group" || name == "ten-largest") {
        const std::size_t count = name == "largest-group" ? 1 : 10;
        request.selection = ExitSelection{ExitSelection::Kind::Groups, largest_groups(market, assumptions, as_of, count),
                                          std::nullopt, ""};
        title = count == 1 ? "If the largest group failed" : "If the ten largest groups failed together";
    } else if (name == "stage-5" || name == "levers") {
        request.selection = ExitSelection{ExitSelection::Kind::Rule, {}, parse_exit_rule("stage>=5"), ""};
        title = name == "levers" ? "Policy levers against the exit of every group at stage 5 or 6"
                                 : "If every group at oversight stage 5 or 6 failed";
    } else if (name == "simulation") {
        request.simulate = true;
        title = "A year of provider failures, simulated";
    } else if (const Entity* entity = market.find_entity(name); entity && market.group_of(name) == name) {
        request.selection = ExitSelection{ExitSelection::Kind::Groups, {name}, std::nullopt, ""};
        title = "If " + entity->name + " failed";
    } else {
        throw std::runtime_error("no exit brief '" + name + "': give a group id or one of " +
                                 join(default_exit_brief_names(), ", "));
    }
    request.watchlist = name == "levers";
    const ExitRun run = run_exit(in_place, assumptions, request, progress);
    if (name != "levers") return brief_of_run(stored, assumptions, name, title, run, nullptr);
    std::vector<PolicyLever> levers;
    for (const std::string& text : default_exit_levers()) levers.push_back(parse_policy_lever(text));
    const LeverRuns lever_runs = run_levers(market, assumptions, request, levers, progress);
    return brief_of_run(stored, assumptions, name, title, run, &lever_runs);
}

}  // namespace oversight
