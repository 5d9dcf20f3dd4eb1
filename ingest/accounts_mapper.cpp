// accounts.csv: filed accounts per entity and period, checked against two identities.
#include "ingest/accounts_identities.hpp"
#include "ingest/mappers.hpp"

namespace oversight {

namespace {

void check_identity(Table& table, const DiagnosticCode& code, Column reported, double computed,
                    const std::string& formula, double filed, double tolerance_gbp) {
    if (auto gap = identity_gap(formula, computed, table.column_name(reported), filed, tolerance_gbp))
        table.report(code, reported, *gap);
}

}  // namespace

void map_accounts(MapperInput input, const IngestAssumptions& assumptions,
                  std::vector<Accounts>& accounts, const KnownKeys& keys) {
    TableSchema schema;
    const Column entity_id = schema.required("entity_id");
    const Column period_end = schema.required("period_end");
    const Column period_months = schema.required("period_months");
    const Column basis = schema.optional("basis");
    const Column turnover = schema.required("turnover");
    const Column staff_costs = schema.required("staff_costs");
    const Column other_operating_costs = schema.required("other_operating_costs");
    const Column depreciation_amortisation = schema.required("depreciation_amortisation");
    const Column operating_profit = schema.required("operating_profit");
    const Column interest_payable = schema.required("interest_payable");
    const Column profit_before_tax = schema.required("profit_before_tax");
    const Column tax = schema.optional("tax");
    const Column cash = schema.required("cash");
    const Column current_assets = schema.required("current_assets");
    const Column total_assets = schema.required("total_assets");
    const Column current_liabilities = schema.required("current_liabilities");
    const Column non_current_liabilities = schema.required("non_current_liabilities");
    const Column bank_debt = schema.required("bank_debt");
    const Column shareholder_loans = schema.optional("shareholder_loans");
    const Column lease_liabilities = schema.optional("lease_liabilities");
    const Column retained_earnings = schema.optional("retained_earnings");
    const Column net_assets = schema.required("net_assets");
    const Column employees = schema.optional("employees");
    const Column capex = schema.optional("capex");
    const Column source = schema.optional("source");

    Table table(input.reader, schema, input.diagnostics, input.progress);
    KeyIndex periods;  // entity, period end and basis: one set of accounts each
    const double tolerance = assumptions.identity_tolerance_gbp;
    while (table.next_row()) {
        Accounts row;
        row.entity_id = table.text(entity_id);
        row.period_end = table.date(period_end);
        row.period_months = table.whole_number(period_months);
        row.basis = table.optional_code<AccountsBasis>(basis).value_or(AccountsBasis::Entity);
        row.turnover = table.decimal(turnover);
        row.staff_costs = table.decimal(staff_costs);
        row.other_operating_costs = table.decimal(other_operating_costs);
        row.depreciation_amortisation = table.decimal(depreciation_amortisation);
        row.operating_profit = table.decimal(operating_profit);
        row.interest_payable = table.decimal(interest_payable);
        row.profit_before_tax = table.decimal(profit_before_tax);
        row.tax = table.optional_decimal(tax);
        row.cash = table.decimal(cash);
        row.current_assets = table.decimal(current_assets);
        row.total_assets = table.decimal(total_assets);
        row.current_liabilities = table.decimal(current_liabilities);
        row.non_current_liabilities = table.decimal(non_current_liabilities);
        row.bank_debt = table.decimal(bank_debt);
        row.shareholder_loans = table.optional_decimal(shareholder_loans);
        row.lease_liabilities = table.optional_decimal(lease_liabilities);
        row.retained_earnings = table.optional_decimal(retained_earnings);
        row.net_assets = table.decimal(net_assets);
        row.employees = table.optional_whole_number(employees);
        row.capex = table.optional_decimal(capex);
        row.source = table.optional_text(source);

        if (!table.failed(period_end) && !table.failed(basis)) {
            const std::string basis_code(code_of(row.basis));
            check_unique(table, periods, entity_id,
                         row.entity_id + '\x1f' + row.period_end.iso() + '\x1f' + basis_code,
                         "accounts of entity '" + row.entity_id + "' for the period ending " +
                             row.period_end.iso() + " on the " + basis_code + " basis");
        }
        check_reference(table, keys.entities, entity_id, row.entity_id, "entity", "entities.csv");
        table.check_between(period_months, row.period_months, 1, 24);
        if (row.employees) table.check_at_least(employees, *row.employees, 0);

        if (table.cells_ok({total_assets, current_liabilities, non_current_liabilities, net_assets}))
            check_identity(table, diagnostic_code::balance_sheet_mismatch, net_assets,
                           row.total_assets - row.current_liabilities - row.non_current_liabilities,
                           "total_assets - current_liabilities - non_current_liabilities",
                           row.net_assets, tolerance);
        if (table.cells_ok({turnover, staff_costs, other_operating_costs, depreciation_amortisation,
                            operating_profit}))
            check_identity(table, diagnostic_code::profit_and_loss_mismatch, operating_profit,
                           row.turnover - row.staff_costs - row.other_operating_costs -
                               row.depreciation_amortisation,
                           "turnover - staff_costs - other_operating_costs - depreciation_amortisation",
                           row.operating_profit, tolerance);
        if (table.row_ok()) accounts.push_back(std::move(row));
    }
}

}  // namespace oversight
