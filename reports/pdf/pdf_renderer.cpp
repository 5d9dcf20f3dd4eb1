#include "reports/pdf/pdf_renderer.hpp"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <memory>
#include <numeric>
#include <stdexcept>
#include <vector>

#include "reports/charts/chart_layout.hpp"

namespace oversight {
namespace {

// A4 in points, margins of 15 mm at the sides and 18 mm top and bottom (as the HTML's
// print stylesheet).
constexpr double kPageWidth = 595.276;
constexpr double kPageHeight = 841.890;
constexpr double kSide = 42.52;
constexpr double kTop = 62.0;     // below the marking band
constexpr double kBottom = 62.0;  // above the footer
constexpr double kContentWidth = kPageWidth - 2 * kSide;
constexpr const char* kFamily = "DejaVu Sans";

using namespace palette;

struct Font {
    double size = 9.5;
    bool bold = false;
    bool italic = false;
};

const Font kBody{9.5, false, false};
const Font kSmall{8.0, false, false};
const Font kTitle{18.0, true, false};
const Font kHeading{12.5, true, false};

using LayoutPtr = std::unique_ptr<PangoLayout, decltype(&g_object_unref)>;
using DescriptionPtr = std::unique_ptr<PangoFontDescription, decltype(&pango_font_description_free)>;

void set_colour(cairo_t* cr, const Rgb& c) { cairo_set_source_rgb(cr, c.red, c.green, c.blue); }

/// Lays the brief out page by page. Run twice: once to count the pages (nothing drawn),
/// once to draw them with "Page x of y".
class Pager {
public:
    Pager(cairo_t* cr, const Brief& brief, bool drawing, int total_pages)
        : cr_(cr), brief_(brief), drawing_(drawing), total_pages_(total_pages) {}

    int run() {
        start_page();
        text(brief_.title, kTitle, kContentWidth, kInk);
        y_ += 2;
        if (!brief_.subtitle.empty()) text(brief_.subtitle, Font{11.0, false, false}, kContentWidth, kMuted);
        text("Figures as at " + brief_.as_of, kSmall, kContentWidth, kMuted);
        y_ += 8;
        key_figures();
        for (const Section& section : brief_.sections) {
            heading(section.heading);
            for (const Block& block : section.blocks) {
                if (const auto* paragraph = std::get_if<Paragraph>(&block)) {
                    ensure(height_of(paragraph->text, kBody, kContentWidth));
                    text(paragraph->text, kBody, kContentWidth, kInk);
                    y_ += 6;
                } else if (const auto* table = std::get_if<Table>(&block)) {
                    draw_table(*table);
                } else {
                    draw_chart(std::get<Chart>(block));
                }
            }
        }
        heading("Method notes");
        bullets(brief_.method_notes);
        heading("Assumptions");
        draw_table(assumptions_table("assumptions", "Configuration values used for this brief", brief_.assumptions));
        heading("Data sources");
        bullets(brief_.data_sources);
        finish_page();
        return page_;
    }

private:
    // --- text ------------------------------------------------------------------------------

