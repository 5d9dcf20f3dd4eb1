// `oversight risk`: every group's failure risk and stage, the watchlist of the
// difficult-to-replace groups, or everything behind one group's stage.
#include "engine/cli/risk_command.hpp"

#include <Poco/Util/Option.h>

#include "engine/cli/options.hpp"
#include "engine/cli/pipeline.hpp"
#include "models/watchlist/watchlist.hpp"
#include "reports/builders/watchlist_tables.hpp"
#include "reports/tables/table_renderers.hpp"

namespace oversight {
namespace {

using Poco::Util::Option;
using Poco::Util::OptionSet;

class RiskCommand final : public Command {
public:
    std::string name() const override { return "risk"; }
    std::string summary() const override {
        return "Failure risk and oversight stage of each group; the watchlist; one group in full.";
    }
    std::string usage() const override {
        return "[--watchlist] [--group ID] [--format table|csv|json] [--db FILE] [--as-of DATE]";
    }
    std::string description() const override {
        return "Health, failure-risk scores (Altman Z'', Z', Z, Taffler, Ohlson), the cash-flow default "
               "probability, the composite risk score (0-100) and oversight stage (1-6) of every group, with "
               "whether it is difficult to replace and the councils to warn. --watchlist keeps the groups in "
               "scope, riskiest first; --group ID prints every figure behind one group's stage. Methods and "
               "thresholds: README 'Failure risk' and docs/configuration.md.";
    }
    void define_options(OptionSet& options) const override {
        options.addOption(Option("watchlist", "w", "Only the difficult-to-replace groups, riskiest first."));
        options.addOption(Option("group", "g", "Every figure behind one group's stage (top parent id).").argument("ID"));
        add_as_of_option(options, "Date of the facilities and placements (default: latest date in the data).");
        add_format_option(options);
        add_db_option(options);
    }
    int run(const Arguments& arguments, CommandContext& context) const override {
        const TableFormat format = table_format(arguments);
        const std::optional<Date> as_of_given = as_of_option(arguments);
        if (arguments.has("watchlist") && arguments.has("group"))
            throw UsageError("--watchlist and --group: choose one");
        const StoredMarket stored = load_stored_market(arguments.value("db", default_store_location));
        const Date as_of = as_of_given.value_or(stored.market.latest_date());
        const Watchlist watchlist = compute_watchlist(stored.market, context.assumptions, as_of);
        if (arguments.has("group")) {
            const std::string id = arguments.value("group");
            for (const WatchlistEntry& entry : watchlist.groups)
                if (entry.profile.group_id == id) {
                    render_tables(group_risk_tables(watchlist, entry), format, context.out);
                    return exit_ok;
                }
            const Entity* entity = stored.market.find_entity(id);
            throw std::runtime_error(
                entity ? "'" + id + "' is not a group with settings; its group is " + stored.market.group_of(id)
                       : "no entity '" + id + "' in the store");
        }
        render_table(watchlist_table(watchlist, arguments.has("watchlist")), format, context.out);
        return exit_ok;
    }
};

}  // namespace

std::unique_ptr<Command> risk_command() { return std::make_unique<RiskCommand>(); }

}  // namespace oversight
