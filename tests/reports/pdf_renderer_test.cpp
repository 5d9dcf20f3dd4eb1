// The PDF renderer, checked with the tools a reader's machine has: qpdf --check (structure),
// pdftotext (what the pages say) and pdffonts (every font embedded).
#include "reports/pdf/pdf_renderer.hpp"

#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include <sys/wait.h>

using namespace oversight;

namespace {

struct Output {
    int status = -1;
    std::string text;
};

Output run(const std::string& command) {
    Output out;
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen((command + " 2>&1").c_str(), "r"), pclose);
    if (!pipe) return out;
    std::array<char, 4096> buffer{};
    while (const std::size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe.get())) out.text.append(buffer.data(), n);
    const int status = pclose(pipe.release());
    out.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return out;
}

/// A brief of two sections: a 120-row table (more than a page) and one chart of each kind.
Brief long_brief() {
    Brief brief;
    brief.id = "pdf-test";
    brief.title = "Harbour Care Topco Limited: provider brief";
    brief.subtitle = "Group 14250001";
    brief.marking = "OFFICIAL-SENSITIVE";
    brief.as_of = "2025-03-31";
    brief.key_figures = {{"Turnover", 7620000, ColumnKind::Money, 0, "2025 accounts"},
                         {"Net leverage", 5.18, ColumnKind::Multiple, 2, ""},
                         {"One-year PD", 0.26, ColumnKind::Percent, 2, "cash-flow simulation"}};
    Section tables{"Placements", {}};
    tables.blocks.push_back(Paragraph{"Every placement on the date, one row each, so that the table runs over pages."});
    Table t("placements", "Placements ongoing on 2025-03-31",
            {{"id", "Placement", ColumnKind::Text, 0},
             {"council", "Council", ColumnKind::Text, 0},
             {"fee", "Weekly fee", ColumnKind::Money, 2},
             {"band", "Need band", ColumnKind::Integer, 0}});
    for (int i = 0; i < 120; ++i)
        t.add_row({Cell::text("P" + std::to_string(1000 + i)), Cell::text(i % 2 ? "Lancashire" : "Southwark"),
                   Cell::number(4000.0 + i * 12.5), Cell::number(1 + i % 4)});
    t.add_row({Cell::text("P9999"), Cell::text("Manchester"), Cell::missing("suppressed"), Cell::number(2)});
    t.add_note("Fees are core weekly fees.");
    tables.blocks.push_back(t);
    // Fourteen columns of eight-figure sums with long headings, as the debt brief's
    // facilities: too wide for the page at the starting size.
    std::vector<Column> wide_columns = {{"facility", "Facility", ColumnKind::Text, 0}};
    for (int c = 1; c < 14; ++c)
        wide_columns.push_back({"amount_" + std::to_string(c), "Principal in horizon " + std::to_string(c),
                                ColumnKind::Money, 0});
    Table wide("wide", "Thirteen sums a facility", wide_columns);
    std::vector<Cell> wide_row = {Cell::text("F-TERM-A")};
    for (int c = 1; c < 14; ++c) wide_row.push_back(Cell::number(12345678.0 + c));
    wide.add_row(wide_row);
    tables.blocks.push_back(wide);
    brief.sections.push_back(tables);

    Section charts{"Charts", {}};
    Chart bar;
    bar.id = "bar";
    bar.title = "Places by region";
    bar.categories = {"North West", "London"};
    bar.values = {2700, 900};
    charts.blocks.push_back(bar);
    Chart line;
    line.id = "line";
    line.kind = Chart::Kind::Line;
    line.title = "EBITDA";
    line.categories = {"2023", "2024", "2025"};
    line.series = {{"EBITDA", {1260000, 1420000, 1050000}}};
    line.value_kind = ColumnKind::Money;
    charts.blocks.push_back(line);
    Chart histogram;
    histogram.id = "hist";
    histogram.kind = Chart::Kind::Histogram;
    histogram.title = "Children displaced a year";
    histogram.bin_edges = {0, 100, 200, 300};
    histogram.values = {50, 30, 20};
    charts.blocks.push_back(histogram);
    Chart box;
    box.id = "box";
    box.kind = Chart::Kind::BoxPlot;
    box.title = "Weekly fees";
    box.categories = {"K2 band 1"};
    box.boxes = {{3000, 3500, 4000, 4500, 6000}};
    charts.blocks.push_back(box);
    Chart heat;
    heat.id = "heat";
    heat.kind = Chart::Kind::HeatMap;
    heat.title = "Covenant headroom";
    heat.categories = {"0 bp", "200 bp"};
    heat.series = {{"0 %", {20, 10}}, {"10 %", {5, -5}}};
    charts.blocks.push_back(heat);
    brief.sections.push_back(charts);
    brief.method_notes = {"Net leverage = (bank debt + leases − cash) / EBITDA."};
    brief.assumptions = {{"exit.correlation", "0.2", "", "Correlation of the one-factor model."}};
    brief.data_sources = {"fixtures/small"};
    return brief;
}

