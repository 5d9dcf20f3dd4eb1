#include "models/prices/hedonic.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <stdexcept>
#include <utility>

#include <Eigen/Cholesky>
#include <Eigen/Core>

#include "engine/domain/codes.hpp"

namespace oversight {
namespace {

constexpr std::size_t kFactors = 6;  // region, type, band, age, route, year
constexpr const char* kFactorNames[kFactors] = {"region", "type", "band", "age", "route", "year"};

/// One observation's level of each factor, and its provider.
struct Observation {
    std::array<std::string, kFactors> levels;
    std::string provider;
    double log_fee = 0.0;
};

/// A factor's levels with their counts; the reference is the most frequent (ties: first).
struct Factor {
    std::map<std::string, std::size_t> counts;  // code order
    std::string reference() const {
        std::string best;
        std::size_t most = 0;
        for (const auto& [level, n] : counts)
            if (n > most) {
                most = n;
                best = level;
            }
        return best;
    }
};

/// Columns of X: what each is (factor index kFactors = provider) and its level.
struct ColumnMeaning {
    std::size_t factor;  ///< 0..kFactors-1, kFactors for a provider, kFactors + 1 for the intercept
    std::string level;
};

}  // namespace

HedonicFit fit_hedonic(const Market& market, const PriceFilter& filter, bool provider_effects) {
    HedonicFit fit;
    fit.filter = filter;

    std::vector<Observation> observations;
    for (const Placement& p : market.data().placements) {
        if (p.start_date < filter.from || filter.to < p.start_date) continue;
        const LocalAuthority* la = market.find_la(p.la_code);
        if (filter.region_code && la->region_code != *filter.region_code) continue;
        if (filter.rcc && la->rcc != filter.rcc) continue;
        if (filter.la_code && p.la_code != *filter.la_code) continue;
        if (filter.type && p.placement_type != *filter.type) continue;
        if (filter.need_band && p.need_band != *filter.need_band) continue;
        if (!(p.weekly_fee > 0.0))
            throw std::invalid_argument("hedonic model: placement " + p.placement_id + " has a weekly fee that is not positive");
        Observation o;
        o.levels = {la->region_code,
                    std::string(code_of(p.placement_type)),
                    std::to_string(p.need_band),
                    p.age_band ? std::string(code_of(*p.age_band)) : "unknown",
                    std::string(code_of(p.purchase_route)),
                    std::to_string(p.start_date.year())};
        o.provider = market.group_of(market.find_setting(p.urn)->entity_id);
        o.log_fee = std::log(p.weekly_fee);
        observations.push_back(std::move(o));
    }

    // Columns: intercept, each factor's non-reference levels, each non-reference provider.
    std::array<Factor, kFactors> factors;
    Factor providers;
    for (const Observation& o : observations) {
        for (std::size_t f = 0; f < kFactors; ++f) ++factors[f].counts[o.levels[f]];
        ++providers.counts[o.provider];
    }
    std::vector<ColumnMeaning> columns = {{kFactors + 1, ""}};
    std::array<std::map<std::string, std::size_t>, kFactors> column_of;
    std::map<std::string, std::size_t> provider_column;
    for (std::size_t f = 0; f < kFactors; ++f) {
        const std::string reference = factors[f].reference();
        for (const auto& [level, n] : factors[f].counts)
            if (level != reference) {
                column_of[f][level] = columns.size();
                columns.push_back({f, level});
            }
    }
    const std::string reference_provider = providers.reference();
    if (provider_effects)
        for (const auto& [provider, n] : providers.counts)
            if (provider != reference_provider) {
                provider_column[provider] = columns.size();
                columns.push_back({kFactors, provider});
            }
    const std::size_t p = columns.size();
    if (observations.size() <= p)
        throw std::invalid_argument("hedonic model: " + std::to_string(observations.size()) +
                                    " placements start in the period, too few for " + std::to_string(p) + " parameters");

    // X'X and X'y from the rows' few nonzero columns (all ones).
    Eigen::MatrixXd xtx = Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(p), static_cast<Eigen::Index>(p));
    Eigen::VectorXd xty = Eigen::VectorXd::Zero(static_cast<Eigen::Index>(p));
    double yty = 0.0, y_sum = 0.0;
    std::vector<Eigen::Index> nonzero;
    for (const Observation& o : observations) {
        nonzero.assign(1, 0);
        for (std::size_t f = 0; f < kFactors; ++f)
            if (const auto it = column_of[f].find(o.levels[f]); it != column_of[f].end())
                nonzero.push_back(static_cast<Eigen::Index>(it->second));
        if (provider_effects)
            if (const auto it = provider_column.find(o.provider); it != provider_column.end())
                nonzero.push_back(static_cast<Eigen::Index>(it->second));
        for (Eigen::Index a : nonzero) {
            xty(a) += o.log_fee;
            for (Eigen::Index b : nonzero) xtx(a, b) += 1.0;
        }
        yty += o.log_fee * o.log_fee;
        y_sum += o.log_fee;
    }

