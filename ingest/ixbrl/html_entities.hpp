/// \file html_entities.hpp
/// \brief HTML's named character references in XHTML read as XML.
///
/// XHTML accounts often carry `&nbsp;` or `&pound;` without the DTD that declares them,
/// which an XML parser must refuse. Before parsing, each HTML 4 named reference (the 252
/// of HTMLlat1, HTMLsymbol and HTMLspecial; XML's own five are left alone) is replaced by
/// the numeric reference of the same character, zero-padded to the same length where that
/// fits, so that every line and column the parser reports is still right. Only the
/// two-letter Greek names (`&mu;`, `&pi;`, ...) are longer as numbers: columns after one
/// of those on the same line are off by the difference.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace oversight::ixbrl {

/// `document` with its HTML named references replaced, or nullopt when it has none (the
/// common case: the document is then parsed where it is, without a copy). Unknown names
/// are left for the parser to report.
std::optional<std::string> replace_html_entities(std::string_view document);

}  // namespace oversight::ixbrl
