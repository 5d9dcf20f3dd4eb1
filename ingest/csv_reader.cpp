#include "ingest/csv_reader.hpp"

#include <utility>

namespace oversight {
namespace {

/// Length of the well-formed UTF-8 sequence starting at `at`, or 0 when it is not one
/// (stray continuation byte, overlong form, surrogate, beyond U+10FFFF, truncated).
/// Follows the table of well-formed byte sequences in the Unicode standard, §3.9.
std::size_t utf8_sequence_length(std::string_view text, std::size_t at) {
    const auto lead = static_cast<unsigned char>(text[at]);
    std::size_t length = 0;
    unsigned char second_low = 0x80, second_high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead == 0xE0) {
        length = 3, second_low = 0xA0;
    } else if ((lead >= 0xE1 && lead <= 0xEC) || lead == 0xEE || lead == 0xEF) {
        length = 3;
    } else if (lead == 0xED) {
        length = 3, second_high = 0x9F;
    } else if (lead == 0xF0) {
        length = 4, second_low = 0x90;
    } else if (lead >= 0xF1 && lead <= 0xF3) {
        length = 4;
    } else if (lead == 0xF4) {
        length = 4, second_high = 0x8F;
    } else {
        return 0;
    }
    if (at + length > text.size()) return 0;
    const auto second = static_cast<unsigned char>(text[at + 1]);
    if (second < second_low || second > second_high) return 0;
    for (std::size_t k = 2; k < length; ++k)
        if ((static_cast<unsigned char>(text[at + k]) & 0xC0) != 0x80) return 0;
    return length;
}

std::string hex_byte(char c) {
    static constexpr char digits[] = "0123456789ABCDEF";
    const auto byte = static_cast<unsigned char>(c);
    return {digits[byte >> 4], digits[byte & 0xF]};
}

bool starts_with_bytes(std::string_view text, std::string_view prefix) {
    return text.substr(0, prefix.size()) == prefix;
}

}  // namespace

CsvReader::CsvReader(std::string file, std::string contents, Diagnostics& diagnostics)
    : file_(std::move(file)), text_(std::move(contents)), diagnostics_(diagnostics) {}

std::size_t CsvReader::column_here() const { return pos_ - line_start_ - continuation_bytes_ + 1; }

void CsvReader::start_new_line() {
    ++line_;
    line_start_ = pos_;
    continuation_bytes_ = 0;
}

void CsvReader::flag(const DiagnosticCode& code, std::size_t line, std::size_t column,
                     std::string message) {
    if (record_flagged_) return;
    record_flagged_ = true;
    report(diagnostics_, code, file_, line, column, std::move(message));
}

void CsvReader::step_over_non_ascii() {
    const std::size_t length = utf8_sequence_length(text_, pos_);
    if (length == 0) {
        flag(diagnostic_code::invalid_utf8, line_, column_here(),
             "byte 0x" + hex_byte(text_[pos_]) + " is not valid UTF-8; save the file as UTF-8");
        ++pos_;
        return;
    }
    continuation_bytes_ += length - 1;
    pos_ += length;
}

void CsvReader::read_unquoted(CsvField& field) {
    const std::size_t start = pos_;
    while (pos_ < text_.size()) {
        const char c = text_[pos_];
        if (c == ',' || c == '\n') break;
        if (c == '\r') {
            if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') break;
            flag(diagnostic_code::bare_carriage_return, line_, column_here(),
                 "carriage return not followed by a line feed; lines must end in CRLF or LF");
            ++pos_;
        } else if (c == '"') {
            flag(diagnostic_code::quote_in_unquoted_field, line_, column_here(),
                 "double quote inside a field that does not start with one; quote the whole "
                 "field and double the quote (\"\")");
            ++pos_;
        } else if (static_cast<unsigned char>(c) >= 0x80) {
            step_over_non_ascii();
        } else {
            ++pos_;
        }
    }
    field.text = std::string_view(text_).substr(start, pos_ - start);
}

