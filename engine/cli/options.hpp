/// \file options.hpp
/// \brief Options several commands share, declared and parsed in one place.
#pragma once

#include <optional>
#include <string>

#include <Poco/Util/OptionSet.h>

#include "engine/cli/command.hpp"
#include "fixtures/generator/market_generator.hpp"
#include "reports/tables/table_renderers.hpp"

namespace oversight {

void add_db_option(Poco::Util::OptionSet& options);
void add_format_option(Poco::Util::OptionSet& options);
void add_max_diagnostics_option(Poco::Util::OptionSet& options);
/// --as-of DATE; `meaning` says what the date is for this command (its default included).
void add_as_of_option(Poco::Util::OptionSet& options, const std::string& meaning);

/// --format table|csv|json (default table); UsageError otherwise.
TableFormat table_format(const Arguments& arguments);
/// --max-diagnostics N (default 200).
std::size_t max_diagnostics(const Arguments& arguments);
/// --as-of YYYY-MM-DD, if given.
std::optional<Date> as_of_option(const Arguments& arguments);
/// --NAME YYYY-MM-DD, if given; UsageError for anything but a date.
std::optional<Date> date_option(const Arguments& arguments, const std::string& name);
/// --NAME as a whole number in [low, high], if given; UsageError otherwise.
std::optional<long long> whole_option(const Arguments& arguments, const std::string& name, long long low,
                                      long long high);
/// --scale small|england (default england) and --seed N (default 1).
GeneratorOptions generator_options(const Arguments& arguments);

}  // namespace oversight
