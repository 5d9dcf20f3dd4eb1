#include "engine/cli/brief_set.hpp"

#include <Poco/File.h>
#include <Poco/Path.h>

#include <chrono>
#include <fstream>
#include <stdexcept>

#include "engine/cli/exit_briefs.hpp"
#include "engine/cli/provider_briefs.hpp"
#include "engine/cli/region_briefs.hpp"
#include "engine/csv_writer.hpp"
#include "engine/parallel.hpp"
#include "engine/text.hpp"

namespace oversight {
namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

WrittenBrief written(const std::string& kind, const Brief& brief, std::vector<std::string> files,
                     Clock::time_point start) {
    return {kind, brief.id, brief.title, brief.marking, std::move(files), seconds_since(start)};
}

void write_manifest(const BriefSet& set, const std::string& path) {
    const std::string part = path + ".part";
    {
        std::ofstream out(part, std::ios::binary);
        CsvWriter csv(out);
        csv.header({"kind", "id", "title", "marking", "seconds", "files"});
        for (const WrittenBrief& b : set.briefs) {
            csv.text(b.kind).text(b.id).text(b.title).text(b.marking).number(b.seconds).text(join(b.files, ";"));
            csv.end_row();
        }
        if (!out) throw std::runtime_error(part + ": cannot write");
    }
    Poco::File(part).renameTo(path);
}

}  // namespace

BriefSet write_brief_set(const StoredMarket& stored, const Assumptions& assumptions, Date as_of,
                         const std::string& out_dir, const BriefSetOptions& options, Progress& progress) {
    Poco::File(out_dir).createDirectories();
    const Market& market = stored.market;
    BriefSet set;

    if (options.market) {
        const auto start = Clock::now();
        const Brief brief = market_overview_brief(stored, assumptions, as_of);
        set.briefs.push_back(written("market", brief, write_brief_files(brief, out_dir, options.outputs), start));
    }

    if (options.regions) {
        const auto& regions = market.data().regions;
        std::vector<WrittenBrief> done(regions.size());
        progress.begin("regional price briefs", regions.size());
        parallel_for(
            regions.size(), options.threads,
            [&](std::size_t i) {
                const auto start = Clock::now();
                const Brief brief = region_brief(stored, assumptions, regions[i].region_code, as_of);
                done[i] = written("region", brief, write_brief_files(brief, out_dir, options.outputs), start);
            },
            &progress);
        progress.end();
        for (WrittenBrief& b : done) set.briefs.push_back(std::move(b));
    }

    if (options.providers) {
        const auto start = Clock::now();
        const ProviderBriefs providers(stored, assumptions, as_of, false);
        set.setup_seconds = seconds_since(start);
        std::vector<std::string> ids;
        for (const std::string& id : providers.group_ids())
            if (market.find_entity(id)->owner_type != OwnerType::LocalAuthority) ids.push_back(id);
        std::vector<WrittenBrief> done(ids.size());
        progress.begin("provider briefs", ids.size());
        parallel_for(
            ids.size(), options.threads,
            [&](std::size_t i) {
                const auto brief_start = Clock::now();
                const Brief brief = providers.brief(ids[i]);
                done[i] = written("provider", brief, write_brief_files(brief, out_dir, options.outputs), brief_start);
            },
            &progress);
        progress.end();
        for (WrittenBrief& b : done) set.briefs.push_back(std::move(b));
    }

    if (options.exits)
        for (const std::string& name : default_exit_brief_names()) {
            const auto start = Clock::now();
            const Brief brief = exit_brief(stored, assumptions, as_of, name, progress);
            set.briefs.push_back(written("exit", brief, write_brief_files(brief, out_dir, options.outputs), start));
        }

    set.manifest = Poco::Path(out_dir).makeDirectory().setFileName("briefs.csv").absolute().toString();
    write_manifest(set, set.manifest);
    return set;
}

}  // namespace oversight
