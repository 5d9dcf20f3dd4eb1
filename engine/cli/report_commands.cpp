// Commands that compute from the stored data set: providers, brief, run (the main job).
#include <algorithm>
#include <chrono>
#include <map>

#include <Poco/File.h>
#include <Poco/Path.h>
#include <Poco/Util/Option.h>

#include "engine/cli/command.hpp"
#include "engine/cli/options.hpp"
#include "engine/cli/pipeline.hpp"
#include "engine/cli/brief_set.hpp"
#include "engine/cli/exit_briefs.hpp"
#include "engine/cli/provider_briefs.hpp"
#include "engine/cli/region_briefs.hpp"
#include "engine/text.hpp"
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

/// --html, --pdf, --extracts; HTML and PDF when neither of the first two is given.
BriefOutputs brief_outputs(const Arguments& arguments) {
    BriefOutputs outputs;
    if (arguments.has("html") || arguments.has("pdf")) {
        outputs.html = arguments.has("html");
        outputs.pdf = arguments.has("pdf");
    }
    outputs.extracts = arguments.has("extracts");
    return outputs;
}

void add_brief_output_options(OptionSet& options) {
    options.addOption(Option("html", "", "Write the HTML (with --pdf: both; neither: both)."));
    options.addOption(Option("pdf", "", "Write the PDF (A4, fonts embedded)."));
    options.addOption(Option("extracts", "", "Also write every table as CSV (ID-csv/), JSON (ID.json) and XLSX (ID.xlsx)."));
}

