#include "reports/charts/chart_layout.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <stdexcept>

namespace oversight {
namespace {

using namespace palette;

// Series colours: the accent first.
const Rgb kPalette[] = {kAccent, {0.753, 0.314, 0.302}, {0.478, 0.580, 0.227}, {0.502, 0.392, 0.635},
                        {0.898, 0.537, 0.227}, {0.294, 0.675, 0.776}};

constexpr double kFont = 9.0;
constexpr double kSmallFont = 8.0;
constexpr double kTicks = 5.0;

/// An axis from `low` to `high` in steps of 1, 2 or 5 times a power of ten, about five
/// steps, always holding zero when the data do not cross it.
struct Scale {
    double low = 0.0, high = 1.0, step = 0.25;

    static Scale nice(double lowest, double highest, bool include_zero) {
        if (include_zero) {
            lowest = std::min(lowest, 0.0);
            highest = std::max(highest, 0.0);
        }
        if (!(highest > lowest)) highest = lowest + 1.0;
        const double rough = (highest - lowest) / kTicks;
        const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
        double step = 10.0 * magnitude;
        for (const double m : {1.0, 2.0, 5.0})
            if (m * magnitude >= rough) {
                step = m * magnitude;
                break;
            }
        Scale s;
        s.step = step;
        s.low = std::floor(lowest / step + 1e-9) * step;
        s.high = std::ceil(highest / step - 1e-9) * step;
        if (s.high <= s.low) s.high = s.low + step;
        return s;
    }
    double fraction(double v) const { return (v - low) / (high - low); }
    std::vector<double> ticks() const {
        std::vector<double> out;
        for (double t = low; t <= high + step * 1e-6; t += step) out.push_back(std::abs(t) < step * 1e-9 ? 0.0 : t);
        return out;
    }
};

ChartShape rect(double x, double y, double w, double h, Rgb fill) {
    ChartShape s;
    s.kind = ChartShape::Kind::Rect;
    s.x = x;
    s.y = y;
    s.width = std::max(w, 0.0);
    s.height = std::max(h, 0.0);
    s.fill = fill;
    return s;
}

ChartShape line(double x1, double y1, double x2, double y2, Rgb stroke, double width = 1.0) {
    ChartShape s;
    s.kind = ChartShape::Kind::Line;
    s.x = x1;
    s.y = y1;
    s.x2 = x2;
    s.y2 = y2;
    s.stroke = stroke;
    s.stroke_width = width;
    return s;
}

ChartShape text(double x, double y, std::string content, ChartShape::Anchor anchor, Rgb colour = kInk,
                double size = kFont) {
    ChartShape s;
    s.kind = ChartShape::Kind::Text;
    s.x = x;
    s.y = y;
    s.text = std::move(content);
    s.anchor = anchor;
    s.fill = colour;
    s.font_size = size;
    return s;
}

[[noreturn]] void malformed(const Chart& chart, const std::string& why) {
    throw std::invalid_argument("chart " + chart.id + ": " + why);
}

double widest(const std::vector<std::string>& labels, double size) {
    double w = 0.0;
    for (const std::string& label : labels) w = std::max(w, estimated_text_width(label, size));
    return w;
}

std::string tick_label(double value, const Chart& chart) { return format_value(value, chart.value_kind, 0); }

/// The value axis of a horizontal chart: grid lines and tick labels below the plot.
void horizontal_axis(ChartDrawing& d, const Scale& scale, const Chart& chart, double left, double right, double top,
                     double bottom) {
    for (const double t : scale.ticks()) {
        const double x = left + scale.fraction(t) * (right - left);
        d.shapes.push_back(line(x, top, x, bottom + 3, t == 0.0 ? kMuted : kRule));
        d.shapes.push_back(text(x, bottom + 14, tick_label(t, chart), ChartShape::Anchor::Middle));
    }
    d.shapes.push_back(text((left + right) / 2, bottom + 30, chart.value_label, ChartShape::Anchor::Middle, kMuted));
}

/// The value axis of a vertical chart: grid lines and tick labels left of the plot.
void vertical_axis(ChartDrawing& d, const Scale& scale, const Chart& chart, double left, double right, double top,
                   double bottom) {
    for (const double t : scale.ticks()) {
        const double y = bottom - scale.fraction(t) * (bottom - top);
        d.shapes.push_back(line(left - 3, y, right, y, t == 0.0 ? kMuted : kRule));
        d.shapes.push_back(text(left - 6, y + 3, tick_label(t, chart), ChartShape::Anchor::End));
    }
    ChartShape label = text(left, top - 8, chart.value_label, ChartShape::Anchor::Start, kMuted);
    d.shapes.push_back(label);
}

ChartDrawing bars(const Chart& chart, double width) {
    if (chart.values.size() != chart.categories.size()) malformed(chart, "one value per category is needed");
    ChartDrawing d;
    const double bar = 14.0, gap = 7.0, top = 6.0;
    const double label_width = std::min(widest(chart.categories, kFont) + 10.0, width * 0.4);
    const double left = label_width, right = width - 70.0;
    const double bottom = top + static_cast<double>(chart.categories.size()) * (bar + gap);
    d.width = width;
    d.height = bottom + 38.0;
    double lo = 0.0, hi = 0.0;
    for (const double v : chart.values) {
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    const Scale scale = Scale::nice(lo, hi, true);
    horizontal_axis(d, scale, chart, left, right, top, bottom);
    const double zero = left + scale.fraction(0.0) * (right - left);
    for (std::size_t i = 0; i < chart.categories.size(); ++i) {
        const double y = top + static_cast<double>(i) * (bar + gap);
        const double end = left + scale.fraction(chart.values[i]) * (right - left);
        d.shapes.push_back(text(left - 6, y + bar * 0.75, chart.categories[i], ChartShape::Anchor::End));
        d.shapes.push_back(rect(std::min(zero, end), y, std::abs(end - zero), bar, kAccent));
        d.shapes.push_back(text(std::max(zero, end) + 4, y + bar * 0.75,
                                format_value(chart.values[i], chart.value_kind, chart.precision),
                                ChartShape::Anchor::Start));
    }
    return d;
}

ChartDrawing boxes(const Chart& chart, double width) {
    if (chart.boxes.size() != chart.categories.size()) malformed(chart, "one box per category is needed");
    ChartDrawing d;
    const double box = 14.0, gap = 9.0, top = 6.0;
    const double label_width = std::min(widest(chart.categories, kFont) + 10.0, width * 0.4);
    const double left = label_width, right = width - 20.0;
    const double bottom = top + static_cast<double>(chart.categories.size()) * (box + gap);
    d.width = width;
    d.height = bottom + 38.0;
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (const BoxFigures& b : chart.boxes) {
        if (!(b.p10 <= b.p25 && b.p25 <= b.p50 && b.p50 <= b.p75 && b.p75 <= b.p90))
            malformed(chart, "a box's figures must rise from p10 to p90");
        lo = std::min(lo, b.p10);
        hi = std::max(hi, b.p90);
    }
    if (chart.boxes.empty()) lo = hi = 0.0;
    const Scale scale = Scale::nice(lo, hi, false);
    horizontal_axis(d, scale, chart, left, right, top, bottom);
    const auto at = [&](double v) { return left + scale.fraction(v) * (right - left); };
    for (std::size_t i = 0; i < chart.boxes.size(); ++i) {
        const BoxFigures& b = chart.boxes[i];
        const double y = top + static_cast<double>(i) * (box + gap), middle = y + box / 2;
        d.shapes.push_back(text(left - 6, y + box * 0.75, chart.categories[i], ChartShape::Anchor::End));
        d.shapes.push_back(line(at(b.p10), middle, at(b.p25), middle, kInk));
        d.shapes.push_back(line(at(b.p75), middle, at(b.p90), middle, kInk));
        d.shapes.push_back(line(at(b.p10), y + 3, at(b.p10), y + box - 3, kInk));
        d.shapes.push_back(line(at(b.p90), y + 3, at(b.p90), y + box - 3, kInk));
        ChartShape body = rect(at(b.p25), y, at(b.p75) - at(b.p25), box, kBand);
        body.stroke = kAccent;
        d.shapes.push_back(body);
        d.shapes.push_back(line(at(b.p50), y, at(b.p50), y + box, kAccent, 2.0));
    }
    return d;
}

ChartDrawing lines(const Chart& chart, double width) {
    for (const ChartSeries& s : chart.series)
        if (s.values.size() != chart.categories.size()) malformed(chart, "series " + s.name + ": one value per category");
    ChartDrawing d;
    double lo = 0.0, hi = 0.0;
    for (const ChartSeries& s : chart.series)
        for (const double v : s.values)
            if (std::isfinite(v)) {  // a missing value (NaN) leaves a gap in its line
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
    const Scale scale = Scale::nice(lo, hi, true);
    double label_width = 0.0;
    for (const double t : scale.ticks()) label_width = std::max(label_width, estimated_text_width(tick_label(t, chart), kFont));
    const double left = label_width + 10.0, right = width - 12.0, top = 18.0, bottom = 178.0;
    vertical_axis(d, scale, chart, left, right, top, bottom);
    const std::size_t n = chart.categories.size();
    const auto x_of = [&](std::size_t i) {
        return n <= 1 ? (left + right) / 2 : left + (right - left) * static_cast<double>(i) / static_cast<double>(n - 1);
    };
    const std::size_t every = std::max<std::size_t>(1, static_cast<std::size_t>(
                                                           std::ceil(widest(chart.categories, kFont) * static_cast<double>(n) /
                                                                     std::max(right - left, 1.0) / 0.8)));
    for (std::size_t i = 0; i < n; i += every)
        d.shapes.push_back(text(x_of(i), bottom + 14, chart.categories[i], ChartShape::Anchor::Middle));
    if (!chart.category_label.empty())
        d.shapes.push_back(text((left + right) / 2, bottom + 28, chart.category_label, ChartShape::Anchor::Middle, kMuted));
    double legend_y = bottom + (chart.category_label.empty() ? 30.0 : 44.0);
    for (std::size_t k = 0; k < chart.series.size(); ++k) {
        const Rgb colour = kPalette[k % std::size(kPalette)];
        // One polyline per run of values present; a marker on every value.
        ChartShape path;
        path.kind = ChartShape::Kind::Polyline;
        path.stroke = colour;
        path.stroke_width = 2.0;
        std::vector<std::pair<double, double>> markers;
        const auto close_run = [&] {
            if (path.points.size() > 1) d.shapes.push_back(path);
            path.points.clear();
        };
        for (std::size_t i = 0; i < n; ++i) {
            const double v = chart.series[k].values[i];
            if (!std::isfinite(v)) {
                close_run();
                continue;
            }
            path.points.emplace_back(x_of(i), bottom - scale.fraction(v) * (bottom - top));
            markers.push_back(path.points.back());
        }
        close_run();
        for (const auto& [x, y] : markers) d.shapes.push_back(rect(x - 2, y - 2, 4, 4, colour));
        if (chart.series.size() > 1 || !chart.series[k].name.empty()) {
            d.shapes.push_back(line(left, legend_y - 3, left + 18, legend_y - 3, colour, 2.0));
            d.shapes.push_back(text(left + 24, legend_y, chart.series[k].name, ChartShape::Anchor::Start));
            legend_y += 14.0;
        }
    }
    d.width = width;
    d.height = legend_y + 4.0;
    return d;
}

ChartDrawing histogram(const Chart& chart, double width) {
    if (chart.bin_edges.size() != chart.values.size() + 1) malformed(chart, "bin edges must be one more than the counts");
    for (std::size_t i = 1; i < chart.bin_edges.size(); ++i)
        if (!(chart.bin_edges[i] > chart.bin_edges[i - 1])) malformed(chart, "bin edges must rise");
    ChartDrawing d;
    double hi = 0.0;
    for (const double v : chart.values) hi = std::max(hi, v);
    const Scale scale = Scale::nice(0.0, hi, true);
    double label_width = 0.0;
    for (const double t : scale.ticks()) label_width = std::max(label_width, estimated_text_width(tick_label(t, chart), kFont));
    const double left = label_width + 10.0, right = width - 12.0, top = 18.0, bottom = 178.0;
    vertical_axis(d, scale, chart, left, right, top, bottom);
    const std::size_t bins = chart.values.size();
    const double bin_width = bins == 0 ? 0.0 : (right - left) / static_cast<double>(bins);
    for (std::size_t i = 0; i < bins; ++i) {
        const double h = scale.fraction(chart.values[i]) * (bottom - top);
        ChartShape bar = rect(left + static_cast<double>(i) * bin_width, bottom - h, bin_width, h, kAccent);
        bar.stroke = kWhite;
        d.shapes.push_back(bar);
    }
    std::vector<std::string> edge_labels;
    for (const double e : chart.bin_edges) edge_labels.push_back(format_value(e, chart.bin_kind, 0));
    const std::size_t every = std::max<std::size_t>(
        1, static_cast<std::size_t>(std::ceil((widest(edge_labels, kSmallFont) + 6.0) / std::max(bin_width, 1.0))));
    for (std::size_t i = 0; i < edge_labels.size(); i += every)
        d.shapes.push_back(text(left + static_cast<double>(i) * bin_width, bottom + 13, edge_labels[i],
                                ChartShape::Anchor::Middle, kInk, kSmallFont));
    d.shapes.push_back(text((left + right) / 2, bottom + 28, chart.category_label, ChartShape::Anchor::Middle, kMuted));
    d.width = width;
    d.height = bottom + 34.0;
    return d;
}

Rgb blend(const Rgb& from, const Rgb& to, double t) {
    t = std::clamp(t, 0.0, 1.0);
    return {from.red + (to.red - from.red) * t, from.green + (to.green - from.green) * t,
            from.blue + (to.blue - from.blue) * t};
}

ChartDrawing heat_map(const Chart& chart, double width) {
    for (const ChartSeries& row : chart.series)
        if (row.values.size() != chart.categories.size()) malformed(chart, "row " + row.name + ": one value per column");
    ChartDrawing d;
    const Rgb cold{0.969, 0.984, 1.0}, hot{0.741, 0.145, 0.145};  // light blue to red
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (const ChartSeries& row : chart.series)
        for (const double v : row.values)
            if (std::isfinite(v)) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
    if (!(hi >= lo)) lo = hi = 0.0;
    std::vector<std::string> row_names;
    for (const ChartSeries& row : chart.series) row_names.push_back(row.name);
    const double left = std::min(widest(row_names, kFont) + 10.0, width * 0.3), right = width - 4.0;
    const double top = 30.0, cell_height = 18.0;
    const double columns = static_cast<double>(std::max<std::size_t>(chart.categories.size(), 1));
    const double cell_width = (right - left) / columns;
    if (!chart.category_label.empty())
        d.shapes.push_back(text((left + right) / 2, 9, chart.category_label, ChartShape::Anchor::Middle, kMuted));
    for (std::size_t c = 0; c < chart.categories.size(); ++c)
        d.shapes.push_back(text(left + (static_cast<double>(c) + 0.5) * cell_width, top - 6, chart.categories[c],
                                ChartShape::Anchor::Middle, kInk, kSmallFont));
    for (std::size_t r = 0; r < chart.series.size(); ++r) {
        const double y = top + static_cast<double>(r) * cell_height;
        d.shapes.push_back(text(left - 6, y + cell_height * 0.7, chart.series[r].name, ChartShape::Anchor::End));
        for (std::size_t c = 0; c < chart.categories.size(); ++c) {
            const double v = chart.series[r].values[c];
            // All values equal: the middle of the scale, neither mild nor severe.
            const double rising = hi > lo ? (v - lo) / (hi - lo) : 0.5;
            const double t = chart.low_is_severe ? 1.0 - rising : rising;
            const Rgb fill = std::isfinite(v) ? blend(cold, hot, t) : kWhite;
            ChartShape cell = rect(left + static_cast<double>(c) * cell_width, y, cell_width, cell_height, fill);
            cell.stroke = kWhite;
            d.shapes.push_back(cell);
            const std::string value = std::isfinite(v) ? format_value(v, chart.value_kind, chart.precision) : "–";
            if (estimated_text_width(value, kSmallFont) + 4.0 <= cell_width)
                d.shapes.push_back(text(left + (static_cast<double>(c) + 0.5) * cell_width, y + cell_height * 0.68, value,
                                        ChartShape::Anchor::Middle, t > 0.6 ? kWhite : kInk, kSmallFont));
        }
    }
    // The colour key, mild to severe: lowest to highest value (or the reverse).
    const double mild = chart.low_is_severe ? hi : lo, severe = chart.low_is_severe ? lo : hi;
    const double key_y = top + static_cast<double>(chart.series.size()) * cell_height + 12.0, key_width = 160.0;
    constexpr int kSteps = 16;
    for (int i = 0; i < kSteps; ++i)
        d.shapes.push_back(rect(left + key_width * i / kSteps, key_y, key_width / kSteps + 0.5, 8.0,
                                blend(cold, hot, (i + 0.5) / kSteps)));
    d.shapes.push_back(text(left, key_y + 19, format_value(mild, chart.value_kind, chart.precision), ChartShape::Anchor::Start,
                            kInk, kSmallFont));
    d.shapes.push_back(text(left + key_width, key_y + 19, format_value(severe, chart.value_kind, chart.precision),
                            ChartShape::Anchor::End, kInk, kSmallFont));
    d.shapes.push_back(text(left + key_width + 10, key_y + 8, chart.value_label, ChartShape::Anchor::Start, kMuted));
    d.width = width;
    d.height = key_y + 26.0;
    return d;
}

}  // namespace

double estimated_text_width(const std::string& text, double font_size) {
    std::size_t characters = 0;
    for (const char c : text)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++characters;  // UTF-8 lead bytes
    return 0.6 * font_size * static_cast<double>(characters);
}

ChartDrawing layout_chart(const Chart& chart, double width) {
    switch (chart.kind) {
        case Chart::Kind::Bar: return bars(chart, width);
        case Chart::Kind::Line: return lines(chart, width);
        case Chart::Kind::Histogram: return histogram(chart, width);
        case Chart::Kind::BoxPlot: return boxes(chart, width);
        case Chart::Kind::HeatMap: return heat_map(chart, width);
    }
    malformed(chart, "unknown kind");
}

}  // namespace oversight
