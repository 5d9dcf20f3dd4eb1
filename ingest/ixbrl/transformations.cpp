#include "ingest/ixbrl/transformations.hpp"

#include "ingest/ixbrl/decimal_text.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <optional>
#include <vector>

namespace oversight::ixbrl {
namespace {

// --- The registries ------------------------------------------------------------------

constexpr std::string_view tr1_uri = "http://www.xbrl.org/inlineXBRL/transformation/2010-04-20";
constexpr std::string_view tr1_pre_rec_uri = "http://www.xbrl.org/2008/inlineXBRL/transformation";
constexpr std::string_view tr2_uri = "http://www.xbrl.org/inlineXBRL/transformation/2011-07-31";
constexpr std::string_view tr3_uri = "http://www.xbrl.org/inlineXBRL/transformation/2015-02-26";
constexpr std::string_view tr4_uri = "http://www.xbrl.org/inlineXBRL/transformation/2020-02-12";

/// What a format does. Dates name the order of their parts; `N` in a date kind means the
/// month is written as an English name.
enum class Rule {
    // numbers: thousands separators and the decimal mark
    CommaThousandsDotDecimal,   // TR1 numcommadot
    DotThousandsCommaDecimal,   // TR1 numdotcomma
    SpaceThousandsDotDecimal,   // TR1 numspacedot
    SpaceThousandsCommaDecimal, // TR1 numspacecomma
    CommaDecimal,               // TR1 numcomma
    DotDecimal,                 // TR2-3 numdotdecimal: thousands ',' ' ' or no-break space, in threes
    CommaDecimalAnyThousands,   // TR2-3 numcommadecimal: thousands '.' ' ' or no-break space, in threes
    DotDecimalFree,             // TR4 num-dot-decimal: the same separators anywhere ("1,23,456"), ".5" allowed
    CommaDecimalFree,           // TR4 num-comma-decimal
    UnitDecimal,                // TR2-4 numunitdecimal: "5 pounds 25 pence" -> 5.25
    Dash,                       // TR1 numdash: "-" only
    ZeroDash,                   // TR2-3 zerodash: any dash character
    // fixed values, whatever the text
    FixedZero, FixedEmpty, FixedFalse, FixedTrue,
    // dates
    DayMonthYear, MonthDayYear, YearMonthDay, DayMonth, MonthDay, MonthYear, YearMonth,
    DayNameYear, NameDayYear, DayName, NameDay, NameYear, YearName,
    Unsupported
};

struct FormatDefinition {
    std::string_view name;
    Rule rule;
};

constexpr std::array tr1_formats = {
    FormatDefinition{"numcommadot", Rule::CommaThousandsDotDecimal},
    FormatDefinition{"numdotcomma", Rule::DotThousandsCommaDecimal},
    FormatDefinition{"numspacedot", Rule::SpaceThousandsDotDecimal},
    FormatDefinition{"numspacecomma", Rule::SpaceThousandsCommaDecimal},
    FormatDefinition{"numcomma", Rule::CommaDecimal},
    FormatDefinition{"numdash", Rule::Dash},
    FormatDefinition{"dateslasheu", Rule::DayMonthYear},
    FormatDefinition{"dateslashus", Rule::MonthDayYear},
    FormatDefinition{"datedoteu", Rule::DayMonthYear},
    FormatDefinition{"datedotus", Rule::MonthDayYear},
    FormatDefinition{"datelonguk", Rule::DayNameYear},
    FormatDefinition{"dateshortuk", Rule::DayNameYear},
    FormatDefinition{"datelongus", Rule::NameDayYear},
    FormatDefinition{"dateshortus", Rule::NameDayYear},
    FormatDefinition{"datelongdaymonthuk", Rule::DayName},
    FormatDefinition{"dateshortdaymonthuk", Rule::DayName},
    FormatDefinition{"datelongmonthdayus", Rule::NameDay},
    FormatDefinition{"dateshortmonthdayus", Rule::NameDay},
    FormatDefinition{"dateslashdaymontheu", Rule::DayMonth},
    FormatDefinition{"dateslashmonthdayus", Rule::MonthDay},
    FormatDefinition{"datelongyearmonth", Rule::YearName},
    FormatDefinition{"dateshortyearmonth", Rule::YearName},
    FormatDefinition{"datelongmonthyear", Rule::NameYear},
    FormatDefinition{"dateshortmonthyear", Rule::NameYear},
};

constexpr std::array tr2_formats = {
    FormatDefinition{"booleanfalse", Rule::FixedFalse},
    FormatDefinition{"booleantrue", Rule::FixedTrue},
    FormatDefinition{"nocontent", Rule::FixedEmpty},
    FormatDefinition{"zerodash", Rule::ZeroDash},
    FormatDefinition{"numdotdecimal", Rule::DotDecimal},
    FormatDefinition{"numcommadecimal", Rule::CommaDecimalAnyThousands},
    FormatDefinition{"numunitdecimal", Rule::UnitDecimal},
    FormatDefinition{"datedaymonth", Rule::DayMonth},
    FormatDefinition{"datedaymonthen", Rule::DayName},
    FormatDefinition{"datedaymonthyear", Rule::DayMonthYear},
    FormatDefinition{"datedaymonthyearen", Rule::DayNameYear},
    FormatDefinition{"datemonthday", Rule::MonthDay},
    FormatDefinition{"datemonthdayen", Rule::NameDay},
    FormatDefinition{"datemonthdayyear", Rule::MonthDayYear},
    FormatDefinition{"datemonthdayyearen", Rule::NameDayYear},
    FormatDefinition{"datemonthyearen", Rule::NameYear},
    FormatDefinition{"dateyearmonthen", Rule::YearName},
    FormatDefinition{"dateerayearmonthdayjp", Rule::Unsupported},
    FormatDefinition{"dateerayearmonthjp", Rule::Unsupported},
    FormatDefinition{"dateyearmonthdaycjk", Rule::Unsupported},
    FormatDefinition{"dateyearmonthcjk", Rule::Unsupported},
};

/// Registry 3 is registry 2 plus these.
constexpr std::array tr3_additions = {
    FormatDefinition{"datemonthyear", Rule::MonthYear},
    FormatDefinition{"dateyearmonthday", Rule::YearMonthDay},
    FormatDefinition{"calindaymonthyear", Rule::Unsupported},
    FormatDefinition{"datedaymonthdk", Rule::Unsupported},
    FormatDefinition{"datedaymonthyeardk", Rule::Unsupported},
    FormatDefinition{"datedaymonthyearin", Rule::Unsupported},
    FormatDefinition{"datemonthyeardk", Rule::Unsupported},
    FormatDefinition{"datemonthyearin", Rule::Unsupported},
    FormatDefinition{"numdotdecimalin", Rule::Unsupported},
    FormatDefinition{"numunitdecimalin", Rule::Unsupported},
};

/// Registry 4 renamed everything; the other languages' month names follow a pattern
/// (tr4_unsupported) rather than being listed.
constexpr std::array tr4_formats = {
    FormatDefinition{"fixed-zero", Rule::FixedZero},
    FormatDefinition{"fixed-empty", Rule::FixedEmpty},
    FormatDefinition{"fixed-false", Rule::FixedFalse},
    FormatDefinition{"fixed-true", Rule::FixedTrue},
    FormatDefinition{"num-dot-decimal", Rule::DotDecimalFree},
    FormatDefinition{"num-comma-decimal", Rule::CommaDecimalFree},
    FormatDefinition{"num-unit-decimal", Rule::UnitDecimal},
    FormatDefinition{"date-day-month", Rule::DayMonth},
    FormatDefinition{"date-day-month-year", Rule::DayMonthYear},
    FormatDefinition{"date-month-day", Rule::MonthDay},
    FormatDefinition{"date-month-day-year", Rule::MonthDayYear},
    FormatDefinition{"date-month-year", Rule::MonthYear},
    FormatDefinition{"date-year-month", Rule::YearMonth},
    FormatDefinition{"date-year-month-day", Rule::YearMonthDay},
    FormatDefinition{"date-day-monthname-en", Rule::DayName},
    FormatDefinition{"date-day-monthname-year-en", Rule::DayNameYear},
    FormatDefinition{"date-monthname-day-en", Rule::NameDay},
    FormatDefinition{"date-monthname-day-year-en", Rule::NameDayYear},
    FormatDefinition{"date-monthname-year-en", Rule::NameYear},
    FormatDefinition{"date-year-monthname-en", Rule::YearName},
    FormatDefinition{"numdotdecimalin", Rule::Unsupported},
};

/// TR4's date formats for other languages and calendars: date-...-monthname-XX (XX not
/// en), date-...-monthroman..., date-jpn-era-..., date-ind-....
bool tr4_unsupported(std::string_view name) {
    if (!name.starts_with("date-")) return false;
    if (name.find("monthroman") != std::string_view::npos || name.starts_with("date-jpn-") ||
        name.starts_with("date-ind-"))
        return true;
    return name.find("monthname") != std::string_view::npos && !name.ends_with("-en");
}

template <std::size_t N>
std::optional<Rule> find_in(const std::array<FormatDefinition, N>& formats, std::string_view name) {
    for (const FormatDefinition& f : formats)
        if (f.name == name) return f.rule;
    return std::nullopt;
}

std::optional<Rule> rule_in_registry(int registry, std::string_view name) {
    switch (registry) {
        case 1: return find_in(tr1_formats, name);
        case 2: return find_in(tr2_formats, name);
        case 3:
            if (auto rule = find_in(tr2_formats, name)) return rule;
            return find_in(tr3_additions, name);
        case 4:
            if (auto rule = find_in(tr4_formats, name)) return rule;
            if (tr4_unsupported(name)) return Rule::Unsupported;
            return std::nullopt;
        default: return std::nullopt;
    }
}

// --- Text helpers ----------------------------------------------------------------------

constexpr std::string_view no_break_space = "\xC2\xA0";

/// Trims XML white space and no-break spaces from both ends.
std::string_view trim(std::string_view text) {
    for (;;) {
        if (!text.empty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '\n' ||
                              text.front() == '\r'))
            text.remove_prefix(1);
        else if (text.starts_with(no_break_space))
            text.remove_prefix(no_break_space.size());
        else
            break;
    }
    for (;;) {
        if (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\n' ||
                              text.back() == '\r'))
            text.remove_suffix(1);
        else if (text.ends_with(no_break_space))
            text.remove_suffix(no_break_space.size());
        else
            break;
    }
    return text;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

/// A number written with thousands separators from `separators` (each a UTF-8 sequence)
/// and the decimal mark `decimal_mark`. Groups after the first have exactly three digits;
/// a number may also be written with no separators at all.
std::optional<std::string> grouped_number(std::string_view text, const std::vector<std::string_view>& separators,
                                          char decimal_mark) {
    text = trim(text);
    std::string whole;
    std::size_t i = 0;
    std::size_t group = 0;  // digits in the current group
    bool separated = false;
    while (i < text.size()) {
        if (is_digit(text[i])) {
            whole += text[i++];
            ++group;
            continue;
        }
        bool matched = false;
        for (std::string_view separator : separators) {
            if (text.substr(i).starts_with(separator)) {
                // A separator closes a group: the first of 1-3 digits, the others exactly 3.
                if (group == 0 || group > 3 || (separated && group != 3)) return std::nullopt;
                separated = true;
                group = 0;
                i += separator.size();
                matched = true;
                break;
            }
        }
        if (!matched) break;
    }
    if (separated && group != 3) return std::nullopt;
    std::string fraction;
    if (i < text.size() && text[i] == decimal_mark) {
        ++i;
        while (i < text.size() && is_digit(text[i])) fraction += text[i++];
        if (fraction.empty()) return std::nullopt;
    }
    // Registries 1 to 3 want a digit before the decimal mark.
    if (i != text.size() || whole.empty()) return std::nullopt;
    return canonical_decimal(whole, fraction);
}

/// Registry 4's relaxed numbers: separators from `separators` anywhere between digits,
/// then optionally the decimal mark and digits; a number may start at the mark (".5").
std::optional<std::string> free_number(std::string_view text, const std::vector<std::string_view>& separators,
                                       char decimal_mark) {
    text = trim(text);
    std::string whole;
    std::size_t i = 0;
    bool after_separator = false;
    while (i < text.size()) {
        if (is_digit(text[i])) {
            whole += text[i++];
            after_separator = false;
            continue;
        }
        bool matched = false;
        for (std::string_view separator : separators)
            if (!whole.empty() && !after_separator && text.substr(i).starts_with(separator)) {
                i += separator.size();
                after_separator = matched = true;
                break;
            }
        if (!matched) break;
    }
    if (after_separator) return std::nullopt;
    std::string fraction;
    if (i < text.size() && text[i] == decimal_mark) {
        ++i;
        while (i < text.size() && is_digit(text[i])) fraction += text[i++];
        if (fraction.empty()) return std::nullopt;
    }
    if (i != text.size() || (whole.empty() && fraction.empty())) return std::nullopt;
    return canonical_decimal(whole.empty() ? "0" : whole, fraction);
}

/// numunitdecimal, "5 pounds 25 pence": a whole number (its thousands grouped in threes by
/// ',', '.', ' ' or a no-break space), a unit that is not a digit, then one or two digits
/// of the minor unit and optionally its name. The major unit's name may not contain digits.
std::optional<std::string> unit_decimal(std::string_view text) {
    text = trim(text);
    std::size_t i = 0;
    while (i < text.size() && (is_digit(text[i]) || text[i] == ',' || text[i] == '.' || text[i] == ' ' ||
                               text.substr(i).starts_with(no_break_space)))
        ++i;
    // The separators end the major part only when a unit name follows them.
    std::string_view major = text.substr(0, i);
    while (!major.empty() && (major.back() == ' ' || major.back() == '.' || major.back() == ','))
        major.remove_suffix(1);
    static const std::vector<std::string_view> groups{",", ".", " ", no_break_space};
    const std::optional<std::string> whole = grouped_number(major, groups, '\0');
    const std::size_t unit_start = i;
    while (i < text.size() && !is_digit(text[i])) ++i;
    if (!whole || i == unit_start) return std::nullopt;
    std::string minor;
    while (i < text.size() && is_digit(text[i])) minor += text[i++];
    if (minor.empty() || minor.size() > 2) return std::nullopt;
    while (i < text.size() && !is_digit(text[i])) ++i;  // the minor unit's name
    if (i != text.size()) return std::nullopt;
    if (minor.size() == 1) minor = "0" + minor;
    return canonical_decimal(*whole, minor);
}

/// The dash characters of zerodash (registry 2): hyphen-minus, U+058A, U+05BE, U+2010 to
/// U+2015, U+FE58, U+FE63 and U+FF0D.
bool is_dash(std::string_view text) {
    static constexpr std::array<std::string_view, 12> dashes = {
        "-", "\xD6\x8A", "\xD7\xBE", "\xE2\x80\x90", "\xE2\x80\x91", "\xE2\x80\x92", "\xE2\x80\x93",
        "\xE2\x80\x94", "\xE2\x80\x95", "\xEF\xB9\x98", "\xEF\xB9\xA3", "\xEF\xBC\x8D"};
    text = trim(text);
    return std::find(dashes.begin(), dashes.end(), text) != dashes.end();
}

// --- Dates ---------------------------------------------------------------------------------

/// The parts of a date as written: runs of digits and runs of letters, in order. Ordinal
/// suffixes ("31st") are dropped; every other character only separates.
struct DateTokens {
    std::vector<std::string> parts;
    std::vector<bool> numeric;
};

DateTokens tokenize_date(std::string_view text) {
    DateTokens tokens;
    std::size_t i = 0;
    while (i < text.size()) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (is_digit(text[i])) {
            std::string run;
            while (i < text.size() && is_digit(text[i])) run += text[i++];
            tokens.parts.push_back(run);
            tokens.numeric.push_back(true);
        } else if (std::isalpha(c)) {
            std::string run;
            while (i < text.size() && std::isalpha(static_cast<unsigned char>(text[i])))
                run += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i++])));
            const bool ordinal = !tokens.parts.empty() && tokens.numeric.back() &&
                                 (run == "st" || run == "nd" || run == "rd" || run == "th");
            if (!ordinal) {
                tokens.parts.push_back(run);
                tokens.numeric.push_back(false);
            }
        } else {
            ++i;
        }
    }
    return tokens;
}