class BriefCommand final : public Command {
public:
    std::string name() const override { return "brief"; }
    std::string summary() const override {
        return "Write one brief as HTML and PDF: market, group ID, provider ID, or debt of a group or entity.";
    }
    std::string usage() const override {
        return "market | group ID | provider ID | region CODE | exit NAME | debt (--group ID | --entity ID) [--html] [--pdf] [--extracts] "
               "[--out DIR] [--db FILE] [--as-of DATE]";
    }
    std::string description() const override {
        return "Writes the named brief into DIR (default briefs) as one self-contained HTML file and an A4 PDF (or "
               "the one asked for with --html or --pdf), with --extracts every table as CSV, JSON and one XLSX "
               "workbook, and prints the path of each file. market: supply, concentration, ownership and margins "
               "(market-overview.*). group ID: the provider brief of a group (its top parent's id): key figures, "
               "five-year trends, failure risk and its drivers, debt and maturity profile, stress and the rates x "
               "occupancy heat map, settings and Ofsted ratings, councils to warn (provider-ID.*, "
               "OFFICIAL-SENSITIVE). provider ID: the same for one legal entity, with its group's risk. region CODE: "
               "the regional price brief of a region (ONS code): fees by type and need band under disclosure "
               "control, councils against the region, price index, provider premiums and should-cost "
               "(region-CODE.*, OFFICIAL-SENSITIVE). exit NAME: an exit scenario brief: largest-group, ten-largest, "
               "stage-5 (every group at oversight stage 5 or 6), simulation (a simulated year of correlated "
               "failures), levers (the stage-5 scenario under a profit cap, windfall tax, rate rise and added "
               "capacity), or a group id (that group exits) (exit-NAME.*, OFFICIAL-SENSITIVE). debt "
               "--group ID (or --entity ID): facilities, SONIA curve, every stress scenario quarter by quarter, "
               "reverse stress and the grid of that provider (debt-ID.*, OFFICIAL-SENSITIVE).";
    }
    void define_options(OptionSet& options) const override {
        options.addOption(Option("out", "o", "Directory for the brief (default briefs).").argument("DIR"));
        add_brief_output_options(options);
        options.addOption(Option("group", "g", "debt: the group (top parent id).").argument("ID"));
        options.addOption(Option("entity", "e", "debt: one entity, on its own facilities and accounts.").argument("ID"));
        add_as_of_option(options, "Date the figures speak of (default: latest date in the data).");
        add_db_option(options);
    }
    std::pair<std::size_t, std::size_t> positional_count() const override { return {1, 2}; }
    int run(const Arguments& arguments, CommandContext& context) const override {
        // Options are read before the store is opened, so a bad one is a usage error.
        const std::string& kind = arguments.positional[0];
        static const std::vector<std::string> kinds = {"market", "group", "provider", "region", "exit", "debt"};
        if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end())
            throw UsageError("unknown brief '" + kind + "' (this version has: " + join(kinds, ", ") + ")");
        const bool takes_id = kind == "group" || kind == "provider" || kind == "region" || kind == "exit";
        if (takes_id && arguments.positional.size() != 2) throw UsageError("brief " + kind + " needs the ID");
        if (!takes_id && arguments.positional.size() != 1)
            throw UsageError("brief " + kind + " takes no ID (unexpected '" + arguments.positional[1] + "')");
        const bool group = arguments.has("group"), entity = arguments.has("entity");
        if (kind == "debt" && group == entity) throw UsageError("brief debt needs one of --group ID and --entity ID");
        if (kind != "debt" && (group || entity)) throw UsageError("brief " + kind + " takes no --group or --entity");
        const std::optional<Date> as_of = as_of_option(arguments);
        const BriefOutputs outputs = brief_outputs(arguments);
        const std::string out = arguments.value("out", "briefs");
        const StoredMarket stored = load_stored_market(arguments.value("db", default_store_location));
        const Date date = as_of.value_or(stored.market.latest_date());
        std::vector<std::string> files;
        if (kind == "market") {
            files = write_market_overview(stored, context.assumptions, out, as_of, outputs);
        } else if (kind == "exit") {
            files = write_brief_files(
                exit_brief(stored, context.assumptions, date, arguments.positional[1], default_progress(context.quiet)),
                out, outputs);
        } else if (kind == "region") {
            files = write_brief_files(region_brief(stored, context.assumptions, arguments.positional[1], as_of), out,
                                      outputs);
        } else if (takes_id) {
            const std::string& id = arguments.positional[1];
            const ProviderBriefs briefs(stored, context.assumptions, date, kind == "provider", id);
            files = write_brief_files(briefs.brief(id), out, outputs);
        } else {
            files = write_debt_brief(stored, context.assumptions, out, date,
                                     entity ? arguments.value("entity", "") : arguments.value("group", ""), entity,
                                     outputs);
        }
        for (const std::string& file : files) context.out << file << '\n';
        return exit_ok;
    }
};

