#include <gtest/gtest.h>

#include "reports/html/html_renderer.hpp"
#include "reports/html/svg_chart.hpp"

using namespace oversight;

namespace {
Brief sample_brief() {
    Brief brief;
    brief.id = "sample";
    brief.title = "Sample <brief>";
    brief.marking = "OFFICIAL";
    brief.as_of = "2025-03-31";
    brief.key_figures.push_back({"Children's homes", 2880, ColumnKind::Integer, 0, "10,818 places"});
    Section section{"Supply", {}};
    section.blocks.push_back(Paragraph{"Homes & agencies."});
    Chart chart;
    chart.id = "c1";
    chart.title = "Places";
    chart.categories = {"North West", "London"};
    chart.values = {2700, 900};
    chart.caption = "Places by region";
    section.blocks.push_back(chart);
    Table table("regions", "By region", {{"region", "Region", ColumnKind::Text, 0}, {"places", "Places", ColumnKind::Integer, 0}});
    table.add_row({Cell::text("North West"), Cell::number(2700)});
    section.blocks.push_back(table);
    brief.sections.push_back(section);
    brief.assumptions.push_back({"k.x", "10", "%", "meaning"});
    brief.data_sources.push_back("test data");
    return brief;
}
}  // namespace

TEST(HtmlRenderer, SelfContainedSemanticAndEscaped) {
    const std::string html = render_brief_html(sample_brief());
    EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
    EXPECT_NE(html.find("<title>Sample &lt;brief&gt;</title>"), std::string::npos);
    EXPECT_NE(html.find("Homes &amp; agencies."), std::string::npos);
    EXPECT_NE(html.find("<caption>By region</caption>"), std::string::npos);
    EXPECT_NE(html.find("<th scope=\"col\" class=\"num\">Places</th>"), std::string::npos);
    EXPECT_NE(html.find("<td class=\"num\">2,700</td>"), std::string::npos);
    EXPECT_NE(html.find("<svg"), std::string::npos);
    EXPECT_NE(html.find("@media print"), std::string::npos);
    EXPECT_NE(html.find("<div class=\"figure-value\">2,880</div>"), std::string::npos);
    EXPECT_NE(html.find("<code>k.x</code>"), std::string::npos);
    // Self-contained: no scripts, no external resources.
    EXPECT_EQ(html.find("<script"), std::string::npos);
    EXPECT_EQ(html.find("src=\"http"), std::string::npos);
    EXPECT_EQ(html.find("<link"), std::string::npos);
    EXPECT_EQ(html.find("{{"), std::string::npos);  // every tag rendered
}

