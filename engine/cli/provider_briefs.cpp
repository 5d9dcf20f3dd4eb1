#include "engine/cli/provider_briefs.hpp"

#include <stdexcept>

#include "engine/config/stress_scenarios.hpp"
#include "models/debt/market_stress.hpp"
#include "models/health/health.hpp"
#include "models/health/maturity.hpp"
#include "models/profitability/profitability.hpp"
#include "models/replaceability/provider_settings.hpp"
#include "models/watchlist/watchlist.hpp"
#include "reports/builders/provider_brief.hpp"

namespace oversight {

struct ProviderBriefs::Computed {
    const StoredMarket& stored;
    const Assumptions& assumptions;
    Date as_of;
    bool entities;
    ProfitabilityResult profitability;
    HealthResult health;
    Watchlist watchlist;
    StringMap<const WatchlistEntry*> entries;
    StressRun run;
    StringMap<const StressedProvider*> stressed;
    /// Row indexes of each provider in profitability and health (the same order in both).
    StringMap<std::vector<std::size_t>> rows;
};

namespace {

StressRun stress_for_briefs(const Market& market, const Assumptions& assumptions, Date as_of, bool entities,
                            const std::string& only) {
    StressRequest request;
    request.as_of = as_of;
    request.level = entities ? StressLevel::Entity : StressLevel::Group;
    request.only = only;
    request.grids = true;
    return stress_market(market, assumptions, default_stress_scenarios(), request);
}

}  // namespace

ProviderBriefs::ProviderBriefs(const StoredMarket& stored, const Assumptions& assumptions, Date as_of, bool entities,
                               const std::string& only)
    : computed_(new Computed{stored, assumptions, as_of, entities,
                             compute_profitability(stored.market, assumptions.profitability),
                             compute_health(stored.market, as_of),
                             compute_watchlist(stored.market, assumptions, as_of),
                             {},
                             {},
                             {},
                             {}}) {
    Computed& c = *computed_;
    c.entries = entries_by_group(c.watchlist);
    // A provider that cannot be stressed (no facilities, no accounts) is simply absent from the run.
    c.run = stress_for_briefs(stored.market, assumptions, as_of, entities, only);
    for (const StressedProvider& p : c.run.providers) c.stressed.emplace(p.inputs().provider_id, &p);
    const auto& profit_rows = entities ? c.profitability.entities : c.profitability.groups;
    const auto& health_rows = entities ? c.health.entities : c.health.groups;
    if (profit_rows.size() != health_rows.size())
        throw std::logic_error("profitability and health rows differ in number");
    for (std::size_t i = 0; i < profit_rows.size(); ++i) {
        // An entity filing both its own and consolidated accounts is shown on its own.
        if (entities && profit_rows[i].basis == "consolidated") continue;
        c.rows[profit_rows[i].id].push_back(i);
    }
}

ProviderBriefs::~ProviderBriefs() = default;

std::vector<std::string> ProviderBriefs::group_ids() const {
    std::vector<std::string> ids;
    for (const WatchlistEntry& e : computed_->watchlist.groups) ids.push_back(e.profile.group_id);
    return ids;
}

Brief ProviderBriefs::brief(const std::string& id) const {
    const Computed& c = *computed_;
    const Market& market = c.stored.market;
    const Entity* entity = market.find_entity(id);
    if (!entity) throw std::runtime_error("no entity or group '" + id + "' in entities.csv");
    const std::string& group_id = market.group_of(id);
    if (!c.entities && group_id != id)
        throw std::runtime_error("'" + id + "' is not a group: its top parent is " + group_id +
                                 " (or ask for the entity with brief provider)");
    const auto entry = c.entries.find(group_id);
    if (entry == c.entries.end())
        throw std::runtime_error("group " + group_id + " runs no setting, so it has no provider brief");

    std::vector<std::size_t> entity_indexes;
    if (c.entities)
        entity_indexes.push_back(static_cast<std::size_t>(entity - market.data().entities.data()));
    else
        for (const std::size_t e : market.group_members(id)) entity_indexes.push_back(e);
    const ProviderSettings settings = provider_settings(market, entity_indexes, c.as_of);
    std::vector<const Facility*> facilities;
    for (const std::size_t e : entity_indexes)
        for (const std::size_t f : market.facilities_of(market.data().entities[e].entity_id))
            facilities.push_back(&market.data().facilities[f]);

    ProviderBriefContent content{id, entity->name, !c.entities, c.watchlist, *entry->second, {}, {}, settings,
                                 maturity_profile(facilities, c.as_of, kMaturityProfileYears), nullptr, nullptr, {}};
    if (const auto rows = c.rows.find(id); rows != c.rows.end())
        for (const std::size_t i : rows->second) {
            content.profitability.push_back(&(c.entities ? c.profitability.entities : c.profitability.groups)[i]);
            content.health.push_back(&(c.entities ? c.health.entities : c.health.groups)[i]);
        }
    if (const auto stressed = c.stressed.find(id); stressed != c.stressed.end()) {
        content.run = &c.run;
        content.stressed = stressed->second;
    } else {
        content.not_stressed = facilities.empty() ? "no facilities on record"
                                                  : "no complete accounts year to shock, or facilities that could not "
                                                    "be projected";
    }
    return build_provider_brief(content, c.assumptions, provenance_of(c.stored));
}

}  // namespace oversight
