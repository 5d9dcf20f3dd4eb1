#include "ingest/ixbrl/ixbrl_reader.hpp"

#include <Poco/SAX/Attributes.h>
#include <Poco/SAX/ContentHandler.h>
#include <Poco/SAX/Locator.h>
#include <Poco/SAX/SAXException.h>
#include <Poco/SAX/SAXParser.h>

#include <algorithm>
#include <charconv>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <utility>

#include "ingest/ixbrl/decimal_text.hpp"
#include "ingest/ixbrl/html_entities.hpp"
#include "ingest/ixbrl/transformations.hpp"

namespace oversight::ixbrl {
namespace {

using Poco::XML::Attributes;
using Poco::XML::XMLChar;
using Poco::XML::XMLString;

constexpr std::string_view ix10_uri = "http://www.xbrl.org/2008/inlineXBRL";
constexpr std::string_view ix11_uri = "http://www.xbrl.org/2013/inlineXBRL";
constexpr std::string_view xbrli_uri = "http://www.xbrl.org/2003/instance";
constexpr std::string_view xbrldi_uri = "http://xbrl.org/2006/xbrldi";
constexpr std::string_view link_uri = "http://www.xbrl.org/2003/linkbase";
constexpr std::string_view xsi_uri = "http://www.w3.org/2001/XMLSchema-instance";
constexpr std::string_view xlink_uri = "http://www.w3.org/1999/xlink";

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string trimmed(std::string_view text) {
    while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
    return std::string(text);
}

/// Runs of white space (and no-break spaces) become one space; ends trimmed. Displayed
/// text of HTML carries layout white space that is not part of what it says.
std::string collapsed(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool space = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool nbsp = text[i] == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0';
        if (is_space(text[i]) || nbsp) {
            space = true;
            if (nbsp) ++i;
            continue;
        }
        if (space && !out.empty()) out += ' ';
        space = false;
        out += text[i];
    }
    return out;
}

/// xs:decimal: optional sign (only where `signed_allowed`), digits, optional fraction;
/// returned in canonical form ("0012.50" -> "12.5").
std::optional<std::string> plain_decimal(std::string_view text, bool signed_allowed) {
    std::string t = trimmed(text);
    bool negative = false;
    if (signed_allowed && !t.empty() && (t[0] == '-' || t[0] == '+')) {
        negative = t[0] == '-';
        t.erase(0, 1);
    }
    const auto point = t.find('.');
    std::string whole = t.substr(0, point);
    std::string fraction = point == std::string::npos ? std::string() : t.substr(point + 1);
    if (whole.empty() && fraction.empty()) return std::nullopt;
    for (char c : whole + fraction)
        if (c < '0' || c > '9') return std::nullopt;
    std::string out = canonical_decimal(std::move(whole), std::move(fraction));
    if (negative && out != "0") out.insert(0, 1, '-');
    return out;
}

/// `decimal` (canonical, unsigned) times 10^scale, exactly, by moving the point.
std::string scaled(const std::string& decimal, int scale) {
    if (scale == 0) return decimal;
    const auto point = decimal.find('.');
    std::string digits = decimal;
    long long point_at = static_cast<long long>(point == std::string::npos ? decimal.size() : point);
    if (point != std::string::npos) digits.erase(point, 1);
    point_at += scale;
    if (point_at <= 0) {
        digits.insert(0, static_cast<std::size_t>(-point_at) + 1, '0');
        point_at = 1;
    }
    if (point_at >= static_cast<long long>(digits.size()))
        digits.append(static_cast<std::size_t>(point_at) - digits.size(), '0');
    return canonical_decimal(digits.substr(0, static_cast<std::size_t>(point_at)),
                             digits.substr(static_cast<std::size_t>(point_at)));
}

std::optional<double> number_of(const std::string& value) {
    double number = 0.0;
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
    if (error != std::errc() || end != value.data() + value.size()) return std::nullopt;
    return number;
}

/// What an open element started, so that its end knows what to finish.
enum class Opened {
    Nothing, Fact, Continuation, Exclude, Hidden, Context, Unit, Denominator,
    Identifier, Instant, StartDate, EndDate, Measure, ExplicitMember, TypedMember
};

/// Text being gathered for a fact or continuation: everything inside it except what an
/// ix:exclude nested in it holds.
struct Collector {
    std::size_t index = 0;  ///< into facts, or the continuation's id in continuation_ids_
    int exclude_level = 0;
    std::string text;
};

struct Continuation {
    std::string text;
    std::string continued_at;
};

class Reader final : public Poco::XML::ContentHandler {
public:
    explicit Reader(std::size_t expected_facts) {
        document_.facts.reserve(expected_facts);
        fact_text_.reserve(expected_facts);
    }
    Document take() { return std::move(document_); }

