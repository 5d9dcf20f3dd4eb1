#include "engine/config/assumptions.hpp"

#include <Poco/AutoPtr.h>
#include <Poco/Exception.h>
#include <Poco/File.h>
#include <Poco/Util/PropertyFileConfiguration.h>

#include <charconv>
#include <stdexcept>

namespace oversight {
namespace {

std::string format_number(double value) {
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

double parse_number(const std::string& key, const std::string& text) {
    double value = 0.0;
    const auto* end = text.data() + text.size();
    const auto result = std::from_chars(text.data(), end, value);
    if (result.ec != std::errc() || result.ptr != end)
        throw std::invalid_argument("configuration key " + key + ": '" + text + "' is not a number");
    return value;
}

template <typename Section>
AssumptionKey number_key(std::string key, std::string unit, std::string description,
                         Section Assumptions::*section, double Section::*field) {
    return {key, std::move(unit), std::move(description),
            [=](const Assumptions& a) { return format_number(a.*section.*field); },
            [=](Assumptions& a, const std::string& text) { a.*section.*field = parse_number(key, text); }};
}

template <typename Section>
AssumptionKey integer_key(std::string key, std::string unit, std::string description,
                          Section Assumptions::*section, int Section::*field) {
    return {key, std::move(unit), std::move(description),
            [=](const Assumptions& a) { return std::to_string(a.*section.*field); },
            [=](Assumptions& a, const std::string& text) {
                const double value = parse_number(key, text);
                if (value != static_cast<int>(value) || value < 1)
                    throw std::invalid_argument("configuration key " + key + ": '" + text +
                                                "' is not a positive whole number");
                a.*section.*field = static_cast<int>(value);
            }};
}

void apply(Assumptions& assumptions, const std::string& key, const std::string& value,
           const std::string& origin) {
    for (const auto& entry : assumption_catalogue())
        if (entry.key == key) {
            try {
                entry.set(assumptions, value);
            } catch (const std::invalid_argument& e) {
                throw std::invalid_argument(origin + ": " + e.what());
            }
            return;
        }
    throw std::invalid_argument(origin + ": unknown configuration key '" + key +
                                "' (see `oversight config` for the list)");
}

}  // namespace

const std::vector<AssumptionKey>& assumption_catalogue() {
    static const std::vector<AssumptionKey> catalogue = {
        number_key("profitability.cost_of_capital_pct", "% a year",
                   "Nominal pre-tax cost of capital for excess profit (CMA-style economic "
                   "profit) where an entity has no wacc_pct of its own.",
                   &Assumptions::profitability, &ProfitabilityAssumptions::cost_of_capital_pct),
        number_key("ingest.identity_tolerance_gbp", "£",
                   "Accounts identities (balance sheet, P&L) that miss by more than this are "
                   "reported as warnings.",
                   &Assumptions::ingest, &IngestAssumptions::identity_tolerance_gbp),
        integer_key("market_structure.largest_groups", "groups",
                    "How many of the largest groups the concentration shares count.",
                    &Assumptions::market_structure, &MarketStructureAssumptions::largest_groups),
        integer_key("market_structure.cma_homes_groups", "groups",
                    "How many of the largest children's home groups are pooled for the margin "
                    "compared with the CMA figure (the CMA looked at the 15 largest).",
                    &Assumptions::market_structure, &MarketStructureAssumptions::cma_homes_groups),
        integer_key("market_structure.cma_ifa_groups", "groups",
                    "How many of the largest IFA groups are pooled for the margin compared with "
                    "the CMA figure for the largest IFAs.",
                    &Assumptions::market_structure, &MarketStructureAssumptions::cma_ifa_groups),
        number_key("market_structure.cma_homes_margin_pct", "%",
                   "Published benchmark: operating margin of the 15 largest children's home "
                   "providers, 2016-2020 (CMA 2022).",
                   &Assumptions::market_structure, &MarketStructureAssumptions::cma_homes_margin_pct),
        number_key("market_structure.cma_ifa_margin_pct", "%",
                   "Published benchmark: operating margin of the largest IFAs, 2016-2020 (CMA 2022).",
                   &Assumptions::market_structure, &MarketStructureAssumptions::cma_ifa_margin_pct),
    };
    return catalogue;
}

Assumptions load_assumptions(const std::string& path, const std::vector<std::string>& overrides) {
    Assumptions assumptions;
    if (!path.empty()) {
        if (!Poco::File(path).exists())
            throw std::invalid_argument(path + ": configuration file not found");
        Poco::AutoPtr<Poco::Util::PropertyFileConfiguration> file;
        try {
            file = new Poco::Util::PropertyFileConfiguration(path);
        } catch (const Poco::Exception& e) {
            throw std::invalid_argument(path + ": " + e.displayText());
        }
        Poco::Util::AbstractConfiguration::Keys top;
        std::vector<std::string> pending{""};
        while (!pending.empty()) {  // walk the key tree to its leaves
            const std::string prefix = pending.back();
            pending.pop_back();
            Poco::Util::AbstractConfiguration::Keys children;
            file->keys(prefix, children);
            if (children.empty() && !prefix.empty()) {
                apply(assumptions, prefix, file->getString(prefix), path);
                continue;
            }
            for (const auto& child : children) pending.push_back(prefix.empty() ? child : prefix + "." + child);
        }
    }
    for (const auto& item : overrides) {
        const auto eq = item.find('=');
        if (eq == std::string::npos)
            throw std::invalid_argument("--set " + item + ": expected KEY=VALUE");
        apply(assumptions, item.substr(0, eq), item.substr(eq + 1), "--set");
    }
    return assumptions;
}

}  // namespace oversight
