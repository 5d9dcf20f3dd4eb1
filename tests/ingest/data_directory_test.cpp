// Reading whole data directories: the valid example reads clean into the right rows, and
// each diagnostic code has a minimal directory under tests/ingest/data/<CODE>/ whose
// expected.txt gives, worked out by hand from the files, the first line of the report:
// `file:line:column: severity CODE`.
#include "ingest/data_directory.hpp"

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "engine/progress.hpp"
#include "ingest/diagnostic_codes.hpp"

namespace oversight {
namespace {

namespace fs = std::filesystem;

const fs::path kData = fs::path(OVERSIGHT_SOURCE_DIR) / "tests" / "ingest" / "data";

IngestResult read(const fs::path& directory) {
    SilentProgress quiet;
    return read_data_directory(directory.string(), IngestAssumptions{}, quiet);
}

std::string first_line(const fs::path& file) {
    std::ifstream in(file);
    std::string line;
    std::getline(in, line);
    return line;
}

/// `file:line:column: severity CODE` with the file's directory dropped.
std::string located(const Diagnostic& d) {
    return fs::path(d.file).filename().string() + ":" + std::to_string(d.line) + ":" +
           std::to_string(d.column) + ": " + std::string(severity_name(d.severity)) + " " + d.code;
}

TEST(DataDirectory, ValidExampleReadsWithoutDiagnostics) {
    const IngestResult result = read(kData / "valid");
    for (const Diagnostic& d : result.diagnostics.all()) ADD_FAILURE() << d.format();
    // Row counts: one less than each file's line count (the header).
    EXPECT_EQ(result.data.regions.size(), 1u);
    EXPECT_EQ(result.data.local_authorities.size(), 2u);
    EXPECT_EQ(result.data.entities.size(), 2u);
    EXPECT_EQ(result.data.settings.size(), 2u);
    EXPECT_EQ(result.data.accounts.size(), 2u);
    EXPECT_EQ(result.data.facilities.size(), 2u);
    EXPECT_EQ(result.data.placements.size(), 3u);
    EXPECT_EQ(result.data.indices.size(), 2u);
    EXPECT_EQ(result.data.curves.size(), 2u);
    EXPECT_EQ(result.row_count, 18u);
}

TEST(DataDirectory, ValidExampleTypedValues) {
    const IngestResult result = read(kData / "valid");
    ASSERT_EQ(result.data.placements.size(), 3u);
    // P0001,E08000003,SC100001,K2,3,10-15,5200.00,450.50,2024-04-01,,spot
    const Placement& first = result.data.placements[0];
    EXPECT_EQ(first.placement_id, "P0001");
    EXPECT_EQ(first.need_band, 3);
    EXPECT_EQ(first.age_band, AgeBand::Age10to15);
    EXPECT_DOUBLE_EQ(first.weekly_fee, 5200.0);
    EXPECT_DOUBLE_EQ(first.weekly_total(), 5650.5);
    EXPECT_EQ(first.start_date, Date::from_ymd(2024, 4, 1));
    EXPECT_FALSE(first.end_date.has_value());
    EXPECT_EQ(first.purchase_route, PurchaseRoute::Spot);
    // P0002 ... 4800,,2023-09-15,2025-01-31,framework
    const Placement& second = result.data.placements[1];
    EXPECT_FALSE(second.weekly_extras.has_value());
    EXPECT_EQ(second.end_date, Date::from_ymd(2025, 1, 31));
    EXPECT_EQ(second.purchase_route, PurchaseRoute::Framework);
    EXPECT_FALSE(result.data.placements[2].age_band.has_value());
}

TEST(DataDirectory, MissingDirectoryThrowsNamingIt) {
    try {
        read(kData / "no-such-directory");
        FAIL() << "expected an exception";
    } catch (const std::runtime_error& error) {
        EXPECT_NE(std::string(error.what()).find("no-such-directory"), std::string::npos);
    }
}

class DiagnosticExample : public ::testing::TestWithParam<DiagnosticCode> {};

TEST_P(DiagnosticExample, ReportsTheExpectedLocationFirst) {
    const DiagnosticCode code = GetParam();
    const fs::path directory = kData / std::string(code.id);
    ASSERT_TRUE(fs::is_directory(directory)) << "no example for " << code.id;
    const std::string expected = first_line(directory / "expected.txt");
    ASSERT_FALSE(expected.empty());

    const IngestResult result = read(directory);
    const auto& all = result.diagnostics.all();
    ASSERT_FALSE(all.empty()) << code.id << ": nothing reported";
    // The example exists for this code, so it must be the first thing reported.
    EXPECT_EQ(located(all.front()), expected) << all.front().format();
    EXPECT_FALSE(all.front().message.empty());
    // The printed form is exactly `file:line:column: severity CODE: message`, the file
    const Diagnostic& d = all.front();
    // named by its path in the directory read (iXBRL filings are in its accounts/).
    const fs::path expected_file = fs::path(d.file).parent_path().filename() == "accounts"
                                       ? directory / "accounts" / fs::path(d.file).filename()
                                       : directory / fs::path(d.file).filename();
    EXPECT_EQ(d.format(), expected_file.string() + ":" + std::to_string(d.line) + ":" + std::to_string(d.column) +
                              ": " + std::string(severity_name(d.severity)) + " " + d.code + ": " + d.message);
    // An error example must fail the ingest; a warning example must not.
    EXPECT_EQ(result.diagnostics.has_errors(), code.severity == Severity::Error)
        << result.diagnostics.all().front().format();
}

INSTANTIATE_TEST_SUITE_P(EveryCode, DiagnosticExample, ::testing::ValuesIn(all_diagnostic_codes),
                         [](const ::testing::TestParamInfo<DiagnosticCode>& info) {
                             return std::string(info.param.id);
                         });

TEST(DiagnosticCodes, IdsAreUnique) {
    std::set<std::string_view> ids;
    for (const DiagnosticCode& code : all_diagnostic_codes)
        EXPECT_TRUE(ids.insert(code.id).second) << code.id;
}

TEST(DiagnosticCodes, EveryExampleDirectoryIsAKnownCode) {
    std::set<std::string> known;
    for (const DiagnosticCode& code : all_diagnostic_codes) known.emplace(code.id);
    for (const auto& entry : fs::directory_iterator(kData)) {
        const std::string name = entry.path().filename().string();
        if (name == "valid" || name.starts_with("ixbrl_") || !entry.is_directory()) continue;
        EXPECT_TRUE(known.count(name)) << "tests/ingest/data/" << name << " is not a code";
    }
}

TEST(DiagnosticCodes, DocumentationTableMatchesTheCodeList) {
    std::ifstream doc(fs::path(OVERSIGHT_SOURCE_DIR) / "docs" / "data-format.md");
    ASSERT_TRUE(doc) << "docs/data-format.md is missing";
    std::stringstream text;
    text << doc.rdbuf();
    const std::string markdown = text.str();
    for (const DiagnosticCode& code : all_diagnostic_codes) {
        const std::string row = "| `" + std::string(code.id) + "` | " +
                                std::string(severity_name(code.severity)) + " | " +
                                std::string(code.meaning) + " |";
        EXPECT_NE(markdown.find(row), std::string::npos) << "docs/data-format.md lacks: " << row;
    }
}

// --- iXBRL filings in accounts/ (ixbrl_valid and the IXB examples: make_ixbrl_examples.py) ---

const Accounts* find_accounts(const IngestResult& result, const std::string& entity, const Date& end) {
    for (const Accounts& a : result.data.accounts)
        if (a.entity_id == entity && a.period_end == end && a.basis == AccountsBasis::Entity) return &a;
    return nullptr;
}

TEST(DataDirectoryIxbrl, ACompleteFilingAddsItsPeriodsAndAgreesWithTheCsv) {
    const IngestResult valid = read(kData / "valid");
    const IngestResult result = read(kData / "ixbrl_valid");
    ASSERT_FALSE(result.diagnostics.has_errors()) << result.diagnostics.all().front().format();
    EXPECT_EQ(result.diagnostics.warning_count(), 0u) << result.diagnostics.all().front().format();
    // The year to 2023-03-31 is only in the filing: one more row.
    ASSERT_EQ(result.data.accounts.size(), valid.data.accounts.size() + 1);
    const Accounts* prior = find_accounts(result, "01234567", Date::from_ymd(2023, 3, 31));
    ASSERT_NE(prior, nullptr);
    EXPECT_EQ(prior->period_months, 12);  // pyd: 2022-04-01 to 2023-03-31
    EXPECT_DOUBLE_EQ(prior->turnover, 4600000.0);
    // other operating costs = 4,600,000 - 2,900,000 - 140,000 - 700,000
    EXPECT_DOUBLE_EQ(prior->other_operating_costs, 860000.0);
    // total assets = fixed 5,000,000 + current 1,100,000
    EXPECT_DOUBLE_EQ(prior->total_assets, 6100000.0);
    EXPECT_DOUBLE_EQ(prior->current_liabilities, 850000.0);
    EXPECT_DOUBLE_EQ(prior->non_current_liabilities, 2700000.0);
    EXPECT_DOUBLE_EQ(prior->bank_debt, 1900000.0);
    EXPECT_DOUBLE_EQ(prior->net_assets, 2550000.0);
    EXPECT_FALSE(prior->tax.has_value());  // not filed: missing, never zero
    EXPECT_NE(prior->source->find("filing.html"), std::string::npos);
    // The year to 2024-03-31 agrees with accounts.csv; lines the filing lacks keep the CSV's.
    const Accounts* current = find_accounts(result, "01234567", Date::from_ymd(2024, 3, 31));
    ASSERT_NE(current, nullptr);
    EXPECT_DOUBLE_EQ(current->turnover, 5000000.0);
    EXPECT_EQ(current->employees, 120);
    EXPECT_DOUBLE_EQ(*current->lease_liabilities, 300000.0);
}

TEST(DataDirectoryIxbrl, TheFilingWinsUnlessConfiguredOtherwise) {
    SilentProgress quiet;
    IngestAssumptions assumptions;
    const IngestResult ixbrl_wins = read_data_directory((kData / "IXB023").string(), assumptions, quiet);
    EXPECT_DOUBLE_EQ(find_accounts(ixbrl_wins, "01234567", Date::from_ymd(2024, 3, 31))->turnover, 5100000.0);
    assumptions.ixbrl_wins = false;
    const IngestResult csv_wins = read_data_directory((kData / "IXB023").string(), assumptions, quiet);
    EXPECT_DOUBLE_EQ(find_accounts(csv_wins, "01234567", Date::from_ymd(2024, 3, 31))->turnover, 5000000.0);
    // Both say which figures disagree and which was used.
    const std::string message = csv_wins.diagnostics.all().front().message;
    EXPECT_NE(message.find("turnover 5100000.00 in the filing, 5000000.00 in accounts.csv"), std::string::npos) << message;
    EXPECT_NE(message.find("the CSV's figures are used"), std::string::npos) << message;
}

TEST(DataDirectoryIxbrl, AFilletedPeriodIsReportedAndNotUsed) {
    const IngestResult valid = read(kData / "valid");
    const IngestResult result = read(kData / "IXB022");
    EXPECT_EQ(result.data.accounts.size(), valid.data.accounts.size());
    const std::string message = result.diagnostics.all().front().message;
    EXPECT_NE(message.find("no profit and loss account"), std::string::npos) << message;
    EXPECT_NE(message.find("turnover"), std::string::npos) << message;
}

TEST(DataDirectoryIxbrl, AssumedZerosNeverReplaceCsvFigures) {
    const IngestResult result = read(kData / "ixbrl_assumed");
    ASSERT_FALSE(result.diagnostics.has_errors());
    // The filing tags no fixed assets and no long-term creditors: its total assets (taken
    // as current assets alone, 1,200,000) and non-current liabilities (0) are assumptions.
    const Accounts* row = find_accounts(result, "01234567", Date::from_ymd(2024, 3, 31));
    ASSERT_NE(row, nullptr);
    EXPECT_DOUBLE_EQ(row->total_assets, 6000000.0);  // accounts.csv's
    EXPECT_DOUBLE_EQ(row->non_current_liabilities, 2600000.0);
    EXPECT_DOUBLE_EQ(row->current_liabilities, 900000.0);
    for (const Diagnostic& d : result.diagnostics.all()) EXPECT_NE(d.code, "IXB023") << d.format();
}

TEST(DataDirectoryIxbrl, AnAccountsPathThatIsNoDirectoryIsAnError) {
    const fs::path directory = fs::temp_directory_path() / ("oversight_accounts_file_" + std::to_string(::getpid()));
    fs::remove_all(directory);
    fs::create_directories(directory);
    for (const auto& entry : fs::directory_iterator(kData / "valid")) fs::copy(entry.path(), directory);
    std::ofstream(directory / "accounts") << "not a folder\n";
    const IngestResult result = read(directory);
    fs::remove_all(directory);
    ASSERT_TRUE(result.diagnostics.has_errors());
    const Diagnostic& d = result.diagnostics.all().front();
    EXPECT_EQ(d.code, "FILE002");
    EXPECT_EQ(d.file, (directory / "accounts").string());
    EXPECT_NE(d.message.find("directory of iXBRL accounts"), std::string::npos) << d.message;
}

TEST(DataDirectoryIxbrl, AnUnreadableFilingFailsTheIngestNamingLineAndColumn) {
    const IngestResult result = read(kData / "IXB020");
    ASSERT_TRUE(result.diagnostics.has_errors());
    const Diagnostic& d = result.diagnostics.all().front();
    EXPECT_NE(d.message.find("nothing of this document is read"), std::string::npos) << d.message;
    EXPECT_NE(d.message.find("Tag mismatch"), std::string::npos) << d.message;
}

}  // namespace
}  // namespace oversight
