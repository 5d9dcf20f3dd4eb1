/// \file palette.hpp
/// \brief The colours of the briefs, shared by the chart layout and the PDF renderer (the
/// HTML stylesheet, reports/templates/brief_style.css, names the same values).
#pragma once

#include <string>

namespace oversight {

struct Rgb {
    double red = 0.0, green = 0.0, blue = 0.0;  ///< 0-1
    std::string hex() const;                     ///< "#1f5f8b"
};

namespace palette {
inline constexpr Rgb kInk{0.114, 0.153, 0.200};     // #1d2733: text
inline constexpr Rgb kMuted{0.357, 0.404, 0.459};   // #5b6775: secondary text
inline constexpr Rgb kRule{0.788, 0.820, 0.855};    // #c9d1da: rules and grid lines
inline constexpr Rgb kAccent{0.122, 0.373, 0.545};  // #1f5f8b: bars, headings' rule
inline constexpr Rgb kBand{0.953, 0.965, 0.976};    // #f3f6f9: banded rows, boxes
inline constexpr Rgb kWhite{1.0, 1.0, 1.0};
}  // namespace palette

}  // namespace oversight
