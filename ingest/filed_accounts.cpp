#include "ingest/filed_accounts.hpp"

#include <cmath>

namespace oversight {
namespace {

/// One line's column, whether the contract requires it, and where it lives in Accounts.
struct LineField {
    AccountsLine line;
    std::string_view column;
    bool required;
    double Accounts::*required_field;                 ///< set when required
    std::optional<double> Accounts::*optional_field;  ///< set for optional money lines
};

constexpr std::array<LineField, accounts_line_count> fields = {{
    {AccountsLine::Turnover, "turnover", true, &Accounts::turnover, nullptr},
    {AccountsLine::StaffCosts, "staff_costs", true, &Accounts::staff_costs, nullptr},
    {AccountsLine::OtherOperatingCosts, "other_operating_costs", true, &Accounts::other_operating_costs, nullptr},
    {AccountsLine::DepreciationAmortisation, "depreciation_amortisation", true, &Accounts::depreciation_amortisation, nullptr},
    {AccountsLine::OperatingProfit, "operating_profit", true, &Accounts::operating_profit, nullptr},
    {AccountsLine::InterestPayable, "interest_payable", true, &Accounts::interest_payable, nullptr},
    {AccountsLine::ProfitBeforeTax, "profit_before_tax", true, &Accounts::profit_before_tax, nullptr},
    {AccountsLine::Tax, "tax", false, nullptr, &Accounts::tax},
    {AccountsLine::Cash, "cash", true, &Accounts::cash, nullptr},
    {AccountsLine::CurrentAssets, "current_assets", true, &Accounts::current_assets, nullptr},
    {AccountsLine::TotalAssets, "total_assets", true, &Accounts::total_assets, nullptr},
    {AccountsLine::CurrentLiabilities, "current_liabilities", true, &Accounts::current_liabilities, nullptr},
    {AccountsLine::NonCurrentLiabilities, "non_current_liabilities", true, &Accounts::non_current_liabilities, nullptr},
    {AccountsLine::BankDebt, "bank_debt", true, &Accounts::bank_debt, nullptr},
    {AccountsLine::ShareholderLoans, "shareholder_loans", false, nullptr, &Accounts::shareholder_loans},
    {AccountsLine::LeaseLiabilities, "lease_liabilities", false, nullptr, &Accounts::lease_liabilities},
    {AccountsLine::RetainedEarnings, "retained_earnings", false, nullptr, &Accounts::retained_earnings},
    {AccountsLine::NetAssets, "net_assets", true, &Accounts::net_assets, nullptr},
    {AccountsLine::Employees, "employees", false, nullptr, nullptr},  // an int: handled apart
    {AccountsLine::Capex, "capex", false, nullptr, &Accounts::capex},
}};

const LineField& field_of(AccountsLine line) { return fields[static_cast<std::size_t>(line)]; }

}  // namespace

const std::array<AccountsLine, accounts_line_count>& all_accounts_lines() {
    static const std::array<AccountsLine, accounts_line_count> lines = [] {
        std::array<AccountsLine, accounts_line_count> out{};
        for (std::size_t i = 0; i < fields.size(); ++i) out[i] = fields[i].line;
        return out;
    }();
    return lines;
}

std::string_view column_of(AccountsLine line) { return field_of(line).column; }
bool required_line(AccountsLine line) { return field_of(line).required; }

std::optional<double> line_value(const Accounts& accounts, AccountsLine line) {
    const LineField& field = field_of(line);
    if (field.required_field) return accounts.*field.required_field;
    if (field.optional_field) return accounts.*field.optional_field;
    if (accounts.employees) return static_cast<double>(*accounts.employees);
    return std::nullopt;
}

void set_line_value(Accounts& accounts, AccountsLine line, double value) {
    const LineField& field = field_of(line);
    if (field.required_field) accounts.*field.required_field = value;
    else if (field.optional_field) accounts.*field.optional_field = value;
    else accounts.employees = static_cast<int>(std::lround(value));
}

std::vector<AccountsLine> FiledAccounts::missing_required() const {
    std::vector<AccountsLine> missing;
    for (AccountsLine line : all_accounts_lines())
        if (required_line(line) && !get(line)) missing.push_back(line);
    return missing;
}

bool FiledAccounts::lacks_profit_and_loss() const {
    for (AccountsLine line : {AccountsLine::Turnover, AccountsLine::StaffCosts, AccountsLine::DepreciationAmortisation,
                              AccountsLine::OperatingProfit, AccountsLine::InterestPayable,
                              AccountsLine::ProfitBeforeTax, AccountsLine::Tax})
        if (get(line)) return false;
    return true;
}

std::optional<Accounts> FiledAccounts::complete() const {
    if (!missing_required().empty()) return std::nullopt;
    Accounts accounts;
    accounts.entity_id = entity_id;
    accounts.period_end = period_end;
    accounts.period_months = period_months;
    accounts.basis = basis;
    for (AccountsLine line : all_accounts_lines())
        if (const auto value = get(line)) set_line_value(accounts, line, *value);
    accounts.source = source;
    return accounts;
}

}  // namespace oversight
