// `oversight curve`: the SONIA curve of a date, bootstrapped with QuantLib.
#include "engine/cli/curve_command.hpp"

#include <Poco/Util/Option.h>

#include <stdexcept>

#include "engine/cli/options.hpp"
#include "engine/cli/pipeline.hpp"
#include "models/debt/sonia_curve.hpp"
#include "models/rates/base_rate.hpp"
#include "reports/builders/curve_table.hpp"
#include "reports/tables/table_renderers.hpp"

namespace oversight {
namespace {

using Poco::Util::Option;
using Poco::Util::OptionSet;

class CurveCommand final : public Command {
public:
    std::string name() const override { return "curve"; }
    std::string summary() const override { return "The SONIA curve bootstrapped from curves.csv: zero and forward rates."; }
    std::string usage() const override { return "[--as-of DATE] [--format table|csv|json] [--db FILE]"; }
    std::string description() const override {
        return "Bootstraps the SONIA curve of one date from the stored deposit and OIS quotes with QuantLib "
               "(piecewise log-linear discount factors, UK calendar, Act/365F) and prints, for each quoted and "
               "standard tenor, the discount factor, the annually compounded zero rate and the 3-month forward. "
               "Default date: the latest curve date in the store.";
    }
    void define_options(OptionSet& options) const override {
        add_as_of_option(options, "Curve date (default: the latest in curves.csv).");
        add_format_option(options);
        add_db_option(options);
    }
    int run(const Arguments& arguments, CommandContext& context) const override {
        const TableFormat format = table_format(arguments);
        const std::optional<Date> given = as_of_option(arguments);
        const StoredMarket stored = load_stored_market(arguments.value("db", default_store_location));
        const std::optional<Date> latest = latest_sonia_date(stored.market);
        if (!given && !latest) throw std::runtime_error("the store holds no SONIA quotes (curves.csv)");
        render_table(curve_table(sonia_curve_report(stored.market.data().curves, given.value_or(*latest))), format,
                     context.out);
        return exit_ok;
    }
};

}  // namespace

std::unique_ptr<Command> curve_command() { return std::make_unique<CurveCommand>(); }

}  // namespace oversight
