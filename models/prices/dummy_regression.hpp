/// \file dummy_regression.hpp
/// \brief Internal to models/prices: ordinary least squares of y on an intercept and
/// dummy-coded factors, the engine of the hedonic model and of the price index.
///
/// Each factor is coded as one dummy per level except its reference level. Columns are
/// taken in order (intercept, then each factor's levels in code order); one that is a
/// combination of the columns before it (its squared distance from their span at most 1e-9
/// of its squared length; incremental Cholesky of X'X) is left out with a state, so a
/// later factor gives way to an earlier one. Solved by Cholesky (Eigen LLT) on the kept
/// columns; V = s^2 (X'X)^-1 with s^2 = RSS / (n - p).
#pragma once

#include <string>
#include <vector>

#include <Eigen/Core>

namespace oversight::prices_detail {

enum class ReferenceLevel {
    MostFrequent,  ///< ties: the first in code order
    First,         ///< in code order (e.g. the first year, the base of an index)
};

struct DummyFactor {
    std::string name;
    ReferenceLevel reference = ReferenceLevel::MostFrequent;
};

struct FittedLevel {
    std::string level;
    std::size_t observations = 0;
    bool reference = false;
    bool identified = true;      ///< false: left out as a combination of earlier columns
    Eigen::Index parameter = -1; ///< row of `covariance`; -1 for a reference or left-out level
    double estimate = 0.0;       ///< 0 for the reference
    double std_error = 0.0;
};

struct DummyRegression {
    std::vector<std::vector<FittedLevel>> levels;  ///< per factor, in code order
    double intercept = 0.0;
    double intercept_std_error = 0.0;
    std::size_t observations = 0;
    std::size_t parameters = 0;
    double r_squared = 0.0;
    double residual_sd = 0.0;
    Eigen::MatrixXd covariance;   ///< of the kept parameters; parameter 0 is the intercept
    Eigen::VectorXd estimates;    ///< the kept parameters
    std::vector<std::string> states;  ///< "<factor> <level>: not identified ..."
};

/// `levels[i][f]` is observation i's level of factor f; `y[i]` its value. Throws
/// std::invalid_argument when there are no more observations than parameters.
DummyRegression fit_dummy_regression(const std::vector<DummyFactor>& factors,
                                     const std::vector<std::vector<std::string>>& levels, const std::vector<double>& y);

}  // namespace oversight::prices_detail
