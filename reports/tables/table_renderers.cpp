#include "reports/tables/table_renderers.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <algorithm>

#include "engine/csv_writer.hpp"

namespace oversight {
namespace {

std::string_view kind_name(ColumnKind kind) {
    switch (kind) {
    case ColumnKind::Text: return "text";
    case ColumnKind::Integer: return "integer";
    case ColumnKind::Year: return "year";
    case ColumnKind::Number: return "number";
    case ColumnKind::Money: return "money";
    case ColumnKind::Percent: return "percent";
    case ColumnKind::Multiple: return "multiple";
    }
    return "text";
}

/// Display width of UTF-8 text: code points, which is right for the text we print.
std::size_t display_width(const std::string& text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

}  // namespace

void render_table_text(const Table& table, std::ostream& out) {
    const auto& columns = table.columns();
    std::vector<std::vector<std::string>> cells;
    std::vector<std::size_t> width(columns.size());
    for (std::size_t c = 0; c < columns.size(); ++c) width[c] = display_width(columns[c].heading);
    for (const auto& row : table.rows()) {
        auto& texts = cells.emplace_back();
        for (std::size_t c = 0; c < columns.size(); ++c) {
            texts.push_back(format_cell(row[c], columns[c]));
            width[c] = std::max(width[c], display_width(texts.back()));
        }
    }
    auto pad = [&](const std::string& text, std::size_t c, bool right) {
        const std::string fill(width[c] - display_width(text), ' ');
        return right ? fill + text : text + fill;
    };
    if (!table.caption().empty()) out << table.caption() << "\n\n";
    for (std::size_t c = 0; c < columns.size(); ++c)
        out << (c ? "  " : "") << pad(columns[c].heading, c, columns[c].kind != ColumnKind::Text);
    out << '\n';
    for (std::size_t c = 0; c < columns.size(); ++c) out << (c ? "  " : "") << std::string(width[c], '-');
    out << '\n';
    for (const auto& texts : cells) {
        for (std::size_t c = 0; c < columns.size(); ++c)
            out << (c ? "  " : "") << pad(texts[c], c, columns[c].kind != ColumnKind::Text);
        out << '\n';
    }
    for (const auto& note : table.notes()) out << "Note: " << note << '\n';
}

void render_table_csv(const Table& table, std::ostream& out) {
    CsvWriter csv(out);
    for (const auto& column : table.columns()) csv.text(column.key);
    csv.end_row();
    for (const auto& row : table.rows()) {
        for (const auto& cell : row) {
            if (const auto* text = std::get_if<std::string>(&cell.value)) csv.text(*text);
            else if (const auto* number = std::get_if<double>(&cell.value)) csv.number(*number);
            else csv.empty();
        }
        csv.end_row();
    }
}

namespace {

Poco::JSON::Object::Ptr table_json(const Table& table) {
    using Poco::JSON::Array;
    using Poco::JSON::Object;
    Object::Ptr root = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    root->set("table", table.id());
    root->set("caption", table.caption());
    Array::Ptr columns = new Array;
    for (const auto& column : table.columns()) {
        Object::Ptr c = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
        c->set("key", column.key);
        c->set("heading", column.heading);
        c->set("kind", std::string(kind_name(column.kind)));
        columns->add(c);
    }
    root->set("columns", columns);
    Array::Ptr rows = new Array;
    Array::Ptr states = new Array;
    for (std::size_t r = 0; r < table.rows().size(); ++r) {
        Object::Ptr row = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
        const auto& cells = table.rows()[r];
        for (std::size_t c = 0; c < cells.size(); ++c) {
            const auto& key = table.columns()[c].key;
            if (const auto* text = std::get_if<std::string>(&cells[c].value)) row->set(key, *text);
            else if (const auto* number = std::get_if<double>(&cells[c].value)) row->set(key, *number);
            else row->set(key, Poco::Dynamic::Var());
            if (!cells[c].state.empty()) {
                Object::Ptr state = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
                state->set("row", static_cast<int>(r));
                state->set("column", key);
                state->set("state", cells[c].state);
                states->add(state);
            }
        }
        rows->add(row);
    }
    root->set("rows", rows);
    root->set("states", states);
    Array::Ptr notes = new Array;
    for (const auto& note : table.notes()) notes->add(note);
    root->set("notes", notes);
    return root;
}

}  // namespace

void render_table_json(const Table& table, std::ostream& out) {
    table_json(table)->stringify(out, 2);
    out << '\n';
}

void render_table(const Table& table, TableFormat format, std::ostream& out) {
    switch (format) {
    case TableFormat::Text: render_table_text(table, out); break;
    case TableFormat::Csv: render_table_csv(table, out); break;
    case TableFormat::Json: render_table_json(table, out); break;
    }
}

void render_tables(const std::vector<Table>& tables, TableFormat format, std::ostream& out) {
    if (format == TableFormat::Json) {
        Poco::JSON::Object::Ptr root = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
        Poco::JSON::Array::Ptr list = new Poco::JSON::Array;
        for (const auto& table : tables) list->add(table_json(table));
        root->set("tables", list);
        root->stringify(out, 2);
        out << '\n';
        return;
    }
    for (std::size_t i = 0; i < tables.size(); ++i) {
        if (i) out << '\n';
        render_table(tables[i], format, out);
    }
}

}  // namespace oversight