    void setDocumentLocator(const Poco::XML::Locator* locator) override { locator_ = locator; }
    void startDocument() override {}
    void endDocument() override { finish(); }
    void startElement(const XMLString& uri, const XMLString& local, const XMLString& qname,
                      const Attributes& attributes) override;
    void endElement(const XMLString& uri, const XMLString& local, const XMLString& qname) override;
    void characters(const XMLChar text[], int start, int length) override {
        const std::string_view piece(text + start, static_cast<std::size_t>(length));
        for (Collector& collector : collectors_)
            if (collector.exclude_level == exclude_depth_) collector.text.append(piece);
        if (capturing_) captured_.append(piece);
    }
    void ignorableWhitespace(const XMLChar text[], int start, int length) override { characters(text, start, length); }
    void processingInstruction(const XMLString&, const XMLString&) override {}
    void startPrefixMapping(const XMLString& prefix, const XMLString& uri) override { bindings_.emplace_back(prefix, uri); }
    void endPrefixMapping(const XMLString& prefix) override {
        for (auto it = bindings_.rbegin(); it != bindings_.rend(); ++it)
            if (it->first == prefix) {
                bindings_.erase(std::next(it).base());
                return;
            }
    }
    void skippedEntity(const XMLString& name) override {
        warn("IXB010", "the entity &" + name + "; is not declared; it is left out of the text");
    }

private:
    Position here() const {
        if (!locator_) return {};
        return {static_cast<std::size_t>(locator_->getLineNumber()),
                static_cast<std::size_t>(locator_->getColumnNumber()) + 1};
    }
    void warn(std::string code, std::string message) { warn_at(here(), std::move(code), std::move(message)); }
    void warn_at(Position position, std::string code, std::string message) {
        document_.warnings.push_back(Finding{std::move(code), std::move(message), position});
    }

    /// A QName written in an attribute or in text, resolved through the bindings in scope
    /// (the default namespace for an unprefixed name, as XML Schema resolves QNames).
    QualifiedName resolve(std::string_view written) {
        QualifiedName name;
        const std::string text = trimmed(written);
        const auto colon = text.find(':');
        name.prefix = colon == std::string::npos ? std::string() : text.substr(0, colon);
        name.local_name = colon == std::string::npos ? text : text.substr(colon + 1);
        for (auto it = bindings_.rbegin(); it != bindings_.rend(); ++it)
            if (it->first == name.prefix) {
                name.namespace_uri = it->second;
                return name;
            }
        if (!name.prefix.empty())
            warn("IXB011", "the prefix '" + name.prefix + "' of '" + text + "' is not bound to a namespace");
        return name;
    }

    void start_root(const XMLString& uri, const XMLString& local);
    void start_inline(const XMLString& local, const Attributes& attributes);
    void start_fact(Fact::Kind kind, const Attributes& attributes, bool inline_fact);
    void start_xbrli(const XMLString& local, const Attributes& attributes);
    void start_dimension(const XMLString& local, const Attributes& attributes);
    void capture(Opened what) {
        if (capturing_) throw ReadError(here(), "an element of a context or unit inside another one's value");
        capturing_ = true;
        captured_.clear();
        opened_.push_back(what);
    }
    void end_captured(Opened what);
    /// The fact's text through its format; nullopt, with the warning, when it gives no value.
    std::optional<std::string> formatted(const Fact& fact, const std::string& text);
    void finish_numeric(Fact& fact, const std::string& text);
    void finish_non_numeric(Fact& fact, const std::string& text);
    void finish();

