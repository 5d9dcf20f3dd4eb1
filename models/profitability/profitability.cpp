#include "models/profitability/profitability.hpp"
namespace oversight {
ProfitabilityResult compute_profitability(const Market&, const ProfitabilityAssumptions&) { return {}; }
}
