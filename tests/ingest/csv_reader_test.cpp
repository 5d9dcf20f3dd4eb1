// The RFC 4180 reader: what it accepts, and where it says a malformed file goes wrong.
#include "ingest/csv_reader.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace oversight {
namespace {

struct Read {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    std::vector<CsvRecord> records;  ///< lines and columns of the rows
    Diagnostics diagnostics;
    std::size_t records_read = 0;
};

Read read_csv(std::string text) {
    Read read;
    CsvReader reader("test.csv", std::move(text), read.diagnostics);
    CsvRecord record;
    if (reader.read_header(record))
        for (const CsvField& field : record.fields) read.header.emplace_back(field.text);
    while (reader.next(record)) {
        std::vector<std::string> row;
        for (const CsvField& field : record.fields) row.emplace_back(field.text);
        read.rows.push_back(row);
        read.records.push_back(record);
    }
    read.records_read = reader.records_read();
    return read;
}

/// "line:column CODE" of every diagnostic, for compact expectations.
std::vector<std::string> where(const Diagnostics& diagnostics) {
    std::vector<std::string> out;
    for (const Diagnostic& d : diagnostics.all())
        out.push_back(std::to_string(d.line) + ":" + std::to_string(d.column) + " " + d.code);
    return out;
}

using Rows = std::vector<std::vector<std::string>>;
using Strings = std::vector<std::string>;

TEST(CsvReader, ReadsHeaderAndRowsWithLineFeeds) {
    const Read read = read_csv("a,b\n1,2\n3,4\n");
    EXPECT_EQ(read.header, (Strings{"a", "b"}));
    EXPECT_EQ(read.rows, (Rows{{"1", "2"}, {"3", "4"}}));
    EXPECT_EQ(read.records[1].line, 3u);
    EXPECT_EQ(read.diagnostics.all().size(), 0u);
}

TEST(CsvReader, AcceptsCrlfLineEndsAndNoFinalLineEnd) {
    const Read read = read_csv("a,b\r\n1,2\r\n3,4");
    EXPECT_EQ(read.header, (Strings{"a", "b"}));
    EXPECT_EQ(read.rows, (Rows{{"1", "2"}, {"3", "4"}}));
    EXPECT_EQ(read.diagnostics.all().size(), 0u);
}

TEST(CsvReader, SkipsUtf8ByteOrderMarkAndCountsColumnsAfterIt) {
    const Read read = read_csv("\xEF\xBB\xBF" "a,b\n1,\"x\"y\n");
    EXPECT_EQ(read.header, (Strings{"a", "b"}));
    EXPECT_EQ(where(read.diagnostics), (Strings{"2:6 CSV004"}));
}

TEST(CsvReader, QuotedFieldsHoldCommasQuotesAndLineBreaks) {
    const Read read = read_csv("name,note\n\"Oak, House\",\"said \"\"hi\"\"\"\n\"two\nlines\",\"crlf\r\nkept\"\nlast,row\n");
    ASSERT_EQ(read.rows.size(), 3u);
    EXPECT_EQ(read.rows[0], (Strings{"Oak, House", "said \"hi\""}));
    EXPECT_EQ(read.rows[1], (Strings{"two\nlines", "crlf\r\nkept"}));
    // Physical lines: the quoted line breaks of record 2 move record 3 to line 6.
    EXPECT_EQ(read.records[1].line, 3u);
    EXPECT_EQ(read.records[1].fields[1].line, 4u);
    EXPECT_EQ(read.records[1].fields[1].column, 8u);
    EXPECT_EQ(read.records[2].line, 6u);
    EXPECT_EQ(read.diagnostics.all().size(), 0u);
}

TEST(CsvReader, KeepsFormulaLookingTextVerbatim) {
    const Read read = read_csv("a,b,c,d,e\n=SUM(A1:A9),+44 161,-1,@cmd,\"=HYPERLINK(\"\"x\"\")\"\n");
    ASSERT_EQ(read.rows.size(), 1u);
    EXPECT_EQ(read.rows[0], (Strings{"=SUM(A1:A9)", "+44 161", "-1", "@cmd", "=HYPERLINK(\"x\")"}));
}

TEST(CsvReader, EmptyFieldsAndEmptyQuotedFields) {
    const Read read = read_csv("a,b,c\n,\"\",\n1,2,\n");
    EXPECT_EQ(read.rows, (Rows{{"", "", ""}, {"1", "2", ""}}));
}

TEST(CsvReader, TrailingCommaAtEndOfFileIsAnEmptyLastField) {
    const Read read = read_csv("a,b\n1,");
    EXPECT_EQ(read.rows, (Rows{{"1", ""}}));
}

TEST(CsvReader, HeaderOnlyFileHasNoRows) {
    const Read read = read_csv("a,b\n");
    EXPECT_EQ(read.header, (Strings{"a", "b"}));
    EXPECT_TRUE(read.rows.empty());
    EXPECT_EQ(read.diagnostics.all().size(), 0u);
}

TEST(CsvReader, ColumnsCountCharactersNotBytes) {
    // "£" is two bytes and "’" three: the field after them is still column 5 and 4.
    const Read read = read_csv("a,b\n£12,x\nO’,y\n");
    ASSERT_EQ(read.records.size(), 2u);
    EXPECT_EQ(read.records[0].fields[1].column, 5u);
    EXPECT_EQ(read.records[1].fields[1].column, 4u);
    EXPECT_EQ(read.rows[0][0], "£12");
}

TEST(CsvReader, ReportsEmptyFile) {
    EXPECT_EQ(where(read_csv("").diagnostics), (Strings{"1:1 CSV001"}));
    EXPECT_EQ(where(read_csv("\xEF\xBB\xBF").diagnostics), (Strings{"1:1 CSV001"}));
    EXPECT_EQ(where(read_csv("\n1,2\n").diagnostics), (Strings{"1:1 CSV001"}));
}

TEST(CsvReader, ReportsUnterminatedQuoteAtTheOpeningQuote) {
    const Read read = read_csv("a,b\n1,2\n3,\"open\nstill open\n");
    EXPECT_EQ(where(read.diagnostics), (Strings{"3:3 CSV002"}));
    EXPECT_EQ(read.rows, (Rows{{"1", "2"}}));
}

TEST(CsvReader, ReportsQuoteInsideUnquotedField) {
    const Read read = read_csv("a,b\n1,ab\"c\n2,ok\n");
    EXPECT_EQ(where(read.diagnostics), (Strings{"2:5 CSV003"}));
    EXPECT_EQ(read.rows, (Rows{{"2", "ok"}}));  // the malformed row is skipped, the next read
}

TEST(CsvReader, ReportsTextAfterClosingQuote) {
    const Read read = read_csv("a,b\n\"x\" ,2\n");
    EXPECT_EQ(where(read.diagnostics), (Strings{"2:4 CSV004"}));
    EXPECT_TRUE(read.rows.empty());
}

TEST(CsvReader, ReportsTooManyFieldsAtTheFirstExtraField) {
    const Read read = read_csv("a,b\n1,2,3,4\n");
    EXPECT_EQ(where(read.diagnostics), (Strings{"2:5 CSV005"}));
    EXPECT_NE(read.diagnostics.all()[0].message.find("row has 4 fields but the header has 2"),
              std::string::npos);
}

TEST(CsvReader, ReportsTooFewFieldsWhereTheRowEnds) {
    const Read read = read_csv("a,b,c\n10,20\n1,2,3\n");
    EXPECT_EQ(where(read.diagnostics), (Strings{"2:6 CSV005"}));
    EXPECT_EQ(read.rows, (Rows{{"1", "2", "3"}}));
    EXPECT_EQ(read.records_read, 2u);  // the skipped row counts as read
}

TEST(CsvReader, ReportsTooFewFieldsOnTheLastLineOfAMultiLineRow) {
    const Read read = read_csv("a,b,c\n1,\"x\ny\"\n");
    EXPECT_EQ(where(read.diagnostics), (Strings{"3:3 CSV005"}));
}

TEST(CsvReader, ReportsBlankLineAsARowWithOneField) {
    const Read read = read_csv("a,b\n1,2\n\n3,4\n");
    EXPECT_EQ(where(read.diagnostics), (Strings{"3:1 CSV005"}));
    EXPECT_EQ(read.rows, (Rows{{"1", "2"}, {"3", "4"}}));
}

TEST(CsvReader, ReportsInvalidUtf8AtTheOffendingByte) {
    // Windows-1252 "£" (0xA3) after a valid two-byte "é": column 4 in characters.
    const Read read = read_csv("a,b\n1,\xC3\xA9\xA3" "5\n");
    EXPECT_EQ(where(read.diagnostics), (Strings{"2:4 CSV006"}));
}

TEST(CsvReader, ReportsInvalidUtf8InsideQuotedFields) {
    const Read read = read_csv("a\n\"x\ny\xFF\"\n");
    EXPECT_EQ(where(read.diagnostics), (Strings{"3:2 CSV006"}));
}

TEST(CsvReader, RejectsOverlongSurrogateAndTruncatedSequences) {
    EXPECT_EQ(where(read_csv("a\n\xC0\xAF\n").diagnostics), (Strings{"2:1 CSV006"}));
    EXPECT_EQ(where(read_csv("a\n\xED\xA0\x80\n").diagnostics), (Strings{"2:1 CSV006"}));
    EXPECT_EQ(where(read_csv("a\nx\xE2\x82").diagnostics), (Strings{"2:2 CSV006"}));
    EXPECT_EQ(where(read_csv("a\n\xF4\x90\x80\x80\n").diagnostics), (Strings{"2:1 CSV006"}));
    // and accepts the largest four-byte character
    EXPECT_TRUE(read_csv("a\n\xF4\x8F\xBF\xBF\n").diagnostics.all().empty());
}

TEST(CsvReader, ReportsUtf16FileOnce) {
    const Read read = read_csv(std::string("\xFF\xFE" "a\0,\0b\0", 8));
    EXPECT_EQ(where(read.diagnostics), (Strings{"1:1 CSV006"}));
    EXPECT_NE(read.diagnostics.all()[0].message.find("UTF-16"), std::string::npos);
}

TEST(CsvReader, ReportsBareCarriageReturn) {
    const Read read = read_csv("a,b\n1,2\r3,4\n");
    EXPECT_EQ(where(read.diagnostics), (Strings{"2:4 CSV007"}));
}

TEST(CsvReader, MalformedHeaderStopsTheFile) {
    const Read read = read_csv("a,b\"\n1,2\n");
    EXPECT_EQ(where(read.diagnostics), (Strings{"1:4 CSV003"}));
    EXPECT_TRUE(read.rows.empty());
}

TEST(CsvReader, ReportsOnlyTheFirstProblemOfARowButEveryRow) {
    const Read read = read_csv("a,b\nx\"y,\"z\"w\n1,2\nq\"\n");
    EXPECT_EQ(where(read.diagnostics), (Strings{"2:2 CSV003", "4:2 CSV003"}));
    EXPECT_EQ(read.rows, (Rows{{"1", "2"}}));
}

TEST(CsvReader, DiagnosticsNameTheFile) {
    const Read read = read_csv("a,b\n1\n");
    ASSERT_EQ(read.diagnostics.all().size(), 1u);
    EXPECT_EQ(read.diagnostics.all()[0].format().rfind("test.csv:2:2: error CSV005: ", 0), 0u);
}

}  // namespace
}  // namespace oversight
