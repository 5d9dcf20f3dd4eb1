/// \file brief_set.hpp
/// \brief Every brief of a market at once (`oversight briefs --all`, the main job): the
/// market overview, the regional price brief of every region, the provider brief of every
/// private and voluntary group, and the default exit briefs, written in parallel with a
/// manifest of what was written and how long each brief took.
#pragma once

#include <string>
#include <vector>

#include "engine/cli/brief_files.hpp"
#include "engine/cli/pipeline.hpp"
#include "engine/progress.hpp"

namespace oversight {

struct BriefSetOptions {
    BriefOutputs outputs;
    bool market = true;
    bool regions = true;
    bool providers = true;
    bool exits = true;
    unsigned threads = 0;  ///< 0: every core
};

struct WrittenBrief {
    std::string kind;  ///< market, region, provider, exit
    std::string id;
    std::string title;
    std::string marking;
    std::vector<std::string> files;
    double seconds = 0.0;  ///< computing what only it needs, building, rendering and writing
};

struct BriefSet {
    std::vector<WrittenBrief> briefs;  ///< market, regions, providers, exits, each in its order
    double setup_seconds = 0.0;        ///< what the provider briefs share (watchlist, stress)
    std::string manifest;              ///< absolute path of briefs.csv
};

/// Writes the briefs into `out_dir` and `out_dir/briefs.csv` (kind, id, title, marking,
/// seconds, files). Throws on the first brief that fails, after the workers stop; files
/// already written stay (each is whole: write_brief_files renames into place).
BriefSet write_brief_set(const StoredMarket& stored, const Assumptions& assumptions, Date as_of,
                         const std::string& out_dir, const BriefSetOptions& options, Progress& progress);

}  // namespace oversight
