/// \file assumptions.hpp
/// \brief Every named assumption of the engine with its documented default.
///
/// Models take the part they need (e.g. `ProfitabilityAssumptions`) as a plain value;
/// only the application layer reads configuration files. Each brief prints the values
/// it used. The catalogue below is the one list of keys: `oversight config` prints it
/// and docs/configuration.md is checked against it by a test.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace oversight {

struct ProfitabilityAssumptions {
    double cost_of_capital_pct = 10.0;  ///< nominal pre-tax; CMA-style excess profit
};

struct IngestAssumptions {
    double identity_tolerance_gbp = 1000.0;  ///< accounts identities warn beyond this
};

struct MarketStructureAssumptions {
    int largest_groups = 10;                    ///< "top N" for concentration shares
    int cma_homes_groups = 15;                  ///< population of the CMA homes margin figure
    double cma_homes_margin_pct = 22.6;         ///< CMA: 15 largest children's home providers
    int cma_ifa_groups = 7;                     ///< population compared with the CMA IFA figure
    double cma_ifa_margin_pct = 19.4;           ///< CMA: largest IFAs
};

struct Assumptions {
    ProfitabilityAssumptions profitability;
    IngestAssumptions ingest;
    MarketStructureAssumptions market_structure;
};

/// One configuration key: its name, default, unit and meaning, and how to set it.
struct AssumptionKey {
    std::string key;  ///< e.g. "profitability.cost_of_capital_pct"
    std::string unit;
    std::string description;
    std::function<std::string(const Assumptions&)> get;
    std::function<void(Assumptions&, const std::string&)> set;  ///< throws on a bad value
};

const std::vector<AssumptionKey>& assumption_catalogue();

/// Defaults, overridden by `key = value` lines of a properties file (if `path` is not
/// empty), then by `overrides` ("key=value"). Throws std::invalid_argument naming the
/// file, key and value for an unknown key or a value that does not parse.
Assumptions load_assumptions(const std::string& path, const std::vector<std::string>& overrides);

}  // namespace oversight