void CsvReader::read_quoted(CsvField& field) {
    ++pos_;  // the opening quote
    const std::size_t content = pos_;
    std::size_t out = pos_;  // unescaping writes here, never ahead of pos_
    bool closed = false;
    while (pos_ < text_.size()) {
        const char c = text_[pos_];
        if (c == '"') {
            if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {
                text_[out++] = '"';
                pos_ += 2;
                continue;
            }
            ++pos_;
            closed = true;
            break;
        }
        if (static_cast<unsigned char>(c) >= 0x80) {
            std::size_t from = pos_;
            step_over_non_ascii();
            while (from < pos_) text_[out++] = text_[from++];
            continue;
        }
        text_[out++] = c;
        ++pos_;
        if (c == '\n') start_new_line();
    }
    field.text = std::string_view(text_).substr(content, out - content);
    if (!closed) {
        // Reported even after an earlier problem on the row: it swallows the rest of the file.
        record_flagged_ = true;
        report(diagnostics_, diagnostic_code::unterminated_quote, file_, field.line, field.column,
               "quoted field opened here is never closed");
        return;
    }
    if (pos_ < text_.size() && text_[pos_] != ',' && text_[pos_] != '\n' &&
        !(text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n')) {
        flag(diagnostic_code::text_after_closing_quote, line_, column_here(),
             "text after the closing quote of a field; quote the whole field and double any "
             "quote inside it");
        CsvField rest;
        read_unquoted(rest);  // skip to the end of the field; the row is dropped anyway
    }
}

CsvReader::Outcome CsvReader::parse_record(CsvRecord& record) {
    record.fields.clear();
    if (pos_ >= text_.size()) return Outcome::End;
    record.line = line_;
    record_flagged_ = false;
    for (;;) {
        CsvField field{{}, line_, column_here()};
        if (text_[pos_] == '"')
            read_quoted(field);
        else
            read_unquoted(field);
        record.fields.push_back(field);
        if (pos_ >= text_.size()) {  // the last line end is optional
            record_end_line_ = line_, record_end_column_ = column_here();
            break;
        }
        if (text_[pos_] == ',') {
            ++pos_;
            if (pos_ >= text_.size()) record.fields.push_back({{}, line_, column_here()});
            else continue;
            record_end_line_ = line_, record_end_column_ = column_here();
            break;
        }
        // A line end: the readers stop only at LF or at CR followed by LF.
        record_end_line_ = line_, record_end_column_ = column_here();
        pos_ += text_[pos_] == '\r' ? 2 : 1;
        start_new_line();
        break;
    }
    return record_flagged_ ? Outcome::Malformed : Outcome::Record;
}

bool CsvReader::read_header(CsvRecord& header) {
    if (starts_with_bytes(text_, "\xFF\xFE") || starts_with_bytes(text_, "\xFE\xFF")) {
        report(diagnostics_, diagnostic_code::invalid_utf8, file_, 1, 1,
               "the file is UTF-16 encoded; save it as UTF-8");
        pos_ = text_.size();
        return false;
    }
    if (starts_with_bytes(text_, "\xEF\xBB\xBF")) pos_ = line_start_ = 3;
    if (pos_ >= text_.size()) {
        report(diagnostics_, diagnostic_code::empty_file, file_, 1, 1,
               "the file is empty; it needs at least a header row");
        return false;
    }
    const Outcome outcome = parse_record(header);
    if (outcome == Outcome::Malformed) {
        pos_ = text_.size();  // without a header no row can be read
        return false;
    }
    if (header.fields.size() == 1 && header.fields[0].text.empty()) {
        report(diagnostics_, diagnostic_code::empty_file, file_, header.line, 1,
               "the first line is blank; it must be the header row");
        pos_ = text_.size();
        return false;
    }
    header_fields_ = header.fields.size();
    return true;
}

bool CsvReader::next(CsvRecord& record) {
    for (;;) {
        const Outcome outcome = parse_record(record);
        if (outcome == Outcome::End) return false;
        ++records_read_;
        if (outcome == Outcome::Malformed) continue;
        const std::size_t count = record.fields.size();
        if (count == header_fields_) return true;
        const std::string counts = "row has " + std::to_string(count) + " field" +
                                   (count == 1 ? "" : "s") + " but the header has " +
                                   std::to_string(header_fields_);
        if (count > header_fields_) {
            const CsvField& extra = record.fields[header_fields_];
            report(diagnostics_, diagnostic_code::wrong_field_count, file_, extra.line,
                   extra.column, counts + "; the first extra field starts here");
        } else {
            const bool blank = count == 1 && record.fields[0].text.empty();
            report(diagnostics_, diagnostic_code::wrong_field_count, file_, record_end_line_,
                   record_end_column_,
                   counts + (blank ? " (a blank line)" : "; the row ends here"));
        }
    }
}

}  // namespace oversight
