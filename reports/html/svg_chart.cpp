#include "reports/html/svg_chart.hpp"

#include <cstdio>

#include "reports/charts/chart_layout.hpp"

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

std::string paint(const ChartShape& shape) {
    std::string out = " fill=\"" + (shape.fill ? shape.fill->hex() : std::string("none")) + "\"";
    if (shape.stroke)
        out += " stroke=\"" + shape.stroke->hex() + "\" stroke-width=\"" + number(shape.stroke_width) + "\"";
    return out;
}

const char* anchor(ChartShape::Anchor a) {
    switch (a) {
        case ChartShape::Anchor::Start: return "start";
        case ChartShape::Anchor::Middle: return "middle";
        case ChartShape::Anchor::End: return "end";
    }
    return "start";
}

std::string element(const ChartShape& shape) {
    switch (shape.kind) {
        case ChartShape::Kind::Rect:
            return "<rect x=\"" + number(shape.x) + "\" y=\"" + number(shape.y) + "\" width=\"" + number(shape.width) +
                   "\" height=\"" + number(shape.height) + "\"" + paint(shape) + "/>";
        case ChartShape::Kind::Line:
            return "<line x1=\"" + number(shape.x) + "\" y1=\"" + number(shape.y) + "\" x2=\"" + number(shape.x2) +
                   "\" y2=\"" + number(shape.y2) + "\"" + paint(shape) + "/>";
        case ChartShape::Kind::Polyline: {
            std::string points;
            for (const auto& [x, y] : shape.points) points += (points.empty() ? "" : " ") + number(x) + "," + number(y);
            return "<polyline points=\"" + points + "\"" + paint(shape) + "/>";
        }
        case ChartShape::Kind::Text:
            return "<text x=\"" + number(shape.x) + "\" y=\"" + number(shape.y) + "\" font-size=\"" +
                   number(shape.font_size) + "\" text-anchor=\"" + anchor(shape.anchor) + "\"" +
                   (shape.bold ? " font-weight=\"bold\"" : "") + " fill=\"" +
                   (shape.fill ? shape.fill->hex() : std::string("#000000")) + "\">" + xml_escape(shape.text) +
                   "</text>";
    }
    return {};
}

}  // namespace

std::string render_svg_chart(const Chart& chart) {
    const ChartDrawing drawing = layout_chart(chart);
    std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 " +
                      number(drawing.width) + " " + number(drawing.height) + "\" aria-labelledby=\"" + chart.id +
                      "-title " + chart.id + "-desc\">";
    svg += "<title id=\"" + chart.id + "-title\">" + xml_escape(chart.title) + "</title>";
    svg += "<desc id=\"" + chart.id + "-desc\">" + xml_escape(chart.caption) + "</desc>";
    for (const ChartShape& shape : drawing.shapes) svg += element(shape);
    svg += "</svg>";
    return svg;
}

}  // namespace oversight
