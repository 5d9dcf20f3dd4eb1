// Commands that compute from the stored data set: providers, brief, run (the main job).
#include <Poco/File.h>
#include <Poco/Path.h>
#include <Poco/Util/Option.h>

#include "engine/cli/command.hpp"
#include "engine/cli/options.hpp"
#include "engine/cli/pipeline.hpp"
#include "engine/cli/report_commands.hpp"
#include "models/health/health.hpp"
#include "models/profitability/profitability.hpp"
#include "reports/builders/health_table.hpp"
#include "reports/builders/profitability_table.hpp"
#include "reports/tables/table_renderers.hpp"

namespace oversight {

using Poco::Util::Option;
using Poco::Util::OptionSet;

namespace {

class ProvidersCommand final : public Command {
public:
    std::string name() const override { return "providers"; }
    std::string summary() const override { return "Profitability of each entity or group: EBITDA, margins, ROCE, excess profit."; }
    std::string usage() const override { return "[--group] [--all-years] [--format table|csv|json] [--db FILE]"; }
    std::string description() const override {
        return "Profitability per accounts year (method: README, 'Profitability'). By default each provider's "
               "latest year; --all-years gives every year. JSON shape: docs/json-output.md.";
    }
    void define_options(OptionSet& options) const override {
        options.addOption(Option("group", "g", "One row per group (top parent) instead of per legal entity."));
        options.addOption(Option("all-years", "", "Every accounts year, not only the latest."));
        add_format_option(options);
        add_db_option(options);
    }
    int run(const Arguments& arguments, CommandContext& context) const override {
        const TableFormat format = table_format(arguments);
        const StoredMarket stored = load_stored_market(arguments.value("db", default_store_location));
        const auto result = compute_profitability(stored.market, context.assumptions.profitability);
        const bool groups = arguments.has("group");
        render_table(profitability_table(groups ? result.groups : result.entities, groups, !arguments.has("all-years")),
                     format, context.out);
        return exit_ok;
    }
};

class HealthCommand final : public Command {
public:
    std::string name() const override { return "health"; }
    std::string summary() const override {
        return "Financial health of each entity or group: net debt, leverage, cover, liquidity, covenants.";
    }
    std::string usage() const override { return "[--group] [--all-years] [--format table|csv|json] [--db FILE] [--as-of DATE]"; }
    std::string description() const override {
        return "Financial health per accounts year (method: README, 'Financial health'). By default each provider's "
               "latest year, with its facilities as at --as-of (default: the latest date in the data); --all-years "
               "adds the earlier years and their trends.";
    }
    void define_options(OptionSet& options) const override {
        options.addOption(Option("group", "g", "One row per group (top parent) instead of per legal entity."));
        options.addOption(Option("all-years", "", "Every accounts year, not only the latest."));
        add_as_of_option(options, "Date of the facility position (default: latest date in the data).");
        add_format_option(options);
        add_db_option(options);
    }
    int run(const Arguments& arguments, CommandContext& context) const override {
        const TableFormat format = table_format(arguments);
        const std::optional<Date> as_of = as_of_option(arguments);
        const StoredMarket stored = load_stored_market(arguments.value("db", default_store_location));
        const auto result = compute_health(stored.market, as_of.value_or(stored.market.latest_date()));
        const bool groups = arguments.has("group");
        render_table(health_table(groups ? result.groups : result.entities, groups, !arguments.has("all-years")),
                     format, context.out);
        return exit_ok;
    }
};

class BriefCommand final : public Command {
public:
    std::string name() const override { return "brief"; }
    std::string summary() const override { return "Write a brief as HTML: market, or debt of one group or entity."; }
    std::string usage() const override {
        return "market|debt [--group ID | --entity ID] [--out DIR] [--db FILE] [--as-of DATE]";
    }
    std::string description() const override {
        return "Writes the named brief as one self-contained HTML file in DIR (default briefs) and prints its path. "
               "market: supply, concentration, ownership and margins (market-overview.html). debt --group ID (or "
               "--entity ID): facilities, SONIA curve, every stress scenario, reverse stress and the rates x "
               "occupancy grid of that provider (debt-ID.html, OFFICIAL-SENSITIVE).";
    }
    void define_options(OptionSet& options) const override {
        options.addOption(Option("out", "o", "Directory for the brief (default briefs).").argument("DIR"));
        options.addOption(Option("html", "", "Write HTML (the default and, in this version, the only format)."));
        options.addOption(Option("group", "g", "debt: the group (top parent id).").argument("ID"));
        options.addOption(Option("entity", "e", "debt: one entity, on its own facilities and accounts.").argument("ID"));
        add_as_of_option(options, "Date the figures speak of (default: latest date in the data).");
        add_db_option(options);
    }
    std::pair<std::size_t, std::size_t> positional_count() const override { return {1, 1}; }
    int run(const Arguments& arguments, CommandContext& context) const override {
        // Options are read before the store is opened, so a bad one is a usage error.
        const std::string& kind = arguments.positional[0];
        if (kind != "market" && kind != "debt")
            throw UsageError("unknown brief '" + kind + "' (this version has: market, debt)");
        const bool group = arguments.has("group"), entity = arguments.has("entity");
        if (kind == "debt" && group == entity) throw UsageError("brief debt needs one of --group ID and --entity ID");
        if (kind == "market" && (group || entity)) throw UsageError("brief market takes no --group or --entity");
        const std::optional<Date> as_of = as_of_option(arguments);
        const std::string out = arguments.value("out", "briefs");
        const StoredMarket stored = load_stored_market(arguments.value("db", default_store_location));
        if (kind == "market") {
            context.out << write_market_overview(stored, context.assumptions, out, as_of) << '\n';
            return exit_ok;
        }
        const std::string id = entity ? arguments.value("entity", "") : arguments.value("group", "");
        context.out << write_debt_brief(stored, context.assumptions, out, as_of.value_or(stored.market.latest_date()),
                                        id, entity)
                    << '\n';
        return exit_ok;
    }
};

class RunCommand final : public Command {
public:
    std::string name() const override { return "run"; }
    std::string summary() const override { return "The main job: (generate,) ingest, compute, write the briefs."; }
    std::string usage() const override { return "[--data DIR | --scale small|england --seed N] [--out DIR]"; }
    std::string description() const override {
        return "Ingests DIR (or, without --data, a generated synthetic market written to OUT/data) into the "
               "embedded store OUT/oversight.db, computes, and writes the briefs to OUT/briefs, printing where they are: "
               "the market overview, and the debt brief of every group that breaches a covenant under a scenario of "
               "the stress library.";
    }
    void define_options(OptionSet& options) const override {
        options.addOption(Option("data", "d", "Data directory to ingest (default: generate one).").argument("DIR"));
        options.addOption(Option("scale", "", "Scale of the generated market: small or england (default).").argument("SCALE"));
        options.addOption(Option("seed", "", "Seed of the generated market (default 1).").argument("N"));
        options.addOption(Option("out", "o", "Output directory (default out).").argument("DIR"));
        options.addOption(Option("db", "", "Store (default OUT/oversight.db).").argument("FILE"));
        add_as_of_option(options, "Date the figures speak of (default: latest date in the data).");
        add_max_diagnostics_option(options);
    }
    int run(const Arguments& arguments, CommandContext& context) const override {
        // Options are read before anything is written, so a bad one is a usage error.
        const std::optional<Date> as_of = as_of_option(arguments);
        const GeneratorOptions generator = generator_options(arguments);
        const std::string out_dir = arguments.value("out", "out");
        Poco::File(out_dir).createDirectories();
        std::string data_dir = arguments.value("data");
        if (data_dir.empty()) {
            data_dir = Poco::Path(out_dir).makeDirectory().pushDirectory("data").toString();
            write_data_directory(generate_market(generator, default_progress(context.quiet)), data_dir);
            if (!context.quiet) context.err << "generated a synthetic market in " << data_dir << '\n';
        }
        const std::string store = arguments.value("db", Poco::Path(out_dir).makeDirectory().setFileName("oversight.db").toString());
        if (const int status = ingest_directory(data_dir, store, context, max_diagnostics(arguments)); status != exit_ok)
            return status;
        const StoredMarket stored = load_stored_market(store);
        const std::string brief_dir = Poco::Path(out_dir).makeDirectory().pushDirectory("briefs").toString();
        const std::string path = write_market_overview(stored, context.assumptions, brief_dir, as_of);
        context.out << "Market overview brief: " << path << '\n';
        const DebtBriefs debt = write_debt_briefs(stored, context.assumptions, brief_dir,
                                                  as_of.value_or(stored.market.latest_date()));
        for (const std::string& skipped : debt.skipped) context.err << "not stressed: " << skipped << '\n';
        context.out << "Debt briefs of the " << debt.paths.size()
                    << " groups that breach a covenant under a stress scenario:\n";
        for (const std::string& brief : debt.paths) context.out << brief << '\n';
        return exit_ok;
    }
};

}  // namespace

std::vector<std::unique_ptr<Command>> report_commands() {
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<RunCommand>());
    commands.push_back(std::make_unique<ProvidersCommand>());
    commands.push_back(std::make_unique<HealthCommand>());
    commands.push_back(std::make_unique<BriefCommand>());
    return commands;
}

}  // namespace oversight