/// 1-12 for an English month name, full or in three letters (and "sept"), any case.
std::optional<unsigned> month_of_name(const std::string& name) {
    static constexpr std::array<std::string_view, 12> names = {
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december"};
    for (unsigned m = 0; m < names.size(); ++m)
        if (name == names[m] || name == names[m].substr(0, 3)) return m + 1;
    if (name == "sept") return 9u;
    return std::nullopt;
}

std::optional<unsigned> number_of(const std::string& digits, std::size_t max_length) {
    if (digits.empty() || digits.size() > max_length) return std::nullopt;
    unsigned value = 0;
    for (char c : digits) value = value * 10 + static_cast<unsigned>(c - '0');
    return value;
}

/// Four digits as written; one or two digits are 20YY (as the registries' own test cases
/// read them); three digits are not a year.
std::optional<unsigned> year_of(const std::string& digits) {
    if (digits.size() == 4) return number_of(digits, 4);
    if (digits.size() == 1 || digits.size() == 2) return 2000 + *number_of(digits, 2);
    return std::nullopt;
}

bool leap(unsigned year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

unsigned days_in(unsigned month, std::optional<unsigned> year) {
    static constexpr std::array<unsigned, 12> days = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && year) return leap(*year) ? 29 : 28;
    return days[month - 1];
}

std::string two_digits(unsigned n) {
    char text[8];
    std::snprintf(text, sizeof text, "%02u", n);
    return text;
}

std::string four_digits(unsigned n) {
    char text[8];
    std::snprintf(text, sizeof text, "%04u", n);
    return text;
}

/// The date in `text` whose parts come in `order` ('D', 'M', 'Y'; 'N' is a month name).
/// Output: YYYY-MM-DD, --MM-DD (no year) or YYYY-MM (no day), the XML Schema forms.
std::optional<std::string> date_value(std::string_view text, std::string_view order) {
    const DateTokens tokens = tokenize_date(text);
    if (tokens.parts.size() != order.size()) return std::nullopt;
    std::optional<unsigned> day, month, year;
    for (std::size_t k = 0; k < order.size(); ++k) {
        const std::string& part = tokens.parts[k];
        const bool numeric = tokens.numeric[k];
        switch (order[k]) {
            case 'D': day = numeric ? number_of(part, 2) : std::nullopt; break;
            case 'M': month = numeric ? number_of(part, 2) : std::nullopt; break;
            case 'N': month = numeric ? std::nullopt : month_of_name(part); break;
            case 'Y': year = numeric ? year_of(part) : std::nullopt; break;
            default: return std::nullopt;
        }
        const bool wanted = order[k] == 'D' ? day.has_value() : order[k] == 'Y' ? year.has_value() : month.has_value();
        if (!wanted) return std::nullopt;
    }
    if (!month || *month < 1 || *month > 12) return std::nullopt;
    const bool has_day = order.find('D') != std::string_view::npos;
    const bool has_year = order.find('Y') != std::string_view::npos;
    if (has_day && (*day < 1 || *day > days_in(*month, year))) return std::nullopt;
    if (has_year && *year == 0) return std::nullopt;
    if (has_year && has_day) return four_digits(*year) + '-' + two_digits(*month) + '-' + two_digits(*day);
    if (has_year) return four_digits(*year) + '-' + two_digits(*month);
    return "--" + two_digits(*month) + '-' + two_digits(*day);
}

std::optional<std::string> apply(Rule rule, std::string_view text) {
    static const std::vector<std::string_view> comma{","}, dot{"."}, space{" ", no_break_space}, none{},
        comma_space{",", " ", no_break_space}, dot_space{".", " ", no_break_space};
    switch (rule) {
        case Rule::CommaThousandsDotDecimal: return grouped_number(text, comma, '.');
        case Rule::DotThousandsCommaDecimal: return grouped_number(text, dot, ',');
        case Rule::SpaceThousandsDotDecimal: return grouped_number(text, space, '.');
        case Rule::SpaceThousandsCommaDecimal: return grouped_number(text, space, ',');
        case Rule::CommaDecimal: return grouped_number(text, none, ',');
        case Rule::DotDecimal: return grouped_number(text, comma_space, '.');
        case Rule::CommaDecimalAnyThousands: return grouped_number(text, dot_space, ',');
        case Rule::DotDecimalFree: return free_number(text, comma_space, '.');
        case Rule::CommaDecimalFree: return free_number(text, dot_space, ',');
        case Rule::UnitDecimal: return unit_decimal(text);
        case Rule::Dash: return trim(text) == "-" ? std::optional<std::string>("0") : std::nullopt;
        case Rule::ZeroDash: return is_dash(text) ? std::optional<std::string>("0") : std::nullopt;
        case Rule::FixedZero: return std::string("0");
        case Rule::FixedEmpty: return std::string();
        case Rule::FixedFalse: return std::string("false");
        case Rule::FixedTrue: return std::string("true");
        case Rule::DayMonthYear: return date_value(text, "DMY");
        case Rule::MonthDayYear: return date_value(text, "MDY");
        case Rule::YearMonthDay: return date_value(text, "YMD");
        case Rule::DayMonth: return date_value(text, "DM");
        case Rule::MonthDay: return date_value(text, "MD");
        case Rule::MonthYear: return date_value(text, "MY");
        case Rule::YearMonth: return date_value(text, "YM");
        case Rule::DayNameYear: return date_value(text, "DNY");
        case Rule::NameDayYear: return date_value(text, "NDY");
        case Rule::DayName: return date_value(text, "DN");
        case Rule::NameDay: return date_value(text, "ND");
        case Rule::NameYear: return date_value(text, "NY");
        case Rule::YearName: return date_value(text, "YN");
        case Rule::Unsupported: return std::nullopt;
    }
    return std::nullopt;
}

}  // namespace

