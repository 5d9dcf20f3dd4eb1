#include "models/prices/hedonic.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <stdexcept>

#include "engine/domain/codes.hpp"
#include "models/prices/dummy_regression.hpp"

namespace oversight {

using namespace prices_detail;

namespace {

const std::vector<std::string> kFactorNames = {"region", "type", "band", "age", "route", "year"};

}  // namespace

HedonicFit fit_hedonic(const Market& market, const PriceFilter& filter, bool provider_effects) {
    HedonicFit fit;
    fit.filter = filter;
    std::vector<std::vector<std::string>> levels;
    std::vector<double> log_fees;
    std::vector<std::string> provider_of;  // per observation, for the providers behind each level
    for (const Placement& p : market.data().placements) {
        if (p.start_date < filter.from || filter.to < p.start_date) continue;
        const LocalAuthority* la = market.find_la(p.la_code);
        if (!filter.admits(p, *la)) continue;
        if (!(p.weekly_fee > 0.0)) {
            ++fit.zero_fees_left_out;
            continue;
        }
        std::vector<std::string> row = {la->region_code,
                                        std::string(code_of(p.placement_type)),
                                        std::to_string(p.need_band),
                                        p.age_band ? std::string(code_of(*p.age_band)) : "unknown",
                                        std::string(code_of(p.purchase_route)),
                                        std::to_string(p.start_date.year())};
        provider_of.push_back(market.group_of(market.find_setting(p.urn)->entity_id));
        if (provider_effects) row.push_back(provider_of.back());
        levels.push_back(std::move(row));
        log_fees.push_back(std::log(p.weekly_fee));
    }
    std::vector<DummyFactor> factors;
    for (const std::string& name : kFactorNames) factors.push_back({name, ReferenceLevel::MostFrequent});
    if (provider_effects) factors.push_back({"provider", ReferenceLevel::MostFrequent});  // last: gives way first

    DummyRegression r;
    try {
        r = fit_dummy_regression(factors, levels, log_fees);
    } catch (const std::invalid_argument& error) {
        throw std::invalid_argument("hedonic model, placements starting from " + filter.from.iso() + " to " +
                                    filter.to.iso() + ": " + error.what());
    }
    fit.observations = r.observations;
    fit.parameters = r.parameters;
    fit.r_squared = r.r_squared;
    fit.residual_sd = r.residual_sd;
    fit.states = r.states;
    if (fit.zero_fees_left_out > 0)
        fit.states.push_back(std::to_string(fit.zero_fees_left_out) + " placement(s) with a weekly fee of 0 left out");
    // Who is behind each level: its provider groups and the largest one's share of its
    // placements (disclosure control of the published levels).
    std::vector<std::map<std::string, std::map<std::string, std::size_t>>> placements_at(kFactorNames.size());
    for (std::size_t i = 0; i < levels.size(); ++i)
        for (std::size_t f = 0; f < kFactorNames.size(); ++f) ++placements_at[f][levels[i][f]][provider_of[i]];
    const auto behind = [](const std::map<std::string, std::size_t>& by_provider, std::size_t count) {
        std::size_t largest = 0;
        for (const auto& [provider, n] : by_provider) largest = std::max(largest, n);
        return std::pair{by_provider.size(), count > 0 ? 100.0 * static_cast<double>(largest) / static_cast<double>(count) : 0.0};
    };
    std::map<std::string, std::size_t> all_by_provider;
    for (const std::string& provider : provider_of) ++all_by_provider[provider];

    // The average provider: weights n_q / N over the providers with an estimate (the
    // reference included, whose b is 0); e_p = b_p - w'b, Var = c'Vc, c = unit_p - w.
    Eigen::VectorXd weights = Eigen::VectorXd::Zero(r.estimates.size());
    if (provider_effects) {
        double counted = 0.0;
        for (const FittedLevel& level : r.levels.back())
            if (level.identified) counted += static_cast<double>(level.observations);
        for (const FittedLevel& level : r.levels.back())
            if (level.parameter >= 0) weights(level.parameter) = static_cast<double>(level.observations) / counted;
    }
    const double average = weights.dot(r.estimates);
    fit.average_provider_effect = average;
    const Eigen::VectorXd v_weights = r.covariance * weights;
    const double w_v_w = weights.dot(v_weights);

    const auto [all_providers, all_share] = behind(all_by_provider, r.observations);
    fit.terms.push_back({"intercept", "", r.intercept + average,
                         std::sqrt(std::max(0.0, r.covariance(0, 0) + 2.0 * v_weights(0) + w_v_w)), false, r.observations,
                         all_providers, all_share});
    for (std::size_t f = 0; f < kFactorNames.size(); ++f)
        for (const FittedLevel& level : r.levels[f])
            if (level.identified) {
                const auto [providers, share] = behind(placements_at[f][level.level], level.observations);
                fit.terms.push_back({kFactorNames[f], level.level, level.estimate, level.std_error, level.reference,
                                     level.observations, providers, share});
            }
    if (!provider_effects) return fit;
    const std::vector<FittedLevel>& providers = r.levels.back();
    for (const FittedLevel& level : providers) {
        ProviderPremium premium;
        premium.group_id = level.level;
        const Entity* entity = market.find_entity(level.level);
        premium.name = entity ? entity->name : level.level;
        premium.placements = level.observations;
        premium.identified = level.identified;
        if (level.identified) {
            const Eigen::Index at = level.parameter;
            const double variance = at >= 0 ? r.covariance(at, at) - 2.0 * v_weights(at) + w_v_w : w_v_w;
            premium.effect = level.estimate - average;
            premium.std_error = std::sqrt(std::max(0.0, variance));
            premium.premium_pct = 100.0 * std::expm1(premium.effect);
            premium.premium_low_pct = 100.0 * std::expm1(premium.effect - 1.96 * premium.std_error);
            premium.premium_high_pct = 100.0 * std::expm1(premium.effect + 1.96 * premium.std_error);
        }
        fit.providers.push_back(premium);
    }
    return fit;
}

}  // namespace oversight
