#include "reports/builders/provider_brief.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

#include "engine/domain/codes.hpp"
#include "reports/builders/stress_tables.hpp"
#include "reports/builders/watchlist_tables.hpp"

namespace oversight {
namespace {

constexpr std::size_t kTrendYears = 5;
constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();  // a gap in a line chart

double or_missing(const std::optional<double>& value) { return value.value_or(kMissing); }

std::string rating_text(OfstedRating rating) {
    switch (rating) {
        case OfstedRating::Outstanding: return "Outstanding";
        case OfstedRating::Good: return "Good";
        case OfstedRating::RequiresImprovement: return "Requires improvement";
        case OfstedRating::Inadequate: return "Inadequate";
        case OfstedRating::NotInspected: return "Not yet inspected";
    }
    return "";
}

/// The years shown: the last kTrendYears of the provider's accounts.
std::size_t first_shown(const ProviderBriefContent& c) {
    return c.profitability.size() > kTrendYears ? c.profitability.size() - kTrendYears : 0;
}

Table trends_table(const ProviderBriefContent& c) {
    Table t("trends", "Accounts years: profitability and financial health",
            {{"year", "Year", ColumnKind::Year, 0},
             {"period_end", "Period end", ColumnKind::Text, 0},
             {"basis", "Basis", ColumnKind::Text, 0},
             {"turnover", "Turnover", ColumnKind::Money, 0},
             {"ebitda", "EBITDA", ColumnKind::Money, 0},
             {"operating_margin_pct", "Operating margin", ColumnKind::Percent, 1},
             {"roce_pct", "ROCE", ColumnKind::Percent, 1},
             {"excess_profit", "Excess profit", ColumnKind::Money, 0},
             {"net_debt", "Net debt", ColumnKind::Money, 0},
             {"net_leverage", "Net leverage (covenant basis)", ColumnKind::Multiple, 2},
             {"interest_cover", "Interest cover", ColumnKind::Multiple, 2},
             {"current_ratio", "Current ratio", ColumnKind::Multiple, 2},
             {"net_assets", "Net assets", ColumnKind::Money, 0}});
    for (std::size_t i = first_shown(c); i < c.profitability.size(); ++i) {
        const ProfitabilityRow& p = *c.profitability[i];
        const HealthRow& h = *c.health[i];
        t.add_row({Cell::number(p.year), Cell::text(p.period_end.iso()), Cell::text(p.basis), Cell::number(p.turnover),
                   Cell::number(p.ebitda), optional_cell(p.operating_margin_pct, p.states, "operating_margin_pct"),
                   optional_cell(p.roce_pct, p.states, "roce_pct"), Cell::number(p.excess_profit),
                   Cell::number(h.net_debt_excl_shareholder_loans),
                   optional_cell(h.net_leverage_excl_shareholder_loans, h.states, "net_leverage"),
                   optional_cell(h.interest_cover, h.states, "interest_cover"),
                   optional_cell(h.current_ratio, h.states, "current_ratio"), Cell::number(h.net_assets)});
    }
    t.add_note("Net debt and net leverage on the covenant basis: bank debt + lease liabilities - cash, shareholder "
               "loans excluded. Flows are as filed; a period other than 12 months is annualised for leverage only.");
    return t;
}

/// A line chart over the years shown, one series per (name, figure of a year).
Chart year_chart(const ProviderBriefContent& c, std::string id, std::string title, std::string value_label,
                 ColumnKind kind, const std::vector<std::pair<std::string, double (*)(const ProfitabilityRow&)>>& lines,
                 std::string caption) {
    Chart chart;
    chart.kind = Chart::Kind::Line;
    chart.id = std::move(id);
    chart.title = std::move(title);
    chart.value_label = std::move(value_label);
    chart.value_kind = kind;
    chart.category_label = "accounts year";
    for (const auto& [name, figure] : lines) chart.series.push_back({name, {}});
    for (std::size_t i = first_shown(c); i < c.profitability.size(); ++i) {
        const ProfitabilityRow& p = *c.profitability[i];
        chart.categories.push_back(std::to_string(p.year));
        for (std::size_t k = 0; k < lines.size(); ++k) chart.series[k].values.push_back(lines[k].second(p));
    }
    chart.caption = std::move(caption);
    return chart;
}

Chart money_trend_chart(const ProviderBriefContent& c) {
    return year_chart(c, "money_trends", "Turnover, EBITDA and operating profit by accounts year", "pounds",
                      ColumnKind::Money,
                      {{"Turnover", [](const ProfitabilityRow& p) { return p.turnover; }},
                       {"EBITDA", [](const ProfitabilityRow& p) { return p.ebitda; }},
                       {"Operating profit", [](const ProfitabilityRow& p) { return p.operating_profit; }}},
                      "Line chart of turnover, EBITDA and operating profit in each accounts year; the figures are in "
                      "the table below.");
}

Chart margin_trend_chart(const ProviderBriefContent& c) {
    // A ratio that is not defined leaves a gap in its line (NaN).
    return year_chart(c, "margin_trends", "Margins and return on capital by accounts year", "percent",
                      ColumnKind::Percent,
                      {{"EBITDA margin", [](const ProfitabilityRow& p) { return or_missing(p.ebitda_margin_pct); }},
                       {"Operating margin", [](const ProfitabilityRow& p) { return or_missing(p.operating_margin_pct); }},
                       {"ROCE", [](const ProfitabilityRow& p) { return or_missing(p.roce_pct); }}},
                      "Line chart of the EBITDA margin, operating margin and ROCE in each accounts year; a gap is a "
                      "year where the ratio is not defined (the table says why).");
}

std::vector<std::string> maturity_labels() {
    std::vector<std::string> labels = {"Within 1 year"};
    for (int k = 1; k < kMaturityProfileYears; ++k)
        labels.push_back(std::to_string(k) + "-" + std::to_string(k + 1) + " years");
    labels.push_back("After " + std::to_string(kMaturityProfileYears) + " years");
    return labels;
}

Chart maturity_chart(const ProviderBriefContent& c) {
    Chart chart;
    chart.id = "maturity_profile";
    chart.title = "Principal falling due, by year from " + c.watchlist.as_of.iso();
    chart.value_label = "pounds";
    chart.value_kind = ColumnKind::Money;
    chart.categories = maturity_labels();
    chart.values = c.maturity;
    chart.caption = "Bar chart of the drawn principal falling due in each year after the as-at date, instalments "
                    "and maturities together; the figures are in the table below.";
    return chart;
}

Table maturity_table(const ProviderBriefContent& c, double drawn) {
    Table t("maturity_profile", "Maturity profile of drawn debt at " + c.watchlist.as_of.iso(),
            {{"window", "Falling due", ColumnKind::Text, 0},
             {"principal", "Principal", ColumnKind::Money, 0},
             {"share_pct", "Share of drawn", ColumnKind::Percent, 1}});
    const std::vector<std::string> labels = maturity_labels();
    for (std::size_t k = 0; k < c.maturity.size(); ++k)
        t.add_row({Cell::text(labels[k]), Cell::number(c.maturity[k]),
                   drawn > 0 ? Cell::number(100.0 * c.maturity[k] / drawn) : Cell::missing("nothing drawn")});
    t.add_note("Year k is (as-at date + 12(k-1) months, as-at date + 12k months]; linear facilities repay equal "
               "instalments counted back from maturity, bullets at maturity; an overdue balance falls in the first "
               "year (models/health/maturity.hpp).");
    return t;
}

Table ratings_table(const ProviderSettings& s) {
    Table t("ofsted_ratings", "Settings and places by latest Ofsted rating",
            {{"rating", "Rating", ColumnKind::Text, 0},
             {"settings", "Settings", ColumnKind::Integer, 0},
             {"places", "Places", ColumnKind::Integer, 0},
             {"share_of_places_pct", "Share of places", ColumnKind::Percent, 1}});
    for (const auto& [rating, count] : s.by_rating)
        t.add_row({Cell::text(rating_text(rating)), Cell::number(count.settings), Cell::number(count.places),
                   s.places > 0 ? Cell::number(100.0 * count.places / s.places) : Cell::missing("no places")});
    return t;
}

Table settings_table(const ProviderSettings& s, const std::string& as_of) {
    Table t("settings", "Settings run, largest first, with children placed on " + as_of,
            {{"urn", "URN", ColumnKind::Text, 0},
             {"name", "Setting", ColumnKind::Text, 0},
             {"type", "Type", ColumnKind::Text, 0},
             {"operator", "Run by", ColumnKind::Text, 0},
             {"council", "Council area", ColumnKind::Text, 0},
             {"region", "Region", ColumnKind::Text, 0},
             {"places", "Places", ColumnKind::Integer, 0},
             {"children_placed", "Children placed", ColumnKind::Integer, 0},
             {"rating", "Ofsted rating", ColumnKind::Text, 0}});
    for (const ProviderSetting& line : s.settings)
        t.add_row({Cell::text(line.setting->urn), Cell::text(line.setting->name),
                   Cell::text(std::string(code_of(line.setting->setting_type))), Cell::text(line.operator_name),
                   Cell::text(line.la_name), Cell::text(line.region_name), Cell::number(line.setting->registered_places),
                   Cell::number(line.children_placed), Cell::text(rating_text(line.setting->ofsted_rating))});
    return t;
}

void add_key_figures(Brief& brief, const ProviderBriefContent& c) {
    const RiskAssessment& a = c.entry.assessment;
    const std::string whose = c.group ? std::string() : " (group " + c.entry.profile.name + ")";
    brief.key_figures.push_back({"Oversight stage" + whose, static_cast<double>(a.stage), ColumnKind::Integer, 0,
                                 a.stage_name + (a.notify_councils ? "; councils to be notified" : "")});
    brief.key_figures.push_back({"Composite failure risk, 0-100" + whose, a.composite, ColumnKind::Number, 0,
                                 a.headline_drivers.empty() ? std::string() : a.headline_drivers.front()});
    if (const auto pd = one_year_pd_pct(c.entry))
        brief.key_figures.push_back({"One-year probability of default" + whose, *pd, ColumnKind::Percent, 2,
                                     "cash-flow simulation"});
    if (!c.profitability.empty()) {
        const ProfitabilityRow& p = *c.profitability.back();
        brief.key_figures.push_back({"Turnover, accounts year " + std::to_string(p.year), p.turnover, ColumnKind::Money,
                                     0,
                                     p.operating_margin_pct
                                         ? "operating margin " + format_value(*p.operating_margin_pct, ColumnKind::Percent, 1)
                                         : std::string("operating margin not defined")});
        const HealthRow& h = *c.health.back();
        if (h.net_leverage_excl_shareholder_loans) {
            std::string note = "covenant basis";
            if (h.facilities && h.facilities->min_headroom_pct)
                note += "; least covenant headroom " +
                        format_value(*h.facilities->min_headroom_pct, ColumnKind::Percent, 1);
            brief.key_figures.push_back({"Net leverage, " + std::to_string(h.year), *h.net_leverage_excl_shareholder_loans,
                                         ColumnKind::Multiple, 1, note});
        }
    }
    brief.key_figures.push_back({"Children placed on " + c.watchlist.as_of.iso(),
                                 static_cast<double>(c.settings.children_placed), ColumnKind::Integer, 0,
                                 format_value(c.settings.places, ColumnKind::Integer, 0) + " places in " +
                                     std::to_string(c.settings.settings.size()) + " settings"});
}

}  // namespace

Brief build_provider_brief(const ProviderBriefContent& c, const Assumptions& assumptions,
                           const BriefProvenance& provenance) {
    if (c.profitability.size() != c.health.size())
        throw std::invalid_argument("provider brief of " + c.id + ": profitability and health years differ");
    for (std::size_t i = 0; i < c.health.size(); ++i)
        if (c.profitability[i]->year != c.health[i]->year || c.profitability[i]->basis != c.health[i]->basis)
            throw std::invalid_argument("provider brief of " + c.id + ": profitability and health years differ");
    if (c.maturity.size() != static_cast<std::size_t>(kMaturityProfileYears) + 1)
        throw std::invalid_argument("provider brief of " + c.id + ": maturity profile of the wrong length");

    Brief brief;
    brief.id = "provider-" + c.id;
    brief.title = c.name + ": provider brief";
    brief.subtitle = (c.group ? "Group " : "Legal entity ") + c.id + " (" + std::string(code_of(c.entry.profile.owner_type)) +
                     "): finances, failure risk, debt, settings and the councils to warn";
    brief.marking = "OFFICIAL-SENSITIVE";  // facility terms, covenants and placements are not public
    brief.as_of = c.watchlist.as_of.iso();
    add_key_figures(brief, c);

    GroupRiskTables risk = group_risk_parts(c.watchlist, c.entry);

    Section trends{"Five-year trends", {}};
    if (c.profitability.empty()) {
        trends.blocks.push_back(Paragraph{"No accounts are filed for " + c.name + ", so there are no trends; the "
                                          "failure-risk stage is set by the rule for providers without accounts."});
    } else {
        trends.blocks.push_back(Paragraph{
            "The provider's latest accounts years as filed (" + c.profitability.back()->basis +
            " basis in the latest). EBITDA = operating profit + depreciation and amortisation; ROCE = operating "
            "profit / average capital employed; excess profit = operating profit - cost of capital x capital "
            "employed."});
        trends.blocks.push_back(money_trend_chart(c));
        trends.blocks.push_back(margin_trend_chart(c));
        trends.blocks.push_back(trends_table(c));
    }
    brief.sections.push_back(std::move(trends));

    Section failure{c.group ? "Failure risk" : "Failure risk of the group " + c.entry.profile.name, {}};
    failure.blocks.push_back(Paragraph{
        "The composite weighs the Altman Z'' score, the cash-flow default probability, net leverage, covenant "
        "headroom, liquidity and the quality of care; its stage sets the intensity of oversight. Each component's "
        "input, score and weight are below, then each score's drivers."});
    failure.blocks.push_back(std::move(risk.summary));
    failure.blocks.push_back(std::move(risk.components));
    for (Table& t : risk.scores) failure.blocks.push_back(std::move(t));
    if (risk.cashflow_default) failure.blocks.push_back(std::move(*risk.cashflow_default));
    brief.sections.push_back(std::move(failure));

    Section debt{"Debt and maturity", {}};
    const double drawn = [&] {
        double sum = 0;
        for (const double v : c.maturity) sum += v;
        return sum;
    }();
    if (drawn <= 0) {
        debt.blocks.push_back(Paragraph{"No drawn facilities are on record for " + c.name + " at " +
                                        c.watchlist.as_of.iso() + "."});
    } else {
        debt.blocks.push_back(maturity_chart(c));
        debt.blocks.push_back(maturity_table(c, drawn));
    }
    if (!c.health.empty() && c.health.back()->facilities && !c.health.back()->facilities->covenants.empty())
        debt.blocks.push_back(covenants_table(*c.health.back()->facilities, c.health.back()->states));
    brief.sections.push_back(std::move(debt));

    Section stress{"Stress", {}};
    if (c.stressed && c.run) {
        stress.blocks.push_back(Paragraph{
            "Each scenario shocks the latest accounts year and shifts the SONIA curve; every facility is projected "
            "quarter by quarter and the tightest covenants tested. The grid sits on the base scenario. The debt "
            "brief (oversight brief debt) gives every quarter and the reverse stress."});
        stress.blocks.push_back(stress_summary_table(*c.run, c.stressed->inputs().provider_id));
        if (c.stressed->grid) {
            stress.blocks.push_back(stress_grid_chart(*c.stressed, *c.stressed->grid));
            stress.blocks.push_back(stress_grid_table(*c.run, *c.stressed, *c.stressed->grid));
        }
    } else {
        stress.blocks.push_back(Paragraph{"Not stressed: " + c.not_stressed + "."});
    }
    brief.sections.push_back(std::move(stress));

    Section settings{"Settings and Ofsted ratings", {}};
    settings.blocks.push_back(ratings_table(c.settings));
    if (c.group) {  // what the group runs and its market shares; an entity's own settings are listed below
        settings.blocks.push_back(std::move(risk.supply));
        settings.blocks.push_back(std::move(risk.areas));
    }
    settings.blocks.push_back(settings_table(c.settings, c.watchlist.as_of.iso()));
    brief.sections.push_back(std::move(settings));

    Section councils{"Councils to warn", {}};
    councils.blocks.push_back(Paragraph{
        c.entry.profile.in_scope
            ? "The group is difficult to replace on the criteria below, so it falls under financial oversight; if "
              "it failed, these councils would have to find new homes for the children they have placed with it."
            : "The group does not meet the criteria of difficult to replace; the councils with children placed "
              "with it would still have to act if it failed."});
    councils.blocks.push_back(std::move(risk.scope));
    councils.blocks.push_back(std::move(risk.councils));
    brief.sections.push_back(std::move(councils));

    brief.method_notes = {
        "Risk is assessed on groups (the top parent of the ownership chain): an entity's brief shows its own "
        "accounts, debt and settings, and its group's risk.",
        "Composite = sum of component score x weight / sum of the weights of the components available; stage "
        "thresholds and weights are in the assumptions below (docs/configuration.md).",
        "One-year probability of default: share of simulated paths in which cash runs out or a covenant is "
        "breached within four quarters (models/cashflow_default).",
        "Stress and grid: models/debt (QuantLib legs re-priced on shifted SONIA discount factors).",
        "Children placed: placements ongoing on the as-at date; settings and ratings as in settings.csv.",
    };
    brief.assumptions = assumption_lines(
        assumptions,
        {"risk.weight_altman", "risk.weight_default_probability", "risk.weight_leverage", "risk.weight_headroom",
         "risk.weight_liquidity", "risk.weight_quality", "risk.stage2_from", "risk.stage3_from", "risk.stage4_from",
         "risk.stage5_from", "risk.notify_probability_pct", "profitability.cost_of_capital_pct",
         "cashflow_default.paths", "cashflow_default.sonia_pct", "stress.horizon_quarters", "stress.grid_rate_step_bp",
         "stress.grid_occupancy_step_pct", "replaceability.min_places", "replaceability.min_councils"});
    brief.data_sources = {provenance.data_source,
                          "Accounts: accounts.csv and iXBRL filings; facilities: facilities.csv; settings and "
                          "ratings: settings.csv; placements: placements.csv.",
                          "Generated " + provenance.generated_at + " by oversight."};
    return brief;
}

}  // namespace oversight
