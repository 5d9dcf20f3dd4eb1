/// \file svg_chart.hpp
/// \brief A Chart specification drawn as inline SVG (no scripts, no external files), from
/// the layout every renderer shares (reports/charts/chart_layout.hpp).
#pragma once

#include <string>

#include "reports/brief/brief.hpp"

namespace oversight {

/// Self-contained <svg> element with a <title> and <desc> for screen readers.
std::string render_svg_chart(const Chart& chart);

/// Escapes &, <, >, " and ' for XML/HTML text and attributes.
std::string xml_escape(const std::string& text);

}  // namespace oversight
