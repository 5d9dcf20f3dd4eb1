#include <gtest/gtest.h>

#include <sstream>

#include "engine/csv_writer.hpp"

using namespace oversight;

TEST(CsvWriter, QuotesOnlyWhatRfc4180Needs) {
    EXPECT_EQ(escape_csv_text("plain"), "plain");
    EXPECT_EQ(escape_csv_text("a,b"), "\"a,b\"");
    EXPECT_EQ(escape_csv_text("say \"hi\""), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(escape_csv_text("two\nlines"), "\"two\nlines\"");
}

TEST(CsvWriter, NeutralisesFormulaLookingText) {
    // A spreadsheet would evaluate these; the apostrophe makes them text (OWASP CSV injection).
    EXPECT_EQ(escape_csv_text("=SUM(A1:A2)"), "\"'=SUM(A1:A2)\"");
    EXPECT_EQ(escape_csv_text("+44 161"), "\"'+44 161\"");
    EXPECT_EQ(escape_csv_text("-1+2"), "\"'-1+2\"");
    EXPECT_EQ(escape_csv_text("@cmd"), "\"'@cmd\"");
}

TEST(CsvWriter, WritesRowsWithCrlfAndEmptyOptionals) {
    std::ostringstream out;
    CsvWriter csv(out);
    csv.header({"id", "amount", "note"});
    csv.text("A").number(-1250.5).text(std::optional<std::string>{});
    csv.end_row();
    EXPECT_EQ(out.str(), "id,amount,note\r\nA,-1250.5,\r\n");
}

TEST(CsvWriter, DecimalsRoundTrip) {
    EXPECT_EQ(format_decimal(0.1), "0.1");
    EXPECT_EQ(std::stod(format_decimal(1.0 / 3.0)), 1.0 / 3.0);
    // Plain decimals only, as the data contract requires: never exponent notation.
    EXPECT_EQ(format_decimal(1e6), "1000000");
    EXPECT_EQ(format_decimal(-2.5e-7), "-0.00000025");
    EXPECT_EQ(format_decimal(123456789012.34), "123456789012.34");
}
