/// \file ixbrl_reader.hpp
/// \brief Reads an inline XBRL 1.0/1.1 document, or a plain XBRL 2.1 instance, with
/// Poco's namespace-aware SAX parser.
///
/// Elements and every QName-valued attribute or text (fact names, formats, dimensions,
/// members, measures) are resolved through the namespace URIs in scope, never by prefix.
/// `ix:header`, `ix:hidden`, `ix:references` and `ix:resources` are read; contexts
/// (entity identifier, instant, duration or forever period, explicit and typed dimensions
/// of segment and scenario) and units (with divide); `ix:nonFraction` (format, scale, sign,
/// decimals, xsi:nil, nested facts) and `ix:nonNumeric` (format, `ix:exclude`,
/// `ix:continuation` chains). Footnotes, relationships and tuples are outside the accounts
/// this engine reads and are skipped (facts inside a tuple are still read).
#pragma once

#include <string>
#include <string_view>

#include "ingest/ixbrl/ixbrl_document.hpp"

namespace oversight::ixbrl {

/// Reads `content` (the whole file). HTML named entities are accepted (html_entities.hpp).
/// Problems with single facts or contexts become warnings in the document; throws
/// ReadError, with the line and column, when the document as a whole cannot be used.
Document read_document(std::string_view content);

}  // namespace oversight::ixbrl
