/// \file transformations.hpp
/// \brief The iXBRL transformation registries 1 to 4: from the text a filing displays
/// ("1,234", "-", "31 October 2017") to the XBRL value ("1234", "0", "2017-10-31").
///
/// A format is named by a QName whose namespace URI says which registry defines it:
///   1  http://www.xbrl.org/inlineXBRL/transformation/2010-04-20 (and the pre-REC
///      http://www.xbrl.org/2008/inlineXBRL/transformation)
///   2  http://www.xbrl.org/inlineXBRL/transformation/2011-07-31
///   3  http://www.xbrl.org/inlineXBRL/transformation/2015-02-26
///   4  http://www.xbrl.org/inlineXBRL/transformation/2020-02-12
/// The prefix a document binds to that URI plays no part. Every number and English or
/// numeric date format of the four registries is implemented; the formats for other
/// languages and calendars (Japanese era, CJK, Indian, Danish, the TR4 month names of
/// other languages, Roman months) are recognised and reported as unsupported, keeping the
/// text. docs/ixbrl.md lists them.
#pragma once

#include <string>
#include <string_view>

#include "ingest/ixbrl/ixbrl_document.hpp"

namespace oversight::ixbrl {

/// 1-4 for the namespace of a transformation registry, 0 for any other namespace.
int registry_of(std::string_view namespace_uri);

struct Transformation {
    enum class Outcome {
        Applied,           ///< defined by the format's own registry
        OtherRegistry,     ///< not in its registry, but another registry defines the same name: applied, with a warning
        UnknownFormat,     ///< no registry defines it: the text is kept, no value
        UnsupportedFormat, ///< defined, but for a language or calendar this reader does not implement
        InvalidText        ///< the format is known and the text does not fit it
    };
    Outcome outcome = Outcome::Applied;
    std::string value;  ///< the XBRL value when applied
    int registry = 0;   ///< the registry whose definition was applied
};

/// Applies `format` to `text` (the displayed text, whitespace untrimmed).
Transformation transform(const QualifiedName& format, std::string_view text);

}  // namespace oversight::ixbrl
