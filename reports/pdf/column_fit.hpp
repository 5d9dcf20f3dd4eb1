/// \file column_fit.hpp
/// \brief How a table's columns share the page width in the PDF: numbers are never broken,
/// text wraps at word boundaries, and a table too wide for the page is first set smaller.
#pragma once

#include <vector>

namespace oversight {

/// What one column's content needs, in points at the table's starting font size (padding
/// apart: it does not shrink with the font).
struct ColumnNeed {
    double least = 0.0;  ///< narrowest without breaking: a number whole, a text column's longest word
    double want = 0.0;   ///< every cell and the heading on one line
};

struct ColumnFit {
    double font_size = 0.0;       ///< the size the table is set at
    std::vector<double> widths;   ///< points, summing to the page width given
};

/// Chooses the largest font size from `start_size` down to `smallest_size` in steps of 0.5
/// at which every column's `least` fits in `page_width` (widths scale with the size,
/// `padding` is added to every column at every size), then shares the page: each column
/// gets its least, the room left goes to the columns that want more in proportion to what
/// they lack, and any room beyond every want goes to the text columns (`text[c]`; to all
/// columns when there are none) in proportion to their wants. When even the least does not
/// fit at the smallest size, the least widths are scaled down to the page (the one case
/// where a number wraps).
ColumnFit fit_columns(const std::vector<ColumnNeed>& needs, const std::vector<bool>& text, double page_width,
                      double start_size, double smallest_size, double padding);

/// Whether a table of these needs fits `page_width` at `smallest_size` (without cutting a number).
bool fits_page(const std::vector<ColumnNeed>& needs, double page_width, double start_size, double smallest_size,
               double padding);

/// The columns of a table too wide for the page, in parts that each fit at the starting
/// size: every part begins with column 0 (the row's name) and takes the next columns while
/// their least widths fit. A column wider than the page on its own still gets a part.
std::vector<std::vector<std::size_t>> split_columns(const std::vector<ColumnNeed>& needs, double page_width,
                                                   double padding);

}  // namespace oversight
