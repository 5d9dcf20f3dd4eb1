#include "reports/pdf/pdf_renderer.hpp"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <map>
#include <memory>
#include <stdexcept>
#include <tuple>
#include <variant>
#include <vector>

#include "reports/charts/chart_layout.hpp"
#include "reports/pdf/column_fit.hpp"

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

using LayoutPtr = std::shared_ptr<PangoLayout>;  // shared: the page record keeps what it shows
using DescriptionPtr = std::unique_ptr<PangoFontDescription, decltype(&pango_font_description_free)>;

void set_colour(cairo_t* cr, const Rgb& c) { cairo_set_source_rgb(cr, c.red, c.green, c.blue); }

// What a page shows, recorded while the brief is laid out and drawn once the number of
// pages is known, so each piece of text is laid out once.
struct TextOp {
    LayoutPtr layout;
    double x = 0, y = 0;
    Rgb colour;
};
struct RectOp {
    double x = 0, y = 0, width = 0, height = 0;
    Rgb colour;
};
struct RuleOp {
    double x1 = 0, y1 = 0, x2 = 0, y2 = 0, width = 0;
    Rgb colour;
};
struct ChartOp {
    std::shared_ptr<const ChartDrawing> drawing;
    double x = 0, y = 0;
};
using DrawOp = std::variant<TextOp, RectOp, RuleOp, ChartOp>;
using PageRecord = std::vector<DrawOp>;

/// Makes pango layouts in DejaVu Sans from one context (one per PDF, not one per layout).
class Typography {
public:
    explicit Typography(cairo_t* cr) : context_(pango_cairo_create_context(cr), &g_object_unref) {}

    LayoutPtr layout(const std::string& content, const Font& font, double width = -1,
                     PangoAlignment alignment = PANGO_ALIGN_LEFT) {
        LayoutPtr l(pango_layout_new(context_.get()), &g_object_unref);
        pango_layout_set_font_description(l.get(), description(font));
        if (width > 0) wrap(l.get(), width, alignment);
        pango_layout_set_text(l.get(), content.c_str(), -1);
        return l;
    }

