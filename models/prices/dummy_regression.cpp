#include "models/prices/dummy_regression.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>

#include <Eigen/Cholesky>

namespace oversight::prices_detail {
namespace {

std::string reference_of(const std::map<std::string, std::size_t>& counts, ReferenceLevel rule) {
    if (counts.empty()) return {};
    if (rule == ReferenceLevel::First) return counts.begin()->first;
    std::string best;
    std::size_t most = 0;
    for (const auto& [level, n] : counts)
        if (n > most) {
            most = n;
            best = level;
        }
    return best;
}

}  // namespace

DummyRegression fit_dummy_regression(const std::vector<DummyFactor>& factors,
                                     const std::vector<std::vector<std::string>>& levels, const std::vector<double>& y) {
    const std::size_t k = factors.size();
    std::vector<std::map<std::string, std::size_t>> counts(k);
    for (const auto& row : levels)
        for (std::size_t f = 0; f < k; ++f) ++counts[f][row[f]];

    // Columns: 0 the intercept, then each factor's non-reference levels.
    struct Column {
        std::size_t factor;
        std::string level;
    };
    std::vector<Column> columns = {{k, ""}};
    std::vector<std::map<std::string, Eigen::Index>> column_of(k);
    std::vector<std::string> references(k);
    for (std::size_t f = 0; f < k; ++f) {
        references[f] = reference_of(counts[f], factors[f].reference);
        for (const auto& [level, n] : counts[f])
            if (level != references[f]) {
                column_of[f][level] = static_cast<Eigen::Index>(columns.size());
                columns.push_back({f, level});
            }
    }
    const auto p = static_cast<Eigen::Index>(columns.size());
    if (static_cast<Eigen::Index>(y.size()) <= p)
        throw std::invalid_argument(std::to_string(y.size()) + " observations are too few for " + std::to_string(p) +
                                    " parameters");

    // X'X and X'y from each row's few nonzero columns (all ones).
    Eigen::MatrixXd xtx = Eigen::MatrixXd::Zero(p, p);
    Eigen::VectorXd xty = Eigen::VectorXd::Zero(p);
    double yty = 0.0, y_sum = 0.0;
    std::vector<Eigen::Index> nonzero;
    for (std::size_t i = 0; i < y.size(); ++i) {
        nonzero.assign(1, 0);
        for (std::size_t f = 0; f < k; ++f)
            if (const auto it = column_of[f].find(levels[i][f]); it != column_of[f].end()) nonzero.push_back(it->second);
        for (Eigen::Index a : nonzero) {
            xty(a) += y[i];
            for (Eigen::Index b : nonzero) xtx(a, b) += 1.0;
        }
        yty += y[i] * y[i];
        y_sum += y[i];
    }

    DummyRegression out;
    // Keep columns in order unless one lies in the span of those kept. `upper` is the
    // Cholesky factor of the kept columns' X'X (upper triangular: the forward substitution
    // reads its columns contiguously).
    std::vector<Eigen::Index> kept;
    Eigen::MatrixXd upper = Eigen::MatrixXd::Zero(p, p);
    for (Eigen::Index j = 0; j < p; ++j) {
        const auto n_kept = static_cast<Eigen::Index>(kept.size());
        Eigen::VectorXd w(n_kept);
        for (Eigen::Index i = 0; i < n_kept; ++i)
            w(i) = (xtx(kept[static_cast<std::size_t>(i)], j) - upper.col(i).head(i).dot(w.head(i))) / upper(i, i);
        const double d = xtx(j, j) - w.squaredNorm();
        if (d <= 1e-9 * xtx(j, j)) {
            const Column& c = columns[static_cast<std::size_t>(j)];
            out.states.push_back(factors[c.factor].name + " " + c.level +
                                 ": not identified (a combination of the other columns), left out");
            continue;
        }
        upper.col(n_kept).head(n_kept) = w;
        upper(n_kept, n_kept) = std::sqrt(d);
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
    if (llt.info() != Eigen::Success) throw std::runtime_error("regression: X'X is not positive definite");
    out.estimates = llt.solve(b);

    const auto n = static_cast<double>(y.size());
    const double rss = std::max(0.0, yty - out.estimates.dot(b));
    const double tss = yty - y_sum * y_sum / n;
    const double s2 = rss / (n - static_cast<double>(q));
    out.observations = y.size();
    out.parameters = kept.size();
    out.r_squared = tss > 0.0 ? 1.0 - rss / tss : 0.0;
    out.residual_sd = std::sqrt(s2);
    out.covariance = s2 * llt.solve(Eigen::MatrixXd::Identity(q, q));
    out.intercept = out.estimates(0);
    out.intercept_std_error = std::sqrt(out.covariance(0, 0));

    std::vector<Eigen::Index> position(static_cast<std::size_t>(p), -1);
    for (Eigen::Index i = 0; i < q; ++i) position[static_cast<std::size_t>(kept[static_cast<std::size_t>(i)])] = i;
    out.levels.resize(k);
    for (std::size_t f = 0; f < k; ++f)
        for (const auto& [level, count] : counts[f]) {
            FittedLevel fitted{level, count, level == references[f], true, -1, 0.0, 0.0};
            if (!fitted.reference) {
                fitted.parameter = position[static_cast<std::size_t>(column_of[f].at(level))];
                fitted.identified = fitted.parameter >= 0;
                if (fitted.identified) {
                    fitted.estimate = out.estimates(fitted.parameter);
                    fitted.std_error = std::sqrt(out.covariance(fitted.parameter, fitted.parameter));
                }
            }
            out.levels[f].push_back(fitted);
        }
    return out;
}

}  // namespace oversight::prices_detail