    Document document_;
    const Poco::XML::Locator* locator_ = nullptr;
    std::vector<std::pair<std::string, std::string>> bindings_;  ///< prefix -> URI, innermost last
    std::vector<Opened> opened_;
    std::vector<Collector> collectors_;
    int exclude_depth_ = 0;
    int hidden_depth_ = 0;
    bool root_seen_ = false;
    bool instance_ = false;
    bool inline_ix10_ = false, inline_ix11_ = false;
    bool capturing_ = false;
    std::string captured_;
    std::optional<Context> context_;  ///< the context being read
    std::optional<Unit> unit_;
    bool in_denominator_ = false;
    std::optional<DimensionMember> member_;
    std::vector<std::string> fact_text_;           ///< gathered text per fact, finished at the end
    std::map<std::size_t, std::string> continued_at_;  ///< fact -> first continuation id
    std::vector<std::string> continuation_ids_;
    std::map<std::string, Continuation> continuations_;
    std::set<std::string> context_ids_, unit_ids_;
};

void Reader::start_root(const XMLString& uri, const XMLString& local) {
    root_seen_ = true;
    if (uri == xbrli_uri && local == "xbrl") {
        instance_ = true;
        document_.format = Document::Format::XbrlInstance;
    } else if (local != "html") {
        throw ReadError(here(), "the root element is '" + local +
                                    "': an iXBRL document is XHTML (root 'html') and an XBRL instance has root 'xbrl'");
    }
}

void Reader::startElement(const XMLString& uri, const XMLString& local, const XMLString&,
                          const Attributes& attributes) {
    if (!root_seen_) start_root(uri, local);
    if (instance_ && !context_ && !unit_ && uri != link_uri && !attributes.getValue("", "contextRef").empty()) {
        // XBRL 2.1: any item element with a context is a fact, numeric when it has a unit.
        // (Checked first: some instances put their concepts in the default namespace, even
        // when that is the instance namespace itself.)
        const bool numeric = !attributes.getValue("", "unitRef").empty();
        start_fact(numeric ? Fact::Kind::Numeric : Fact::Kind::NonNumeric, attributes, false);
        QualifiedName& name = document_.facts.back().concept_name;
        name = QualifiedName{uri, {}, local};
        for (auto it = bindings_.rbegin(); it != bindings_.rend(); ++it)
            if (it->second == uri) {
                name.prefix = it->first;
                break;
            }
    } else if (uri == ix11_uri || uri == ix10_uri) {
        (uri == ix11_uri ? inline_ix11_ : inline_ix10_) = true;
        start_inline(local, attributes);
    } else if (uri == xbrli_uri) {
        start_xbrli(local, attributes);
    } else if (uri == xbrldi_uri) {
        start_dimension(local, attributes);
    } else if (uri == link_uri && local == "schemaRef") {
        for (int i = 0; i < attributes.getLength(); ++i)
            if (attributes.getURI(i) == xlink_uri && attributes.getLocalName(i) == "href")
                document_.schema_refs.push_back(attributes.getValue(i));
        opened_.push_back(Opened::Nothing);
    } else {
        opened_.push_back(Opened::Nothing);
    }
}

void Reader::start_inline(const XMLString& local, const Attributes& attributes) {
    if (local == "nonFraction") {
        start_fact(Fact::Kind::Numeric, attributes, true);
    } else if (local == "nonNumeric") {
        start_fact(Fact::Kind::NonNumeric, attributes, true);
    } else if (local == "continuation") {
        const std::string id = attributes.getValue("", "id");
        if (id.empty()) warn("IXB005", "an ix:continuation has no id; its text cannot be joined to a fact");
        if (continuations_.contains(id) && !id.empty())
            throw ReadError(here(), "two ix:continuation elements have the id '" + id + "'");
        continuations_[id] = Continuation{{}, attributes.getValue("", "continuedAt")};
        continuation_ids_.push_back(id);
        collectors_.push_back(Collector{continuation_ids_.size() - 1, exclude_depth_, {}});
        opened_.push_back(Opened::Continuation);
    } else if (local == "exclude") {
        ++exclude_depth_;
        opened_.push_back(Opened::Exclude);
    } else if (local == "hidden") {
        ++hidden_depth_;
        opened_.push_back(Opened::Hidden);
    } else {
        // header, references, resources: containers; footnote, relationship, tuple,
        // fraction: not part of the accounts read here.
        opened_.push_back(Opened::Nothing);
    }
}

void Reader::start_fact(Fact::Kind kind, const Attributes& attributes, bool inline_fact) {
    // Built in place: a large filing has tens of thousands of facts.
    Fact& fact = document_.facts.emplace_back();
    fact.kind = kind;
    fact.position = here();
    fact.hidden = hidden_depth_ > 0;
    std::string name, scale, continued_at;
    for (int i = 0; i < attributes.getLength(); ++i) {
        const XMLString& attribute_uri = attributes.getURI(i);
        const XMLString& attribute = attributes.getLocalName(i);
        const XMLString& value = attributes.getValue(i);
        if (attribute_uri == xsi_uri) {
            if (attribute == "nil") fact.nil = trimmed(value) == "true" || trimmed(value) == "1";
            continue;
        }
        if (!attribute_uri.empty()) continue;
        if (attribute == "name") name = value;
        else if (attribute == "contextRef") fact.context_ref = trimmed(value);
        else if (attribute == "unitRef") fact.unit_ref = trimmed(value);
        else if (attribute == "decimals") fact.decimals = trimmed(value);
        else if (attribute == "precision") fact.precision = trimmed(value);
        else if (attribute == "format") fact.format = resolve(value);
        else if (attribute == "scale") scale = trimmed(value);
        else if (attribute == "sign") fact.negated = trimmed(value) == "-";
        else if (attribute == "id") fact.id = value;
        else if (attribute == "continuedAt") continued_at = trimmed(value);
    }
    if (inline_fact) {
        if (name.empty() || fact.context_ref.empty()) {
            warn("IXB001", std::string("an ix:") + (kind == Fact::Kind::Numeric ? "nonFraction" : "nonNumeric") +
                               " has no " + (name.empty() ? "name" : "contextRef") +
                               "; it is not a fact and is left out");
            document_.facts.pop_back();
            opened_.push_back(Opened::Nothing);
            return;
        }
        fact.concept_name = resolve(name);
        if (kind == Fact::Kind::Numeric && fact.unit_ref.empty())
            warn("IXB002", "the ix:nonFraction '" + fact.concept_name.text() + "' has no unitRef");
        if (!scale.empty()) {
            int value = 0;
            const auto [end, error] = std::from_chars(scale.data(), scale.data() + scale.size(), value);
            if (error != std::errc() || end != scale.data() + scale.size() || value < -30 || value > 30) {
                warn("IXB003", "the scale '" + scale + "' of '" + fact.concept_name.text() +
                                   "' is not a whole number from -30 to 30; the fact has no value");
                fact.value_known = false;
            } else {
                fact.scale = value;
            }
        }
    } else {
        // format, scale and sign are inline XBRL's; an instance writes the value itself.
        if (fact.format)
            warn("IXB012", "the attribute format=\"" + fact.format->text() +
                               "\" has no meaning in an XBRL instance and is ignored");
        if (!scale.empty() || fact.negated)
            warn("IXB012", std::string("the attribute ") + (scale.empty() ? "sign" : "scale") +
                               " has no meaning in an XBRL instance (it writes the value itself) and is ignored");
        fact.format.reset();
        fact.negated = false;
    }
    fact_text_.emplace_back();
    const std::size_t index = document_.facts.size() - 1;
    if (!continued_at.empty()) continued_at_[index] = continued_at;
    collectors_.push_back(Collector{index, exclude_depth_, {}});
    opened_.push_back(Opened::Fact);
}

void Reader::start_xbrli(const XMLString& local, const Attributes& attributes) {
    // A context or unit inside another is not XBRL, and would leave the outer one's end
    // with nothing to finish.
    if ((local == "context" && context_) || (local == "unit" && unit_))
        throw ReadError(here(), "an xbrli:" + local + " inside another xbrli:" + local);
    if (local == "context") {
        context_ = Context{};
        context_->id = trimmed(attributes.getValue("", "id"));
        context_->position = here();
        opened_.push_back(Opened::Context);
    } else if (local == "unit") {
        unit_ = Unit{};
        unit_->id = trimmed(attributes.getValue("", "id"));
        unit_->position = here();
        in_denominator_ = false;
        opened_.push_back(Opened::Unit);
    } else if (context_ && local == "identifier") {
        context_->identifier_scheme = trimmed(attributes.getValue("", "scheme"));
        capture(Opened::Identifier);
    } else if (context_ && local == "instant") {
        context_->period = Context::PeriodKind::Instant;
        capture(Opened::Instant);
    } else if (context_ && local == "startDate") {
        context_->period = Context::PeriodKind::Duration;
        capture(Opened::StartDate);
    } else if (context_ && local == "endDate") {
        context_->period = Context::PeriodKind::Duration;
        capture(Opened::EndDate);
    } else if (context_ && local == "forever") {
        context_->period = Context::PeriodKind::Forever;
        opened_.push_back(Opened::Nothing);
    } else if (unit_ && local == "measure") {
        capture(Opened::Measure);
    } else if (unit_ && local == "unitDenominator") {
        in_denominator_ = true;
        opened_.push_back(Opened::Denominator);
    } else {
        opened_.push_back(Opened::Nothing);  // entity, period, segment, scenario, divide, ...
    }
}

void Reader::start_dimension(const XMLString& local, const Attributes& attributes) {
    if (!context_ || (local != "explicitMember" && local != "typedMember")) {
        opened_.push_back(Opened::Nothing);
        return;
    }
    if (member_) throw ReadError(here(), "an xbrldi:" + local + " inside another dimension member");
    member_ = DimensionMember{};
    member_->dimension = resolve(attributes.getValue("", "dimension"));
    capture(local == "explicitMember" ? Opened::ExplicitMember : Opened::TypedMember);
}

void Reader::end_captured(Opened what) {
    capturing_ = false;
    const std::string text = trimmed(captured_);
    switch (what) {
        case Opened::Identifier: context_->identifier = text; break;
        case Opened::Instant: context_->instant = text; break;
        case Opened::StartDate: context_->start_date = text; break;
        case Opened::EndDate: context_->end_date = text; break;
        case Opened::Measure: (in_denominator_ ? unit_->denominator : unit_->numerator).push_back(resolve(text)); break;
        case Opened::ExplicitMember:
            member_->member = resolve(text);
            context_->dimensions.push_back(std::move(*member_));
            member_.reset();
            break;
        case Opened::TypedMember:
            member_->typed_value = collapsed(text);
            context_->dimensions.push_back(std::move(*member_));
            member_.reset();
            break;
        default: break;
    }
}

void Reader::endElement(const XMLString&, const XMLString&, const XMLString&) {
    const Opened what = opened_.back();
    opened_.pop_back();
    switch (what) {
        case Opened::Fact: {
            Collector collector = std::move(collectors_.back());
            collectors_.pop_back();
            Fact& fact = document_.facts[collector.index];
            if (fact.kind == Fact::Kind::Numeric) finish_numeric(fact, collector.text);
            else fact_text_[collector.index] = std::move(collector.text);  // continuations come later
            break;
        }
        case Opened::Continuation: {
            Collector collector = std::move(collectors_.back());
            collectors_.pop_back();
            continuations_[continuation_ids_[collector.index]].text = std::move(collector.text);
            break;
        }
        case Opened::Exclude: --exclude_depth_; break;
        case Opened::Hidden: --hidden_depth_; break;
        case Opened::Context:
            if (!context_ids_.insert(context_->id).second)
                throw ReadError(context_->position, "two contexts have the id '" + context_->id + "'");
            if (context_->identifier.empty())
                warn_at(context_->position, "IXB006", "the context '" + context_->id + "' names no entity");
            document_.contexts.push_back(std::move(*context_));
            context_.reset();
            break;
        case Opened::Unit:
            if (!unit_ids_.insert(unit_->id).second)
                throw ReadError(unit_->position, "two units have the id '" + unit_->id + "'");
            document_.units.push_back(std::move(*unit_));
            unit_.reset();
            break;
        case Opened::Denominator: in_denominator_ = false; break;
        case Opened::Nothing: break;
        default: end_captured(what); break;
    }
}

std::optional<std::string> Reader::formatted(const Fact& fact, const std::string& text) {
    const Transformation result = transform(*fact.format, text);
    const std::string what = "'" + fact.concept_name.text() + "' (\"" + fact.raw_text + "\")";
    switch (result.outcome) {
        case Transformation::Outcome::Applied: return result.value;
        case Transformation::Outcome::OtherRegistry:
            warn_at(fact.position, "IXB008",
                    "the format '" + fact.format->text() + "' of " + what +
                        " is not in the registry of its namespace; read as transformation registry " +
                        std::to_string(result.registry) + " defines it");
            return result.value;
        case Transformation::Outcome::UnknownFormat:
            warn_at(fact.position, "IXB007",
                    "the format '" + fact.format->text() + "' (" +
                        (fact.format->namespace_uri.empty() ? "no namespace" : fact.format->namespace_uri) + ") of " +
                        what + " is not in any transformation registry; the text is kept and the fact has no value");
            return std::nullopt;
        case Transformation::Outcome::UnsupportedFormat:
            warn_at(fact.position, "IXB009",
                    "the format '" + fact.format->text() + "' of " + what +
                        " is for a language or calendar this reader does not read; the text is kept and the fact "
                        "has no value");
            return std::nullopt;
        case Transformation::Outcome::InvalidText:
            warn_at(fact.position, "IXB004",
                    "the text of " + what + " is not valid for its format '" + fact.format->text() +
                        "'; the fact has no value");
            return std::nullopt;
    }
    return std::nullopt;
}

void Reader::finish_numeric(Fact& fact, const std::string& text) {
    fact.raw_text = collapsed(text);
    if (fact.nil) {
        fact.value.clear();
        return;
    }
    if (!fact.value_known) return;  // a bad scale, already reported
    std::optional<std::string> magnitude;
    if (fact.format) {
        magnitude = formatted(fact, text);
        if (magnitude && !magnitude->empty() && !plain_decimal(*magnitude, false)) {
            warn_at(fact.position, "IXB004", "the format '" + fact.format->text() + "' of '" +
                                                 fact.concept_name.text() + "' does not give a number");
            magnitude.reset();
        }
    } else {
        magnitude = plain_decimal(text, document_.format == Document::Format::XbrlInstance);
        if (!magnitude)
            warn_at(fact.position, "IXB004",
                    "the text \"" + fact.raw_text + "\" of '" + fact.concept_name.text() +
                        "' is not a decimal number and it has no format; the fact has no value");
    }
    if (!magnitude || magnitude->empty()) {
        fact.value_known = false;
        return;
    }
    const bool negative_text = magnitude->front() == '-';
    std::string value = scaled(negative_text ? magnitude->substr(1) : *magnitude, fact.scale);
    if ((fact.negated != negative_text) && value != "0") value.insert(0, 1, '-');
    fact.number = number_of(value);
    fact.value = std::move(value);
}

void Reader::finish_non_numeric(Fact& fact, const std::string& text) {
    fact.raw_text = collapsed(text);
    if (fact.nil) return;
    if (!fact.format) {
        fact.value = fact.raw_text;
        return;
    }
    if (auto value = formatted(fact, text)) fact.value = std::move(*value);
    else fact.value_known = false;
}

void Reader::finish() {
    if (!instance_ && !inline_ix10_ && !inline_ix11_)
        throw ReadError(Position{1, 1}, "no inline XBRL in it: no element is in the iXBRL namespace "
                                        "(http://www.xbrl.org/2013/inlineXBRL or http://www.xbrl.org/2008/inlineXBRL)");
    if (!instance_) {
        document_.format = inline_ix11_ ? Document::Format::InlineXbrl11 : Document::Format::InlineXbrl10;
    }
    for (std::size_t i = 0; i < document_.facts.size(); ++i) {
        Fact& fact = document_.facts[i];
        if (fact.kind != Fact::Kind::NonNumeric) continue;
        std::string text = std::move(fact_text_[i]);
        if (const auto first = continued_at_.find(i); first != continued_at_.end()) {
            std::string next = first->second;
            std::set<std::string> seen;
            while (!next.empty()) {
                const auto it = continuations_.find(next);
                if (it == continuations_.end()) {
                    warn_at(fact.position, "IXB005",
                            "'" + fact.concept_name.text() + "' continues at '" + next + "', which is not an ix:continuation of the document");
                    break;
                }
                if (!seen.insert(next).second) {
                    warn_at(fact.position, "IXB005",
                            "the continuations of '" + fact.concept_name.text() + "' loop back to '" + next + "'");
                    break;
                }
                text += it->second.text;  // joined as written: iXBRL adds no separator
                next = it->second.continued_at;
            }
        }
        finish_non_numeric(fact, text);
    }
    document_.build_index();
    for (const Fact& fact : document_.facts) {
        if (!document_.find_context(fact.context_ref))
            warn_at(fact.position, "IXB006",
                    "'" + fact.concept_name.text() + "' refers to the context '" + fact.context_ref +
                        "', which the document does not define");
        if (!fact.unit_ref.empty() && !document_.find_unit(fact.unit_ref))
            warn_at(fact.position, "IXB006",
                    "'" + fact.concept_name.text() + "' refers to the unit '" + fact.unit_ref +
                        "', which the document does not define");
    }
}

/// About how many facts a document holds (each has a contextRef), so that the fact
/// vector is allocated once: a large filing holds tens of thousands.
std::size_t facts_in(std::string_view content) {
    std::size_t count = 0;
    for (std::size_t at = content.find("contextRef"); at != std::string_view::npos; at = content.find("contextRef", at + 10))
        ++count;
    return count;
}

std::string message_of(const Poco::XML::SAXParseException& error) {
    std::string message = error.message();
    // Poco appends " [in line L column C]"; the position is reported on its own.
    if (const auto at = message.find(" [in line"); at != std::string::npos) message.erase(at);
    return message.empty() ? error.displayText() : message;
}

}  // namespace

