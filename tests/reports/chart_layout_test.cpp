// Chart layout: the geometry both renderers draw. Expected positions are worked from the
// layout's stated rules (nice 1-2-5 scales, the plot between the label column and the
// value column) in the comments.
#include "reports/charts/chart_layout.hpp"

#include <gtest/gtest.h>

#include <limits>
#include <stdexcept>

#include "reports/html/svg_chart.hpp"

using namespace oversight;

namespace {

std::vector<const ChartShape*> shapes_of(const ChartDrawing& d, ChartShape::Kind kind) {
    std::vector<const ChartShape*> out;
    for (const ChartShape& s : d.shapes)
        if (s.kind == kind) out.push_back(&s);
    return out;
}

std::vector<std::string> texts(const ChartDrawing& d) {
    std::vector<std::string> out;
    for (const ChartShape* s : shapes_of(d, ChartShape::Kind::Text)) out.push_back(s->text);
    return out;
}

bool has_text(const ChartDrawing& d, const std::string& t) {
    for (const std::string& s : texts(d))
        if (s == t) return true;
    return false;
}

}  // namespace

TEST(ChartLayout, BarsAreProportionalOnANiceScale) {
    Chart chart;
    chart.id = "c";
    chart.categories = {"A", "B"};
    chart.values = {500, 250};
    chart.value_kind = ColumnKind::Money;
    const ChartDrawing d = layout_chart(chart, 680);
    // Labels "A", "B": 0.6 × 9 = 5.4 wide, so the plot starts at 15.4 and ends at 680 − 70 =
    // 610. The scale for 0..500 steps by 100 (500 / 5), so 500 fills the plot: 594.6, and
    // 250 half of it: 297.3.
    const auto bars = shapes_of(d, ChartShape::Kind::Rect);
    ASSERT_EQ(bars.size(), 2u);
    EXPECT_NEAR(bars[0]->x, 15.4, 1e-9);
    EXPECT_NEAR(bars[0]->width, 594.6, 1e-9);
    EXPECT_NEAR(bars[1]->width, 297.3, 1e-9);
    for (const char* tick : {"£0", "£100", "£200", "£300", "£400", "£500"}) EXPECT_TRUE(has_text(d, tick)) << tick;
    EXPECT_TRUE(has_text(d, "£250"));  // the value beside bar B
}

TEST(ChartLayout, NegativeBarsGrowLeftOfZero) {
    Chart chart;
    chart.id = "c";
    chart.categories = {"up", "down"};
    chart.values = {40, -20};
    const ChartDrawing d = layout_chart(chart, 680);
    // Scale −20..40: rough step 12 -> 20, so ticks −20, 0, 20, 40; zero is a third of the
    // way along the plot. Labels "down": 4 × 5.4 = 21.6 + 10 = 31.6; plot 31.6..610.
    const double left = 31.6, right = 610.0, zero = left + (right - left) / 3.0;
    const auto bars = shapes_of(d, ChartShape::Kind::Rect);
    EXPECT_NEAR(bars[0]->x, zero, 1e-9);
    EXPECT_NEAR(bars[0]->width, 2.0 * (right - left) / 3.0, 1e-9);
    EXPECT_NEAR(bars[1]->x, left, 1e-9);
    EXPECT_NEAR(bars[1]->width, (right - left) / 3.0, 1e-9);
}

