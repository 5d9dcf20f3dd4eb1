#include "reports/html/svg_chart.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace oversight {

std::string xml_escape(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

namespace {

std::string number(double v) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", v);
    return buffer;
}

/// A "nice" axis maximum: 1, 2 or 5 times a power of ten at or above the largest value.
double nice_ceiling(double value) {
    if (value <= 0) return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 5.0, 10.0})
        if (step * magnitude >= value) return step * magnitude;
    return 10 * magnitude;
}

std::string horizontal_bars(const Chart& chart) {
    const double label_width = 190, plot_width = 420, bar_height = 18, gap = 8, top = 10, axis_height = 34;
    const double height = top + chart.categories.size() * (bar_height + gap) + axis_height;
    const double width = label_width + plot_width + 70;
    double largest = 0;
    for (double v : chart.values) largest = std::max(largest, v);
    const double axis_max = nice_ceiling(largest);

    std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 " +
                      number(width) + " " + number(height) + "\" aria-labelledby=\"" + chart.id + "-title " +
                      chart.id + "-desc\">";
    svg += "<title id=\"" + chart.id + "-title\">" + xml_escape(chart.title) + "</title>";
    svg += "<desc id=\"" + chart.id + "-desc\">" + xml_escape(chart.caption) + "</desc>";
    for (int tick = 0; tick <= 4; ++tick) {
        const double x = label_width + plot_width * tick / 4.0;
        svg += "<line class=\"grid\" x1=\"" + number(x) + "\" y1=\"" + number(top) + "\" x2=\"" + number(x) +
               "\" y2=\"" + number(height - axis_height + 4) + "\"/>";
        svg += "<text class=\"tick\" x=\"" + number(x) + "\" y=\"" + number(height - axis_height + 18) +
               "\" text-anchor=\"middle\">" +
               xml_escape(format_value(axis_max * tick / 4.0, chart.value_kind, 0)) + "</text>";
    }
    for (std::size_t i = 0; i < chart.categories.size(); ++i) {
        const double y = top + i * (bar_height + gap);
        const double length = chart.values[i] / axis_max * plot_width;
        svg += "<text class=\"label\" x=\"" + number(label_width - 8) + "\" y=\"" + number(y + bar_height * 0.72) +
               "\" text-anchor=\"end\">" + xml_escape(chart.categories[i]) + "</text>";
        svg += "<rect class=\"bar\" x=\"" + number(label_width) + "\" y=\"" + number(y) + "\" width=\"" +
               number(std::max(length, 0.0)) + "\" height=\"" + number(bar_height) + "\"/>";
        svg += "<text class=\"value\" x=\"" + number(label_width + std::max(length, 0.0) + 6) + "\" y=\"" +
               number(y + bar_height * 0.72) + "\">" +
               xml_escape(format_value(chart.values[i], chart.value_kind, chart.precision)) + "</text>";
    }
    svg += "<text class=\"axis\" x=\"" + number(label_width + plot_width / 2) + "\" y=\"" + number(height - 4) +
           "\" text-anchor=\"middle\">" + xml_escape(chart.value_label) + "</text>";
    svg += "</svg>";
    return svg;
}

}  // namespace

std::string render_svg_chart(const Chart& chart) {
    switch (chart.kind) {
    case Chart::Kind::Bar: return horizontal_bars(chart);
    }
    return {};
}

}  // namespace oversight
