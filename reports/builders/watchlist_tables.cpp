#include "reports/builders/watchlist_tables.hpp"

#include <string>

#include "engine/domain/codes.hpp"
#include "reports/builders/brief_parts.hpp"

namespace oversight {
namespace {

constexpr std::size_t kCouncilsNamed = 5;  // in the one-line list of councils to warn

std::string councils_to_warn(const GroupReplaceability& profile) {
    std::vector<std::string> named;
    for (std::size_t i = 0; i < profile.councils.size() && i < kCouncilsNamed; ++i)
        named.push_back(profile.councils[i].la_name + " (" + std::to_string(profile.councils[i].children) + ")");
    if (profile.councils.size() > kCouncilsNamed)
        named.push_back("and " + std::to_string(profile.councils.size() - kCouncilsNamed) + " more");
    return join(named, "; ");
}

Cell score_cell(const WatchlistEntry& entry) {
    if (entry.scores.empty()) return Cell::missing("no accounts filed");
    const ScoreResult& z = entry.scores.front();
    if (z.value) return Cell::number(*z.value);
    return Cell::missing(z.states.empty() ? "not available" : z.states.front());
}

Cell probability_cell(const WatchlistEntry& entry, bool one_year) {
    if (!entry.default_probability) return Cell::missing("no accounts filed");
    const auto& value = one_year ? entry.default_probability->pd_1y_pct : entry.default_probability->pd_3y_pct;
    if (value) return Cell::number(*value);
    return Cell::missing(entry.default_probability->states.empty() ? "not available"
                                                                   : entry.default_probability->states.front());
}

Cell leverage_cell(const WatchlistEntry& entry) {
    if (!entry.health) return Cell::missing("no accounts filed");
    return optional_cell(entry.health->net_leverage_excl_shareholder_loans, entry.health->states, "net_leverage");
}

Cell headroom_cell(const WatchlistEntry& entry) {
    if (!entry.health || !entry.health->facilities) return Cell::missing("no facilities");
    const FacilityPosition& f = *entry.health->facilities;
    if (f.min_headroom_pct) return Cell::number(*f.min_headroom_pct);
    if (f.covenant_breached) return Cell::missing("breached (EBITDA not positive)");
    return Cell::missing(f.covenants.empty() ? "no covenant" : "not measurable");
}

Table summary_table(const Watchlist& watchlist, const WatchlistEntry& e) {
    Table t("group_risk_summary", "Risk summary: " + e.profile.name + " (" + e.profile.group_id + ")",
            {{"measure", "Measure", ColumnKind::Text, 0}, {"value", "Value", ColumnKind::Text, 0}});
    const auto& a = e.assessment;
    t.add_row({Cell::text("Oversight stage"), Cell::text(std::to_string(a.stage) + " " + a.stage_name)});
    t.add_row({Cell::text("Composite risk (0-100)"), Cell::text(format_value(a.composite, ColumnKind::Number, 1))});
    t.add_row({Cell::text("Notify councils"), Cell::text(a.notify_councils ? "yes" : "no")});
    t.add_row({Cell::text("Difficult to replace"), Cell::text(e.profile.in_scope ? "yes" : "no")});
    t.add_row({Cell::text("Owner type"), Cell::text(std::string(code_of(e.profile.owner_type)))});
    t.add_row({Cell::text("Settings / places"), Cell::text(std::to_string(e.profile.settings) + " / " +
                                                           std::to_string(e.profile.places))});
    t.add_row({Cell::text("Children placed on " + watchlist.as_of.iso()),
               Cell::text(std::to_string(e.profile.children_placed) + " from " +
                          std::to_string(e.profile.councils.size()) + " councils")});
    t.add_row({Cell::text("Accounts year used"),
               Cell::text(e.health ? std::to_string(e.health->year) + " (" + e.health->basis + ")" : "none filed")});
    t.add_row({Cell::text("Headline drivers"), Cell::text(join(a.headline_drivers, "; "))});
    return t;
}

Table components_table(const WatchlistEntry& e) {
    Table t("risk_components", "Composite risk: components",
            {{"component", "Component", ColumnKind::Text, 0},
             {"input", "Input", ColumnKind::Text, 0},
             {"score", "Score (0-100)", ColumnKind::Number, 1},
             {"weight", "Weight", ColumnKind::Number, 2},
             {"contribution", "Contribution", ColumnKind::Number, 2}});
    for (const RiskComponent& c : e.assessment.components)
        t.add_row({Cell::text(c.name), Cell::text(c.input),
                   c.score ? Cell::number(*c.score) : Cell::missing("left out: not available"), Cell::number(c.weight),
                   Cell::number(c.contribution)});
    t.add_note("Composite = sum of score x weight / sum of the weights of the components available. Scoring rules: "
               "docs/configuration.md, 'Failure risk'.");
    return t;
}

Table scores_table(const WatchlistEntry& e) {
    Table t("risk_scores", "Failure-risk scores on the latest accounts",
            {{"model", "Model", ColumnKind::Text, 0},
             {"value", "Value", ColumnKind::Number, 3},
             {"zone", "Zone", ColumnKind::Text, 0},
             {"probability_pct", "Probability", ColumnKind::Percent, 1},
             {"states", "Notes", ColumnKind::Text, 0}});
    for (const ScoreResult& s : e.scores)
        t.add_row({Cell::text(s.model),
                   s.value ? Cell::number(*s.value) : Cell::missing(s.states.empty() ? "" : s.states.front()),
                   Cell::text(s.zone),
                   s.probability_pct ? Cell::number(*s.probability_pct) : Cell::missing(), Cell::text(join(s.states, "; "))});
    t.add_note("Ohlson's constant was fitted on US firms with assets in 1970s dollars; here total assets are in "
               "pounds millions, so its probability ranks providers rather than measuring a chance of failure.");
    return t;
}

Table drivers_table(const ScoreResult& s) {
    Table t("score_drivers", s.model + ": drivers",
            {{"driver", "Driver", ColumnKind::Text, 0},
             {"definition", "Definition", ColumnKind::Text, 0},
             {"ratio", "Ratio", ColumnKind::Number, 4},
             {"coefficient", "Coefficient", ColumnKind::Number, 4},
             {"contribution", "Contribution", ColumnKind::Number, 4}});
    t.add_row({Cell::text("constant"), Cell::text(""), Cell::missing(), Cell::missing(), Cell::number(s.constant)});
    for (const ScoreDriver& d : s.drivers)
        t.add_row({Cell::text(d.name), Cell::text(d.definition),
                   d.ratio ? Cell::number(*d.ratio) : Cell::missing("not available"), Cell::number(d.coefficient),
                   d.contribution ? Cell::number(*d.contribution) : Cell::missing("not available")});
    t.add_note("Value = constant + sum of the contributions (coefficient x ratio).");
    return t;
}

Table default_table(const Watchlist& watchlist, const CashflowDefaultResult& r) {
    Table t("cashflow_default", "Cash-flow default simulation",
            {{"measure", "Measure", ColumnKind::Text, 0}, {"value", "Value", ColumnKind::Text, 0}});
    auto pct = [](const std::optional<double>& v) { return v ? format_value(*v, ColumnKind::Percent, 1) : "-"; };
    t.add_row({Cell::text("Default probability, 1 year"), Cell::text(pct(r.pd_1y_pct))});
    t.add_row({Cell::text("Default probability, 3 years"), Cell::text(pct(r.pd_3y_pct))});
    t.add_row({Cell::text("Paths"), Cell::text(format_value(r.paths, ColumnKind::Integer, 0))});
    t.add_row({Cell::text("Defaults by liquidity / covenant (3 years)"),
               Cell::text(format_value(r.liquidity_share_pct, ColumnKind::Percent, 1) + " / " +
                          format_value(r.covenant_share_pct, ColumnKind::Percent, 1))});
    t.add_row({Cell::text("Base EBITDA (annual)"), Cell::text(format_value(r.base_ebitda, ColumnKind::Money, 0))});
    t.add_row({Cell::text("EBITDA volatility (annual sd)"),
               Cell::text(format_value(r.volatility_gbp, ColumnKind::Money, 0) + " (" +
                          volatility_source_name(r.volatility_source) + ")")});
    t.add_row({Cell::text("Cash"), Cell::text(format_value(r.cash, ColumnKind::Money, 0))});
    t.add_row({Cell::text("Undrawn committed facilities"), Cell::text(format_value(r.undrawn_committed, ColumnKind::Money, 0))});
    t.add_row({Cell::text("Debt service in the first year"), Cell::text(format_value(r.annual_debt_service, ColumnKind::Money, 0))});
    t.add_row({Cell::text("SONIA used"), Cell::text(format_value(watchlist.sonia_pct, ColumnKind::Percent, 2) + " (" +
                                                    watchlist.sonia_source + ")")});
    t.add_row({Cell::text("Notes"), Cell::text(join(r.states, "; "))});
    t.add_note("Method: models/cashflow_default/cashflow_default.hpp; assumptions: docs/configuration.md.");
    return t;
}

Table health_summary_table(const HealthRow& h) {
    Table t("group_health", "Financial health, accounts year " + std::to_string(h.year),
            {{"measure", "Measure", ColumnKind::Text, 0}, {"value", "Value", ColumnKind::Text, 0}});
    auto add_money = [&](const std::string& name, double v) {
        t.add_row({Cell::text(name), Cell::text(format_value(v, ColumnKind::Money, 0))});
    };
    auto add_optional = [&](const std::string& name, const std::optional<double>& v, ColumnKind kind,
                            const std::string& key) {
        const Cell cell = optional_cell(v, h.states, key);
        t.add_row({Cell::text(name), Cell::text(v ? format_value(*v, kind, 2) : cell.state.empty() ? "-" : cell.state)});
    };
    add_money("EBITDA (annual)", h.annual_ebitda);
    add_money("Net debt", h.net_debt);
    add_money("Net debt excluding shareholder loans", h.net_debt_excl_shareholder_loans);
    add_money("Net debt excluding leases", h.net_debt_excl_leases);
    add_optional("Net leverage", h.net_leverage, ColumnKind::Multiple, "net_leverage");
    add_optional("Net leverage excluding shareholder loans", h.net_leverage_excl_shareholder_loans, ColumnKind::Multiple,
                 "net_leverage");
    add_optional("Interest cover", h.interest_cover, ColumnKind::Multiple, "interest_cover");
    add_optional("Current ratio", h.current_ratio, ColumnKind::Number, "current_ratio, quick_ratio, cash_ratio");
    add_optional("Cash ratio", h.cash_ratio, ColumnKind::Number, "current_ratio, quick_ratio, cash_ratio");
    add_money("Working capital", h.working_capital);
    add_money("Net assets", h.net_assets);
    if (h.facilities) {
        add_money("Debt maturing within 12 months", h.facilities->maturing_12m);
        add_money("Debt maturing within 24 months", h.facilities->maturing_24m);
        if (h.facilities->cash_plus_undrawn) add_money("Cash plus undrawn facilities", *h.facilities->cash_plus_undrawn);
    }
    add_optional("EBITDA change on the previous year", h.ebitda_change_pct, ColumnKind::Percent,
                 h.has_previous_year ? "ebitda_change_pct" : "trends");
    t.add_note("Net debt = bank debt + shareholder loans + lease liabilities - cash; leverage = net debt / EBITDA "
               "annualised; covenants use net debt excluding shareholder loans (the lenders' definition).");
    return t;
}

/// Why a covenant has no figure, as the health model said ("covenant F1 max net
/// leverage: EBITDA negative, breached").
std::string covenant_reason(const CovenantTest& c, const std::vector<std::string>& states) {
    const std::string prefix = "covenant " + c.facility_id + " " + covenant_kind_text(c.kind) + ": ";
    for (const auto& state : states)
        if (state.rfind(prefix, 0) == 0) return state.substr(prefix.size());
    return "not measurable";
}

Table scope_table(const GroupReplaceability& p) {
    Table t("scope", "Difficult to replace: criteria met", {{"reason", "Reason", ColumnKind::Text, 0}});
    for (const auto& reason : p.scope_reasons) t.add_row({Cell::text(reason)});
    if (p.scope_reasons.empty())
        t.add_row({Cell::text(p.owner_type == OwnerType::LocalAuthority ? "council-run: outside the regime"
                                                                         : "no criterion met")});
    return t;
}

Table supply_table(const GroupReplaceability& p) {
    Table t("supply", "What the group runs",
            {{"setting_type", "Setting type", ColumnKind::Text, 0},
             {"settings", "Settings", ColumnKind::Integer, 0},
             {"places", "Places", ColumnKind::Integer, 0}});
    for (const auto& [type, count] : p.settings_by_type)
        t.add_row({Cell::text(std::string(code_of(type))), Cell::number(count), Cell::number(p.places_by_type.at(type))});
    const auto count = [](int n) { return format_value(n, ColumnKind::Integer, 0); };
    t.add_note("Specialist places: secure " + count(p.secure_places) + ", complex needs " +
               count(p.complex_needs_places) + ", parent and child " + count(p.parent_and_child_places) +
               ". National share: " +
               format_value(p.national_home_share_pct, ColumnKind::Percent, 1) + " of home places, " +
               format_value(p.national_ifa_share_pct, ColumnKind::Percent, 1) + " of fostering agency places.");
    return t;
}

Table areas_table(const GroupReplaceability& p) {
    Table t("market_share_by_area", "Share of home places by region and council area",
            {{"area", "Area", ColumnKind::Text, 0},
             {"code", "Code", ColumnKind::Text, 0},
             {"kind", "Kind", ColumnKind::Text, 0},
             {"home_places", "Group's home places", ColumnKind::Integer, 0},
             {"share_pct", "Share of the area's home places", ColumnKind::Percent, 1}});
    for (const RegionShare& r : p.regions)
        t.add_row({Cell::text(r.region_name), Cell::text(r.region_code), Cell::text("region"),
                   Cell::number(r.home_places), Cell::number(r.share_of_region_home_places_pct)});
    for (const LocalAuthorityShare& la : p.local_authorities)
        t.add_row({Cell::text(la.la_name), Cell::text(la.la_code), Cell::text("council area"),
                   Cell::number(la.home_places), Cell::number(la.share_of_la_home_places_pct)});
    t.add_note("Homes are counted where they are; children's homes are childrens_home, secure_childrens_home and "
               "la_childrens_home settings.");
    return t;
}

Table councils_table(const GroupReplaceability& p) {
    Table t("councils_to_warn", "Councils with children placed (to warn if the group failed)",
            {{"la_code", "Code", ColumnKind::Text, 0},
             {"la_name", "Council", ColumnKind::Text, 0},
             {"children", "Children", ColumnKind::Integer, 0},
             {"weekly_spend", "Weekly spend", ColumnKind::Money, 0}});
    for (const CouncilExposure& c : p.councils)
        t.add_row({Cell::text(c.la_code), Cell::text(c.la_name), Cell::number(c.children), Cell::number(c.weekly_spend)});
    return t;
}

}  // namespace

Table watchlist_table(const Watchlist& watchlist, bool in_scope_only) {
    Table t(in_scope_only ? "watchlist" : "group_risk",
            in_scope_only ? "Watchlist: difficult-to-replace groups by risk, as at " + watchlist.as_of.iso()
                          : "Failure risk of every group, as at " + watchlist.as_of.iso(),
            {{"group_id", "Group", ColumnKind::Text, 0},
             {"name", "Name", ColumnKind::Text, 0},
             {"owner_type", "Owner", ColumnKind::Text, 0},
             {"in_scope", "Difficult to replace", ColumnKind::Text, 0},
             {"stage", "Stage", ColumnKind::Integer, 0},
             {"stage_name", "Stage name", ColumnKind::Text, 0},
             {"composite", "Risk (0-100)", ColumnKind::Number, 1},
             {"altman_z_double_prime", "Altman Z''", ColumnKind::Number, 2},
             {"pd_1y_pct", "PD 1y", ColumnKind::Percent, 1},
             {"pd_3y_pct", "PD 3y", ColumnKind::Percent, 1},
             {"senior_net_leverage", "Senior net leverage", ColumnKind::Multiple, 1},
             {"min_headroom_pct", "Min covenant headroom", ColumnKind::Percent, 1},
             {"places", "Places", ColumnKind::Integer, 0},
             {"children_placed", "Children placed", ColumnKind::Integer, 0},
             {"councils", "Councils", ColumnKind::Integer, 0},
             {"councils_to_warn", "Councils to warn", ColumnKind::Text, 0},
             {"drivers", "Headline drivers", ColumnKind::Text, 0}});
    for (const WatchlistEntry& e : watchlist.groups) {
        if (in_scope_only && !e.profile.in_scope) continue;
        t.add_row({Cell::text(e.profile.group_id), Cell::text(e.profile.name),
                   Cell::text(std::string(code_of(e.profile.owner_type))), Cell::text(e.profile.in_scope ? "yes" : "no"),
                   Cell::number(e.assessment.stage), Cell::text(e.assessment.stage_name),
                   Cell::number(e.assessment.composite), score_cell(e), probability_cell(e, true),
                   probability_cell(e, false), leverage_cell(e), headroom_cell(e), Cell::number(e.profile.places),
                   Cell::number(e.profile.children_placed), Cell::number(static_cast<double>(e.profile.councils.size())),
                   Cell::text(councils_to_warn(e.profile)), Cell::text(join(e.assessment.headline_drivers, "; "))});
    }
    t.add_note("Composite risk 0-100 from Altman Z'', the 1-year cash-flow default probability, senior net leverage, "
               "covenant headroom, liquidity and the share of places rated inadequate or requires improvement; "
               "stages 2-5 from the composite, stage 6 from the default probability (docs/configuration.md).");
    t.add_note("Senior net leverage = (bank debt + leases - cash) / annual EBITDA. Base rate for floating debt: " +
               format_value(watchlist.sonia_pct, ColumnKind::Percent, 2) + " (" + watchlist.sonia_source + ").");
    return t;
}

Table covenants_table(const FacilityPosition& f, const std::vector<std::string>& states) {
    Table t("covenants", "Covenant headroom",
            {{"facility_id", "Facility", ColumnKind::Text, 0},
             {"borrower", "Borrower", ColumnKind::Text, 0},
             {"kind", "Covenant", ColumnKind::Text, 0},
             {"limit", "Limit", ColumnKind::Multiple, 2},
             {"actual", "Actual", ColumnKind::Multiple, 2},
             {"headroom_pct", "Headroom", ColumnKind::Percent, 1},
             {"breached", "Breached", ColumnKind::Text, 0}});
    for (const CovenantTest& c : f.covenants)
        t.add_row({Cell::text(c.facility_id), Cell::text(c.entity_id),
                   Cell::text(covenant_kind_text(c.kind)),
                   Cell::number(c.limit), c.actual ? Cell::number(*c.actual) : Cell::missing(covenant_reason(c, states)),
                   c.headroom_pct ? Cell::number(*c.headroom_pct) : Cell::missing(covenant_reason(c, states)),
                   Cell::text(c.breached ? "yes" : "no")});
    t.add_note("Headroom: leverage covenant 1 - actual / limit (the fall in EBITDA it can absorb); interest-cover "
               "covenant 1 - limit / actual.");
    return t;
}

GroupRiskTables group_risk_parts(const Watchlist& watchlist, const WatchlistEntry& entry) {
    GroupRiskTables parts{summary_table(watchlist, entry), components_table(entry), std::nullopt, {}, std::nullopt,
                          std::nullopt, scope_table(entry.profile), supply_table(entry.profile),
                          areas_table(entry.profile), councils_table(entry.profile)};
    if (entry.health) parts.health = health_summary_table(*entry.health);
    if (!entry.scores.empty()) {
        parts.scores.push_back(scores_table(entry));
        for (const ScoreResult& score : entry.scores) parts.scores.push_back(drivers_table(score));
    }
    if (entry.default_probability) parts.cashflow_default = default_table(watchlist, *entry.default_probability);
    if (entry.health && entry.health->facilities && !entry.health->facilities->covenants.empty())
        parts.covenants = covenants_table(*entry.health->facilities, entry.health->states);
    return parts;
}

std::vector<Table> group_risk_tables(const Watchlist& watchlist, const WatchlistEntry& entry) {
    GroupRiskTables parts = group_risk_parts(watchlist, entry);
    std::vector<Table> tables = {std::move(parts.summary), std::move(parts.components)};
    if (parts.health) tables.push_back(std::move(*parts.health));
    for (Table& t : parts.scores) tables.push_back(std::move(t));
    if (parts.cashflow_default) tables.push_back(std::move(*parts.cashflow_default));
    if (parts.covenants) tables.push_back(std::move(*parts.covenants));
    for (Table* t : {&parts.scope, &parts.supply, &parts.areas, &parts.councils}) tables.push_back(std::move(*t));
    return tables;
}

}  // namespace oversight