int registry_of(std::string_view namespace_uri) {
    if (namespace_uri == tr1_uri || namespace_uri == tr1_pre_rec_uri) return 1;
    if (namespace_uri == tr2_uri) return 2;
    if (namespace_uri == tr3_uri) return 3;
    if (namespace_uri == tr4_uri) return 4;
    return 0;
}

Transformation transform(const QualifiedName& format, std::string_view text) {
    Transformation result;
    const int own = registry_of(format.namespace_uri);
    std::optional<Rule> rule = own ? rule_in_registry(own, format.local_name) : std::nullopt;
    result.registry = own;
    if (!rule && own == 0) {
        result.outcome = Transformation::Outcome::UnknownFormat;  // not a registry's namespace
        return result;
    }
    if (!rule) {
        // The newest registry that defines the name, when the document's does not.
        for (int registry = 4; registry >= 1 && !rule; --registry) {
            rule = rule_in_registry(registry, format.local_name);
            if (rule) result.registry = registry;
        }
        if (!rule) {
            result.outcome = Transformation::Outcome::UnknownFormat;
            result.registry = 0;
            return result;
        }
        result.outcome = Transformation::Outcome::OtherRegistry;
    }
    if (*rule == Rule::Unsupported) {
        result.outcome = Transformation::Outcome::UnsupportedFormat;
        return result;
    }
    if (auto value = apply(*rule, text)) {
        result.value = std::move(*value);
        return result;
    }
    result.outcome = Transformation::Outcome::InvalidText;
    return result;
}

}  // namespace oversight::ixbrl
