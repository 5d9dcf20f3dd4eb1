/// \file csv_reader.hpp
/// \brief Strict RFC 4180 reader over one whole file held in memory.
///
/// Accepts exactly: one header row, comma separators, fields optionally enclosed in
/// double quotes (a quote inside them doubled), quoted fields holding commas, CR and LF,
/// a UTF-8 byte order mark at the start, and CRLF or LF line ends (the last one
/// optional). Anything else is reported as a CSV0xx diagnostic at its file, line and
/// column, and the malformed row is skipped so that no half-read row reaches a mapper.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "engine/diagnostic.hpp"
#include "ingest/diagnostic_codes.hpp"

namespace oversight {

/// One field of a record, as data: quotes removed and `""` turned into `"`.
struct CsvField {
    std::string_view text;   ///< points into the reader's buffer; valid while the reader lives
    std::size_t line = 0;    ///< physical line of the field's first character, 1-based
    std::size_t column = 0;  ///< 1-based, counted in characters (UTF-8 code points)
};

/// One row. Kept by the caller and refilled by CsvReader::next so that reading a file
/// allocates once per file, not once per row or cell.
struct CsvRecord {
    std::size_t line = 0;  ///< physical line the record starts on
    std::vector<CsvField> fields;
};

class CsvReader {
public:
    /// `file` is the name diagnostics carry; `contents` the whole file. The reader owns
    /// the bytes because it unescapes quoted fields in place, which is what lets every
    /// field be a view rather than a string of its own.
    CsvReader(std::string file, std::string contents, Diagnostics& diagnostics);
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    /// Reads the header row. False, after a diagnostic, when there is none to read: an
    /// empty file, a blank first line, a UTF-16 file or a malformed header.
    bool read_header(CsvRecord& header);

    /// Reads the next well-formed data record with as many fields as the header.
    /// Malformed records are reported and skipped. False at the end of the file.
    bool next(CsvRecord& record);

    const std::string& file() const { return file_; }
    std::size_t bytes_read() const { return pos_; }
    std::size_t size() const { return text_.size(); }
    /// Data records met so far, the skipped malformed ones included.
    std::size_t records_read() const { return records_read_; }

private:
    enum class Outcome { Record, Malformed, End };

    Outcome parse_record(CsvRecord& record);
    void read_quoted(CsvField& field);
    void read_unquoted(CsvField& field);
    void step_over_non_ascii();
    void start_new_line();
    std::size_t column_here() const;
    /// Reports the first problem of the current record; later ones are consequences
    /// more often than not, and the record is skipped anyway.
    void flag(const DiagnosticCode& code, std::size_t line, std::size_t column,
              std::string message);

    std::string file_;
    std::string text_;
    Diagnostics& diagnostics_;

    std::size_t pos_ = 0;
    std::size_t line_ = 1;
    std::size_t line_start_ = 0;          ///< offset of the current physical line
    std::size_t continuation_bytes_ = 0;  ///< UTF-8 continuation bytes on it before pos_
    bool record_flagged_ = false;
    std::size_t record_end_line_ = 0, record_end_column_ = 0;

    std::size_t header_fields_ = 0;
    std::size_t records_read_ = 0;
};

}  // namespace oversight