    static void wrap(PangoLayout* l, double width, PangoAlignment alignment) {
        pango_layout_set_width(l, static_cast<int>(width * PANGO_SCALE));
        pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
        pango_layout_set_alignment(l, alignment);
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

private:
    const PangoFontDescription* description(const Font& font) {
        const auto key = std::tuple{font.size, font.bold, font.italic};
        auto found = descriptions_.find(key);
        if (found == descriptions_.end()) {
            DescriptionPtr d(pango_font_description_new(), &pango_font_description_free);
            pango_font_description_set_family(d.get(), kFamily);
            pango_font_description_set_absolute_size(d.get(), font.size * PANGO_SCALE);
            pango_font_description_set_weight(d.get(), font.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
            pango_font_description_set_style(d.get(), font.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
            found = descriptions_.emplace(key, std::move(d)).first;
        }
        return found->second.get();
    }

    std::unique_ptr<PangoContext, decltype(&g_object_unref)> context_;
    std::map<std::tuple<double, bool, bool>, DescriptionPtr> descriptions_;
};

/// The longest word of a text (words are separated by spaces).
std::string longest_word(const std::string& content) {
    std::string longest;
    std::size_t start = 0;
    while (start <= content.size()) {
        const std::size_t end = std::min(content.find(' ', start), content.size());
        if (end - start > longest.size()) longest = content.substr(start, end - start);
        start = end + 1;
    }
    return longest;
}

/// The width of the longest word of a line of text laid out `natural` points wide, taken
/// in proportion to its characters (the font is proportional, so this is an estimate that
/// errs by a fraction of a character; cell text may then break inside a word).
double longest_word_width(const std::string& content, double natural) {
    std::size_t characters = 0, word = 0, longest = 0;
    for (const unsigned char c : content) {
        if ((c & 0xC0) == 0x80) continue;  // UTF-8 continuation byte
        ++characters;
        word = c == ' ' ? 0 : word + 1;
        longest = std::max(longest, word);
    }
    return characters == 0 ? 0.0 : natural * static_cast<double>(longest) / static_cast<double>(characters);
}

/// Lays the brief out page by page into records; the page count is known at the end.
class Typesetter {
public:
    Typesetter(Typography& typography, const Brief& brief) : type_(typography), brief_(brief) {}

    std::vector<PageRecord> run() {
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
                    const LayoutPtr l = type_.layout(paragraph->text, kBody, kContentWidth);
                    ensure(Typography::height_of(l.get()));
                    place(l, kSide, kInk);
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
        return std::move(pages_);
    }

private:
    // --- text ------------------------------------------------------------------------------

    void show(const LayoutPtr& l, double x, double y, const Rgb& colour) { pages_.back().push_back(TextOp{l, x, y, colour}); }
    void rect(double x, double y, double width, double height, const Rgb& colour) {
        pages_.back().push_back(RectOp{x, y, width, height, colour});
    }
    void rule(double y, double width, const Rgb& colour) {
        pages_.back().push_back(RuleOp{kSide, y, kSide + kContentWidth, y, width, colour});
    }

    /// A laid-out text at the current position; moves down past it.
    void place(const LayoutPtr& l, double x, const Rgb& colour) {
        show(l, x, y_, colour);
        y_ += Typography::height_of(l.get());
    }
    void text(const std::string& content, const Font& font, double width, const Rgb& colour, double x = kSide) {
        place(type_.layout(content, font, width), x, colour);
    }

    void heading(const std::string& content) {
        const LayoutPtr l = type_.layout(content, kHeading, kContentWidth);
        ensure(Typography::height_of(l.get()) + 60);  // keep a heading with what follows
        y_ += 10;
        place(l, kSide, kInk);
        rule(y_ + 2, 1.5, kAccent);
        y_ += 8;
    }

    void bullets(const std::vector<std::string>& items) {
        for (const std::string& item : items) {
            const LayoutPtr l = type_.layout(item, kSmall, kContentWidth - 12);
            ensure(Typography::height_of(l.get()) + 2);
            show(type_.layout("•", kSmall), kSide + 2, y_, kInk);
            place(l, kSide + 12, kInk);
            y_ += 3;
        }
    }

    // --- pages -----------------------------------------------------------------------------

    void ensure(double height) {
        if (y_ + height > kPageHeight - kBottom && y_ > kTop + 1) start_page();
    }
    void start_page() {
        pages_.emplace_back();
        y_ = kTop;
    }

    // --- key figures -----------------------------------------------------------------------

    void key_figures() {
        const auto& figures = brief_.key_figures;
        constexpr std::size_t kPerRow = 3;
        const double gap = 8, box_width = (kContentWidth - gap * (kPerRow - 1)) / kPerRow, inner = box_width - 16;
        for (std::size_t first = 0; first < figures.size(); first += kPerRow) {
            const std::size_t last = std::min(first + kPerRow, figures.size());
            std::vector<std::vector<std::pair<LayoutPtr, Rgb>>> boxes;
            double box_height = 0;
            for (std::size_t i = first; i < last; ++i) {
                const KeyFigure& f = figures[i];
                std::vector<std::pair<LayoutPtr, Rgb>> lines;
                double h = 12;
                for (const auto& [content, font, colour] :
                     {std::tuple{format_value(f.value, f.kind, f.precision), Font{14.0, true, false}, kInk},
                      std::tuple{f.label, Font{8.0, false, false}, kInk},
                      std::tuple{f.note, Font{7.0, false, false}, kMuted}}) {
                    if (content.empty()) continue;
                    lines.emplace_back(type_.layout(content, font, inner), colour);
                    h += Typography::height_of(lines.back().first.get()) + 1;
                }
                box_height = std::max(box_height, h);
                boxes.push_back(std::move(lines));
            }
            ensure(box_height + gap);
            for (std::size_t b = 0; b < boxes.size(); ++b) {
                const double x = kSide + static_cast<double>(b) * (box_width + gap);
                rect(x, y_, box_width, box_height, kBand);
                rect(x, y_, 3, box_height, kAccent);
                double y = y_ + 6;
                for (const auto& [l, colour] : boxes[b]) {
                    show(l, x + 10, y, colour);
                    y += Typography::height_of(l.get()) + 1;
                }
            }
            y_ += box_height + gap;
        }
    }

    // --- tables ----------------------------------------------------------------------------

    static constexpr double kCellPad = 4, kRowPad = 3;
    static constexpr double kSmallestTableFont = 5.5;

    struct Cell {
        LayoutPtr layout;
        double width = 0;  ///< as laid out on one line
        bool right = false;
    };
    struct Row {
        std::vector<Cell> cells;
        std::vector<bool> muted;
        double height = 0;
    };

    Row lay_out_row(const std::vector<std::string>& contents, const Table& table, const Font& font) {
        Row row;
        for (std::size_t c = 0; c < contents.size(); ++c) {
            LayoutPtr l = type_.layout(contents[c], font);
            const double width = Typography::width_of(l.get());
            row.cells.push_back({std::move(l), width, table.columns()[c].kind != ColumnKind::Text});
        }
        return row;
    }

    /// Wraps the cells wider than their column and sets the row's height.
    static void fit_row(Row& row, const std::vector<double>& widths) {
        row.height = 0;
        for (std::size_t c = 0; c < row.cells.size(); ++c) {
            Cell& cell = row.cells[c];
            const double inner = widths[c] - 2 * kCellPad;
            // A number is never wrapped: widths scaled with the font can fall short of the
            // laid-out width by a rounding, which the padding absorbs.
            // Text may overflow by a point or two the same way before it wraps.
            const bool overflow = cell.width > inner + (cell.right ? 2 * kCellPad - 0.5 : 2.0);
            if (overflow) {
                Typography::wrap(cell.layout.get(), inner, cell.right ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
                cell.width = inner;
            }
            row.height = std::max(row.height, Typography::height_of(cell.layout.get()) + 2 * kRowPad);
        }
    }

    void show_row(const Row& row, const std::vector<double>& widths, bool header, bool banded) {
        if (banded) rect(kSide, y_, kContentWidth, row.height, kBand);
        double x = kSide;
        for (std::size_t c = 0; c < row.cells.size(); ++c) {
            const Cell& cell = row.cells[c];
            const double left = cell.right ? x + widths[c] - kCellPad - cell.width : x + kCellPad;
            show(cell.layout, left, y_ + kRowPad, !header && row.muted[c] ? kMuted : kInk);
            x += widths[c];
        }
        rule(y_ + row.height, header ? 1.0 : 0.4, header ? kInk : kRule);
        y_ += row.height;
    }

    /// Lays every cell out on one line at `size`: the headings (bold) and the rows.
    std::pair<Row, std::vector<Row>> lay_out_cells(const Table& table, double size) {
        std::vector<std::string> headings;
        for (const Column& column : table.columns()) headings.push_back(column.heading);
        Row header = lay_out_row(headings, table, Font{size, true, false});
        header.muted.assign(headings.size(), false);
        std::vector<Row> rows;
        rows.reserve(table.rows().size());
        for (const auto& cells : table.rows()) {
            std::vector<std::string> contents;
            std::vector<bool> muted;
            for (std::size_t c = 0; c < cells.size(); ++c) {
                contents.push_back(format_cell(cells[c], table.columns()[c]));
                muted.push_back(cells[c].is_missing());
            }
            rows.push_back(lay_out_row(contents, table, Font{size, false, false}));
            rows.back().muted = std::move(muted);
        }
        return {std::move(header), std::move(rows)};
    }

    /// `may_split`: a table too wide for the page is set in parts (false for the parts).
    /// `part_size`: the starting font size of the table a part comes from (0: this table's own).
    void draw_table(const Table& table, bool may_split = true, double part_size = 0) {
        const std::size_t n = table.columns().size();
        const double start = part_size > 0 ? part_size : n > 8 ? 7.0 : n > 5 ? 7.5 : 8.0;
        auto [header, rows] = lay_out_cells(table, start);
        // Numbers stay whole; text and headings may wrap at words (reports/pdf/column_fit.hpp).
        std::vector<ColumnNeed> needs(n);
        std::vector<bool> text(n);
        for (std::size_t c = 0; c < n; ++c) {
            text[c] = table.columns()[c].kind == ColumnKind::Text;
            const auto& heading = table.columns()[c].heading;
            // Headings are measured word by word: they are few, and a broken heading reads badly.
            needs[c].least = Typography::width_of(type_.layout(longest_word(heading), Font{start, true, false}).get());
            needs[c].want = header.cells[c].width;
            for (std::size_t r = 0; r < rows.size(); ++r) {
                const Cell& cell = rows[r].cells[c];
                const double least =
                    text[c] ? longest_word_width(format_cell(table.rows()[r][c], table.columns()[c]), cell.width)
                            : cell.width;
                needs[c].least = std::max(needs[c].least, least);
                needs[c].want = std::max(needs[c].want, cell.width);
            }
            needs[c].least = std::min(needs[c].least, kContentWidth * 0.6);
            needs[c].want = std::min(needs[c].want, kContentWidth * 0.6);
        }
        if (may_split && !fits_page(needs, kContentWidth, start, kSmallestTableFont, 2 * kCellPad)) {
            if (const auto parts = split_columns(needs, kContentWidth, 2 * kCellPad); parts.size() > 1) {
                draw_table_in_parts(table, parts, start);
                return;
            }
        }
        const ColumnFit fit = fit_columns(needs, text, kContentWidth, start, kSmallestTableFont, 2 * kCellPad);
        if (fit.font_size != start) std::tie(header, rows) = lay_out_cells(table, fit.font_size);
        fit_row(header, fit.widths);
        for (Row& row : rows) fit_row(row, fit.widths);

        const LayoutPtr caption = type_.layout(table.caption(), Font{9.0, true, false}, kContentWidth);
        // The caption stays with the header and the first row.
        ensure(Typography::height_of(caption.get()) + 4 + header.height + (rows.empty() ? 0 : rows.front().height));
        y_ += 4;
        place(caption, kSide, kInk);
        y_ += 3;
        show_row(header, fit.widths, true, false);
        for (std::size_t r = 0; r < rows.size(); ++r) {
            if (y_ + rows[r].height > kPageHeight - kBottom) {
                start_page();
                show_row(header, fit.widths, true, false);  // repeated on every page
            }
            show_row(rows[r], fit.widths, false, r % 2 == 1);
        }
        y_ += 3;
        for (const std::string& note : table.notes()) {
            const LayoutPtr l = type_.layout(note, Font{7.5, false, false}, kContentWidth);
            ensure(Typography::height_of(l.get()));
            place(l, kSide, kMuted);
            y_ += 2;
        }
        y_ += 6;
    }

    /// A table too wide for the page even at the smallest size, as consecutive tables of
    /// some of its columns, each led by the first column; the notes follow the last part.
    void draw_table_in_parts(const Table& table, const std::vector<std::vector<std::size_t>>& parts, double size) {
        for (std::size_t p = 0; p < parts.size(); ++p) {
            const auto& columns = parts[p];
            std::vector<Column> part_columns;
            for (const std::size_t c : columns) part_columns.push_back(table.columns()[c]);
            Table part(table.id(),
                       table.caption() + " (part " + std::to_string(p + 1) + " of " + std::to_string(parts.size()) +
                           ": columns " + table.columns()[columns[1]].heading + " to " +
                           table.columns()[columns.back()].heading + ")",
                       std::move(part_columns));
            for (const auto& row : table.rows()) {
                std::vector<oversight::Cell> cells;
                for (const std::size_t c : columns) cells.push_back(row[c]);
                part.add_row(std::move(cells));
            }
            if (p + 1 == parts.size())
                for (const std::string& note : table.notes()) part.add_note(note);
            draw_table(part, false, size);  // every part at the size the table was measured at
        }
    }

    // --- charts ----------------------------------------------------------------------------

    void draw_chart(const Chart& chart) {
        auto drawing = std::make_shared<const ChartDrawing>(layout_chart(chart, kContentWidth));
        const LayoutPtr title = type_.layout(chart.title, Font{9.0, true, false}, kContentWidth);
        ensure(Typography::height_of(title.get()) + drawing->height + 8);
        y_ += 4;
        place(title, kSide, kInk);
        y_ += 4;
        pages_.back().push_back(ChartOp{drawing, kSide, y_});
        y_ += drawing->height + 8;
    }

    Typography& type_;
    const Brief& brief_;
    std::vector<PageRecord> pages_;
    double y_ = kTop;
};

/// Draws the recorded pages with the marking, the title and "Page x of y" on each.
class Painter {
public:
    Painter(cairo_t* cr, Typography& typography, const Brief& brief) : cr_(cr), type_(typography), brief_(brief) {}

    void paint(const std::vector<PageRecord>& pages) {
        const Font marking{8.0, true, false}, footer{7.5, false, false};
        const LayoutPtr top = type_.layout(brief_.marking, marking, kContentWidth, PANGO_ALIGN_CENTER);
        const LayoutPtr title = type_.layout(brief_.title, footer, kContentWidth * 0.45);
        pango_layout_set_ellipsize(title.get(), PANGO_ELLIPSIZE_END);
        for (std::size_t p = 0; p < pages.size(); ++p) {
            for (const DrawOp& op : pages[p]) std::visit([this](const auto& o) { draw(o); }, op);
            // The protective marking, centred at the top and the bottom of every page.
            draw(TextOp{top, kSide, 24, kInk});
            draw(TextOp{top, kSide, kPageHeight - 30, kInk});
            draw(TextOp{title, kSide, kPageHeight - 44, kMuted});
            draw(TextOp{type_.layout("Page " + std::to_string(p + 1) + " of " + std::to_string(pages.size()), footer,
                                     kContentWidth, PANGO_ALIGN_RIGHT),
                        kSide, kPageHeight - 44, kMuted});
            draw(RuleOp{kSide, 38, kSide + kContentWidth, 38, 0.5, kRule});
            draw(RuleOp{kSide, kPageHeight - 48, kSide + kContentWidth, kPageHeight - 48, 0.5, kRule});
            cairo_show_page(cr_);
        }
    }

private:
    void draw(const TextOp& op) {
        set_colour(cr_, op.colour);
        cairo_move_to(cr_, op.x, op.y);
        pango_cairo_show_layout(cr_, op.layout.get());
    }
    void draw(const RectOp& op) {
        set_colour(cr_, op.colour);
        cairo_rectangle(cr_, op.x, op.y, op.width, op.height);
        cairo_fill(cr_);
    }
    void draw(const RuleOp& op) {
        set_colour(cr_, op.colour);
        cairo_set_line_width(cr_, op.width);
        cairo_move_to(cr_, op.x1, op.y1);
        cairo_line_to(cr_, op.x2, op.y2);
        cairo_stroke(cr_);
    }
    void draw(const ChartOp& op) {
        cairo_save(cr_);
        cairo_translate(cr_, op.x, op.y);
        for (const ChartShape& shape : op.drawing->shapes) draw_shape(shape);
        cairo_restore(cr_);
    }

    void fill_and_stroke(const ChartShape& shape) {
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
                fill_and_stroke(shape);
                break;
            case ChartShape::Kind::Line:
                cairo_move_to(cr_, shape.x, shape.y);
                cairo_line_to(cr_, shape.x2, shape.y2);
                fill_and_stroke(outline(shape));
                break;
            case ChartShape::Kind::Polyline:
                for (std::size_t i = 0; i < shape.points.size(); ++i)
                    (i == 0 ? cairo_move_to : cairo_line_to)(cr_, shape.points[i].first, shape.points[i].second);
                fill_and_stroke(outline(shape));
                break;
            case ChartShape::Kind::Text: {
                const LayoutPtr l = type_.layout(shape.text, Font{shape.font_size, shape.bold, false});
                const double w = Typography::width_of(l.get());
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
    Typography& type_;
    const Brief& brief_;
};

cairo_status_t append_to_string(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

}  // namespace

std::string render_brief_pdf(const Brief& brief) {
    std::string bytes;
    // Owned, so that a throw while laying out (a malformed chart) frees them too.
    const std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface(
        cairo_pdf_surface_create_for_stream(append_to_string, &bytes, kPageWidth, kPageHeight), &cairo_surface_destroy);
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, brief.title.c_str());
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "oversight");
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_SUBJECT, brief.marking.c_str());
    cairo_status_t status = CAIRO_STATUS_SUCCESS;
    {
        const std::unique_ptr<cairo_t, decltype(&cairo_destroy)> cr(cairo_create(surface.get()), &cairo_destroy);
        Typography typography(cr.get());
        const std::vector<PageRecord> pages = Typesetter(typography, brief).run();
        Painter(cr.get(), typography, brief).paint(pages);
        status = cairo_status(cr.get());
    }
    cairo_surface_finish(surface.get());
    const cairo_status_t surface_status = cairo_surface_status(surface.get());
    if (status != CAIRO_STATUS_SUCCESS || surface_status != CAIRO_STATUS_SUCCESS)
        throw std::runtime_error(std::string("PDF of brief ") + brief.id + ": " +
                                 cairo_status_to_string(status != CAIRO_STATUS_SUCCESS ? status : surface_status));
    return bytes;
}

}  // namespace oversight
