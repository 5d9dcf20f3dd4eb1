/// \file chart.hpp
/// \brief One chart specification, drawn the same way by every renderer (HTML as SVG, PDF
/// with cairo) through chart_layout: what to show, never how it is drawn.
#pragma once

#include <string>
#include <vector>

#include "reports/brief/table.hpp"

namespace oversight {

/// A named run of values, one per category (a line of a line chart, a row of a heat map).
struct ChartSeries {
    std::string name;
    std::vector<double> values;
};

/// The five figures of one box of a box plot: whiskers at p10 and p90 (the percentiles
/// the price model gives), the box from p25 to p75, a line at the median.
struct BoxFigures {
    double p10 = 0.0;
    double p25 = 0.0;
    double p50 = 0.0;
    double p75 = 0.0;
    double p90 = 0.0;
};

struct Chart {
    enum class Kind {
        Bar,        ///< horizontal bars: `categories`, `values`
        Line,       ///< `series` over the x positions `categories` (e.g. years)
        Histogram,  ///< counts `values` of the bins between consecutive `bin_edges`
        BoxPlot,    ///< one box per `categories` entry, `boxes`
        HeatMap,    ///< rows `series` (name, one value per column), columns `categories`
    };
    Kind kind = Kind::Bar;
    std::string id;
    std::string title;
    std::string value_label;  ///< the value axis (or the heat map's colour), with its unit
    ColumnKind value_kind = ColumnKind::Number;
    int precision = 0;
    std::string category_label;  ///< the other axis, when it needs one (years, bins)
    std::vector<std::string> categories;
    std::vector<double> values;
    std::vector<double> bin_edges;
    ColumnKind bin_kind = ColumnKind::Number;  ///< how the bin edges are written
    std::vector<ChartSeries> series;
    std::vector<BoxFigures> boxes;
    /// Heat map: the lowest values are the most severe (e.g. the quarter of a first breach),
    /// so they take the hot end of the colour scale.
    bool low_is_severe = false;
    std::string caption;  ///< alternative text: what the chart shows, in words
};

}  // namespace oversight