    // Keep the columns in order unless one is a combination of those kept (incremental
    // Cholesky: its squared distance from their span, relative to its own length).
    // `upper` is the Cholesky factor of the kept columns' X'X, upper triangular, so that
    // the forward substitution reads its columns contiguously.
    std::vector<Eigen::Index> kept;
    Eigen::MatrixXd upper = Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(p), static_cast<Eigen::Index>(p));
    for (Eigen::Index j = 0; j < static_cast<Eigen::Index>(p); ++j) {
        const auto k = static_cast<Eigen::Index>(kept.size());
        Eigen::VectorXd w(k);
        for (Eigen::Index i = 0; i < k; ++i)
            w(i) = (xtx(kept[static_cast<std::size_t>(i)], j) - upper.col(i).head(i).dot(w.head(i))) / upper(i, i);
        const double d = xtx(j, j) - w.squaredNorm();
        if (d <= 1e-9 * xtx(j, j)) {
            const ColumnMeaning& c = columns[static_cast<std::size_t>(j)];
            fit.states.push_back(std::string(c.factor == kFactors ? "provider " : std::string(kFactorNames[c.factor]) + " ") +
                                 c.level + ": not identified (a combination of the other columns), left out");
            continue;
        }
        upper.col(k).head(k) = w;
        upper(k, k) = std::sqrt(d);
        kept.push_back(j);
    }
    const auto q = static_cast<Eigen::Index>(kept.size());
    Eigen::MatrixXd a(q, q);
    Eigen::VectorXd b(q);
    for (Eigen::Index i = 0; i < q; ++i) {
        b(i) = xty(kept[static_cast<std::size_t>(i)]);
        for (Eigen::Index j = 0; j < q; ++j) a(i, j) = xtx(kept[static_cast<std::size_t>(i)], kept[static_cast<std::size_t>(j)]);
    }
    const Eigen::LLT<Eigen::MatrixXd> llt(a);
    if (llt.info() != Eigen::Success) throw std::runtime_error("hedonic model: X'X is not positive definite");
    const Eigen::VectorXd beta = llt.solve(b);
    const Eigen::MatrixXd a_inverse = llt.solve(Eigen::MatrixXd::Identity(q, q));

    const auto n = static_cast<double>(observations.size());
    const double rss = std::max(0.0, yty - beta.dot(b));
    const double tss = yty - y_sum * y_sum / n;
    fit.observations = observations.size();
    fit.parameters = kept.size();
    fit.r_squared = tss > 0.0 ? 1.0 - rss / tss : 0.0;
    const double s2 = rss / (n - static_cast<double>(q));
    fit.residual_sd = std::sqrt(s2);

    std::vector<Eigen::Index> position(p, -1);  // column -> index among kept
    for (Eigen::Index i = 0; i < q; ++i) position[static_cast<std::size_t>(kept[static_cast<std::size_t>(i)])] = i;
    const auto estimate = [&](std::size_t column) { return beta(position[column]); };
    const auto std_error = [&](std::size_t column) {
        return std::sqrt(s2 * a_inverse(position[column], position[column]));
    };

    fit.terms.push_back({"intercept", "", estimate(0), std_error(0), false, observations.size()});
    for (std::size_t f = 0; f < kFactors; ++f) {
        const std::string reference = factors[f].reference();
        for (const auto& [level, count] : factors[f].counts) {
            HedonicTerm t{kFactorNames[f], level, 0.0, 0.0, level == reference, count};
            if (!t.reference) {
                const std::size_t column = column_of[f].at(level);
                if (position[column] < 0) continue;  // not identified: a state says so
                t.estimate = estimate(column);
                t.std_error = std_error(column);
            }
            fit.terms.push_back(t);
        }
    }
    if (!provider_effects) return fit;

    // Against the placement-weighted average provider: e_p = b_p - w'b, Var = c'Vc, c = unit_p - w.
    Eigen::VectorXd weights = Eigen::VectorXd::Zero(q);
    for (const auto& [provider, count] : providers.counts)
        if (provider != reference_provider && position[provider_column.at(provider)] >= 0)
            weights(position[provider_column.at(provider)]) = static_cast<double>(count) / n;
    const double average = weights.dot(beta);
    const Eigen::VectorXd v_weights = a_inverse * weights;
    const double w_v_w = weights.dot(v_weights);
    for (const auto& [provider, count] : providers.counts) {
        ProviderPremium premium;
        premium.group_id = provider;
        const Entity* entity = market.find_entity(provider);
        premium.name = entity ? entity->name : provider;
        premium.placements = count;
        Eigen::Index at = -1;
        if (provider != reference_provider) at = position[provider_column.at(provider)];
        if (provider != reference_provider && at < 0) {
            premium.identified = false;
            fit.providers.push_back(premium);
            continue;
        }
        const double b_p = at >= 0 ? beta(at) : 0.0;
        const double variance = at >= 0 ? a_inverse(at, at) - 2.0 * v_weights(at) + w_v_w : w_v_w;
        premium.effect = b_p - average;
        premium.std_error = std::sqrt(std::max(0.0, s2 * variance));
        premium.premium_pct = 100.0 * std::expm1(premium.effect);
        premium.premium_low_pct = 100.0 * std::expm1(premium.effect - 1.96 * premium.std_error);
        premium.premium_high_pct = 100.0 * std::expm1(premium.effect + 1.96 * premium.std_error);
        fit.providers.push_back(premium);
    }
    return fit;
}

}  // namespace oversight
