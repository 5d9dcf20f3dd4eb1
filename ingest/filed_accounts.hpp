/// \file filed_accounts.hpp
/// \brief Accounts as a filing gives them: any line may be missing.
///
/// accounts.csv rows are complete by contract; an iXBRL filing often is not (filleted and
/// micro-entity accounts have no profit and loss account, few tag cash or bank debt).
/// `FiledAccounts` holds what one document says for one period, each line with how it
/// was obtained, so that a user sees what is missing and why; only a complete set of
/// lines becomes an `Accounts` row the models use.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/domain/accounts.hpp"

namespace oversight {

/// The money and count lines of accounts.csv, in its column order.
enum class AccountsLine {
    Turnover, StaffCosts, OtherOperatingCosts, DepreciationAmortisation, OperatingProfit,
    InterestPayable, ProfitBeforeTax, Tax, Cash, CurrentAssets, TotalAssets, CurrentLiabilities,
    NonCurrentLiabilities, BankDebt, ShareholderLoans, LeaseLiabilities, RetainedEarnings,
    NetAssets, Employees, Capex
};
inline constexpr std::size_t accounts_line_count = 20;

/// Every line, in column order.
const std::array<AccountsLine, accounts_line_count>& all_accounts_lines();
/// The accounts.csv column of a line ("turnover").
std::string_view column_of(AccountsLine line);
/// Required columns of accounts.csv: the lines the models need.
bool required_line(AccountsLine line);

/// The value of `line` in a complete row (nullopt for an optional line not filed).
std::optional<double> line_value(const Accounts& accounts, AccountsLine line);
/// Sets `line` of a row (employees rounded to a whole number).
void set_line_value(Accounts& accounts, AccountsLine line, double value);

struct FiledAccounts {
    std::string entity_id;
    Date period_end;
    int period_months = 12;
    std::string period_note;  ///< how period_months was found
    AccountsBasis basis = AccountsBasis::Entity;
    std::array<std::optional<double>, accounts_line_count> lines{};
    std::array<std::string, accounts_line_count> how{};  ///< concept(s) or derivation of each line
    /// Lines that rest on an assumption ("none tagged: taken as 0") rather than on facts:
    /// they complete a period on their own but never replace a figure accounts.csv has.
    std::array<bool, accounts_line_count> assumed{};
    std::string source;  ///< file it came from

    std::optional<double> get(AccountsLine line) const { return lines[static_cast<std::size_t>(line)]; }
    void set(AccountsLine line, double value, std::string how_obtained, bool is_assumed = false) {
        lines[static_cast<std::size_t>(line)] = value;
        how[static_cast<std::size_t>(line)] = std::move(how_obtained);
        assumed[static_cast<std::size_t>(line)] = is_assumed;
    }
    bool is_assumed(AccountsLine line) const { return assumed[static_cast<std::size_t>(line)]; }
    /// True when no line of the profit and loss account is filed (filleted or micro-entity
    /// accounts without one).
    bool lacks_profit_and_loss() const;
    const std::string& how_of(AccountsLine line) const { return how[static_cast<std::size_t>(line)]; }

    /// Required lines the filing does not give.
    std::vector<AccountsLine> missing_required() const;
    /// The row the models use, when nothing required is missing.
    std::optional<Accounts> complete() const;
};

}  // namespace oversight
