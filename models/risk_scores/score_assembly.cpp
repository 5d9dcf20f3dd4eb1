#include "models/risk_scores/score_assembly.hpp"

#include <algorithm>
#include <utility>

namespace oversight::score_assembly {

std::optional<double> ratio_over_positive(double numerator, double denominator) {
    if (!(denominator > 0.0)) return std::nullopt;
    return numerator / denominator;
}

std::optional<double> annualised(double flow, int period_months) {
    if (period_months <= 0) return std::nullopt;
    return flow * 12.0 / period_months;
}

double total_liabilities(const Accounts& accounts) {
    return accounts.current_liabilities + accounts.non_current_liabilities;
}

void add_state(ScoreResult& result, const std::string& state) {
    if (std::find(result.states.begin(), result.states.end(), state) == result.states.end())
        result.states.push_back(state);
}

void add_driver(ScoreResult& result, std::string name, std::string definition, std::optional<double> ratio,
                double coefficient) {
    ScoreDriver driver;
    driver.name = std::move(name);
    driver.definition = std::move(definition);
    driver.ratio = ratio;
    driver.coefficient = coefficient;
    if (ratio) driver.contribution = coefficient * *ratio;
    result.drivers.push_back(std::move(driver));
}

void total_drivers(ScoreResult& result) {
    double total = result.constant;
    for (const ScoreDriver& driver : result.drivers) {
        if (!driver.contribution) {
            result.value.reset();
            return;
        }
        total += *driver.contribution;
    }
    result.value = total;
}

}  // namespace oversight::score_assembly
