#include "reports/extracts/xlsx_workbook.hpp"

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>

namespace oversight {
namespace {

constexpr std::size_t kSheetNameLimit = 31;

/// Excel's number format for a column: the same decimals as the brief shows.
std::string number_format(ColumnKind kind, int precision) {
    const std::string decimals = precision > 0 ? "." + std::string(static_cast<std::size_t>(precision), '0') : "";
    switch (kind) {
        case ColumnKind::Money: return "\"£\"#,##0" + decimals + ";-\"£\"#,##0" + decimals;
        case ColumnKind::Percent: return "#,##0" + decimals + "\"%\"";
        case ColumnKind::Multiple: return "0" + decimals + "\"x\"";
        case ColumnKind::Integer: return "#,##0";
        case ColumnKind::Year: return "0";
        case ColumnKind::Number: return "#,##0" + decimals;
        case ColumnKind::Text: return "@";
    }
    return "General";
}

class Workbook {
public:
    explicit Workbook(const std::string& path) : path_(path), book_(workbook_new(path.c_str())) {
        if (!book_) throw std::runtime_error(path + ": could not create the workbook");
        bold_ = workbook_add_format(book_);
        format_set_bold(bold_);
        header_ = workbook_add_format(book_);
        format_set_bold(header_);
        format_set_bottom(header_, LXW_BORDER_THIN);
        format_set_text_wrap(header_);
        missing_ = workbook_add_format(book_);
        format_set_italic(missing_);
        format_set_font_color(missing_, 0x5B6775);
        title_ = workbook_add_format(book_);
        format_set_bold(title_);
        format_set_font_size(title_, 14);
    }
    Workbook(const Workbook&) = delete;
    Workbook& operator=(const Workbook&) = delete;
    ~Workbook() {
        if (book_) workbook_close(book_);  // only after an error: close() hands it back
    }

    lxw_workbook* get() { return book_; }
    lxw_format* bold() { return bold_; }
    lxw_format* header() { return header_; }
    lxw_format* missing() { return missing_; }
    lxw_format* title() { return title_; }
    lxw_format* numbers(ColumnKind kind, int precision) {
        const std::string format = number_format(kind, precision);
        auto [at, added] = numbers_.try_emplace(format, nullptr);
        if (added) {
            at->second = workbook_add_format(book_);
            format_set_num_format(at->second, format.c_str());
        }
        return at->second;
    }
    lxw_worksheet* sheet(const std::string& name) {
        lxw_worksheet* s = workbook_add_worksheet(book_, name.c_str());
        if (!s) throw std::runtime_error(path_ + ": could not add the sheet " + name);
        return s;
    }
    void close() {
        const lxw_error error = workbook_close(book_);
        book_ = nullptr;
        if (error != LXW_NO_ERROR) throw std::runtime_error(path_ + ": " + lxw_strerror(error));
    }

private:
    std::string path_;
    lxw_workbook* book_;
    lxw_format *bold_ = nullptr, *header_ = nullptr, *missing_ = nullptr, *title_ = nullptr;
    std::map<std::string, lxw_format*> numbers_;
};

void write_text(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column, const std::string& text, lxw_format* format) {
    worksheet_write_string(sheet, row, column, text.c_str(), format);
}

void write_table(Workbook& book, lxw_worksheet* sheet, const Table& table) {
    lxw_row_t row = 0;
    write_text(sheet, row++, 0, table.caption(), book.bold());
    const lxw_row_t header_row = row;
    std::vector<double> widths(table.columns().size(), 8.0);
    for (std::size_t c = 0; c < table.columns().size(); ++c) {
        write_text(sheet, row, static_cast<lxw_col_t>(c), table.columns()[c].heading, book.header());
        widths[c] = std::max(widths[c], std::min(40.0, static_cast<double>(table.columns()[c].heading.size()) * 0.9));
    }
    ++row;
    for (const auto& cells : table.rows()) {
        for (std::size_t c = 0; c < cells.size(); ++c) {
            const Column& column = table.columns()[c];
            const auto col = static_cast<lxw_col_t>(c);
            if (const auto* number = std::get_if<double>(&cells[c].value); number && std::isfinite(*number)) {
                worksheet_write_number(sheet, row, col, *number, book.numbers(column.kind, column.precision));
                widths[c] = std::max(widths[c], static_cast<double>(format_value(*number, column.kind, column.precision).size()) + 2);
            } else {
                const std::string shown = format_cell(cells[c], column);
                write_text(sheet, row, col, shown, cells[c].is_missing() ? book.missing() : nullptr);
                widths[c] = std::max(widths[c], std::min(60.0, static_cast<double>(shown.size()) + 2));
            }
        }
        ++row;
    }
    for (const std::string& note : table.notes()) write_text(sheet, ++row, 0, note, nullptr);
    for (std::size_t c = 0; c < widths.size(); ++c)
        worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), widths[c], nullptr);
    worksheet_freeze_panes(sheet, header_row + 1, 0);
}

