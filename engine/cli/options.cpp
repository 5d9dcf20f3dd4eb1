#include "engine/cli/options.hpp"

#include <Poco/Util/Option.h>

#include <charconv>

namespace oversight {

using Poco::Util::Option;

namespace {
template <typename Number>
Number whole_number(const std::string& option, const std::string& text) {
    Number value{};
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    if (result.ec != std::errc() || result.ptr != text.data() + text.size())
        throw UsageError("--" + option + ": '" + text + "' is not a whole number");
    return value;
}
}  // namespace

void add_db_option(Poco::Util::OptionSet& options) {
    options.addOption(Option("db", "", "Store (default oversight.db, an SQLite file).").argument("FILE"));
}

void add_as_of_option(Poco::Util::OptionSet& options, const std::string& meaning) {
    options.addOption(Option("as-of", "", meaning).argument("DATE"));
}

void add_format_option(Poco::Util::OptionSet& options) {
    options.addOption(Option("format", "f", "table (default), csv or json (docs/json-output.md).").argument("FORMAT"));
}

void add_max_diagnostics_option(Poco::Util::OptionSet& options) {
    options.addOption(Option("max-diagnostics", "", "Print at most N problems (default 200); all are counted.")
                          .argument("N"));
}

std::optional<long long> whole_option(const Arguments& arguments, const std::string& name, long long low,
                                      long long high) {
    if (!arguments.has(name)) return std::nullopt;
    const std::string text = arguments.value(name);
    long long value = 0;
    try {
        value = whole_number<long long>(name, text);
    } catch (const UsageError&) {
        value = low - 1;  // reported below with the range
    }
    if (value < low || value > high)
        throw UsageError("--" + name + ": '" + text + "' is not a whole number from " + std::to_string(low) + " to " +
                         std::to_string(high));
    return value;
}

TableFormat table_format(const Arguments& arguments) {
    const std::string format = arguments.value("format", "table");
    if (format == "table") return TableFormat::Text;
    if (format == "csv") return TableFormat::Csv;
    if (format == "json") return TableFormat::Json;
    throw UsageError("--format: '" + format + "' is not table, csv or json");
}

std::size_t max_diagnostics(const Arguments& arguments) {
    return whole_number<std::size_t>("max-diagnostics", arguments.value("max-diagnostics", "200"));
}

std::optional<Date> date_option(const Arguments& arguments, const std::string& name) {
    if (!arguments.has(name)) return std::nullopt;
    const auto date = Date::parse_iso(arguments.value(name));
    if (!date) throw UsageError("--" + name + ": '" + arguments.value(name) + "' is not a date (YYYY-MM-DD)");
    return date;
}

std::optional<Date> as_of_option(const Arguments& arguments) { return date_option(arguments, "as-of"); }

GeneratorOptions generator_options(const Arguments& arguments) {
    GeneratorOptions options;
    const std::string scale = arguments.value("scale", "england");
    if (scale == "small") options.scale = MarketScale::Small;
    else if (scale == "england") options.scale = MarketScale::England;
    else throw UsageError("--scale: '" + scale + "' is not small or england");
    options.seed = whole_number<std::uint64_t>("seed", arguments.value("seed", "1"));
    return options;
}

}  // namespace oversight
