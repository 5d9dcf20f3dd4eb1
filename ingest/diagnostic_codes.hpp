/// \file diagnostic_codes.hpp
/// \brief Every diagnostic ingest can report: its stable code, severity and meaning.
///
/// This is the one list. Readers and mappers name a code from here, never a string
/// literal, so a code cannot change severity from one call site to another;
/// docs/data-format.md documents the same table and a test checks that the two agree
/// and that tests/ingest/data/<CODE>/ holds an example of each.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

#include "engine/diagnostic.hpp"

namespace oversight {

struct DiagnosticCode {
    std::string_view id;  ///< e.g. "CSV002"; never reused for another meaning
    Severity severity;
    std::string_view meaning;  ///< one line, as in the table of docs/data-format.md
};

namespace diagnostic_code {

// Files of the data directory.
inline constexpr DiagnosticCode missing_required_file{
    "FILE001", Severity::Error, "a required file of the data directory is missing"};
inline constexpr DiagnosticCode unreadable_file{
    "FILE002", Severity::Error, "a file of the data contract exists but cannot be read"};

// CSV syntax (RFC 4180).
inline constexpr DiagnosticCode empty_file{
    "CSV001", Severity::Error, "the file is empty: there is no header row"};
inline constexpr DiagnosticCode unterminated_quote{
    "CSV002", Severity::Error, "a quoted field is not closed before the end of the file"};
inline constexpr DiagnosticCode quote_in_unquoted_field{
    "CSV003", Severity::Error, "a double quote inside a field that does not start with one"};
inline constexpr DiagnosticCode text_after_closing_quote{
    "CSV004", Severity::Error, "text between a closing quote and the next comma or line end"};
inline constexpr DiagnosticCode wrong_field_count{
    "CSV005", Severity::Error, "a row has more or fewer fields than the header"};
inline constexpr DiagnosticCode invalid_utf8{
    "CSV006", Severity::Error, "bytes that are not valid UTF-8 (or a UTF-16 file)"};
inline constexpr DiagnosticCode bare_carriage_return{
    "CSV007", Severity::Error, "a carriage return outside quotes that is not followed by a line feed"};

// Header: columns located by name.
inline constexpr DiagnosticCode missing_column{
    "COL001", Severity::Error, "a required column is not in the header"};
inline constexpr DiagnosticCode unknown_column{
    "COL002", Severity::Warning, "a column the contract does not define; its values are ignored"};
inline constexpr DiagnosticCode repeated_column{
    "COL003", Severity::Error, "the header names the same column twice"};

// Values of single cells, and checks across the cells of one row.
inline constexpr DiagnosticCode missing_value{
    "VAL001", Severity::Error, "a required cell is empty"};
inline constexpr DiagnosticCode not_an_integer{
    "VAL002", Severity::Error, "a cell that must hold a whole number does not"};
inline constexpr DiagnosticCode not_a_decimal{
    "VAL003", Severity::Error, "a cell that must hold a plain decimal number does not"};
inline constexpr DiagnosticCode not_a_date{
    "VAL004", Severity::Error, "a cell that must hold a date is not a real YYYY-MM-DD date"};
inline constexpr DiagnosticCode unknown_code{
    "VAL005", Severity::Error, "a code that is not one of the codes the column accepts"};
inline constexpr DiagnosticCode not_a_boolean{
    "VAL006", Severity::Error, "a cell that must hold true or false does not"};
inline constexpr DiagnosticCode out_of_range{
    "VAL007", Severity::Error, "a number outside the range the column allows"};
inline constexpr DiagnosticCode ends_before_start{
    "VAL008", Severity::Error, "an end or maturity date earlier than the start date"};
inline constexpr DiagnosticCode malformed_ons_code{
    "VAL009", Severity::Error, "an ONS local authority or region code of the wrong shape"};
inline constexpr DiagnosticCode missing_rate{
    "VAL010", Severity::Error, "a facility without the rate its rate_type needs"};

// Keys and references.
inline constexpr DiagnosticCode duplicate_key{
    "DUP001", Severity::Error, "a key already used by an earlier row of the same file"};
inline constexpr DiagnosticCode unknown_reference{
    "REF001", Severity::Error, "a reference to an id that the referenced file does not hold"};
inline constexpr DiagnosticCode ownership_cycle{
    "REF002", Severity::Error, "a chain of parent_entity_id that comes back to itself"};

// Accounting identities (tolerance: ingest.identity_tolerance_gbp).
inline constexpr DiagnosticCode balance_sheet_mismatch{
    "ACC001", Severity::Warning,
    "total_assets - current_liabilities - non_current_liabilities differs from net_assets"};
inline constexpr DiagnosticCode profit_and_loss_mismatch{
    "ACC002", Severity::Warning,
    "turnover - staff_costs - other_operating_costs - depreciation_amortisation differs from "
    "operating_profit"};


// iXBRL accounts documents (accounts/*.html, *.xhtml; docs/ixbrl.md).
inline constexpr DiagnosticCode ixbrl_fact_without_name{
    "IXB001", Severity::Warning, "an ix:nonFraction or ix:nonNumeric has no name or contextRef: not a fact, left out"};
inline constexpr DiagnosticCode ixbrl_fact_without_unit{
    "IXB002", Severity::Warning, "an ix:nonFraction has no unitRef"};
inline constexpr DiagnosticCode ixbrl_bad_scale{
    "IXB003", Severity::Warning, "a scale that is not a whole number from -30 to 30: the fact has no value"};
inline constexpr DiagnosticCode ixbrl_invalid_text{
    "IXB004", Severity::Warning, "a fact's text does not fit its format (or is not a number): the fact has no value"};
inline constexpr DiagnosticCode ixbrl_broken_continuation{
    "IXB005", Severity::Warning, "an ix:continuation chain points to a missing id or loops"};
inline constexpr DiagnosticCode ixbrl_undefined_reference{
    "IXB006", Severity::Warning, "a fact refers to a context or unit the document does not define, or a context names no entity"};
inline constexpr DiagnosticCode ixbrl_unknown_format{
    "IXB007", Severity::Warning, "a transformation format no registry defines: the text is kept, the fact has no value"};
inline constexpr DiagnosticCode ixbrl_format_other_registry{
    "IXB008", Severity::Warning, "a format not in the registry of its namespace, read as another registry defines it"};
inline constexpr DiagnosticCode ixbrl_unsupported_format{
    "IXB009", Severity::Warning, "a format for a language or calendar this reader does not read: the text is kept"};
inline constexpr DiagnosticCode ixbrl_skipped_entity{
    "IXB010", Severity::Warning, "an entity reference the document does not declare: left out of the text"};
inline constexpr DiagnosticCode ixbrl_unbound_prefix{
    "IXB011", Severity::Warning, "a QName whose prefix is bound to no namespace"};
inline constexpr DiagnosticCode ixbrl_instance_attribute{
    "IXB012", Severity::Warning, "an inline XBRL attribute (format, scale, sign) in a plain XBRL instance: ignored"};
inline constexpr DiagnosticCode ixbrl_unreadable{
    "IXB020", Severity::Error, "a document that cannot be used (not well-formed, not iXBRL, ambiguous): nothing of it is read"};
inline constexpr DiagnosticCode ixbrl_no_entity{
    "IXB021", Severity::Error, "a document whose contexts name no entity, or more than one"};
inline constexpr DiagnosticCode ixbrl_incomplete_period{
    "IXB022", Severity::Warning, "a period lacks lines the models need (e.g. a filleted filing): not used unless accounts.csv has it"};
inline constexpr DiagnosticCode ixbrl_csv_disagreement{
    "IXB023", Severity::Warning, "iXBRL and accounts.csv give different figures for a line (ingest.accounts_precedence decides)"};
inline constexpr DiagnosticCode ixbrl_conflicting_facts{
    "IXB024", Severity::Warning, "two facts of one document give different values for the same line and date: the first is used"};
inline constexpr DiagnosticCode ixbrl_registered_number_mismatch{
    "IXB025", Severity::Warning, "the registered number in the text differs from the contexts' entity"};
inline constexpr DiagnosticCode ixbrl_implausible_date{
    "IXB026", Severity::Warning, "a fact dated outside 1900-2200: not used"};
inline constexpr DiagnosticCode ixbrl_restated{
    "IXB027", Severity::Warning, "two documents give different figures for the same period: the later filing's are used"};

}  // namespace diagnostic_code

/// Every code above, in the order of the documentation table.
inline constexpr std::array all_diagnostic_codes = {
    diagnostic_code::missing_required_file,
    diagnostic_code::unreadable_file,
    diagnostic_code::empty_file,
    diagnostic_code::unterminated_quote,
    diagnostic_code::quote_in_unquoted_field,
    diagnostic_code::text_after_closing_quote,
    diagnostic_code::wrong_field_count,
    diagnostic_code::invalid_utf8,
    diagnostic_code::bare_carriage_return,
    diagnostic_code::missing_column,
    diagnostic_code::unknown_column,
    diagnostic_code::repeated_column,
    diagnostic_code::missing_value,
    diagnostic_code::not_an_integer,
    diagnostic_code::not_a_decimal,
    diagnostic_code::not_a_date,
    diagnostic_code::unknown_code,
    diagnostic_code::not_a_boolean,
    diagnostic_code::out_of_range,
    diagnostic_code::ends_before_start,
    diagnostic_code::malformed_ons_code,
    diagnostic_code::missing_rate,
    diagnostic_code::duplicate_key,
    diagnostic_code::unknown_reference,
    diagnostic_code::ownership_cycle,
    diagnostic_code::balance_sheet_mismatch,
    diagnostic_code::profit_and_loss_mismatch,
    diagnostic_code::ixbrl_fact_without_name,
    diagnostic_code::ixbrl_fact_without_unit,
    diagnostic_code::ixbrl_bad_scale,
    diagnostic_code::ixbrl_invalid_text,
    diagnostic_code::ixbrl_broken_continuation,
    diagnostic_code::ixbrl_undefined_reference,
    diagnostic_code::ixbrl_unknown_format,
    diagnostic_code::ixbrl_format_other_registry,
    diagnostic_code::ixbrl_unsupported_format,
    diagnostic_code::ixbrl_skipped_entity,
    diagnostic_code::ixbrl_unbound_prefix,
    diagnostic_code::ixbrl_instance_attribute,
    diagnostic_code::ixbrl_unreadable,
    diagnostic_code::ixbrl_no_entity,
    diagnostic_code::ixbrl_incomplete_period,
    diagnostic_code::ixbrl_csv_disagreement,
    diagnostic_code::ixbrl_conflicting_facts,
    diagnostic_code::ixbrl_registered_number_mismatch,
    diagnostic_code::ixbrl_implausible_date,
    diagnostic_code::ixbrl_restated,
};

/// Adds a diagnostic with the severity the code is declared with.
inline void report(Diagnostics& diagnostics, const DiagnosticCode& code, std::string file,
                   std::size_t line, std::size_t column, std::string message) {
    diagnostics.add({std::move(file), line, column, code.severity, std::string(code.id),
                     std::move(message)});
}

}  // namespace oversight
