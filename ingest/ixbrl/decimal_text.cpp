#include "ingest/ixbrl/decimal_text.hpp"

namespace oversight::ixbrl {

std::string canonical_decimal(std::string whole, std::string fraction) {
    const auto first = whole.find_first_not_of('0');
    whole = first == std::string::npos ? "0" : whole.substr(first);
    while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
    return fraction.empty() ? whole : whole + '.' + fraction;
}

}  // namespace oversight::ixbrl