TEST(ChartLayout, HistogramBinsSideBySide) {
    Chart chart;
    chart.id = "h";
    chart.kind = Chart::Kind::Histogram;
    chart.bin_edges = {0, 10, 20, 30};
    chart.values = {2, 8, 4};
    chart.category_label = "children displaced";
    const ChartDrawing d = layout_chart(chart, 400);
    // Counts 0..8: step 2 (8 / 5 = 1.6 -> 2); tick labels "0".."8" at most 5.4 wide, so
    // the plot runs 15.4..388, three bins of 124.2; bar heights 2/8, 8/8 and 4/8 of 160.
    const auto bars = shapes_of(d, ChartShape::Kind::Rect);
    ASSERT_EQ(bars.size(), 3u);
    EXPECT_NEAR(bars[0]->x, 15.4, 1e-9);
    EXPECT_NEAR(bars[1]->x, 15.4 + 124.2, 1e-9);
    EXPECT_NEAR(bars[0]->width, 124.2, 1e-9);
    EXPECT_NEAR(bars[0]->height, 40.0, 1e-9);
    EXPECT_NEAR(bars[1]->height, 160.0, 1e-9);
    EXPECT_NEAR(bars[2]->height, 80.0, 1e-9);
    EXPECT_NEAR(bars[1]->y, 18.0, 1e-9);  // the tallest reaches the top of the plot
    for (const char* edge : {"0", "10", "20", "30"}) EXPECT_TRUE(has_text(d, edge)) << edge;
}

TEST(ChartLayout, BoxPlotFromP5ToP95) {
    Chart chart;
    chart.id = "b";
    chart.kind = Chart::Kind::BoxPlot;
    chart.categories = {"K2 band 1"};
    chart.boxes = {{3000, 3500, 4000, 4500, 6000}};
    const ChartDrawing d = layout_chart(chart, 680);
    // Scale 3,000..6,000: a rough step of 3,000 / 5 = 600 rounds up to 1,000, so ticks
    // 3,000..6,000 by 1,000. Label 9 characters: 48.6 + 10 = 58.6; plot to 680 − 20 = 660.
    // The box runs from 3,500 to 4,500: a sixth of the plot from a sixth in.
    const double left = 58.6, right = 660.0, span = right - left;
    const auto rects = shapes_of(d, ChartShape::Kind::Rect);
    ASSERT_EQ(rects.size(), 1u);
    EXPECT_NEAR(rects[0]->x, left + span / 6.0, 1e-9);
    EXPECT_NEAR(rects[0]->width, span / 3.0, 1e-9);
    EXPECT_TRUE(has_text(d, "6,000"));
    chart.boxes[0].p25 = 4100;  // above the median
    EXPECT_THROW(layout_chart(chart), std::invalid_argument);
}

TEST(ChartLayout, LinePointsAndLegend) {
    Chart chart;
    chart.id = "l";
    chart.kind = Chart::Kind::Line;
    chart.categories = {"2021", "2022", "2023"};
    chart.series = {{"EBITDA", {0, 50, 100}}, {"Debt", {100, 100, 100}}};
    const ChartDrawing d = layout_chart(chart, 400);
    // Scale 0..100 by 20; widest tick "100": 16.2 + 10 = 26.2; plot 26.2..388 wide, 18..178 high.
    const auto paths = shapes_of(d, ChartShape::Kind::Polyline);
    ASSERT_EQ(paths.size(), 2u);
    EXPECT_NEAR(paths[0]->points[0].first, 26.2, 1e-9);
    EXPECT_NEAR(paths[0]->points[0].second, 178.0, 1e-9);
    EXPECT_NEAR(paths[0]->points[1].first, (26.2 + 388.0) / 2, 1e-9);
    EXPECT_NEAR(paths[0]->points[1].second, 98.0, 1e-9);
    EXPECT_NEAR(paths[0]->points[2].second, 18.0, 1e-9);
    EXPECT_NE(paths[0]->stroke->hex(), paths[1]->stroke->hex());
    EXPECT_TRUE(has_text(d, "EBITDA") && has_text(d, "Debt"));
    chart.series[1].values.pop_back();
    EXPECT_THROW(layout_chart(chart), std::invalid_argument);
}

