#include "engine/cli/pipeline.hpp"

#include <Poco/DateTimeFormat.h>
#include <Poco/DateTimeFormatter.h>
#include <Poco/File.h>
#include <Poco/Path.h>
#include <Poco/Timestamp.h>

#include <algorithm>
#include <fstream>
#include <stdexcept>

#include "engine/progress.hpp"
#include "models/market_structure/market_structure.hpp"
#include "models/profitability/profitability.hpp"
#include "engine/config/stress_scenarios.hpp"
#include "models/debt/market_stress.hpp"
#include "reports/builders/debt_brief.hpp"
#include "reports/builders/market_overview_brief.hpp"
#include "engine/store/store_location.hpp"

namespace oversight {

std::string utc_timestamp() {
    return Poco::DateTimeFormatter::format(Poco::Timestamp(), "%Y-%m-%dT%H:%M:%SZ");
}

IngestResult check_directory(const std::string& directory, CommandContext& context, std::size_t max_printed) {
    if (!Poco::File(directory).exists() || !Poco::File(directory).isDirectory())
        throw std::runtime_error(directory + ": no such data directory");
    IngestResult result = read_data_directory(directory, context.assumptions.ingest, default_progress(context.quiet));
    std::size_t printed = 0;
    for (Severity severity : {Severity::Error, Severity::Warning})
        for (const auto& diagnostic : result.diagnostics.all())
            if (diagnostic.severity == severity && printed++ < max_printed) context.err << diagnostic.format() << '\n';
    if (printed > max_printed)
        context.err << "... " << printed - max_printed << " more (use --max-diagnostics N to see them)\n";
    if (!context.quiet || result.diagnostics.has_errors())
        context.err << directory << ": " << result.row_count << " rows, " << result.diagnostics.error_count()
                    << " error(s), " << result.diagnostics.warning_count() << " warning(s)\n";
    return result;
}

int ingest_directory(const std::string& directory, const std::string& store_location, CommandContext& context,
                     std::size_t max_printed) {
    IngestResult result = check_directory(directory, context, max_printed);
    if (result.diagnostics.has_errors()) {
        context.err << "nothing was written to " << store_location << '\n';
        return exit_failure;
    }
    auto store = open_store(store_location);
    const IngestRecord record{Poco::Path(directory).absolute().toString(), utc_timestamp(), result.row_count};
    store->replace_dataset(result.data, result.diagnostics.warnings(), record);
    if (!context.quiet)
        context.err << "stored " << result.row_count << " rows and " << result.diagnostics.warning_count()
                    << " warning(s) in " << store_location << '\n';
    return exit_ok;
}

StoredMarket load_stored_market(const std::string& store_location) {
    // Only an embedded file can be missing; open_store names any other problem itself.
    if (const StoreLocation where = parse_store_location(store_location);
        where.engine == StoreEngine::Sqlite && !Poco::File(where.target).exists())
        throw std::runtime_error(store_location + ": no such store; run `oversight ingest DIR --db " + store_location +
                                 "` first");
    auto store = open_store(store_location);
    const auto record = store->current_ingest();
    if (!record)
        throw std::runtime_error(store_location + " holds no data set; run `oversight ingest DIR --db " +
                                 store_location + "` first");
    return StoredMarket{Market(store->load_market_data()), *record};
}

BriefProvenance provenance_of(const StoredMarket& stored) {
    return {"Data set " + stored.record.source + " (" + std::to_string(stored.record.row_count) + " rows), ingested " +
                stored.record.ingested_at + ".",
            utc_timestamp()};
}

namespace {

std::vector<std::string> write_stressed_brief(const StoredMarket& stored, const Assumptions& assumptions,
                                              const std::string& out_dir, const StressRun& run,
                                              const StressedProvider& provider, const std::optional<CurveReport>& curve,
                                              const std::vector<StressScenario>& scenarios, const BriefOutputs& outputs) {
    const ProviderDetail detail = provider_detail(provider, run.path);
    const DebtBriefContent content{run, provider, detail.reverse, detail.base_schedules, curve, scenarios};
    return write_brief_files(build_debt_brief(content, assumptions, provenance_of(stored)), out_dir, outputs);
}

}  // namespace

Brief market_overview_brief(const StoredMarket& stored, const Assumptions& assumptions, std::optional<Date> as_of) {
    const Market& market = stored.market;
    const auto profitability = compute_profitability(market, assumptions.profitability);
    const auto structure = compute_market_structure(market, profitability, assumptions.market_structure,
                                                    as_of.value_or(market.latest_date()));
    return build_market_overview_brief(structure, assumptions, provenance_of(stored));
}

std::vector<std::string> write_market_overview(const StoredMarket& stored, const Assumptions& assumptions,
                                               const std::string& out_dir, std::optional<Date> as_of,
                                               const BriefOutputs& outputs) {
    return write_brief_files(market_overview_brief(stored, assumptions, as_of), out_dir, outputs);
}

std::vector<std::string> write_debt_brief(const StoredMarket& stored, const Assumptions& assumptions,
                                          const std::string& out_dir, Date as_of, const std::string& id, bool entity,
                                          const BriefOutputs& outputs) {
    const std::vector<StressScenario> scenarios = default_stress_scenarios();
    StressRequest request;
    request.as_of = as_of;
    request.level = entity ? StressLevel::Entity : StressLevel::Group;
    request.only = id;
    request.grids = true;
    const StressRun run = stress_market(stored.market, assumptions, scenarios, request);
    return write_stressed_brief(stored, assumptions, out_dir, run, requested_provider(run, request),
                                market_curve_report(stored.market, as_of), scenarios, outputs);
}

DebtBriefs write_debt_briefs(const StoredMarket& stored, const Assumptions& assumptions, const std::string& out_dir,
                             Date as_of, const BriefOutputs& outputs) {
    const std::vector<StressScenario> scenarios = default_stress_scenarios();
    StressRequest request;
    request.as_of = as_of;
    StressRun run = stress_market(stored.market, assumptions, scenarios, request);
    const std::optional<CurveReport> curve = market_curve_report(stored.market, as_of);
    DebtBriefs briefs;
    briefs.skipped = run.skipped;
    for (StressedProvider& provider : run.providers) {
        const bool breaches = std::any_of(provider.scenarios.begin(), provider.scenarios.end(),
                                          [](const StressResult& r) { return r.first_breach_quarter.has_value(); });
        if (!breaches) continue;
        provider.grid = stress_grid(provider.stressor, StressScenario{}, assumptions.stress);  // only where it is read
        briefs.files.push_back(
            write_stressed_brief(stored, assumptions, out_dir, run, provider, curve, scenarios, outputs));
    }
    return briefs;
}

}  // namespace oversight
