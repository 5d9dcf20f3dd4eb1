// The XLSX extract, read back with Poco::Zip: the sheets, the numbers as numbers with the
// brief's formats, and the reasons for missing values.
#include "reports/extracts/xlsx_workbook.hpp"

#include <Poco/Zip/ZipArchive.h>
#include <Poco/Zip/ZipStream.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace oversight;

namespace {

std::string part(const std::filesystem::path& path, const std::string& name) {
    std::ifstream file(path, std::ios::binary);
    const Poco::Zip::ZipArchive archive(file);
    const auto header = archive.findHeader(name);
    if (header == archive.headerEnd()) return "(no part " + name + ")";
    file.clear();
    Poco::Zip::ZipInputStream in(file, header->second);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

Brief sample() {
    Brief brief;
    brief.id = "x";
    brief.title = "Market overview";
    brief.marking = "OFFICIAL";
    brief.as_of = "2025-03-31";
    brief.key_figures = {{"Children placed", 34430, ColumnKind::Integer, 0, ""}};
    Table t("regions_by_margin:long/name[1]", "Regions",
            {{"region", "Region", ColumnKind::Text, 0},
             {"fees", "Weekly fees", ColumnKind::Money, 2},
             {"margin", "Margin", ColumnKind::Percent, 1}});
    t.add_row({Cell::text("North West"), Cell::number(123456.5), Cell::number(22.6)});
    t.add_row({Cell::text("London"), Cell::missing("suppressed: fewer than 5 placements"), Cell::number(19.4)});
    Section s{"Regions", {}};
    s.blocks.push_back(t);
    brief.sections.push_back(s);
    brief.assumptions = {{"disclosure.min_placements", "5", "placements", "A published cell needs this many."}};
    return brief;
}

}  // namespace

TEST(XlsxWorkbook, SheetNamesFollowExcelsRules) {
    EXPECT_EQ(sheet_name("regions_by_margin:long/name[1]", {}), "regions_by_margin_long_name_1_");
    EXPECT_EQ(sheet_name(std::string(40, 'a'), {}), std::string(31, 'a'));
    EXPECT_EQ(sheet_name("Brief", {"Brief"}), "Brief-2");
    EXPECT_EQ(sheet_name(std::string(40, 'b'), {std::string(31, 'b')}), std::string(29, 'b') + "-2");
}

TEST(XlsxWorkbook, TablesAsNumbersWithTheirFormats) {
    const auto path = std::filesystem::temp_directory_path() / "oversight-xlsx-test.xlsx";
    write_brief_workbook(sample(), path.string());
    const std::string workbook = part(path, "xl/workbook.xml");
    EXPECT_NE(workbook.find("name=\"Brief\""), std::string::npos) << workbook;
    EXPECT_NE(workbook.find("name=\"regions_by_margin_long_name_1_\""), std::string::npos) << workbook;
    const std::string sheet = part(path, "xl/worksheets/sheet2.xml");
    EXPECT_NE(sheet.find("<v>123456.5</v>"), std::string::npos) << sheet;  // a number, not text
    EXPECT_NE(sheet.find("<v>22.6</v>"), std::string::npos) << sheet;
    EXPECT_NE(sheet.find("<pane ySplit=\"2\""), std::string::npos) << sheet;  // caption and header frozen
    const std::string strings = part(path, "xl/sharedStrings.xml");
    EXPECT_NE(strings.find("suppressed: fewer than 5 placements"), std::string::npos);
    EXPECT_NE(strings.find("disclosure.min_placements"), std::string::npos);
    const std::string styles = part(path, "xl/styles.xml");
    EXPECT_NE(styles.find("formatCode=\"&quot;£&quot;#,##0.00;-&quot;£&quot;#,##0.00\""), std::string::npos) << styles;
    EXPECT_NE(styles.find("formatCode=\"#,##0.0&quot;%&quot;\""), std::string::npos) << styles;
    std::filesystem::remove(path);
}

TEST(XlsxWorkbook, UnwritablePathIsAClearError) {
    try {
        write_brief_workbook(sample(), "/nonexistent-dir/x.xlsx");
        FAIL();
    } catch (const std::runtime_error& error) {
        EXPECT_NE(std::string(error.what()).find("/nonexistent-dir/x.xlsx"), std::string::npos) << error.what();
    }
}
