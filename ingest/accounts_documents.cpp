#include "ingest/accounts_documents.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>

#include "engine/text.hpp"
#include "ingest/accounts_identities.hpp"
#include "ingest/diagnostic_codes.hpp"
#include "ingest/ixbrl/ixbrl_reader.hpp"
#include "ingest/ixbrl_accounts.hpp"
#include "ingest/whole_file.hpp"

namespace oversight {
namespace {

namespace fs = std::filesystem;

const DiagnosticCode& code_named(std::string_view id) {
    for (const DiagnosticCode& code : all_diagnostic_codes)
        if (code.id == id) return code;
    throw std::logic_error("iXBRL finding " + std::string(id) + " is not in diagnostic_codes.hpp");
}

/// The files of the directory that are iXBRL documents, in name order.
std::vector<fs::path> documents_in(const fs::path& directory) {
    std::vector<fs::path> paths;
    for (const auto& entry : fs::directory_iterator(directory)) {
        const std::string extension = entry.path().extension().string();
        if (entry.is_regular_file() && (extension == ".html" || extension == ".xhtml")) paths.push_back(entry.path());
    }
    std::sort(paths.begin(), paths.end());
    return paths;
}

/// One period as filed, with the filing it came from and that filing's latest period.
struct FiledPeriod {
    FiledAccounts accounts;
    Date filing_date;  ///< the latest period end of its document: a later filing wins
};

struct Key {
    std::string entity;
    std::int32_t period_end;
    friend auto operator<=>(const Key&, const Key&) = default;
};

/// Lines of `newer` that differ from `older` by more than the tolerance, as "line a vs b".
std::vector<std::string> differences(const FiledAccounts& newer, const FiledAccounts& older, double tolerance) {
    std::vector<std::string> found;
    for (AccountsLine line : all_accounts_lines()) {
        const auto a = newer.get(line), b = older.get(line);
        if (a && b && std::fabs(*a - *b) > tolerance)
            found.push_back(std::string(column_of(line)) + " " + pounds_text(*a) + " against " + pounds_text(*b));
    }
    return found;
}

/// Folds one document into `periods`; false when the document cannot be used.
bool read_one(const fs::path& path, const KnownKeys& keys, double tolerance, std::map<Key, FiledPeriod>& periods,
              Diagnostics& diagnostics) {
    const std::string shown = path.string();
    std::string problem;
    std::optional<std::string> content = read_whole_file(path, problem);
    if (!content) {
        report(diagnostics, diagnostic_code::unreadable_file, shown, 0, 0, "cannot be read: " + problem);
        return false;
    }
    ixbrl::Document document;
    IxbrlAccounts mapped;
    try {
        document = ixbrl::read_document(*content);
    } catch (const ixbrl::ReadError& error) {
        report(diagnostics, diagnostic_code::ixbrl_unreadable, shown, error.position().line, error.position().column,
               std::string(error.what()) + "; nothing of this document is read");
        return false;
    }
    try {
        mapped = map_ixbrl_accounts(document, shown);
    } catch (const ixbrl::ReadError& error) {
        report(diagnostics, diagnostic_code::ixbrl_no_entity, shown, error.position().line, error.position().column,
               std::string(error.what()) + "; nothing of this document is read");
        return false;
    }
    Diagnostics found;
    for (const ixbrl::Finding& w : document.warnings)
        report(found, code_named(w.code), shown, w.position.line, w.position.column, w.message);
    for (const ixbrl::Finding& w : mapped.findings)
        report(found, code_named(w.code), shown, w.position.line, w.position.column, w.message);
    if (keys.entities.checkable() && !keys.entities.contains(mapped.entity_id)) {
        const ixbrl::Position at = document.contexts.empty() ? ixbrl::Position{} : document.contexts.front().position;
        report(diagnostics, diagnostic_code::unknown_reference, shown, at.line, at.column,
               "the company number '" + mapped.entity_id +
                   "' of this document's contexts is not an entity of entities.csv; nothing of this document is read");
        return false;
    }
    diagnostics.append_in_line_order(found);

    if (mapped.periods.empty()) return true;
    const Date filing_date = mapped.periods.front().period_end;
    for (FiledAccounts& period : mapped.periods) {
        const Key key{period.entity_id, period.period_end.days_since_epoch()};
        const auto it = periods.find(key);
        if (it == periods.end()) {
            periods.emplace(key, FiledPeriod{std::move(period), filing_date});
            continue;
        }
        // The filing of the later year wins line by line (comparatives may be restated);
        // for two filings of the same year, the one read later (by name). Lines only the
        // other has are kept.
        const bool same_year = filing_date == it->second.filing_date;
        const bool newer = filing_date >= it->second.filing_date;
        FiledAccounts& kept = it->second.accounts;
        const FiledAccounts& later = newer ? period : kept;
        const FiledAccounts& earlier = newer ? kept : period;
        if (const auto diff = differences(later, earlier, tolerance); !diff.empty())
            report(diagnostics, diagnostic_code::ixbrl_restated, shown, 0, 0,
                   "the period ending " + period.period_end.iso() + " of company " + period.entity_id + " is in " +
                       later.source + " and " + earlier.source + " with different figures (" + join(diff, "; ") + "); " +
                       later.source +
                       (same_year ? ", read later of two filings for the same year," : ", the later filing,") +
                       " is used, and lines only the other gives are kept");
        FiledAccounts merged = later;
        for (AccountsLine line : all_accounts_lines())
            if (!merged.get(line) && earlier.get(line))
                merged.set(line, *earlier.get(line), earlier.how_of(line) + " (" + earlier.source + ")",
                           earlier.is_assumed(line));
        it->second = FiledPeriod{std::move(merged), std::max(filing_date, it->second.filing_date)};
    }
    return true;
}

/// accounts.csv's balance-sheet identity, on filed or merged figures when all four are known.
void check_balance_sheet(std::optional<double> total, std::optional<double> current, std::optional<double> non_current,
                         std::optional<double> net, const std::string& what, const std::string& source,
                         double tolerance, Diagnostics& diagnostics) {
    if (!total || !current || !non_current || !net) return;
    if (auto gap = identity_gap("total_assets - current_liabilities - non_current_liabilities",
                                *total - *current - *non_current, "net_assets", *net, tolerance))
        report(diagnostics, diagnostic_code::balance_sheet_mismatch, source, 0, 0,
               what + ": " + *gap + "; a sign left out of a tag is a common cause");
}

void reconcile(const FiledAccounts& filed, const IngestAssumptions& assumptions, std::vector<Accounts>& accounts,
               Diagnostics& diagnostics) {
    const double tolerance = assumptions.identity_tolerance_gbp;
    const std::string what = "company " + filed.entity_id + ", period ending " + filed.period_end.iso();
    check_balance_sheet(filed.get(AccountsLine::TotalAssets), filed.get(AccountsLine::CurrentLiabilities),
                        filed.get(AccountsLine::NonCurrentLiabilities), filed.get(AccountsLine::NetAssets),
                        what + " as filed", filed.source, tolerance, diagnostics);
    const auto row = std::find_if(accounts.begin(), accounts.end(), [&](const Accounts& a) {
        return a.entity_id == filed.entity_id && a.period_end == filed.period_end && a.basis == AccountsBasis::Entity;
    });
    if (row == accounts.end()) {
        if (auto complete = filed.complete()) {
            accounts.push_back(std::move(*complete));
            return;
        }
        std::string missing;
        for (AccountsLine line : filed.missing_required()) missing += (missing.empty() ? "" : ", ") + std::string(column_of(line));
        report(diagnostics, diagnostic_code::ixbrl_incomplete_period, filed.source, 0, 0,
               what + ": " +
                   (filed.lacks_profit_and_loss() ? "no profit and loss account is filed (filleted or micro-entity accounts); " : "") +
                   "not filed: " + missing +
                   ". The period is not used by the models; `oversight ixbrl accounts` shows what was filed");
        return;
    }
    std::vector<std::string> disagreements;
    bool changed = false;
    for (AccountsLine line : all_accounts_lines()) {
        const auto value = filed.get(line);
        if (!value) continue;
        const auto csv = line_value(*row, line);
        // An assumed line ("none tagged: taken as 0") only fills a gap.
        if (filed.is_assumed(line) && csv) continue;
        if (csv && std::fabs(*csv - *value) > tolerance)
            disagreements.push_back(std::string(column_of(line)) + " " + pounds_text(*value) + " in the filing, " +
                                    pounds_text(*csv) + " in accounts.csv");
        if (!csv || assumptions.ixbrl_wins) {
            changed |= !csv || *csv != *value;
            set_line_value(*row, line, *value);
        }
    }
    if (!disagreements.empty())
        report(diagnostics, diagnostic_code::ixbrl_csv_disagreement, filed.source, 0, 0,
               what + ": " + join(disagreements, "; ") + "; the " + (assumptions.ixbrl_wins ? "filing's" : "CSV's") +
                   " figures are used (ingest.accounts_precedence)");
    if (changed)
        check_balance_sheet(row->total_assets, row->current_liabilities, row->non_current_liabilities, row->net_assets,
                            what + " after reconciling with accounts.csv", filed.source, tolerance, diagnostics);
    if (assumptions.ixbrl_wins) row->source = filed.source + (row->source ? " over " + *row->source : " over accounts.csv");
}

}  // namespace

std::size_t read_accounts_documents(const fs::path& directory, const IngestAssumptions& assumptions,
                                    std::vector<Accounts>& accounts, const KnownKeys& keys,
                                    Diagnostics& diagnostics, Progress& progress) {
    std::error_code error;
    const fs::file_status status = fs::status(directory, error);
    if (status.type() == fs::file_type::not_found) return 0;
    if (error || !fs::is_directory(status)) {
        report(diagnostics, diagnostic_code::unreadable_file, directory.string(), 0, 0,
               "cannot be read as the directory of iXBRL accounts" + (error ? ": " + error.message() : std::string()));
        return 0;
    }
    const std::vector<fs::path> paths = documents_in(directory);
    std::map<Key, FiledPeriod> periods;
    progress.begin("reading accounts/ (iXBRL)", paths.size());
    std::size_t read = 0;
    for (const fs::path& path : paths) {
        if (read_one(path, keys, assumptions.identity_tolerance_gbp, periods, diagnostics)) ++read;
        progress.advance(static_cast<std::size_t>(&path - paths.data()) + 1);
    }
    progress.end();
    for (const auto& [key, period] : periods) reconcile(period.accounts, assumptions, accounts, diagnostics);
    return read;
}

}  // namespace oversight
