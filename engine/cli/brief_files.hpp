/// \file brief_files.hpp
/// \brief A brief written as files: HTML, PDF and the extracts (every table as CSV, all of
/// them as JSON, and one XLSX workbook). Each file is written beside its final name and
/// renamed into place, so a failure never leaves half a brief under the real name.
#pragma once

#include <string>
#include <vector>

#include "reports/brief/brief.hpp"

namespace oversight {

/// Which files a brief is written as.
struct BriefOutputs {
    bool html = true;
    bool pdf = true;
    bool extracts = false;  ///< <id>.xlsx, <id>.json and <id>-csv/<table>.csv
};

/// Writes the brief into `out_dir` (created if needed); returns the absolute paths written,
/// the HTML first when there is one. Throws std::runtime_error naming the file on failure.
std::vector<std::string> write_brief_files(const Brief& brief, const std::string& out_dir, const BriefOutputs& outputs);

}  // namespace oversight
