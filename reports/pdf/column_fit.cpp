#include "reports/pdf/column_fit.hpp"

#include <algorithm>
#include <numeric>

namespace oversight {

ColumnFit fit_columns(const std::vector<ColumnNeed>& needs, const std::vector<bool>& text, double page_width,
                      double start_size, double smallest_size, double padding) {
    const std::size_t n = needs.size();
    double least_total = 0;
    for (const ColumnNeed& need : needs) least_total += need.least;
    const double paddings = padding * static_cast<double>(n);

    ColumnFit fit;
    fit.font_size = start_size;
    while (least_total * fit.font_size / start_size + paddings > page_width &&
           fit.font_size - 0.5 >= smallest_size - 1e-9)
        fit.font_size -= 0.5;
    const double scale = fit.font_size / start_size;

    std::vector<double> least(n), want(n);
    for (std::size_t c = 0; c < n; ++c) {
        least[c] = needs[c].least * scale + padding;
        want[c] = std::max(needs[c].want, needs[c].least) * scale + padding;
    }
    const double least_sum = least_total * scale + paddings;
    if (least_sum >= page_width) {
        fit.widths = least;
        if (least_sum > 0)
            for (double& w : fit.widths) w *= page_width / least_sum;
        return fit;
    }
    const double spare = page_width - least_sum;
    double lacking = 0;
    for (std::size_t c = 0; c < n; ++c) lacking += want[c] - least[c];
    fit.widths = least;
    if (lacking > 0 && lacking >= spare) {
        for (std::size_t c = 0; c < n; ++c) fit.widths[c] += (want[c] - least[c]) * spare / lacking;
        return fit;
    }
    fit.widths = want;
    const double rest = spare - lacking;
    double receiving = 0;
    const bool any_text = std::find(text.begin(), text.end(), true) != text.end();
    for (std::size_t c = 0; c < n; ++c)
        if (!any_text || text[c]) receiving += want[c];
    for (std::size_t c = 0; c < n; ++c) {
        if (any_text && !text[c]) continue;
        fit.widths[c] += receiving > 0 ? rest * want[c] / receiving : rest / static_cast<double>(n);
    }
    return fit;
}

bool fits_page(const std::vector<ColumnNeed>& needs, double page_width, double start_size, double smallest_size,
               double padding) {
    double least_total = 0;
    for (const ColumnNeed& need : needs) least_total += need.least;
    return least_total * smallest_size / start_size + padding * static_cast<double>(needs.size()) <= page_width;
}

std::vector<std::vector<std::size_t>> split_columns(const std::vector<ColumnNeed>& needs, double page_width,
                                                   double padding) {
    std::vector<std::vector<std::size_t>> parts;
    if (needs.empty()) return parts;
    std::vector<std::size_t> part = {0};
    double used = needs[0].least + padding;
    for (std::size_t c = 1; c < needs.size(); ++c) {
        if (part.size() > 1 && used + needs[c].least + padding > page_width) {
            parts.push_back(std::move(part));
            part = {0};
            used = needs[0].least + padding;
        }
        part.push_back(c);
        used += needs[c].least + padding;
    }
    parts.push_back(std::move(part));
    return parts;
}

}  // namespace oversight
