// `oversight prices`: weekly price distributions for any cut of the placements, with
// disclosure control applied before anything is printed.
#include "engine/cli/prices_command.hpp"

#include <Poco/Util/Option.h>

#include <cmath>
#include <cstdlib>
#include <sstream>
#include <stdexcept>

#include "engine/cli/options.hpp"
#include "engine/cli/pipeline.hpp"
#include "engine/domain/codes.hpp"
#include "models/prices/council_comparison.hpp"
#include "models/prices/disclosure.hpp"
#include "models/prices/hedonic.hpp"
#include "models/prices/price_index.hpp"
#include "models/prices/quote_check.hpp"
#include "models/prices/should_cost.hpp"
#include "models/prices/price_cells.hpp"
#include "reports/builders/price_tables.hpp"
#include "reports/tables/table_renderers.hpp"

namespace oversight {
namespace {

using Poco::Util::Option;
using Poco::Util::OptionSet;

std::vector<PriceDimension> dimensions_option(const std::string& text) {
    std::vector<PriceDimension> by;
    std::stringstream list(text);
    std::string name;
    while (std::getline(list, name, ',')) {
        if (name.empty()) continue;
        const auto d = parse_price_dimension(name);
        if (!d) throw UsageError("--by: '" + name + "' is not one of " + price_dimension_names());
        if (std::find(by.begin(), by.end(), *d) != by.end()) throw UsageError("--by: '" + name + "' is given twice");
        by.push_back(*d);
    }
    return by;
}

/// --region, --rcc, --la, --type and --band (not the period).
PriceFilter filter_options(const Arguments& arguments) {
    const int places = static_cast<int>(arguments.has("region")) + static_cast<int>(arguments.has("rcc")) +
                       static_cast<int>(arguments.has("la"));
    if (places > 1) throw UsageError("--region, --rcc and --la exclude one another");
    PriceFilter filter;
    if (arguments.has("region")) filter.region_code = arguments.value("region");
    if (arguments.has("rcc")) filter.rcc = arguments.value("rcc");
    if (arguments.has("la")) filter.la_code = arguments.value("la");
    if (arguments.has("type")) {
        filter.type = parse_code<PlacementType>(arguments.value("type"));
        if (!filter.type)
            throw UsageError("--type: '" + arguments.value("type") + "' is not one of " + known_codes<PlacementType>());
    }
    if (arguments.has("band")) {
        const std::string band = arguments.value("band");
        if (band.size() != 1 || band[0] < '1' || band[0] > '4') throw UsageError("--band: '" + band + "' is not 1 to 4");
        filter.need_band = band[0] - '0';
    }
    return filter;
}

/// The places named must exist in the data.
void check_places(const Market& market, const PriceFilter& filter) {
    if (filter.region_code && !market.find_region(*filter.region_code))
        throw std::runtime_error("--region: no region '" + *filter.region_code + "' in the data");
    if (filter.la_code && !market.find_la(*filter.la_code))
        throw std::runtime_error("--la: no council '" + *filter.la_code + "' in the data");
    if (filter.rcc) {
        const auto& las = market.data().local_authorities;
        if (std::none_of(las.begin(), las.end(), [&](const LocalAuthority& la) { return la.rcc == filter.rcc; }))
            throw std::runtime_error("--rcc: no council belongs to '" + *filter.rcc + "' in local_authorities.csv");
    }
}

std::optional<double> fee_option(const Arguments& arguments) {
    if (!arguments.has("fee")) return std::nullopt;
    const std::string text = arguments.value("fee");
    char* end = nullptr;
    const double value = std::strtod(text.c_str(), &end);
    if (text.empty() || *end != '\0' || !std::isfinite(value) || value <= 0.0)
        throw UsageError("--fee: '" + text + "' is not a weekly fee above 0");
    return value;
}

class PricesCommand final : public Command {
public:
    std::string name() const override { return "prices"; }
    std::string summary() const override {
        return "What councils pay: weekly price distributions by any cut, under disclosure control.";
    }
    std::string usage() const override {
        return "[cells|councils|hedonic|index|should-cost|quote] [--region CODE | --rcc NAME | --la CODE] [--type T] [--band N] [--by FIELDS] "
               "[--from DATE] [--to DATE] [--measure fee|total] [--weighted] [--no-totals] [--providers] [--fee AMOUNT] [--urn URN] "
               "[--format table|csv|json] [--db FILE]";
    }
    std::string description() const override {
        return "Groups the placements ongoing in the period by the fields of --by (" + price_dimension_names() +
               "; default type,band) and gives each cell's placements, providers, placement-weeks and the "
               "distribution of weekly prices: mean, median, p10, p25, p75, p90, IQR, CV. --measure total adds the "
               "extras to the core fee; --weighted weights each placement by its weeks in the period. Totals over "
               "each field are included unless --no-totals. Every cell passes disclosure control (disclosure.* "
               "keys): a cell with too few placements or providers, or one provider dominating its spend, is "
               "suppressed and says why, and so is any cell a total would give away. Default period: the 12 months "
               "to the end of the latest month in the data; periods are whole months. hedonic: the hedonic model of the log weekly fee on region, type, "
               "need band, age band, route and start year with provider effects, fitted to the placements starting "
               "in the period (default: the five years to the latest month end); with --providers, each provider "
               "group's like-for-like premium (OFFICIAL-SENSITIVE, not for publication). councils: each council against its region and RCC: like-for-like "
               "premium, spot and out-of-area shares, distance from home, under disclosure control. index: a like-for-like price index per region and type over the "
               "start years of the period (default five years), nominal and real (CPI of indices.csv). should-cost "
               "--band N [--region CODE | --la CODE]: the cost build-up of a children's home placement and its fair "
               "price band (should_cost.* keys). quote --la CODE --type T --band N --fee AMOUNT [--urn URN]: where "
               "the quote sits in the region's distribution, its like-for-like premium, the should-cost comparison "
               "and the provider group's margin. --to sets the as-at date. Method: docs/prices.md.";
    }
    std::pair<std::size_t, std::size_t> positional_count() const override { return {0, 1}; }
    void define_options(OptionSet& options) const override {
        options.addOption(Option("region", "", "Councils of one region (ONS code, e.g. E12000002).").argument("CODE"));
        options.addOption(Option("rcc", "", "Councils of one Regional Care Cooperative (its name).").argument("NAME"));
        options.addOption(Option("la", "", "One council (ONS code).").argument("CODE"));
        options.addOption(Option("type", "t", "One placement type (K1, K2, U4, U5, U6, R2, H5, Z1).").argument("T"));
        options.addOption(Option("band", "b", "One need band, 1 to 4.").argument("N"));
        options.addOption(Option("by", "", "Fields to group by, comma-separated (default type,band).").argument("FIELDS"));
        options.addOption(Option("from", "", "First day of the period: the first of a month.").argument("DATE"));
        options.addOption(Option("to", "", "Last day of the period: a month's last (default: the latest in the data).")
                              .argument("DATE"));
        options.addOption(Option("measure", "", "fee (core weekly fee, default) or total (with extras).").argument("M"));
        options.addOption(Option("weighted", "", "Weight each placement by its weeks in the period."));
        options.addOption(Option("no-totals", "", "Leave out the \"all\" rows (totals over each field)."));
        options.addOption(Option("fee", "", "quote: the weekly fee quoted, pounds.").argument("AMOUNT"));
        options.addOption(Option("providers", "", "hedonic: also each provider group's premium (OFFICIAL-SENSITIVE)."));
        options.addOption(Option("urn", "", "quote: the setting quoting (its group's margin is shown).").argument("URN"));
        add_format_option(options);
        add_db_option(options);
    }
    int run(const Arguments& arguments, CommandContext& context) const override {
        // Options are read before the store is opened, so a bad one is a usage error.
        const std::string view_name = arguments.positional.empty() ? "cells" : arguments.positional[0];
        static const std::vector<std::string> views = {"cells", "councils", "hedonic", "index", "should-cost", "quote"};
        if (std::find(views.begin(), views.end(), view_name) == views.end())
            throw UsageError("unknown view '" + view_name + "' (cells, councils, hedonic, index, should-cost, quote)");
        const bool quote = view_name == "quote";
        const std::optional<double> fee = fee_option(arguments);
        if (quote && (!arguments.has("la") || !arguments.has("type") || !arguments.has("band") || !fee))
            throw UsageError("prices quote needs --la CODE --type T --band N --fee AMOUNT");
        if (view_name == "should-cost" && !arguments.has("band")) throw UsageError("prices should-cost needs --band N");
        if (view_name == "should-cost" && arguments.has("rcc"))
            throw UsageError("prices should-cost takes --region or --la (pay differs by region, not by RCC)");
        if (arguments.has("urn") && !quote) throw UsageError("--urn goes with prices quote");
        if (arguments.has("providers") && view_name != "hedonic") throw UsageError("--providers goes with prices hedonic");
        const bool hedonic = view_name == "hedonic", index = view_name == "index";
        const TableFormat format = table_format(arguments);
        const std::vector<PriceDimension> by = dimensions_option(arguments.value("by", "type,band"));
        PriceFilter filter = filter_options(arguments);
        const std::string measure = arguments.value("measure", "fee");
        if (measure != "fee" && measure != "total") throw UsageError("--measure: '" + measure + "' is not fee or total");
        const PriceView view{measure == "fee" ? PriceMeasure::Fee : PriceMeasure::Total, arguments.has("weighted"),
                             !arguments.has("no-totals")};
        const std::optional<Date> from = date_option(arguments, "from"), to = date_option(arguments, "to");

        const StoredMarket stored = load_stored_market(arguments.value("db", default_store_location));
        const Market& market = stored.market;
        check_places(market, filter);
        // Whole months only: periods that differ by a day would let two published tables be
        // differenced down to one placement (docs/prices.md, disclosure control).
        filter.to = to.value_or(last_month_end(market.latest_date()));
        filter.from = from.value_or(add_months(filter.to + 1, hedonic || index ? -60 : -12));
        if (filter.from.day() != 1) throw UsageError("--from " + filter.from.iso() + " is not the first day of a month");
        if ((filter.to + 1).day() != 1) throw UsageError("--to " + filter.to.iso() + " is not the last day of a month");
        if (filter.to < filter.from)
            throw UsageError("--from " + filter.from.iso() + " is after --to " + filter.to.iso());

        if (view_name == "should-cost") {
            std::string region = filter.region_code.value_or("");
            if (filter.la_code) region = market.find_la(*filter.la_code)->region_code;
            render_table(should_cost_table(should_cost(market, *filter.need_band, region, filter.to,
                                                       context.assumptions.should_cost)),
                         format, context.out);
            return exit_ok;
        }
        if (quote) {
            QuoteRequest request;
            request.la_code = *filter.la_code;
            request.type = *filter.type;
            request.need_band = *filter.need_band;
            request.weekly_fee = *fee;
            if (arguments.has("urn")) request.urn = arguments.value("urn");
            request.as_of = filter.to;
            const QuoteCheck check = check_quote(market, request, context.assumptions);
            std::vector<Table> tables = {quote_check_table(check)};
            if (check.should_cost) tables.push_back(should_cost_table(*check.should_cost));
            render_tables(tables, format, context.out);
            return exit_ok;
        }
        if (view_name == "councils") {
            const CouncilComparisons comparisons = compare_councils(market, filter);
            const auto verdicts = disclosure_control(comparisons.disclosure_cells, context.assumptions.disclosure);
            render_table(council_comparison_table(comparisons, verdicts, context.assumptions.disclosure), format,
                         context.out);
            return exit_ok;
        }
        if (index) {
            render_table(price_index_table(price_index(market, filter), context.assumptions.disclosure), format,
                         context.out);
            return exit_ok;
        }
        if (hedonic) {
            const HedonicFit fit = fit_hedonic(market, filter);
            std::vector<Table> tables = {hedonic_terms_table(fit, context.assumptions.disclosure)};
            if (arguments.has("providers")) tables.push_back(provider_premiums_table(fit));
            render_tables(tables, format, context.out);
            return exit_ok;
        }
        // Totals are always computed: disclosure control needs them even when they are not shown.
        const PriceTable table = price_table(market, filter, by, true);
        const auto verdicts = disclosure_control(table.cells, context.assumptions.disclosure);
        render_table(price_cells_table(table, verdicts, view, context.assumptions.disclosure), format, context.out);
        return exit_ok;
    }
};

}  // namespace

std::unique_ptr<Command> prices_command() { return std::make_unique<PricesCommand>(); }

}  // namespace oversight