class BriefsCommand final : public Command {
public:
    std::string name() const override { return "briefs"; }
    std::string summary() const override {
        return "Write every brief of the market: overview, regions, providers, exit scenarios (with progress).";
    }
    std::string usage() const override {
        return "--all | [--market] [--regions] [--providers] [--exits]  [--html] [--pdf] [--extracts] [--out DIR] "
               "[--threads N] [--db FILE] [--as-of DATE]";
    }
    std::string description() const override {
        return "Writes into DIR (default briefs), in parallel, the market overview, the regional price brief of "
               "every region, the provider brief of every private and voluntary group, and the default exit briefs "
               "(largest-group, ten-largest, stage-5, simulation, levers; see brief exit), as HTML and PDF (or as "
               "--html, --pdf and --extracts say), with a progress bar on a terminal. --all writes all four kinds; "
               "otherwise the kinds named. DIR/briefs.csv lists every brief with its files and the seconds it took. "
               "Prints the number of briefs and files, the time, and where the manifest is.";
    }
    void define_options(OptionSet& options) const override {
        options.addOption(Option("all", "a", "Every kind of brief."));
        options.addOption(Option("market", "", "The market overview."));
        options.addOption(Option("regions", "", "The regional price brief of every region."));
        options.addOption(Option("providers", "", "The provider brief of every private and voluntary group."));
        options.addOption(Option("exits", "", "The default exit briefs."));
        options.addOption(Option("out", "o", "Directory for the briefs (default briefs).").argument("DIR"));
        add_brief_output_options(options);
        options.addOption(Option("threads", "", "Worker threads (default: every core).").argument("N"));
        add_as_of_option(options, "Date the figures speak of (default: latest date in the data).");
        add_db_option(options);
    }
    int run(const Arguments& arguments, CommandContext& context) const override {
        BriefSetOptions options;
        const bool all = arguments.has("all");
        options.market = all || arguments.has("market");
        options.regions = all || arguments.has("regions");
        options.providers = all || arguments.has("providers");
        options.exits = all || arguments.has("exits");
        if (!options.market && !options.regions && !options.providers && !options.exits)
            throw UsageError("briefs needs --all or at least one of --market, --regions, --providers, --exits");
        options.outputs = brief_outputs(arguments);
        if (const auto threads = whole_option(arguments, "threads", 1, 1024)) options.threads = static_cast<unsigned>(*threads);
        const std::optional<Date> as_of = as_of_option(arguments);
        const std::string out = arguments.value("out", "briefs");
        const auto start = std::chrono::steady_clock::now();
        const StoredMarket stored = load_stored_market(arguments.value("db", default_store_location));
        const BriefSet set = write_brief_set(stored, context.assumptions, as_of.value_or(stored.market.latest_date()), out,
                                             options, default_progress(context.quiet));
        std::size_t files = 0;
        for (const WrittenBrief& b : set.briefs) files += b.files.size();
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        context.out << "Wrote " << set.briefs.size() << " briefs (" << files << " files) in "
                    << format_value(seconds, ColumnKind::Number, 1) << " s; every brief and its files: " << set.manifest
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
               "embedded store OUT/oversight.db, computes, and writes the briefs to OUT/briefs as HTML and PDF, "
               "printing where they are: the market overview (with its tables as CSV, JSON and XLSX), every "
               "regional price, provider and default exit brief (as oversight briefs --all, listed in "
               "OUT/briefs/briefs.csv), and the debt brief of every group that breaches a covenant under a scenario "
               "of the stress library.";
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
        // The market overview with its extracts; each debt brief as HTML and PDF.
        BriefOutputs overview_outputs;
        overview_outputs.extracts = true;
        const std::vector<std::string> overview =
            write_market_overview(stored, context.assumptions, brief_dir, as_of, overview_outputs);
        context.out << "Market overview brief: " << overview.front() << '\n';
        for (std::size_t i = 1; i < overview.size(); ++i) context.out << "  " << overview[i] << '\n';
        const Date date = as_of.value_or(stored.market.latest_date());
        // Every regional price, provider and exit brief, as HTML and PDF.
        BriefSetOptions set_options;
        set_options.market = false;
        const BriefSet set =
            write_brief_set(stored, context.assumptions, date, brief_dir, set_options, default_progress(context.quiet));
        std::map<std::string, std::size_t> by_kind;
        for (const WrittenBrief& b : set.briefs) ++by_kind[b.kind];
        context.out << "Briefs in " << Poco::Path(brief_dir).absolute().toString() << ": " << by_kind["region"]
                    << " regional price, " << by_kind["provider"] << " provider, " << by_kind["exit"]
                    << " exit scenario; each with its files in " << set.manifest << '\n';
        const DebtBriefs debt = write_debt_briefs(stored, context.assumptions, brief_dir, date, BriefOutputs{});
        for (const std::string& skipped : debt.skipped) context.err << "not stressed: " << skipped << '\n';
        context.out << "Debt briefs of the " << debt.files.size()
                    << " groups that breach a covenant under a stress scenario:\n";
        for (const std::vector<std::string>& files : debt.files)
            for (const std::string& file : files) context.out << file << '\n';
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
    commands.push_back(std::make_unique<BriefsCommand>());
    return commands;
}

}  // namespace oversight
