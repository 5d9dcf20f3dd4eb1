#include "ingest/data_directory.hpp"

#include <filesystem>
#include <functional>
#include <stdexcept>
#include <string_view>

#include "ingest/accounts_documents.hpp"
#include "ingest/csv_reader.hpp"
#include "ingest/diagnostic_codes.hpp"
#include "ingest/mappers.hpp"
#include "ingest/whole_file.hpp"

namespace oversight {
namespace {

namespace fs = std::filesystem;

/// The directory must at least be listable; everything after that is a diagnostic.
void require_readable_directory(const std::string& directory) {
    std::error_code error;
    if (!fs::is_directory(directory, error)) {
        const bool exists = fs::exists(directory, error);
        throw std::runtime_error(directory + ": " +
                                 (exists ? "not a directory" : "no such directory"));
    }
    fs::directory_iterator listing(directory, error);
    if (error) throw std::runtime_error(directory + ": cannot be read: " + error.message());
}

/// Reads one file of the contract, if present, with `map`; its diagnostics go to `result`.
void read_contract_file(const fs::path& directory, std::string_view name, bool required,
                        const std::function<void(MapperInput)>& map, IngestResult& result,
                        Progress& progress) {
    Diagnostics found;
    const fs::path path = directory / name;
    const std::string shown = path.string();
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    std::string problem;
    if (status.type() == fs::file_type::not_found) {
        if (required)
            report(found, diagnostic_code::missing_required_file, shown, 0, 0,
                   std::string(name) + " is required and is not in " + directory.string());
    } else if (error) {
        report(found, diagnostic_code::unreadable_file, shown, 0, 0, "cannot be read: " + error.message());
    } else if (!fs::is_regular_file(status)) {
        report(found, diagnostic_code::unreadable_file, shown, 0, 0,
               "cannot be read: it is not a regular file");
    } else if (auto contents = read_whole_file(path, problem)) {
        progress.begin("reading " + std::string(name), contents->size());
        CsvReader reader(shown, std::move(*contents), found);
        map(MapperInput{reader, found, progress});
        result.row_count += reader.records_read();
        progress.end();
    } else {
        report(found, diagnostic_code::unreadable_file, shown, 0, 0, "cannot be read: " + problem);
    }
    // The mappers find cell problems row by row but checks over the whole file (entity
    // parents) afterwards.
    result.diagnostics.append_in_line_order(found);
}

}  // namespace

IngestResult read_data_directory(const std::string& directory, const IngestAssumptions& assumptions,
                                 Progress& progress) {
    require_readable_directory(directory);
    const fs::path root(directory);
    IngestResult result;
    MarketData& data = result.data;
    KnownKeys keys;

    // The order of the contract: each file after every file it refers to.
    const auto read = [&](std::string_view name, bool required,
                          const std::function<void(MapperInput)>& map) {
        read_contract_file(root, name, required, map, result, progress);
    };
    read("regions.csv", false, [&](MapperInput in) { map_regions(in, data.regions, keys); });
    read("local_authorities.csv", true,
         [&](MapperInput in) { map_local_authorities(in, data.local_authorities, keys); });
    read("indices.csv", false, [&](MapperInput in) { map_indices(in, data.indices); });
    read("curves.csv", false, [&](MapperInput in) { map_curves(in, data.curves); });
    read("entities.csv", false, [&](MapperInput in) { map_entities(in, data.entities, keys); });
    read("settings.csv", false, [&](MapperInput in) { map_settings(in, data.settings, keys); });
    read("accounts.csv", false,
         [&](MapperInput in) { map_accounts(in, assumptions, data.accounts, keys); });
    read_accounts_documents(root / "accounts", assumptions, data.accounts, keys, result.diagnostics, progress);
    read("facilities.csv", false, [&](MapperInput in) { map_facilities(in, data.facilities, keys); });
    read("placements.csv", false, [&](MapperInput in) { map_placements(in, data.placements, keys); });
    return result;
}

}  // namespace oversight
