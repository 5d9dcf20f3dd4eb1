/// \file ixbrl_document.hpp
/// \brief What an iXBRL (or plain XBRL 2.1) accounts document says: its contexts, units
/// and facts, each fact with the raw text it was read from and where it was.
///
/// The reader fills these and interprets nothing beyond the specifications (iXBRL 1.0 and
/// 1.1, XBRL 2.1, Dimensions 1.0, the transformation registries); the mapping to accounts
/// lines is ingest/ixbrl_accounts.
#pragma once

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

namespace oversight::ixbrl {

/// A name resolved through the namespaces in scope where it was written: the URI decides
/// what it is, the prefix is only how the document spelled it.
struct QualifiedName {
    std::string namespace_uri;
    std::string prefix;
    std::string local_name;

    /// prefix:local as written (local alone when the prefix was empty).
    std::string text() const { return prefix.empty() ? local_name : prefix + ':' + local_name; }
    friend bool operator==(const QualifiedName& a, const QualifiedName& b) {
        return a.namespace_uri == b.namespace_uri && a.local_name == b.local_name;
    }
};

/// Where something is in the file, 1-based.
struct Position {
    std::size_t line = 0;
    std::size_t column = 0;
};

/// One dimension of a context's segment or scenario.
struct DimensionMember {
    QualifiedName dimension;
    std::optional<QualifiedName> member;  ///< explicit member
    std::string typed_value;              ///< text of a typed member (when `member` is empty)
};

/// An `xbrli:context`. Dates are kept as written (xs:date or xs:dateTime, trimmed).
struct Context {
    std::string id;
    std::string identifier_scheme;
    std::string identifier;  ///< the entity: a Companies House number in UK filings
    enum class PeriodKind { Instant, Duration, Forever } period = PeriodKind::Instant;
    std::string instant;
    std::string start_date;
    std::string end_date;
    std::vector<DimensionMember> dimensions;  ///< segment, then scenario
    Position position;
};

/// An `xbrli:unit`: measures multiplied, optionally divided (e.g. iso4217:GBP, xbrli:shares).
struct Unit {
    std::string id;
    std::vector<QualifiedName> numerator;
    std::vector<QualifiedName> denominator;
    Position position;

    std::string text() const;  ///< "iso4217:GBP", "iso4217:GBP/xbrli:shares"
};

/// One fact. `value` is the fact's XBRL value after transformation, scale and sign; when it
/// could not be worked out (unknown or invalid format) it is empty, `value_known` is false
/// and `raw_text` still holds what the document shows.
struct Fact {
    enum class Kind { Numeric, NonNumeric };
    Kind kind = Kind::NonNumeric;
    QualifiedName concept_name;
    std::string context_ref;
    std::string unit_ref;   ///< numeric facts
    std::string decimals;   ///< as written: "0", "-3", "INF" or empty
    std::string precision;  ///< XBRL 2.1 instances only
    int scale = 0;          ///< power of ten the displayed figure is multiplied by
    bool negated = false;   ///< sign="-"
    std::optional<QualifiedName> format;
    std::string id;
    bool nil = false;  ///< xsi:nil="true": explicitly no value
    bool hidden = false;  ///< inside ix:hidden
    std::string raw_text;  ///< text as displayed (for non-numeric facts: after ix:exclude and continuations)
    std::string value;     ///< normalised XBRL value; numbers in decimal notation
    bool value_known = true;
    std::optional<double> number;  ///< numeric facts whose value is known
    Position position;
};

/// Something the reader noticed that does not stop it: the fact or context concerned is
/// kept, with what was wrong.
struct Finding {
    std::string code;  ///< stable identifier, listed in docs/ixbrl.md
    std::string message;
    Position position;
};

struct Document {
    enum class Format { InlineXbrl10, InlineXbrl11, XbrlInstance };
    Format format = Format::InlineXbrl11;
    std::vector<std::string> schema_refs;
    std::vector<Context> contexts;
    std::vector<Unit> units;
    std::vector<Fact> facts;
    std::vector<Finding> warnings;

    /// By id: through the index the reader builds (large group filings have thousands of
    /// contexts), or by search when the document was put together by hand.
    const Context* find_context(const std::string& id) const;
    const Unit* find_unit(const std::string& id) const;
    void build_index();
    /// The entity identifiers of the contexts, each once, in order of first use.
    std::vector<std::string> entity_identifiers() const;

private:
    std::unordered_map<std::string, std::size_t> context_index_, unit_index_;
};

std::string_view format_name(Document::Format format);

/// A document that cannot be used at all: not well-formed XML, not an XBRL document, or
/// one whose contexts or units are ambiguous. Nothing of it is used.
class ReadError : public std::runtime_error {
public:
    ReadError(Position position, const std::string& message)
        : std::runtime_error(message), position_(position) {}
    Position position() const { return position_; }

private:
    Position position_;
};

}  // namespace oversight::ixbrl
