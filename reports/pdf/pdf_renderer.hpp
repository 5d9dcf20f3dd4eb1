/// \file pdf_renderer.hpp
/// \brief A Brief as a PDF: A4, cairo and pango, fonts embedded (DejaVu Sans), the
/// protective marking at the top and bottom of every page, "Page x of y" in the footer,
/// tables that break across pages with their header row repeated, and the charts drawn from
/// the same layout as the HTML's SVG (reports/charts/chart_layout.hpp).
#pragma once

#include <string>

#include "reports/brief/brief.hpp"

namespace oversight {

/// The bytes of the PDF. Throws std::runtime_error when cairo reports an error.
std::string render_brief_pdf(const Brief& brief);

}  // namespace oversight