    LayoutPtr layout(const std::string& content, const Font& font, double width,
                     PangoAlignment alignment = PANGO_ALIGN_LEFT) const {
        LayoutPtr l(pango_cairo_create_layout(cr_), &g_object_unref);
        DescriptionPtr description(pango_font_description_new(), &pango_font_description_free);
        pango_font_description_set_family(description.get(), kFamily);
        pango_font_description_set_absolute_size(description.get(), font.size * PANGO_SCALE);
        pango_font_description_set_weight(description.get(), font.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
        pango_font_description_set_style(description.get(), font.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
        pango_layout_set_font_description(l.get(), description.get());
        if (width > 0) {
            pango_layout_set_width(l.get(), static_cast<int>(width * PANGO_SCALE));
            pango_layout_set_wrap(l.get(), PANGO_WRAP_WORD_CHAR);
        }
        pango_layout_set_alignment(l.get(), alignment);
        pango_layout_set_text(l.get(), content.c_str(), -1);
        return l;
    }

    static double height_of(PangoLayout* l) {
        int w = 0, h = 0;
        pango_layout_get_size(l, &w, &h);
        return static_cast<double>(h) / PANGO_SCALE;
    }
    static double width_of(PangoLayout* l) {
        int w = 0, h = 0;
        pango_layout_get_size(l, &w, &h);
        return static_cast<double>(w) / PANGO_SCALE;
    }
    double height_of(const std::string& content, const Font& font, double width) const {
        return height_of(layout(content, font, width).get());
    }
    double natural_width(const std::string& content, const Font& font) const {
        return width_of(layout(content, font, -1).get());
    }

    void show(PangoLayout* l, double x, double y, const Rgb& colour) {
        if (!drawing_) return;
        set_colour(cr_, colour);
        cairo_move_to(cr_, x, y);
        pango_cairo_show_layout(cr_, l);
    }

    /// Text at the current position, wrapped to `width`; moves down past it.
    void text(const std::string& content, const Font& font, double width, const Rgb& colour, double x = kSide) {
        const LayoutPtr l = layout(content, font, width);
        show(l.get(), x, y_, colour);
        y_ += height_of(l.get());
    }

    void heading(const std::string& content) {
        const double h = height_of(content, kHeading, kContentWidth);
        ensure(h + 60);  // keep a heading with what follows
        y_ += 10;
        text(content, kHeading, kContentWidth, kInk);
        if (drawing_) {
            set_colour(cr_, kAccent);
            cairo_set_line_width(cr_, 1.5);
            cairo_move_to(cr_, kSide, y_ + 2);
            cairo_line_to(cr_, kSide + kContentWidth, y_ + 2);
            cairo_stroke(cr_);
        }
        y_ += 8;
    }

    void bullets(const std::vector<std::string>& items) {
        for (const std::string& item : items) {
            const double h = height_of(item, kSmall, kContentWidth - 12);
            ensure(h + 2);
            const LayoutPtr dot = layout("•", kSmall, -1);
            show(dot.get(), kSide + 2, y_, kInk);
            text(item, kSmall, kContentWidth - 12, kInk, kSide + 12);
            y_ += 3;
        }
    }

    // --- pages -----------------------------------------------------------------------------

    void ensure(double height) {
        if (y_ + height > kPageHeight - kBottom && y_ > kTop + 1) {
            finish_page();
            start_page();
        }
    }

    void start_page() {
        ++page_;
        y_ = kTop;
    }

    void finish_page() {
        if (!drawing_) return;
        // The protective marking, centred at the top and the bottom of every page.
        const LayoutPtr top = layout(brief_.marking, Font{8.0, true, false}, kContentWidth, PANGO_ALIGN_CENTER);
        show(top.get(), kSide, 24, kInk);
        const LayoutPtr bottom = layout(brief_.marking, Font{8.0, true, false}, kContentWidth, PANGO_ALIGN_CENTER);
        show(bottom.get(), kSide, kPageHeight - 30, kInk);
        const LayoutPtr title = layout(brief_.title, Font{7.5, false, false}, kContentWidth * 0.45);
        pango_layout_set_ellipsize(title.get(), PANGO_ELLIPSIZE_END);
        show(title.get(), kSide, kPageHeight - 44, kMuted);
        const LayoutPtr number = layout("Page " + std::to_string(page_) + " of " + std::to_string(total_pages_),
                                        Font{7.5, false, false}, kContentWidth, PANGO_ALIGN_RIGHT);
        show(number.get(), kSide, kPageHeight - 44, kMuted);
        set_colour(cr_, kRule);
        cairo_set_line_width(cr_, 0.5);
        cairo_move_to(cr_, kSide, 38);
        cairo_line_to(cr_, kSide + kContentWidth, 38);
        cairo_move_to(cr_, kSide, kPageHeight - 48);
        cairo_line_to(cr_, kSide + kContentWidth, kPageHeight - 48);
        cairo_stroke(cr_);
        cairo_show_page(cr_);
    }

    // --- key figures -----------------------------------------------------------------------

    void key_figures() {
        const auto& figures = brief_.key_figures;
        constexpr std::size_t kPerRow = 3;
        const double gap = 8, box_width = (kContentWidth - gap * (kPerRow - 1)) / kPerRow;
        for (std::size_t first = 0; first < figures.size(); first += kPerRow) {
            const std::size_t last = std::min(first + kPerRow, figures.size());
            double box_height = 0;
            for (std::size_t i = first; i < last; ++i) box_height = std::max(box_height, figure_height(figures[i], box_width));
            ensure(box_height + gap);
            for (std::size_t i = first; i < last; ++i) {
                const double x = kSide + static_cast<double>(i - first) * (box_width + gap);
                if (drawing_) {
                    set_colour(cr_, kBand);
                    cairo_rectangle(cr_, x, y_, box_width, box_height);
                    cairo_fill(cr_);
                    set_colour(cr_, kAccent);
                    cairo_rectangle(cr_, x, y_, 3, box_height);
                    cairo_fill(cr_);
                }
                const KeyFigure& f = figures[i];
                double y = y_ + 6;
                const double inner = box_width - 16;
                for (const auto& [content, font, colour] :
                     {std::tuple{format_value(f.value, f.kind, f.precision), Font{14.0, true, false}, kInk},
                      std::tuple{f.label, Font{8.0, false, false}, kInk},
                      std::tuple{f.note, Font{7.0, false, false}, kMuted}}) {
                    if (content.empty()) continue;
                    const LayoutPtr l = layout(content, font, inner);
                    show(l.get(), x + 10, y, colour);
                    y += height_of(l.get()) + 1;
                }
            }
            y_ += box_height + gap;
        }
    }

    double figure_height(const KeyFigure& f, double box_width) const {
        const double inner = box_width - 16;
        double h = 12 + height_of(format_value(f.value, f.kind, f.precision), Font{14.0, true, false}, inner) +
                   height_of(f.label, Font{8.0, false, false}, inner) + 2;
        if (!f.note.empty()) h += height_of(f.note, Font{7.0, false, false}, inner) + 1;
        return h;
    }

    // --- tables ----------------------------------------------------------------------------


    /// Column widths: each column's widest single line, numbers kept whole and text
    /// columns shrunk (wrapping) when the table is wider than the page.
    std::vector<double> column_widths(const Table& table, const Font& font) const {
        constexpr double kPad = 8;
        const std::size_t n = table.columns().size();
        std::vector<double> natural(n, 0.0);
        for (std::size_t c = 0; c < n; ++c) {
            natural[c] = natural_width(table.columns()[c].heading, Font{font.size, true, false}) + kPad;
            for (const auto& row : table.rows())
                natural[c] = std::max(natural[c], natural_width(format_cell(row[c], table.columns()[c]), font) + kPad);
            natural[c] = std::min(natural[c], kContentWidth * 0.6);
        }
        const double total = std::accumulate(natural.begin(), natural.end(), 0.0);
        if (total <= kContentWidth) {
            // Spare width to the text columns (or to all when there are none).
            double text_total = 0;
            for (std::size_t c = 0; c < n; ++c)
                if (table.columns()[c].kind == ColumnKind::Text) text_total += natural[c];
            for (std::size_t c = 0; c < n; ++c) {
                const bool text_column = table.columns()[c].kind == ColumnKind::Text;
                const double share = text_total > 0 ? (text_column ? natural[c] / text_total : 0.0) : natural[c] / total;
                natural[c] += (kContentWidth - total) * share;
            }
            return natural;
        }
        double numeric_total = 0, text_total = 0;
        for (std::size_t c = 0; c < n; ++c)
            (table.columns()[c].kind == ColumnKind::Text ? text_total : numeric_total) += natural[c];
        const double text_room = kContentWidth - numeric_total;
        if (text_total > 0 && text_room >= kContentWidth * 0.25) {
            for (std::size_t c = 0; c < n; ++c)
                if (table.columns()[c].kind == ColumnKind::Text) natural[c] *= text_room / text_total;
        } else {
            for (double& w : natural) w *= kContentWidth / total;
        }
        return natural;
    }

    struct Row {
        std::vector<LayoutPtr> cells;
        double height = 0;
    };

    Row measure_row(const std::vector<std::string>& contents, const Table& table, const std::vector<double>& widths,
                    const Font& font) const {
        constexpr double kPad = 4, kRowPad = 3;
        Row row;
        for (std::size_t c = 0; c < contents.size(); ++c) {
            const bool numeric = table.columns()[c].kind != ColumnKind::Text;
            row.cells.push_back(layout(contents[c], font, widths[c] - 2 * kPad, numeric ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT));
            row.height = std::max(row.height, height_of(row.cells.back().get()) + 2 * kRowPad);
        }
        return row;
    }

    void show_row(const Row& row, const std::vector<double>& widths, bool header, bool banded,
                  const std::vector<bool>& muted) {
        constexpr double kPad = 4, kRowPad = 3;
        if (drawing_ && banded) {
            set_colour(cr_, kBand);
            cairo_rectangle(cr_, kSide, y_, kContentWidth, row.height);
            cairo_fill(cr_);
        }
        double x = kSide;
        for (std::size_t c = 0; c < row.cells.size(); ++c) {
            show(row.cells[c].get(), x + kPad, y_ + kRowPad, !header && muted[c] ? kMuted : kInk);
            x += widths[c];
        }
        if (drawing_) {
            set_colour(cr_, header ? kInk : kRule);
            cairo_set_line_width(cr_, header ? 1.0 : 0.4);
            cairo_move_to(cr_, kSide, y_ + row.height);
            cairo_line_to(cr_, kSide + kContentWidth, y_ + row.height);
            cairo_stroke(cr_);
        }
        y_ += row.height;
    }

    void draw_table(const Table& table) {
        const Font font{table.columns().size() > 8 ? 6.5 : table.columns().size() > 5 ? 7.5 : 8.0, false, false};
        const std::vector<double> widths = column_widths(table, font);
        std::vector<std::string> headings;
        for (const Column& column : table.columns()) headings.push_back(column.heading);
        const Row header = measure_row(headings, table, widths, Font{font.size, true, false});
        std::vector<Row> rows;
        std::vector<std::vector<bool>> states;
        for (const auto& cells : table.rows()) {
            std::vector<std::string> contents;
            std::vector<bool> muted;
            for (std::size_t c = 0; c < cells.size(); ++c) {
                contents.push_back(format_cell(cells[c], table.columns()[c]));
                muted.push_back(cells[c].is_missing());
            }
            rows.push_back(measure_row(contents, table, widths, font));
            states.push_back(std::move(muted));
        }
        const double caption_height = height_of(table.caption(), Font{9.0, true, false}, kContentWidth);
        // The caption stays with the header and the first row.
        ensure(caption_height + 4 + header.height + (rows.empty() ? 0 : rows.front().height));
        y_ += 4;
        text(table.caption(), Font{9.0, true, false}, kContentWidth, kInk);
        y_ += 3;
        const std::vector<bool> none(table.columns().size(), false);
        show_row(header, widths, true, false, none);
        for (std::size_t r = 0; r < rows.size(); ++r) {
            if (y_ + rows[r].height > kPageHeight - kBottom) {
                finish_page();
                start_page();
                show_row(header, widths, true, false, none);  // repeated on every page
            }
            show_row(rows[r], widths, false, r % 2 == 1, states[r]);
        }
        y_ += 3;
        for (const std::string& note : table.notes()) {
            ensure(height_of(note, Font{7.5, false, false}, kContentWidth));
            text(note, Font{7.5, false, false}, kContentWidth, kMuted);
            y_ += 2;
        }
        y_ += 6;
    }

    // --- charts ----------------------------------------------------------------------------

    void draw_chart(const Chart& chart) {
        const ChartDrawing drawing = layout_chart(chart, kContentWidth);
        const double title_height = height_of(chart.title, Font{9.0, true, false}, kContentWidth);
        ensure(title_height + drawing.height + 8);
        y_ += 4;
        text(chart.title, Font{9.0, true, false}, kContentWidth, kInk);
        y_ += 4;
        if (drawing_) {
            cairo_save(cr_);
            cairo_translate(cr_, kSide, y_);
            for (const ChartShape& shape : drawing.shapes) draw_shape(shape);
            cairo_restore(cr_);
        }
        y_ += drawing.height + 8;
    }

    void paint(const ChartShape& shape) {
        if (shape.fill) {
            set_colour(cr_, *shape.fill);
            shape.stroke ? cairo_fill_preserve(cr_) : cairo_fill(cr_);
        }
        if (shape.stroke) {
            set_colour(cr_, *shape.stroke);
            cairo_set_line_width(cr_, shape.stroke_width);
            cairo_stroke(cr_);
        }
        cairo_new_path(cr_);
    }

    /// Lines and polylines are stroked only.
    static ChartShape outline(ChartShape shape) {
        shape.fill.reset();
        return shape;
    }

    void draw_shape(const ChartShape& shape) {
        switch (shape.kind) {
            case ChartShape::Kind::Rect:
                cairo_rectangle(cr_, shape.x, shape.y, shape.width, shape.height);
                paint(shape);
                break;
            case ChartShape::Kind::Line:
                cairo_move_to(cr_, shape.x, shape.y);
                cairo_line_to(cr_, shape.x2, shape.y2);
                paint(outline(shape));
                break;
            case ChartShape::Kind::Polyline:
                for (std::size_t i = 0; i < shape.points.size(); ++i)
                    (i == 0 ? cairo_move_to : cairo_line_to)(cr_, shape.points[i].first, shape.points[i].second);
                paint(outline(shape));
                break;
            case ChartShape::Kind::Text: {
                const LayoutPtr l = layout(shape.text, Font{shape.font_size, shape.bold, false}, -1);
                const double w = width_of(l.get());
                const double baseline = static_cast<double>(pango_layout_get_baseline(l.get())) / PANGO_SCALE;
                const double x = shape.anchor == ChartShape::Anchor::Start    ? shape.x
                                 : shape.anchor == ChartShape::Anchor::Middle ? shape.x - w / 2
                                                                              : shape.x - w;
                set_colour(cr_, shape.fill.value_or(kInk));
                cairo_move_to(cr_, x, shape.y - baseline);
                pango_cairo_show_layout(cr_, l.get());
                break;
            }
        }
    }

    cairo_t* cr_;
    const Brief& brief_;
    bool drawing_;
    int total_pages_;
    int page_ = 0;
    double y_ = kTop;
};

cairo_status_t append_to_string(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

}  // namespace

std::string render_brief_pdf(const Brief& brief) {
    std::string bytes;
    cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(append_to_string, &bytes, kPageWidth, kPageHeight);
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, brief.title.c_str());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "oversight");
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, brief.marking.c_str());
    cairo_t* cr = cairo_create(surface);
    const int pages = Pager(cr, brief, false, 0).run();
    Pager(cr, brief, true, pages).run();
    const cairo_status_t status = cairo_status(cr);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    const cairo_status_t surface_status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (status != CAIRO_STATUS_SUCCESS || surface_status != CAIRO_STATUS_SUCCESS)
        throw std::runtime_error(std::string("PDF of brief ") + brief.id + ": " +
                                 cairo_status_to_string(status != CAIRO_STATUS_SUCCESS ? status : surface_status));
    return bytes;
}

}  // namespace oversight