void write_cover(Workbook& book, lxw_worksheet* sheet, const Brief& brief) {
    lxw_row_t row = 0;
    write_text(sheet, row++, 0, brief.marking, book.bold());
    write_text(sheet, row++, 0, brief.title, book.title());
    if (!brief.subtitle.empty()) write_text(sheet, row++, 0, brief.subtitle, nullptr);
    write_text(sheet, row++, 0, "Figures as at " + brief.as_of, nullptr);
    ++row;
    write_text(sheet, row++, 0, "Key figures", book.bold());
    for (const KeyFigure& figure : brief.key_figures) {
        write_text(sheet, row, 0, figure.label, nullptr);
        worksheet_write_number(sheet, row, 1, figure.value, book.numbers(figure.kind, figure.precision));
        write_text(sheet, row++, 2, figure.note, nullptr);
    }
    const auto list = [&](const std::string& heading, const std::vector<std::string>& items) {
        ++row;
        write_text(sheet, row++, 0, heading, book.bold());
        for (const std::string& item : items) write_text(sheet, row++, 0, item, nullptr);
    };
    list("Method notes", brief.method_notes);
    ++row;
    write_text(sheet, row++, 0, "Assumptions", book.bold());
    for (const AssumptionLine& line : brief.assumptions) {
        write_text(sheet, row, 0, line.key, nullptr);
        write_text(sheet, row, 1, line.value, nullptr);
        write_text(sheet, row, 2, line.unit, nullptr);
        write_text(sheet, row++, 3, line.description, nullptr);
    }
    list("Data sources", brief.data_sources);
    worksheet_set_column(sheet, 0, 0, 48, nullptr);
    worksheet_set_column(sheet, 1, 1, 16, nullptr);
}

}  // namespace

std::string sheet_name(const std::string& table_id, const std::vector<std::string>& taken) {
    std::string base = table_id.empty() ? "table" : table_id;
    for (char& c : base)
        if (c == '[' || c == ']' || c == ':' || c == '*' || c == '?' || c == '/' || c == '\\') c = '_';
    std::string name = base.substr(0, kSheetNameLimit);
    for (int n = 2; std::find(taken.begin(), taken.end(), name) != taken.end(); ++n) {
        const std::string suffix = "-" + std::to_string(n);
        name = base.substr(0, kSheetNameLimit - suffix.size()) + suffix;
    }
    return name;
}

void write_brief_workbook(const Brief& brief, const std::string& path) {
    Workbook book(path);
    std::vector<std::string> names{"Brief"};
    write_cover(book, book.sheet("Brief"), brief);
    for (const Table* table : tables_of(brief)) {
        names.push_back(sheet_name(table->id(), names));
        write_table(book, book.sheet(names.back()), *table);
    }
    book.close();
}

}  // namespace oversight