std::string Unit::text() const {
    const auto join = [](const std::vector<QualifiedName>& names) {
        std::string out;
        for (const QualifiedName& name : names) out += (out.empty() ? "" : "*") + name.text();
        return out;
    };
    return denominator.empty() ? join(numerator) : join(numerator) + '/' + join(denominator);
}

void Document::build_index() {
    context_index_.clear();
    unit_index_.clear();
    for (std::size_t i = 0; i < contexts.size(); ++i) context_index_.emplace(contexts[i].id, i);
    for (std::size_t i = 0; i < units.size(); ++i) unit_index_.emplace(units[i].id, i);
}

const Context* Document::find_context(const std::string& id) const {
    if (context_index_.size() == contexts.size()) {
        const auto it = context_index_.find(id);
        return it == context_index_.end() ? nullptr : &contexts[it->second];
    }
    for (const Context& context : contexts)  // not indexed (built by hand)
        if (context.id == id) return &context;
    return nullptr;
}

const Unit* Document::find_unit(const std::string& id) const {
    if (unit_index_.size() == units.size()) {
        const auto it = unit_index_.find(id);
        return it == unit_index_.end() ? nullptr : &units[it->second];
    }
    for (const Unit& unit : units)
        if (unit.id == id) return &unit;
    return nullptr;
}