TEST(ChartLayout, HeatMapColoursRunFromLowestToHighest) {
    Chart chart;
    chart.id = "m";
    chart.kind = Chart::Kind::HeatMap;
    chart.categories = {"0 bp", "200 bp"};
    chart.series = {{"0 %", {1, 2}}, {"10 %", {3, 5}}};
    const ChartDrawing d = layout_chart(chart, 400);
    std::vector<std::string> fills;
    for (const ChartShape* s : shapes_of(d, ChartShape::Kind::Rect)) fills.push_back(s->fill->hex());
    // The four cells first: 1 is the lightest (#f7fbff), 5 the darkest (#bd2525).
    ASSERT_GE(fills.size(), 4u);
    EXPECT_EQ(fills[0], "#f7fbff");
    EXPECT_EQ(fills[3], "#bd2525");
    EXPECT_TRUE(has_text(d, "3"));
}

TEST(ChartLayout, HeatMapCanPutTheLowestValuesAtTheSevereEnd) {
    Chart chart;
    chart.id = "m";
    chart.kind = Chart::Kind::HeatMap;
    chart.low_is_severe = true;  // e.g. the quarter of a first breach: 1 is worst
    chart.categories = {"+0 bp", "+50 bp"};
    chart.series = {{"0% fall", {std::numeric_limits<double>::quiet_NaN(), 8}}, {"10% fall", {4, 1}}};
    const ChartDrawing d = layout_chart(chart, 400);
    std::vector<std::string> fills;
    for (const ChartShape* s : shapes_of(d, ChartShape::Kind::Rect)) fills.push_back(s->fill->hex());
    // Cells in row order: missing (white, a dash), 8 the mildest, 4, 1 the most severe.
    ASSERT_GE(fills.size(), 4u);
    EXPECT_EQ(fills[0], "#ffffff");
    EXPECT_EQ(fills[1], "#f7fbff");
    EXPECT_EQ(fills[3], "#bd2525");
    EXPECT_TRUE(has_text(d, "–"));
}

TEST(ChartLayout, AMissingValueLeavesAGapInItsLine) {
    Chart chart;
    chart.id = "l";
    chart.kind = Chart::Kind::Line;
    chart.categories = {"2021", "2022", "2023", "2024", "2025"};
    chart.series = {{"ROCE", {10, 20, std::numeric_limits<double>::quiet_NaN(), 30, 40}}};
    const ChartDrawing d = layout_chart(chart, 400);
    // Two runs, 2021-2022 and 2024-2025, and a marker on each of the four values.
    const auto paths = shapes_of(d, ChartShape::Kind::Polyline);
    ASSERT_EQ(paths.size(), 2u);
    EXPECT_EQ(paths[0]->points.size(), 2u);
    EXPECT_EQ(paths[1]->points.size(), 2u);
    EXPECT_LT(paths[0]->points[1].first, paths[1]->points[0].first);
    std::size_t markers = 0;
    for (const ChartShape* r : shapes_of(d, ChartShape::Kind::Rect))
        if (r->width == 4.0 && r->height == 4.0) ++markers;
    EXPECT_EQ(markers, 4u);
}

TEST(ChartLayout, MalformedChartsNameThemselves) {
    Chart chart;
    chart.id = "broken";
    chart.categories = {"A", "B"};
    chart.values = {1};
    try {
        layout_chart(chart);
        FAIL();
    } catch (const std::invalid_argument& error) {
        EXPECT_NE(std::string(error.what()).find("chart broken: one value per category"), std::string::npos);
    }
    chart.kind = Chart::Kind::Histogram;
    chart.bin_edges = {0, 1};
    chart.values = {1, 2};
    EXPECT_THROW(layout_chart(chart), std::invalid_argument);
}

TEST(SvgChart, DrawsTheLayoutsShapes) {
    Chart chart;
    chart.id = "c";
    chart.title = "Places <by> region";
    chart.categories = {"A", "B"};
    chart.values = {500, 250};
    const std::string svg = render_svg_chart(chart);
    EXPECT_NE(svg.find("width=\"594.6\""), std::string::npos) << svg;
    EXPECT_NE(svg.find("width=\"297.3\""), std::string::npos) << svg;
    EXPECT_NE(svg.find("<title id=\"c-title\">Places &lt;by&gt; region</title>"), std::string::npos);
    EXPECT_NE(svg.find("fill=\"#1f5f8b\""), std::string::npos);
}
