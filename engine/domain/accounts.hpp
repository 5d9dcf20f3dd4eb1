/// \file accounts.hpp
/// \brief One set of filed accounts of one entity for one period, in pounds.
#pragma once

#include <optional>
#include <string>

#include "engine/domain/date.hpp"

namespace oversight {

enum class AccountsBasis {
    Entity,       ///< the entity alone
    Consolidated  ///< the entity and its subsidiaries
};

/// Required money fields are plain doubles; optional ones are std::optional and
/// missing means "not filed", never zero.
struct Accounts {
    std::string entity_id;
    Date period_end;
    int period_months = 12;
    AccountsBasis basis = AccountsBasis::Entity;
    double turnover = 0.0;
    double staff_costs = 0.0;
    double other_operating_costs = 0.0;  ///< above operating profit, excluding D&A
    double depreciation_amortisation = 0.0;
    double operating_profit = 0.0;  ///< EBIT
    double interest_payable = 0.0;  ///< positive number
    double profit_before_tax = 0.0;
    std::optional<double> tax;
    double cash = 0.0;
    double current_assets = 0.0;  ///< includes cash
    double total_assets = 0.0;
    double current_liabilities = 0.0;      ///< due within one year
    double non_current_liabilities = 0.0;  ///< due after one year, plus provisions
    double bank_debt = 0.0;
    std::optional<double> shareholder_loans;
    std::optional<double> lease_liabilities;
    std::optional<double> retained_earnings;
    double net_assets = 0.0;  ///< may be negative
    std::optional<int> employees;
    std::optional<double> capex;
    std::optional<std::string> source;  ///< file the row came from
};

/// EBITDA = operating profit + depreciation and amortisation (DOMAIN.md §2): the one
/// definition every model uses.
inline double ebitda_of(const Accounts& accounts) {
    return accounts.operating_profit + accounts.depreciation_amortisation;
}

/// EBITDA scaled to twelve months: EBITDA x 12 / period_months (as filed when the period
/// length is not positive).
inline double annual_ebitda_of(const Accounts& accounts) {
    const double ebitda = ebitda_of(accounts);
    return accounts.period_months > 0 ? ebitda * 12.0 / accounts.period_months : ebitda;
}

}  // namespace oversight
