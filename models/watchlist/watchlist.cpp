#include "models/watchlist/watchlist.hpp"

#include <algorithm>
#include <unordered_map>

#include "models/provider_accounts/provider_accounts.hpp"
#include "models/rates/base_rate.hpp"

namespace oversight {
namespace {

/// The group's latest health row (groups have one row per year).
std::optional<HealthRow> latest_health(const std::vector<HealthRow>& rows, const std::string& group_id) {
    for (const HealthRow& row : rows)
        if (row.id == group_id && row.latest_year) return row;
    return std::nullopt;
}

std::vector<ScoreResult> scores_of(const ProviderYear& latest, const ProviderYear* previous) {
    return {altman_z_double_prime(latest.totals), altman_z_prime(latest.totals), altman_z(latest.totals),
            taffler(latest.totals), ohlson(latest.totals, previous ? &previous->totals : nullptr)};
}

/// What the composite reads, from the figures the other models computed.
RiskInputs risk_inputs(const WatchlistEntry& entry, const FacilityPosition* unfiled_facilities) {
    RiskInputs in;
    in.places_inadequate_or_ri_pct = entry.profile.places_inadequate_or_ri_pct;
    if (!entry.scores.empty()) in.altman_z_double_prime = entry.scores.front().value;
    if (entry.default_probability) {
        in.default_probability_1y_pct = entry.default_probability->pd_1y_pct;
        in.liquidity_cover = entry.default_probability->liquidity_cover;
    }
    if (!entry.health) {
        in.accounts_missing = true;
        in.liquidity_known = false;
        in.covenants_unmeasured = unfiled_facilities && !unfiled_facilities->covenants.empty();
        return in;
    }
    const HealthRow& h = *entry.health;
    // The senior view of leverage: shareholder loans are subordinated and often PIK, so
    // they do not force a failure the way bank debt and leases can.
    in.ebitda_negative = h.annual_ebitda <= 0.0;
    in.net_leverage = h.net_leverage_excl_shareholder_loans;
    if (h.facilities) {
        const FacilityPosition& f = *h.facilities;
        in.min_covenant_headroom_pct = f.min_headroom_pct;
        // A breach that has no headroom figure (EBITDA <= 0) is as bad as a breach.
        if (f.covenant_breached && (!in.min_covenant_headroom_pct || *in.min_covenant_headroom_pct > 0.0))
            in.min_covenant_headroom_pct = 0.0;
        in.covenants_unmeasured = !in.min_covenant_headroom_pct && !f.covenants.empty();
    }
    in.liquidity_known = entry.default_probability.has_value();
    return in;
}

}  // namespace

std::optional<double> one_year_pd_pct(const WatchlistEntry& entry) {
    if (!entry.default_probability) return std::nullopt;
    return entry.default_probability->pd_1y_pct;
}

StringMap<const WatchlistEntry*> entries_by_group(const Watchlist& watchlist) {
    StringMap<const WatchlistEntry*> entries;
    for (const WatchlistEntry& entry : watchlist.groups) entries.emplace(entry.profile.group_id, &entry);
    return entries;
}

Watchlist compute_watchlist(const Market& market, const Assumptions& assumptions, Date as_of,
                            const CashflowInputsAdjustment& adjust) {
    Watchlist watchlist;
    watchlist.as_of = as_of;
    const BaseRate rate = sonia_base_rate(market, as_of, assumptions.cashflow_default.sonia_pct);
    watchlist.sonia_pct = rate.rate_pct;
    watchlist.sonia_source = rate.source;

    const ReplaceabilityResult replaceability = compute_replaceability(market, assumptions.replaceability, as_of);
    const HealthResult health = compute_health(market, as_of);
    const std::vector<ProviderYear> years = group_years(market);
    std::unordered_map<std::string, std::vector<ProviderYear>> history;  // by group, complete years, oldest first
    for (const ProviderYear& year : years)
        if (year.complete) history[year.id].push_back(year);
    const auto latest_index = latest_complete_years(years);

    std::vector<CashflowDefaultInputs> simulations;
    std::vector<std::size_t> simulated_entry;
    for (const GroupReplaceability& profile : replaceability.groups) {
        WatchlistEntry entry;
        entry.profile = profile;
        entry.health = latest_health(health.groups, profile.group_id);
        if (const auto it = latest_index.find(profile.group_id); it != latest_index.end()) {
            entry.scores = scores_of(years[it->second], previous_year(years, it->second));
            simulations.push_back(inputs_for(market, history[profile.group_id], as_of, rate.rate_pct,
                                             assumptions.cashflow_default));
            if (adjust) adjust(simulations.back());
            simulated_entry.push_back(watchlist.groups.size());
        }
        watchlist.groups.push_back(std::move(entry));
    }

    const std::vector<CashflowDefaultResult> results =
        simulate_cashflow_defaults(simulations, assumptions.cashflow_default);
    for (std::size_t i = 0; i < results.size(); ++i) watchlist.groups[simulated_entry[i]].default_probability = results[i];

    std::unordered_map<std::string, const FacilityPosition*> unfiled;
    for (const UnfiledProvider& provider : health.unfiled)
        if (provider.is_group) unfiled[provider.id] = &provider.facilities;
    for (WatchlistEntry& entry : watchlist.groups) {
        const auto it = unfiled.find(entry.profile.group_id);
        entry.inputs = risk_inputs(entry, it == unfiled.end() ? nullptr : it->second);
        entry.assessment = assess_risk(entry.inputs, assumptions.risk);
    }
    // In scope first; then the stage (a group to notify councils about comes first even
    // when its composite is lower), then the composite.
    std::stable_sort(watchlist.groups.begin(), watchlist.groups.end(), [](const WatchlistEntry& a, const WatchlistEntry& b) {
        if (a.profile.in_scope != b.profile.in_scope) return a.profile.in_scope;
        if (a.assessment.stage != b.assessment.stage) return a.assessment.stage > b.assessment.stage;
        if (a.assessment.composite != b.assessment.composite) return a.assessment.composite > b.assessment.composite;
        return a.profile.group_id < b.profile.group_id;
    });
    return watchlist;
}

}  // namespace oversight
