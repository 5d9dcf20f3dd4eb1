#include "reports/html/html_renderer.hpp"

#include <kainjow/mustache.hpp>

#include <stdexcept>

#include "reports/html/svg_chart.hpp"

namespace oversight {
namespace templates {
std::string_view brief();
std::string_view brief_style();
}  // namespace templates

namespace {

using kainjow::mustache::data;
using kainjow::mustache::mustache;

bool numeric(ColumnKind kind) { return kind != ColumnKind::Text; }

data table_data(const Table& table) {
    data out;
    out.set("is_table", true);
    out.set("id", table.id());
    out.set("caption", table.caption());
    data headers{data::type::list};
    for (const auto& column : table.columns()) {
        data header;
        header.set("text", column.heading);
        header.set("numeric", numeric(column.kind));
        headers.push_back(header);
    }
    out.set("headers", headers);
    data rows{data::type::list};
    for (const auto& row : table.rows()) {
        data cells{data::type::list};
        for (std::size_t c = 0; c < row.size(); ++c) {
            data cell;
            cell.set("text", format_cell(row[c], table.columns()[c]));
            cell.set("numeric", numeric(table.columns()[c].kind));
            cell.set("state", row[c].is_missing() && !row[c].state.empty());
            cells.push_back(cell);
        }
        data r;
        r.set("cells", cells);
        rows.push_back(r);
    }
    out.set("rows", rows);
    data notes{data::type::list};
    for (const auto& note : table.notes()) notes.push_back(data("text", note));
    out.set("notes", notes);
    return out;
}

data block_data(const Block& block) {
    if (const auto* paragraph = std::get_if<Paragraph>(&block)) {
        data out;
        out.set("is_paragraph", true);
        out.set("text", paragraph->text);
        return out;
    }
    if (const auto* table = std::get_if<Table>(&block)) return table_data(*table);
    const auto& chart = std::get<Chart>(block);
    data out;
    out.set("is_chart", true);
    out.set("svg", render_svg_chart(chart));
    out.set("title", chart.title);
    return out;
}

data string_list(const std::vector<std::string>& items) {
    data list{data::type::list};
    for (const auto& item : items) list.push_back(data("text", item));
    return list;
}

}  // namespace

std::string render_brief_html(const Brief& brief) {
    data view;
    view.set("title", brief.title);
    view.set("subtitle", brief.subtitle);
    view.set("marking", brief.marking);
    view.set("as_of", brief.as_of);
    view.set("style", std::string(templates::brief_style()));
    data figures{data::type::list};
    for (const auto& figure : brief.key_figures) {
        data f;
        f.set("label", figure.label);
        f.set("value", format_value(figure.value, figure.kind, figure.precision));
        f.set("note", figure.note);
        figures.push_back(f);
    }
    view.set("key_figures", figures);
    data sections{data::type::list};
    for (const auto& section : brief.sections) {
        data s;
        s.set("heading", section.heading);
        data blocks{data::type::list};
        for (const auto& block : section.blocks) blocks.push_back(block_data(block));
        s.set("blocks", blocks);
        sections.push_back(s);
    }
    view.set("sections", sections);
    view.set("method_notes", string_list(brief.method_notes));
    data assumptions{data::type::list};
    for (const auto& line : brief.assumptions) {
        data a;
        a.set("key", line.key);
        a.set("value", line.value);
        a.set("unit", line.unit);
        a.set("description", line.description);
        assumptions.push_back(a);
    }
    view.set("assumptions", assumptions);
    view.set("data_sources", string_list(brief.data_sources));

    mustache page{std::string(templates::brief())};
    if (!page.is_valid()) throw std::logic_error("brief template: " + page.error_message());
    return page.render(view);
}

}  // namespace oversight
