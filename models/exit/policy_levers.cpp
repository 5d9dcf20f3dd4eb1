#include "models/exit/policy_levers.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <stdexcept>
#include <unordered_map>
#include <vector>

#include "engine/domain/codes.hpp"
#include "models/debt/operating_shock.hpp"
#include "models/exit/exit_scenario.hpp"
#include "models/profitability/profitability.hpp"

namespace oversight {
namespace {

const char* const kLeverForms =
    "expected profit_cap=PCT, windfall_tax=PCT, tariff=[TYPE:]B1/B2/B3/B4 (pounds a week), rate=BP[/BP/BP] "
    "or capacity=[REGION:]PLACES";

/// A decimal, with an optional leading '+' (rate=+200).
std::optional<double> decimal(std::string_view text) {
    if (text.starts_with('+')) text.remove_prefix(1);
    double value = 0.0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || result.ec != std::errc() || result.ptr != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

[[noreturn]] void refuse(const PolicyLever& lever, const std::string& why) {
    throw std::invalid_argument("lever '" + lever.text + "': " + why);
}

std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t at = text.find(separator, start);
        parts.push_back(text.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
        if (at == std::string_view::npos) return parts;
        start = at + 1;
    }
}

/// The exit model's rule (ExitGroup::council_run): a group whose top parent is a council.
bool council_run(const Market& market, const std::string& entity_id) {
    return market.find_entity(market.group_of(entity_id))->owner_type == OwnerType::LocalAuthority;
}

std::size_t entity_index(const Market& market, std::string_view entity_id) {
    return static_cast<std::size_t>(market.find_entity(entity_id) - market.data().entities.data());
}

/// True when a row is one the group's accounts are formed from (`group_years`): a
/// consolidated row with no consolidated row of an ancestor for the same year above it, or
/// an entity's own row in a year when neither it nor an ancestor files consolidated ones.
bool governs(const Market& market, const Accounts& row) {
    const auto& accounts = market.data().accounts;
    const int year = row.period_end.year();
    const auto consolidated_in_year = [&](const std::string& id) {
        for (const std::size_t a : market.accounts_of(id))
            if (accounts[a].basis == AccountsBasis::Consolidated && accounts[a].period_end.year() == year) return true;
        return false;
    };
    if (row.basis == AccountsBasis::Entity && consolidated_in_year(row.entity_id)) return false;
    for (const Entity* entity = market.find_entity(row.entity_id); entity->parent_entity_id;) {
        entity = market.find_entity(*entity->parent_entity_id);
        if (consolidated_in_year(entity->entity_id)) return false;
    }
    return true;
}

/// Index into data().accounts of the latest governing row filed by `as_of` that covers an
/// entity's settings: its own row, or an ancestor's consolidated row; nullopt when none.
std::optional<std::size_t> covering_accounts(const Market& market, const std::vector<char>& governing,
                                             const std::string& entity_id, Date as_of) {
    const auto& accounts = market.data().accounts;
    std::optional<std::size_t> best;
    const auto consider = [&](const std::string& id, bool consolidated_only) {
        for (const std::size_t a : market.accounts_of(id)) {
            const Accounts& row = accounts[a];
            if (!governing[a] || as_of < row.period_end) continue;
            if (consolidated_only && row.basis != AccountsBasis::Consolidated) continue;
            if (!best || accounts[*best].period_end < row.period_end) best = a;
        }
    };
    consider(entity_id, false);
    for (const Entity* entity = market.find_entity(entity_id); entity->parent_entity_id;) {
        entity = market.find_entity(*entity->parent_entity_id);
        consider(entity->entity_id, true);
    }
    return best;
}

/// Adds `change` (pounds, annual) to a row's turnover and profits, scaled to its period.
void change_turnover(Accounts& row, double annual_change) {
    const double change = row.period_months > 0 ? annual_change * row.period_months / 12.0 : annual_change;
    row.turnover += change;
    row.operating_profit += change;
    row.profit_before_tax += change;
}

void apply_profit_cap(const Market& market, const PolicyLever& lever, Date as_of, LeveredMarket& out) {
    const auto& accounts = market.data().accounts;
    StressScenario cap;
    cap.profit_cap_pct = lever.percent;
    std::vector<char> governing(accounts.size(), 0);
    std::vector<double> turnover_kept(accounts.size(), 1.0);  // capped turnover / turnover, per row
    for (std::size_t a = 0; a < accounts.size(); ++a) {
        const Accounts& row = accounts[a];
        if (council_run(market, row.entity_id)) continue;
        governing[a] = governs(market, row) ? 1 : 0;
        if (!governing[a] || row.turnover <= 0.0) continue;
        const ShockedYear capped = shock_year(row, cap);
        // Costs of zero or less would cap turnover at nothing: such a row is left as filed.
        if (!capped.profit_cap_binding || capped.turnover <= 0.0) continue;
        // shock_year annualises; the ratio does not depend on the period.
        const double annualise = row.period_months > 0 ? 12.0 / row.period_months : 1.0;
        turnover_kept[a] = capped.turnover / (row.turnover * annualise);
        const double cut = row.turnover * (1.0 - turnover_kept[a]);
        Accounts& changed = out.data.accounts[a];
        changed.turnover -= cut;
        changed.operating_profit -= cut;
        changed.profit_before_tax -= cut;
        ++out.effect.accounts_rows_changed;
    }
    const auto& settings = market.data().settings;
    for (std::size_t s = 0; s < settings.size(); ++s) {
        if (council_run(market, settings[s].entity_id)) continue;
        const std::optional<std::size_t> row = covering_accounts(market, governing, settings[s].entity_id, as_of);
        if (!row || turnover_kept[*row] == 1.0) continue;
        for (const std::size_t p : market.placements_in(settings[s].urn)) {
            Placement& placement = out.data.placements[p];
            if (!placement.ongoing_on(as_of)) continue;
            const double before = placement.weekly_total();
            placement.weekly_fee *= turnover_kept[*row];
            if (placement.weekly_extras) *placement.weekly_extras *= turnover_kept[*row];
            out.effect.fees_change_gbp_a_year += (placement.weekly_total() - before) * kWeeksPerYear;
            ++out.effect.placements_repriced;
        }
    }
}

void apply_tariff(const Market& market, const PolicyLever& lever, Date as_of, LeveredMarket& out) {
    const MarketData& data = market.data();
    std::vector<double> annual_change(data.entities.size(), 0.0);  // by entity, its own settings
    for (const Setting& setting : data.settings) {
        if (council_run(market, setting.entity_id)) continue;
        double& change = annual_change[entity_index(market, setting.entity_id)];
        for (const std::size_t p : market.placements_in(setting.urn)) {
            Placement& placement = out.data.placements[p];
            if (!placement.ongoing_on(as_of) || placement.placement_type != lever.tariff_type) continue;
            const double tariff = lever.tariff_weekly_gbp[static_cast<std::size_t>(std::clamp(placement.need_band, 1, 4) - 1)];
            const double annual = (tariff - placement.weekly_fee) * kWeeksPerYear;
            placement.weekly_fee = tariff;
            change += annual;
            out.effect.fees_change_gbp_a_year += annual;
            ++out.effect.placements_repriced;
        }
    }
    // A consolidated row covers the entity and every subsidiary below it.
    std::vector<std::optional<double>> subtree(data.entities.size());
    const auto subtree_change = [&](const auto& self, std::size_t e) -> double {
        if (subtree[e]) return *subtree[e];
        double sum = annual_change[e];
        for (const std::size_t child : market.subsidiaries_of(data.entities[e].entity_id)) sum += self(self, child);
        subtree[e] = sum;
        return sum;
    };
    for (std::size_t a = 0; a < data.accounts.size(); ++a) {
        const Accounts& row = data.accounts[a];
        const std::size_t e = entity_index(market, row.entity_id);
        const double change =
            row.basis == AccountsBasis::Consolidated ? subtree_change(subtree_change, e) : annual_change[e];
        if (change == 0.0) continue;
        change_turnover(out.data.accounts[a], change);
        ++out.effect.accounts_rows_changed;
    }
}

void apply_windfall_tax(const Market& market, const PolicyLever& lever, const Assumptions& assumptions, Date as_of,
                        LeveredMarket& out) {
    // The latest complete year of each group filed by the date.
    std::unordered_map<std::string, const ProfitabilityRow*> latest;
    const ProfitabilityResult profitability = compute_profitability(market, assumptions.profitability);
    for (const ProfitabilityRow& row : profitability.groups) {
        if (!row.complete || as_of < row.period_end || council_run(market, row.id)) continue;
        const ProfitabilityRow*& slot = latest[row.id];
        if (!slot || slot->period_end < row.period_end) slot = &row;
    }
    // Only groups with a setting are simulated (the watchlist's groups).
    std::unordered_map<std::string, bool> has_settings;
    for (const Setting& setting : market.data().settings) has_settings[market.group_of(setting.entity_id)] = true;
    std::unordered_map<std::string, double> levy;
    for (const auto& [group, row] : latest) {
        if (row->excess_profit <= 0.0 || !has_settings.contains(group)) continue;
        levy[group] = lever.percent / 100.0 * row->excess_profit;
        out.effect.levy_gbp_a_year += levy[group];
    }
    out.adjust = [levy = std::move(levy)](CashflowDefaultInputs& inputs) {
        if (const auto it = levy.find(inputs.provider_id); it != levy.end()) inputs.annual_levy = it->second;
    };
}

void apply_capacity(const Market& market, const PolicyLever& lever, LeveredMarket& out) {
    const MarketData& data = market.data();
    if (lever.region && !market.find_region(*lever.region))
        throw std::invalid_argument("lever '" + lever.text + "': no region '" + *lever.region + "' in the market");
    if (market.find_entity(kAddedCapacityEntity))
        throw std::invalid_argument(std::string("lever '") + lever.text + "': the market already has an entity " +
                                    kAddedCapacityEntity);
    Entity council;
    council.entity_id = kAddedCapacityEntity;
    council.name = "Added public capacity (policy lever)";
    council.owner_type = OwnerType::LocalAuthority;
    out.data.entities.push_back(council);
    for (const Region& region : data.regions) {
        if (lever.region && region.region_code != *lever.region) continue;
        std::vector<const LocalAuthority*> councils;
        for (const LocalAuthority& la : data.local_authorities)
            if (la.region_code == region.region_code) councils.push_back(&la);
        std::sort(councils.begin(), councils.end(),
                  [](const LocalAuthority* a, const LocalAuthority* b) { return a->la_code < b->la_code; });
        const int count = static_cast<int>(councils.size());
        for (int i = 0; i < count; ++i) {
            const int places = lever.places / count + (i < lever.places % count ? 1 : 0);
            if (places == 0) continue;
            Setting home;
            home.urn = std::string("ADDED-") + councils[static_cast<std::size_t>(i)]->la_code;
            if (market.find_setting(home.urn))
                throw std::invalid_argument("lever '" + lever.text + "': the market already has a setting " + home.urn);
            home.name = "Added council children's home, " + councils[static_cast<std::size_t>(i)]->la_name;
            home.entity_id = kAddedCapacityEntity;
            home.setting_type = SettingType::LaChildrensHome;
            home.la_code = councils[static_cast<std::size_t>(i)]->la_code;
            home.registered_places = places;
            out.data.settings.push_back(std::move(home));
            ++out.effect.settings_added;
            out.effect.places_added += places;
        }
    }
}

}  // namespace

PolicyLever parse_policy_lever(std::string_view text) {
    PolicyLever lever;
    lever.text = std::string(text);
    const std::size_t equals = text.find('=');
    if (equals == std::string_view::npos) refuse(lever, kLeverForms);
    const std::string_view name = text.substr(0, equals);
    std::string_view value = text.substr(equals + 1);
    if (name == "profit_cap" || name == "windfall_tax") {
        lever.kind = name == "profit_cap" ? PolicyLever::Kind::ProfitCap : PolicyLever::Kind::WindfallTax;
        const std::optional<double> percent = decimal(value);
        if (!percent) refuse(lever, "'" + std::string(value) + "' is not a number (a percentage)");
        if (lever.kind == PolicyLever::Kind::ProfitCap && (*percent < 0.0 || *percent >= 100.0))
            refuse(lever, "the cap is an operating margin from 0 to below 100 %");
        if (lever.kind == PolicyLever::Kind::WindfallTax && (*percent <= 0.0 || *percent > 100.0))
            refuse(lever, "the tax is a share of excess profit above 0 and at most 100 %");
        lever.percent = *percent;
    } else if (name == "tariff") {
        lever.kind = PolicyLever::Kind::Tariff;
        if (const std::size_t colon = value.find(':'); colon != std::string_view::npos) {
            const auto type = parse_code<PlacementType>(value.substr(0, colon));
            if (!type)
                refuse(lever, "'" + std::string(value.substr(0, colon)) + "' is not a placement type (" +
                     known_codes<PlacementType>() + ")");
            lever.tariff_type = *type;
            value.remove_prefix(colon + 1);
        }
        const std::vector<std::string_view> bands = split(value, '/');
        if (bands.size() != 4) refuse(lever, "a tariff is four weekly fees, need bands 1 to 4, as B1/B2/B3/B4");
        for (std::size_t b = 0; b < 4; ++b) {
            const std::optional<double> fee = decimal(bands[b]);
            if (!fee || *fee <= 0.0)
                refuse(lever, "band " + std::to_string(b + 1) + ": '" + std::string(bands[b]) + "' is not a positive weekly fee");
            lever.tariff_weekly_gbp[b] = *fee;
        }
    } else if (name == "rate") {
        lever.kind = PolicyLever::Kind::RatePath;
        const std::vector<std::string_view> years = split(value, '/');
        if (years.size() != 1 && years.size() != 3)
            refuse(lever, "a rate path is one shift in basis points for every year, or three (years 1/2/3)");
        for (std::size_t y = 0; y < 3; ++y) {
            const std::string_view given = years[years.size() == 1 ? 0 : y];
            const std::optional<double> shift = decimal(given);
            if (!shift || *shift < -1000.0 || *shift > 2000.0)
                refuse(lever, "'" + std::string(given) + "' is not a shift from -1000 to 2000 basis points");
            lever.shift_bp[y] = *shift;
        }
    } else if (name == "capacity") {
        lever.kind = PolicyLever::Kind::Capacity;
        if (const std::size_t colon = value.find(':'); colon != std::string_view::npos) {
            lever.region = std::string(value.substr(0, colon));
            value.remove_prefix(colon + 1);
        }
        const std::optional<double> places = decimal(value);
        if (!places || *places < 1.0 || *places > 100000.0 || *places != std::floor(*places))
            refuse(lever, "'" + std::string(value) + "' is not a whole number of places from 1 to 100000");
        lever.places = static_cast<int>(*places);
    } else {
        refuse(lever, kLeverForms);
    }
    return lever;
}

LeveredMarket apply_policy_lever(const Market& market, const PolicyLever& lever, const Assumptions& assumptions,
                                 Date as_of) {
    LeveredMarket out;
    out.data = market.data();
    switch (lever.kind) {
        case PolicyLever::Kind::ProfitCap: apply_profit_cap(market, lever, as_of, out); break;
        case PolicyLever::Kind::WindfallTax: apply_windfall_tax(market, lever, assumptions, as_of, out); break;
        case PolicyLever::Kind::Tariff: apply_tariff(market, lever, as_of, out); break;
        case PolicyLever::Kind::RatePath:
            out.adjust = [shift = lever.shift_bp](CashflowDefaultInputs& inputs) { inputs.sonia_shift_bp_by_year = shift; };
            break;
        case PolicyLever::Kind::Capacity: apply_capacity(market, lever, out); break;
    }
    return out;
}

}  // namespace oversight
