#include <gtest/gtest.h>

#include <Poco/JSON/Parser.h>

#include <sstream>

#include "reports/tables/table_renderers.hpp"

using namespace oversight;

TEST(FormatValue, MoneyPercentMultipleAndThousands) {
    EXPECT_EQ(format_value(1234567.891, ColumnKind::Money, 0), "£1,234,568");
    EXPECT_EQ(format_value(-2500, ColumnKind::Money, 0), "-£2,500");
    EXPECT_EQ(format_value(22.649, ColumnKind::Percent, 1), "22.6%");
    EXPECT_EQ(format_value(4.9, ColumnKind::Multiple, 1), "4.9x");
    EXPECT_EQ(format_value(999, ColumnKind::Integer, 0), "999");
    // A year is a label, not a quantity: no thousands separator.
    EXPECT_EQ(format_value(2024, ColumnKind::Year, 0), "2024");
    EXPECT_EQ(format_value(1000, ColumnKind::Integer, 0), "1,000");
    EXPECT_EQ(format_value(-0.004, ColumnKind::Percent, 1), "0.0%");  // no "-0.0%"
}

namespace {
Table sample() {
    Table t("sample", "Sample", {{"name", "Name", ColumnKind::Text, 0}, {"fee", "Weekly fee", ColumnKind::Money, 0},
                                 {"roce_pct", "ROCE", ColumnKind::Percent, 1}});
    t.add_row({Cell::text("=HYPERLINK(\"x\")"), Cell::number(5000.5), Cell::missing("capital employed not positive")});
    t.add_row({Cell::text("Plain"), Cell::number(820), Cell::number(12.25)});
    return t;
}
}  // namespace

TEST(TableRenderers, CsvHasRawValuesAndEscapesFormulas) {
    std::ostringstream out;
    render_table_csv(sample(), out);
    EXPECT_EQ(out.str(), "name,fee,roce_pct\r\n\"'=HYPERLINK(\"\"x\"\")\",5000.5,\r\nPlain,820,12.25\r\n");
}

TEST(TableRenderers, JsonShapeIsTheDocumentedOne) {
    std::ostringstream out;
    render_table_json(sample(), out);
    const auto root = Poco::JSON::Parser().parse(out.str()).extract<Poco::JSON::Object::Ptr>();
    EXPECT_EQ(root->getValue<std::string>("table"), "sample");
    const auto columns = root->getArray("columns");
    ASSERT_EQ(columns->size(), 3u);
    EXPECT_EQ(columns->getObject(1)->getValue<std::string>("kind"), "money");
    const auto rows = root->getArray("rows");
    ASSERT_EQ(rows->size(), 2u);
    EXPECT_DOUBLE_EQ(rows->getObject(0)->getValue<double>("fee"), 5000.5);
    EXPECT_TRUE(rows->getObject(0)->isNull("roce_pct"));
    EXPECT_EQ(rows->getObject(0)->getValue<std::string>("name"), "=HYPERLINK(\"x\")");  // data, verbatim
    const auto states = root->getArray("states");
    ASSERT_EQ(states->size(), 1u);
    EXPECT_EQ(states->getObject(0)->getValue<int>("row"), 0);
    EXPECT_EQ(states->getObject(0)->getValue<std::string>("column"), "roce_pct");
    EXPECT_EQ(states->getObject(0)->getValue<std::string>("state"), "capital employed not positive");
}

TEST(TableRenderers, SeveralTablesAsJsonAreWrappedAndAsCsvFollowEachOther) {
    std::ostringstream json;
    render_tables({sample(), sample()}, TableFormat::Json, json);
    const auto root = Poco::JSON::Parser().parse(json.str()).extract<Poco::JSON::Object::Ptr>();
    const auto tables = root->getArray("tables");
    ASSERT_EQ(tables->size(), 2u);
    EXPECT_EQ(tables->getObject(1)->getValue<std::string>("table"), "sample");
    std::ostringstream csv;
    render_tables({sample(), sample()}, TableFormat::Csv, csv);
    const std::string one = "name,fee,roce_pct\r\n\"'=HYPERLINK(\"\"x\"\")\",5000.5,\r\nPlain,820,12.25\r\n";
    EXPECT_EQ(csv.str(), one + "\n" + one);
}

TEST(Table, OptionalCellTakesTheModelsReason) {
    const std::vector<std::string> states = {"roce_pct: capital employed not positive", "net_leverage: EBITDA negative"};
    EXPECT_EQ(optional_cell(std::nullopt, states, "net_leverage").state, "EBITDA negative");
    EXPECT_TRUE(optional_cell(std::nullopt, states, "other").state.empty());
    EXPECT_DOUBLE_EQ(std::get<double>(optional_cell(4.5, states, "net_leverage").value), 4.5);
}

TEST(TableRenderers, TextAlignsAndShowsStates) {
    std::ostringstream out;
    render_table_text(sample(), out);
    EXPECT_NE(out.str().find("capital employed not positive"), std::string::npos);
    EXPECT_NE(out.str().find("£5,000"), std::string::npos);  // 5000.5: printf rounds an exact half to even
    EXPECT_NE(out.str().find("12.2%"), std::string::npos);   // 12.25 is exact in binary: half to even gives 12.2
}

TEST(Table, RejectsRowsOfTheWrongWidth) {
    Table t("t", "T", {{"a", "A", ColumnKind::Text, 0}});
    EXPECT_THROW(t.add_row({Cell::text("x"), Cell::text("y")}), std::invalid_argument);
}

TEST(FirstRowsOf, KeepsTheFirstRowsAndSaysWhereTheRestAre) {
    Table t("groups", "Groups", {{"id", "Group", ColumnKind::Text, 0}});
    for (const char* id : {"A", "B", "C", "D", "E"}) t.add_row({Cell::text(id)});
    t.add_note("Riskiest first.");
    const Table cut = first_rows_of(t, 2, "oversight exit --format csv");
    ASSERT_EQ(cut.rows().size(), 2u);
    EXPECT_EQ(std::get<std::string>(cut.rows()[1][0].value), "B");
    ASSERT_EQ(cut.notes().size(), 2u);
    EXPECT_EQ(cut.notes()[0], "Riskiest first.");
    EXPECT_EQ(cut.notes()[1], "The first 2 of 5 rows; all of them: oversight exit --format csv.");
    // Asking for more rows than there are keeps them all, with no note added.
    EXPECT_EQ(first_rows_of(t, 10, "x").rows().size(), 5u);
    EXPECT_EQ(first_rows_of(t, 10, "x").notes().size(), 1u);
}
