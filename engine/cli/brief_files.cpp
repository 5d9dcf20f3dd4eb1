#include "engine/cli/brief_files.hpp"

#include <Poco/File.h>
#include <Poco/Path.h>

#include <fstream>
#include <functional>
#include <sstream>
#include <stdexcept>

#include "reports/extracts/xlsx_workbook.hpp"
#include "reports/html/html_renderer.hpp"
#include "reports/pdf/pdf_renderer.hpp"
#include "reports/tables/table_renderers.hpp"

namespace oversight {
namespace {

std::string path_in(const std::string& dir, const std::string& name) {
    Poco::Path path(dir);
    path.makeDirectory();
    path.setFileName(name);
    return Poco::Path(path.toString()).absolute().toString();
}

/// Writes through `write` to "<path>.part", then renames it to `path`.
void write_into_place(const std::string& path, const std::function<void(const std::string&)>& write) {
    const std::string part = path + ".part";
    try {
        write(part);
        Poco::File(part).renameTo(path);
    } catch (...) {
        if (Poco::File(part).exists()) Poco::File(part).remove();
        throw;
    }
}

void write_bytes(const std::string& path, const std::string& bytes) {
    write_into_place(path, [&](const std::string& part) {
        std::ofstream file(part, std::ios::binary);
        file << bytes;
        file.close();
        if (!file) throw std::runtime_error(path + ": could not write the file");
    });
}

}  // namespace

std::vector<std::string> write_brief_files(const Brief& brief, const std::string& out_dir, const BriefOutputs& outputs) {
    Poco::File(out_dir).createDirectories();
    std::vector<std::string> written;
    if (outputs.html) {
        written.push_back(path_in(out_dir, brief.id + ".html"));
        write_bytes(written.back(), render_brief_html(brief));
    }
    if (outputs.pdf) {
        written.push_back(path_in(out_dir, brief.id + ".pdf"));
        write_bytes(written.back(), render_brief_pdf(brief));
    }
    if (outputs.extracts) {
        written.push_back(path_in(out_dir, brief.id + ".xlsx"));
        write_into_place(written.back(), [&](const std::string& part) { write_brief_workbook(brief, part); });
        const std::vector<const Table*> tables = tables_of(brief);
        std::vector<Table> copies;
        for (const Table* table : tables) copies.push_back(*table);
        std::ostringstream json;
        render_tables(copies, TableFormat::Json, json);
        written.push_back(path_in(out_dir, brief.id + ".json"));
        write_bytes(written.back(), json.str());
        const std::string csv_dir = path_in(out_dir, brief.id + "-csv");
        Poco::File(csv_dir).createDirectories();
        for (const Table* table : tables) {
            std::ostringstream csv;
            render_table_csv(*table, csv);
            written.push_back(path_in(csv_dir, table->id() + ".csv"));
            write_bytes(written.back(), csv.str());
        }
    }
    return written;
}

}  // namespace oversight
