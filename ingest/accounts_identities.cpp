#include "ingest/accounts_identities.hpp"

#include <cmath>
#include <cstdio>

namespace oversight {

std::string pounds_text(double amount) {
    char text[48];
    std::snprintf(text, sizeof text, "%.2f", amount);
    return text;
}

std::optional<std::string> identity_gap(const std::string& formula, double computed, std::string_view filed_name,
                                        double filed, double tolerance_gbp) {
    const double difference = computed - filed;
    if (std::fabs(difference) <= tolerance_gbp) return std::nullopt;
    return formula + " = " + pounds_text(computed) + " but " + std::string(filed_name) + " = " + pounds_text(filed) +
           " (difference " + pounds_text(difference) + ", tolerance " + pounds_text(tolerance_gbp) + ")";
}

}  // namespace oversight
