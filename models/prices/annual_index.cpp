#include "models/prices/annual_index.hpp"

namespace oversight {

std::optional<double> annual_index(const Market& market, std::string_view index, int year) {
    double sum = 0.0;
    int count = 0;
    for (const IndexPoint& point : market.data().indices)
        if (point.index == index && point.date.year() == year) {
            sum += point.value;
            ++count;
        }
    if (count == 0 || !(sum / count > 0.0)) return std::nullopt;
    return sum / count;
}

}  // namespace oversight
