// Correlated failures against the exact large-pool law, and the simulated market.
#include "models/exit/exit_simulation.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "models/exit/correlated_failures.hpp"
#include "tests/models/exit_sample_market.hpp"

namespace oversight {
namespace {

using namespace exit_sample;

// The oracle's own normal functions: Φ from erfc, Φ⁻¹ by bisection on it (not the
// library quantile the simulator uses).
double phi(double x) { return 0.5 * std::erfc(-x / std::sqrt(2.0)); }
double phi_inverse(double p) {
    double low = -40.0, high = 40.0;
    for (int i = 0; i < 200; ++i) {
        const double mid = 0.5 * (low + high);
        (phi(mid) < p ? low : high) = mid;
    }
    return 0.5 * (low + high);
}
/// DOMAIN.md §7: for a large homogeneous pool the failed share X has
/// P(X <= x) = Φ((√(1−ρ) Φ⁻¹(x) − Φ⁻¹(PD)) / √ρ).
double vasicek_cdf(double x, double pd, double rho) {
    return phi((std::sqrt(1.0 - rho) * phi_inverse(x) - phi_inverse(pd)) / std::sqrt(rho));
}

void expect_large_pool_law(double pd, double rho) {
    // 2,000 providers and 4,000 paths. Tolerance 0.03: the empirical CDF's sampling error
    // is at most 0.5 / √4000 = 0.008 (one sd), and a finite pool of 2,000 adds binomial noise
    // of about √(pd (1 − pd) / 2000) around each conditional share, which moves the CDF by
    // less than 0.02 at these points.
    constexpr int kProviders = 2000, kPaths = 4000;
    const std::vector<double> pds(kProviders, pd);
    const CorrelatedFailures failures(pds, rho, 42);
    std::vector<double> shares;
    std::vector<char> failed;
    double mean = 0.0;
    for (int k = 0; k < kPaths; ++k) {
        failures.draw(static_cast<std::uint64_t>(k), failed);
        const double share = std::count(failed.begin(), failed.end(), 1) / static_cast<double>(kProviders);
        shares.push_back(share);
        mean += share / kPaths;
    }
    EXPECT_NEAR(mean, pd, 0.15 * pd) << "the mean failed share is the PD";
    for (const double x : {0.5 * pd, pd, 2.0 * pd, 4.0 * pd}) {
        const double empirical =
            std::count_if(shares.begin(), shares.end(), [&](double s) { return s <= x; }) / static_cast<double>(kPaths);
        EXPECT_NEAR(empirical, vasicek_cdf(x, pd, rho), 0.03) << "pd " << pd << " rho " << rho << " x " << x;
    }
}

TEST(CorrelatedFailures, FailedShareFollowsTheLargePoolLaw) {
    expect_large_pool_law(0.05, 0.20);
    expect_large_pool_law(0.02, 0.50);
    expect_large_pool_law(0.10, 0.05);
}

TEST(CorrelatedFailures, EdgesAndErrors) {
    const std::vector<double> pds{0.0, 1.0};
    const CorrelatedFailures failures(pds, 0.3, 1);
    std::vector<char> failed;
    for (std::uint64_t k = 0; k < 100; ++k) {
        failures.draw(k, failed);
        EXPECT_EQ(failed, (std::vector<char>{0, 1}));
    }
    const std::vector<double> bad{1.5};
    EXPECT_THROW(CorrelatedFailures(bad, 0.2, 1), std::invalid_argument);
    EXPECT_THROW(CorrelatedFailures(pds, 1.0, 1), std::invalid_argument);
    EXPECT_THROW(CorrelatedFailures(pds, -0.1, 1), std::invalid_argument);
}

TEST(ExitSimulation, SameResultsWhateverTheThreadCount) {
    const Market market(sample());
    const ExitMarket exit(market, assumptions(), kAsOf);
    const std::vector<double> pds{0.3, 0.2, 0.0};  // X, Y, council C
    SilentProgress progress;
    ExitSimulationOptions options;
    options.paths = 500;
    options.correlation = 0.3;
    options.seed = 9;
    options.threads = 1;
    const ExitSimulation one = simulate_exits(exit, pds, options, progress);
    options.threads = 3;
    const ExitSimulation three = simulate_exits(exit, pds, options, progress);
    ASSERT_EQ(one.paths.size(), 500u);
    for (std::size_t k = 0; k < one.paths.size(); ++k) {
        EXPECT_EQ(one.paths[k].factor, three.paths[k].factor);
        EXPECT_EQ(one.paths[k].displaced, three.paths[k].displaced);
        EXPECT_EQ(one.paths[k].unplaced, three.paths[k].unplaced);
        EXPECT_EQ(one.paths[k].annual_cost_change_gbp, three.paths[k].annual_cost_change_gbp);
    }
    EXPECT_EQ(one.england.displaced.p99, three.england.displaced.p99);
    EXPECT_EQ(one.failures_of_group, three.failures_of_group);
    EXPECT_EQ(one.failures_of_group[2], 0);  // a council never fails
}

TEST(ExitSimulation, ACertainFailureIsTheScenarioOnEveryPath) {
    // X fails with probability 1, the others never: every path is GroupExitWorkedByHand
    // (5 displaced, 1 unplaced, 808,059 pence a week).
    const Market market(sample());
    const ExitMarket exit(market, assumptions(), kAsOf);
    const std::vector<double> pds{1.0, 0.0, 0.0};
    SilentProgress progress;
    ExitSimulationOptions options;
    options.paths = 50;
    const ExitSimulation sim = simulate_exits(exit, pds, options, progress);
    EXPECT_EQ(sim.paths_with_failures, 50);
    EXPECT_DOUBLE_EQ(sim.england.displaced.mean, 5.0);
    EXPECT_DOUBLE_EQ(sim.england.unplaced.p99, 1.0);
    EXPECT_NEAR(sim.england.annual_cost_change_gbp.p50, 8080.59 * 365.25 / 7.0, 1e-6);
    EXPECT_DOUBLE_EQ(sim.regions[0].displaced.p95, 5.0);
    EXPECT_DOUBLE_EQ(sim.regions[1].displaced.max, 0.0);
    EXPECT_DOUBLE_EQ(sim.england.share_of_paths_displacing_pct, 100.0);
    EXPECT_DOUBLE_EQ(sim.expected_failures, 1.0);
}

TEST(ExitSimulation, IndependentFailuresAtTheirProbability) {
    // ρ = 0: X fails on about 30 % of 4,000 paths (sd √(0.3 × 0.7 / 4000) = 0.7 %).
    const Market market(sample());
    const ExitMarket exit(market, assumptions(), kAsOf);
    const std::vector<double> pds{0.3, 0.0, 0.0};
    SilentProgress progress;
    ExitSimulationOptions options;
    options.paths = 4000;
    options.correlation = 0.0;
    const ExitSimulation sim = simulate_exits(exit, pds, options, progress);
    EXPECT_NEAR(sim.failures_of_group[0] / 4000.0, 0.3, 0.03);
    EXPECT_NEAR(sim.england.displaced.mean, 5.0 * sim.failures_of_group[0] / 4000.0, 1e-9);
    EXPECT_THROW(simulate_exits(exit, std::vector<double>{0.1}, options, progress), std::invalid_argument);
}

}  // namespace
}  // namespace oversight
