/// \file html_renderer.hpp
/// \brief A Brief as one self-contained HTML file: inline CSS and SVG, no scripts,
/// semantic tables with captions, a print stylesheet. Template: reports/templates/brief.mustache.
#pragma once

#include <string>

#include "reports/brief/brief.hpp"

namespace oversight {

std::string render_brief_html(const Brief& brief);

}  // namespace oversight
