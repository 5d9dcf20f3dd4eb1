/// \file chart_layout.hpp
/// \brief A Chart laid out as drawing primitives in its own coordinate space (1 unit = 1
/// point in the PDF, 1 pixel of the SVG's viewBox): the scales, ticks, bars, lines, boxes
/// and cells are placed here once, so the SVG and the PDF of a chart are the same picture
/// and neither renderer computes anything about it.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "reports/brief/chart.hpp"
#include "reports/charts/palette.hpp"

namespace oversight {

struct ChartShape {
    enum class Kind { Rect, Line, Polyline, Text };
    enum class Anchor { Start, Middle, End };
    Kind kind = Kind::Rect;
    double x = 0.0, y = 0.0;            ///< Rect: top left; Line: start; Text: anchor on the baseline
    double width = 0.0, height = 0.0;   ///< Rect
    double x2 = 0.0, y2 = 0.0;          ///< Line: end
    std::vector<std::pair<double, double>> points;  ///< Polyline
    std::optional<Rgb> fill;
    std::optional<Rgb> stroke;
    double stroke_width = 1.0;
    std::string text;
    double font_size = 9.0;
    Anchor anchor = Anchor::Start;
    bool bold = false;
};

struct ChartDrawing {
    double width = 0.0;
    double height = 0.0;
    std::vector<ChartShape> shapes;  ///< in drawing order
};

/// Lays `chart` out `width` units wide (its height follows from the content). Throws
/// std::invalid_argument naming the chart when its parts disagree (e.g. fewer values than
/// categories, bin edges not one more than the counts).
ChartDrawing layout_chart(const Chart& chart, double width = 680.0);

/// An estimate of the width of `text` at `font_size` in DejaVu Sans (0.6 em a character),
/// for placing labels; renderers draw the text at the anchor it is given.
double estimated_text_width(const std::string& text, double font_size);

}  // namespace oversight