std::vector<std::string> Document::entity_identifiers() const {
    std::vector<std::string> identifiers;
    for (const Context& context : contexts)
        if (!context.identifier.empty() &&
            std::find(identifiers.begin(), identifiers.end(), context.identifier) == identifiers.end())
            identifiers.push_back(context.identifier);
    return identifiers;
}

std::string_view format_name(Document::Format format) {
    switch (format) {
        case Document::Format::InlineXbrl10: return "iXBRL 1.0";
        case Document::Format::InlineXbrl11: return "iXBRL 1.1";
        case Document::Format::XbrlInstance: return "XBRL 2.1 instance";
    }
    return "?";
}

Document read_document(std::string_view original) {
    const std::optional<std::string> replaced = replace_html_entities(original);
    const std::string_view content = replaced ? std::string_view(*replaced) : original;
    Reader reader(facts_in(content));
    Poco::XML::SAXParser parser;
    parser.setFeature(Poco::XML::XMLReader::FEATURE_NAMESPACES, true);
    parser.setFeature(Poco::XML::XMLReader::FEATURE_NAMESPACE_PREFIXES, true);
    parser.setFeature(Poco::XML::XMLReader::FEATURE_EXTERNAL_GENERAL_ENTITIES, false);
    parser.setFeature(Poco::XML::XMLReader::FEATURE_EXTERNAL_PARAMETER_ENTITIES, false);
    parser.setContentHandler(&reader);
    // Poco hands expat the size as an int.
    if (content.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
        throw ReadError(Position{}, "larger than 2 GB: not read");
    try {
        // ReadError is thrown from inside the parser's callbacks, through expat's C frames,
        // as Poco itself does with its SAX exceptions (Debian builds expat with unwind tables).
        parser.parseMemoryNP(content.data(), content.size());
    } catch (const Poco::XML::SAXParseException& error) {
        throw ReadError(Position{static_cast<std::size_t>(error.getLineNumber()),
                                 static_cast<std::size_t>(error.getColumnNumber()) + 1},
                        "not well-formed XML: " + message_of(error));
    } catch (const Poco::Exception& error) {  // expat out of memory, an unknown error code
        throw ReadError(Position{}, "the XML parser failed: " + error.displayText());
    }
    return reader.take();
}

}  // namespace oversight::ixbrl
