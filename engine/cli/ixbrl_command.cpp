// `oversight ixbrl`: reads one iXBRL (or XBRL) document and lists its facts, or the
// accounts lines they map to period by period, with how each line was obtained.
#include "engine/cli/ixbrl_command.hpp"

#include <Poco/Util/Option.h>

#include <stdexcept>

#include "engine/cli/options.hpp"
#include "ingest/ixbrl/ixbrl_reader.hpp"
#include "ingest/ixbrl_accounts.hpp"
#include "ingest/whole_file.hpp"
#include "reports/tables/table_renderers.hpp"

namespace oversight {
namespace {

using Poco::Util::Option;
using Poco::Util::OptionSet;

std::string period_text(const ixbrl::Context& context) {
    switch (context.period) {
        case ixbrl::Context::PeriodKind::Instant: return context.instant;
        case ixbrl::Context::PeriodKind::Duration: return context.start_date + "/" + context.end_date;
        case ixbrl::Context::PeriodKind::Forever: return "forever";
    }
    return {};
}

std::string dimensions_text(const ixbrl::Context& context) {
    std::string text;
    for (const auto& d : context.dimensions)
        text += (text.empty() ? "" : " ") + d.dimension.text() + "=" + (d.member ? d.member->text() : d.typed_value);
    return text;
}

Table facts_table(const ixbrl::Document& document, const IxbrlAccounts& mapped, bool unmapped_only) {
    Table table("ixbrl_facts", unmapped_only ? "Facts that map to no accounts line" : "Facts of the document",
                {{"line", "Line", ColumnKind::Integer},
                 {"column", "Col", ColumnKind::Integer},
                 {"concept", "Concept"},
                 {"namespace", "Namespace"},
                 {"context", "Context"},
                 {"period", "Period"},
                 {"dimensions", "Dimensions"},
                 {"unit", "Unit"},
                 {"decimals", "Decimals"},
                 {"value", "Value"},
                 {"raw_text", "Text shown"},
                 {"maps_to", "Accounts line"}});
    for (std::size_t i = 0; i < document.facts.size(); ++i) {
        const ixbrl::Fact& fact = document.facts[i];
        if (unmapped_only && !mapped.maps_to[i].empty()) continue;
        const ixbrl::Context* context = document.find_context(fact.context_ref);
        const ixbrl::Unit* unit = fact.unit_ref.empty() ? nullptr : document.find_unit(fact.unit_ref);
        table.add_row({Cell::number(static_cast<double>(fact.position.line)),
                       Cell::number(static_cast<double>(fact.position.column)), Cell::text(fact.concept_name.text()),
                       Cell::text(fact.concept_name.namespace_uri), Cell::text(fact.context_ref),
                       context ? Cell::text(period_text(*context)) : Cell::missing("undefined context"),
                       context ? Cell::text(dimensions_text(*context)) : Cell::missing(),
                       unit ? Cell::text(unit->text()) : Cell::text(fact.unit_ref), Cell::text(fact.decimals),
                       fact.nil ? Cell::missing("nil")
                                : fact.value_known ? Cell::text(fact.value) : Cell::missing("no value: see warnings"),
                       Cell::text(fact.raw_text), Cell::text(mapped.maps_to[i])});
    }
    table.add_note(std::string(format_name(document.format)) + "; " + std::to_string(document.facts.size()) +
                   " facts, " + std::to_string(document.contexts.size()) + " contexts, " +
                   std::to_string(document.units.size()) + " units.");
    return table;
}

Table accounts_table(const IxbrlAccounts& mapped) {
    std::vector<Column> columns = {{"entity_id", "Entity"}, {"period_end", "Period end"},
                                   {"period_months", "Months", ColumnKind::Integer}};
    for (AccountsLine line : all_accounts_lines())
        columns.push_back({std::string(column_of(line)), std::string(column_of(line)),
                           line == AccountsLine::Employees ? ColumnKind::Integer : ColumnKind::Money});
    columns.push_back({"not_filed", "Required lines not filed"});
    Table table("ixbrl_accounts", "Accounts lines of the filing, one row per period (newest first)", columns);
    for (const FiledAccounts& p : mapped.periods) {
        std::vector<Cell> row = {Cell::text(p.entity_id), Cell::text(p.period_end.iso()),
                                 Cell::number(p.period_months)};
        for (AccountsLine line : all_accounts_lines())
            row.push_back(p.get(line) ? Cell::number(*p.get(line)) : Cell::missing("not filed"));
        std::string missing;
        for (AccountsLine line : p.missing_required()) missing += (missing.empty() ? "" : " ") + std::string(column_of(line));
        row.push_back(Cell::text(missing));
        table.add_row(std::move(row));
    }
    for (const FiledAccounts& p : mapped.periods)
        if (p.lacks_profit_and_loss())
            table.add_note("Period ending " + p.period_end.iso() +
                           ": no profit and loss account is filed (filleted or micro-entity accounts).");
    table.add_note("A period with required lines not filed is not used by the models unless accounts.csv has it "
                   "(docs/ixbrl.md). Lines marked assumed in the next table rest on \"none tagged: taken as 0\".");
    return table;
}

Table derivation_table(const IxbrlAccounts& mapped) {
    Table table("ixbrl_derivation", "How each line was obtained",
                {{"period_end", "Period end"}, {"line", "Line"}, {"value", "Value", ColumnKind::Number}, {"how", "From"}});
    for (const FiledAccounts& p : mapped.periods) {
        table.add_row({Cell::text(p.period_end.iso()), Cell::text("period_months"), Cell::number(p.period_months),
                       Cell::text(p.period_note)});
        for (AccountsLine line : all_accounts_lines())
            if (const auto value = p.get(line))
                table.add_row({Cell::text(p.period_end.iso()), Cell::text(std::string(column_of(line))),
                               Cell::number(*value),
                               Cell::text((p.is_assumed(line) ? "assumed: " : "") + p.how_of(line))});
    }
    return table;
}

class IxbrlCommand final : public Command {
public:
    std::string name() const override { return "ixbrl"; }
    std::string summary() const override { return "Read an iXBRL accounts filing: its facts, or its accounts lines."; }
    std::string usage() const override { return "facts|accounts FILE [--unmapped] [--format table|csv|json]"; }
    std::string description() const override {
        return "Reads one Companies House iXBRL document (iXBRL 1.0 or 1.1, .html or .xhtml; a plain XBRL 2.1 "
               "instance is also listed). `facts` lists every fact: concept, context, period, dimensions, unit, "
               "decimals, value (after format, scale and sign), the text shown and the accounts line it maps to "
               "(--unmapped: only those that map to none). `accounts` gives one row per period of the lines of "
               "accounts.csv, then how each line was obtained. Reader warnings go to stderr with line and column; "
               "a document that cannot be read is an error (exit 1). See docs/ixbrl.md.";
    }
    void define_options(OptionSet& options) const override {
        options.addOption(Option("unmapped", "", "facts: only the facts that map to no accounts line."));
        add_format_option(options);
    }
    std::pair<std::size_t, std::size_t> positional_count() const override { return {2, 2}; }
    int run(const Arguments& arguments, CommandContext& context) const override {
        const std::string what = arguments.positional[0];
        if (what != "facts" && what != "accounts") throw UsageError("'" + what + "' is neither 'facts' nor 'accounts'");
        if (arguments.has("unmapped") && what != "facts") throw UsageError("--unmapped is for `ixbrl facts`");
        const TableFormat format = table_format(arguments);
        const std::string path = arguments.positional[1];
        std::string problem;
        std::optional<std::string> content = read_whole_file(path, problem);
        if (!content) throw std::runtime_error(path + ": cannot be read: " + problem);
        ixbrl::Document document;
        IxbrlAccounts mapped;
        try {
            document = ixbrl::read_document(*content);
        } catch (const ixbrl::ReadError& error) {
            context.err << path << ':' << error.position().line << ':' << error.position().column
                        << ": error: " << error.what() << '\n';
            return exit_failure;
        }
        try {
            mapped = map_ixbrl_accounts(document, path);
        } catch (const ixbrl::ReadError& error) {
            // The facts can still be listed; there are no accounts without one company.
            if (what == "accounts") {
                context.err << path << ": error: " << error.what() << '\n';
                return exit_failure;
            }
            context.err << path << ": warning: " << error.what() << "; no fact is mapped\n";
            mapped.maps_to.assign(document.facts.size(), std::string());
        }
        for (const auto* findings : {&document.warnings, &mapped.findings})
            for (const ixbrl::Finding& w : *findings)
                context.err << path << ':' << w.position.line << ':' << w.position.column << ": warning " << w.code
                            << ": " << w.message << '\n';
        if (what == "facts") render_table(facts_table(document, mapped, arguments.has("unmapped")), format, context.out);
        else render_tables({accounts_table(mapped), derivation_table(mapped)}, format, context.out);
        return exit_ok;
    }
};

}  // namespace

std::unique_ptr<Command> ixbrl_command() { return std::make_unique<IxbrlCommand>(); }

}  // namespace oversight