class PdfRenderer : public ::testing::Test {
protected:
    void SetUp() override {
        path_ = std::filesystem::temp_directory_path() /
                ("oversight-pdf-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" +
                 ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".pdf");
        const std::string bytes = render_brief_pdf(long_brief());
        std::ofstream(path_, std::ios::binary) << bytes;
        bytes_ = bytes;
    }
    /// OVERSIGHT_TEST_ARTEFACTS=DIR keeps the PDF there for a look.
    void TearDown() override {
        if (const char* keep = std::getenv("OVERSIGHT_TEST_ARTEFACTS")) {
            std::filesystem::create_directories(keep);
            std::filesystem::copy_file(path_, std::filesystem::path(keep) / "pdf-renderer-sample.pdf",
                                       std::filesystem::copy_options::overwrite_existing);
        }
        std::filesystem::remove(path_);
    }
    std::filesystem::path path_;
    std::string bytes_;
};

}  // namespace

TEST_F(PdfRenderer, PassesQpdfCheck) {
    EXPECT_EQ(bytes_.rfind("%PDF-", 0), 0u);
    const Output check = run("qpdf --check '" + path_.string() + "'");
    EXPECT_EQ(check.status, 0) << check.text;
    EXPECT_NE(check.text.find("No syntax or stream encoding errors found"), std::string::npos) << check.text;
}

TEST_F(PdfRenderer, SaysWhatTheBriefSaysOnNumberedMarkedPages) {
    const Output text = run("pdftotext -layout '" + path_.string() + "' -");
    ASSERT_EQ(text.status, 0) << text.text;
    // 121 rows of about 14 points do not fit one A4 page of 718 points: at least three pages
    // with the charts; every page carries the marking twice and its number.
    const std::size_t page_1 = text.text.find("Page 1 of ");
    ASSERT_NE(page_1, std::string::npos) << text.text;
    const int pages = std::stoi(text.text.substr(page_1 + 10));
    EXPECT_GE(pages, 3);
    EXPECT_NE(text.text.find("Page " + std::to_string(pages) + " of " + std::to_string(pages)), std::string::npos);
    std::size_t markings = 0, headers = 0;
    for (std::size_t at = text.text.find("OFFICIAL-SENSITIVE"); at != std::string::npos;
         at = text.text.find("OFFICIAL-SENSITIVE", at + 1))
        ++markings;
    EXPECT_EQ(markings, static_cast<std::size_t>(2 * pages));
    // The table's header row is repeated on each page it runs onto.
    for (std::size_t at = text.text.find("Weekly fee"); at != std::string::npos; at = text.text.find("Weekly fee", at + 1))
        ++headers;
    EXPECT_GE(headers, 3u);
    // Numbers are never broken across lines, even in the fourteen-column table.
    // Too wide for the page even small, it is set in two parts, each led by the facility.
    for (const char* sum : {"£12,345,679", "£12,345,685", "£12,345,691"}) EXPECT_NE(text.text.find(sum), std::string::npos) << sum;
    EXPECT_NE(text.text.find("(part 1 of 2"), std::string::npos);
    EXPECT_NE(text.text.find("(part 2 of 2"), std::string::npos);
    for (const char* figure : {"£7,620,000", "5.18x", "0.26%", "£5,487.50", "P1119", "suppressed", "Lancashire",
                               "Places by region", "Covenant headroom", "exit.correlation", "fixtures/small"})
        EXPECT_NE(text.text.find(figure), std::string::npos) << figure;
}

TEST_F(PdfRenderer, EmbedsEveryFont) {
    const Output fonts = run("pdffonts '" + path_.string() + "'");
    ASSERT_EQ(fonts.status, 0) << fonts.text;
    // Header, rule, then one line per font: name type encoding emb sub uni object ID.
    std::istringstream lines(fonts.text);
    std::string line;
    int listed = 0;
    while (std::getline(lines, line)) {
        if (line.rfind("name", 0) == 0 || line.rfind("----", 0) == 0 || line.empty()) continue;
        ++listed;
        EXPECT_NE(line.find(" yes yes "), std::string::npos) << "not embedded (emb sub): " << line;
        EXPECT_NE(line.find("DejaVuSans"), std::string::npos) << line;
    }
    EXPECT_GE(listed, 2);  // regular and bold
}
