#include "engine/store/table_columns.hpp"

#include <string_view>

namespace oversight {
namespace {

// --- settings.specialisms: the list as the contract writes it ------------------------

constexpr char kSpecialismSeparator = ';';

OptionalText specialisms_text(const std::vector<Specialism>& specialisms) {
    if (specialisms.empty()) return {};
    std::string text;
    for (const Specialism specialism : specialisms) {
        if (!text.empty()) text += kSpecialismSeparator;
        text += code_of(specialism);
    }
    return text;
}

std::vector<Specialism> parse_specialisms(const RowContext& row, const OptionalText& text) {
    std::vector<Specialism> specialisms;
    if (text.isNull()) return specialisms;
    std::string_view rest = text.value();
    while (true) {
        const auto end = rest.find(kSpecialismSeparator);
        specialisms.push_back(
            row.parse<Specialism>("specialisms", std::string(rest.substr(0, end))));
        if (end == std::string_view::npos) break;
        rest.remove_prefix(end + 1);
    }
    return specialisms;
}

// --- rows -> columns ------------------------------------------------------------------

void append(RegionColumns& c, const std::vector<Region>& rows) {
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Region& r = rows[i];
        const RowContext row("regions", i, r.region_code);
        c.region_code.push_back(row.text("region_code", r.region_code));
        c.region_name.push_back(row.text("region_name", r.region_name));
    }
}

void append(LocalAuthorityColumns& c, const std::vector<LocalAuthority>& rows) {
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const LocalAuthority& r = rows[i];
        const RowContext row("local_authorities", i, r.la_code);
        c.la_code.push_back(row.text("la_code", r.la_code));
        c.la_name.push_back(row.text("la_name", r.la_name));
        c.region_code.push_back(row.text("region_code", r.region_code));
        c.rcc.push_back(row.text("rcc", r.rcc));
        c.lat.push_back(row.real("lat", r.lat));
        c.lon.push_back(row.real("lon", r.lon));
        c.children_looked_after.push_back(to_nullable(r.children_looked_after));
    }
}

void append(IndexPointColumns& c, const std::vector<IndexPoint>& rows) {
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const IndexPoint& r = rows[i];
        const RowContext row("indices", i, r.index);
        c.index.push_back(row.text("index", r.index));
        c.date.push_back(row.date("date", r.date));
        c.value.push_back(row.real("value", r.value));
    }
}

void append(CurveQuoteColumns& c, const std::vector<CurveQuote>& rows) {
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const CurveQuote& r = rows[i];
        const RowContext row("curves", i, r.tenor);
        c.as_of.push_back(row.date("as_of", r.as_of));
        c.curve.push_back(row.text("curve", r.curve));
        c.tenor.push_back(row.text("tenor", r.tenor));
        c.instrument.push_back(RowContext::code(r.instrument));
        c.rate_pct.push_back(row.real("rate_pct", r.rate_pct));
    }
}

void append(EntityColumns& c, const std::vector<Entity>& rows) {
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Entity& r = rows[i];
        const RowContext row("entities", i, r.entity_id);
        c.entity_id.push_back(row.text("entity_id", r.entity_id));
        c.name.push_back(row.text("name", r.name));
        c.parent_entity_id.push_back(row.text("parent_entity_id", r.parent_entity_id));
        c.owner_type.push_back(RowContext::code(r.owner_type));
        c.wacc_pct.push_back(row.real("wacc_pct", r.wacc_pct));
    }
}

void append(SettingColumns& c, const std::vector<Setting>& rows) {
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Setting& r = rows[i];
        const RowContext row("settings", i, r.urn);
        c.urn.push_back(row.text("urn", r.urn));
        c.name.push_back(row.text("name", r.name));
        c.entity_id.push_back(row.text("entity_id", r.entity_id));
        c.setting_type.push_back(RowContext::code(r.setting_type));
        c.la_code.push_back(row.text("la_code", r.la_code));
        c.registered_places.push_back(r.registered_places);
        c.ofsted_rating.push_back(RowContext::code(r.ofsted_rating));
        c.specialisms.push_back(specialisms_text(r.specialisms));
        c.registered_on.push_back(row.date("registered_on", r.registered_on));
    }
}

void append(AccountsColumns& c, const std::vector<Accounts>& rows) {
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Accounts& r = rows[i];
        const RowContext row("accounts", i, r.entity_id);
        c.entity_id.push_back(row.text("entity_id", r.entity_id));
        c.period_end.push_back(row.date("period_end", r.period_end));
        c.period_months.push_back(r.period_months);
        c.basis.push_back(RowContext::code(r.basis));
        c.turnover.push_back(row.real("turnover", r.turnover));
        c.staff_costs.push_back(row.real("staff_costs", r.staff_costs));
        c.other_operating_costs.push_back(
            row.real("other_operating_costs", r.other_operating_costs));
        c.depreciation_amortisation.push_back(
            row.real("depreciation_amortisation", r.depreciation_amortisation));
        c.operating_profit.push_back(row.real("operating_profit", r.operating_profit));
        c.interest_payable.push_back(row.real("interest_payable", r.interest_payable));
        c.profit_before_tax.push_back(row.real("profit_before_tax", r.profit_before_tax));
        c.tax.push_back(row.real("tax", r.tax));
        c.cash.push_back(row.real("cash", r.cash));
        c.current_assets.push_back(row.real("current_assets", r.current_assets));
        c.total_assets.push_back(row.real("total_assets", r.total_assets));
        c.current_liabilities.push_back(row.real("current_liabilities", r.current_liabilities));
        c.non_current_liabilities.push_back(
            row.real("non_current_liabilities", r.non_current_liabilities));
        c.bank_debt.push_back(row.real("bank_debt", r.bank_debt));
        c.shareholder_loans.push_back(row.real("shareholder_loans", r.shareholder_loans));
        c.lease_liabilities.push_back(row.real("lease_liabilities", r.lease_liabilities));
        c.retained_earnings.push_back(row.real("retained_earnings", r.retained_earnings));
        c.net_assets.push_back(row.real("net_assets", r.net_assets));
        c.employees.push_back(to_nullable(r.employees));
        c.capex.push_back(row.real("capex", r.capex));
        c.source.push_back(row.text("source", r.source));
    }
}

void append(FacilityColumns& c, const std::vector<Facility>& rows) {
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Facility& r = rows[i];
        const RowContext row("facilities", i, r.facility_id);
        c.facility_id.push_back(row.text("facility_id", r.facility_id));
        c.entity_id.push_back(row.text("entity_id", r.entity_id));
        c.kind.push_back(RowContext::code(r.kind));
        c.drawn.push_back(row.real("drawn", r.drawn));
        c.limit.push_back(row.real("limit", r.limit));
        c.rate_type.push_back(RowContext::code(r.rate_type));
        c.margin_bps.push_back(row.real("margin_bps", r.margin_bps));
        c.fixed_rate_pct.push_back(row.real("fixed_rate_pct", r.fixed_rate_pct));
        c.hedged_pct.push_back(row.real("hedged_pct", r.hedged_pct));
        c.start_date.push_back(row.date("start_date", r.start_date));
        c.maturity_date.push_back(row.date("maturity_date", r.maturity_date));
        c.amortisation.push_back(RowContext::code(r.amortisation));
        c.frequency_months.push_back(r.frequency_months);
        c.pik.push_back(r.pik ? 1 : 0);
        c.covenant_max_net_leverage.push_back(
            row.real("covenant_max_net_leverage", r.covenant_max_net_leverage));
        c.covenant_min_interest_cover.push_back(
            row.real("covenant_min_interest_cover", r.covenant_min_interest_cover));
        c.as_of.push_back(row.date("as_of", r.as_of));
    }
}

void append(PlacementColumns& c, const std::vector<Placement>& rows) {
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Placement& r = rows[i];
        const RowContext row("placements", i, r.placement_id);
        c.placement_id.push_back(row.text("placement_id", r.placement_id));
        c.la_code.push_back(row.text("la_code", r.la_code));
        c.urn.push_back(row.text("urn", r.urn));
        c.placement_type.push_back(RowContext::code(r.placement_type));
        c.need_band.push_back(r.need_band);
        c.age_band.push_back(RowContext::code(r.age_band));
        c.weekly_fee.push_back(row.real("weekly_fee", r.weekly_fee));
        c.weekly_extras.push_back(row.real("weekly_extras", r.weekly_extras));
        c.start_date.push_back(row.date("start_date", r.start_date));
        c.end_date.push_back(row.date("end_date", r.end_date));
        c.purchase_route.push_back(RowContext::code(r.purchase_route));
    }
}

// --- columns -> rows ------------------------------------------------------------------

std::vector<Region> rows_of(const RegionColumns& c) {
    std::vector<Region> rows(c.region_code.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        rows[i].region_code = c.region_code[i];
        rows[i].region_name = c.region_name[i];
    }
    return rows;
}

std::vector<LocalAuthority> rows_of(const LocalAuthorityColumns& c) {
    std::vector<LocalAuthority> rows(c.la_code.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        LocalAuthority& r = rows[i];
        r.la_code = c.la_code[i];
        r.la_name = c.la_name[i];
        r.region_code = c.region_code[i];
        r.rcc = to_optional(c.rcc[i]);
        r.lat = c.lat[i];
        r.lon = c.lon[i];
        r.children_looked_after = to_optional(c.children_looked_after[i]);
    }
    return rows;
}

std::vector<IndexPoint> rows_of(const IndexPointColumns& c) {
    std::vector<IndexPoint> rows(c.index.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        IndexPoint& r = rows[i];
        const RowContext row("indices", i, c.index[i]);
        r.index = c.index[i];
        r.date = row.parse_date("date", c.date[i]);
        r.value = c.value[i];
    }
    return rows;
}

std::vector<CurveQuote> rows_of(const CurveQuoteColumns& c) {
    std::vector<CurveQuote> rows(c.as_of.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        CurveQuote& r = rows[i];
        const RowContext row("curves", i, c.tenor[i]);
        r.as_of = row.parse_date("as_of", c.as_of[i]);
        r.curve = c.curve[i];
        r.tenor = c.tenor[i];
        r.instrument = row.parse<CurveInstrument>("instrument", c.instrument[i]);
        r.rate_pct = c.rate_pct[i];
    }
    return rows;
}

std::vector<Entity> rows_of(const EntityColumns& c) {
    std::vector<Entity> rows(c.entity_id.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        Entity& r = rows[i];
        const RowContext row("entities", i, c.entity_id[i]);
        r.entity_id = c.entity_id[i];
        r.name = c.name[i];
        r.parent_entity_id = to_optional(c.parent_entity_id[i]);
        r.owner_type = row.parse<OwnerType>("owner_type", c.owner_type[i]);
        r.wacc_pct = to_optional(c.wacc_pct[i]);
    }
    return rows;
}

std::vector<Setting> rows_of(const SettingColumns& c) {
    std::vector<Setting> rows(c.urn.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        Setting& r = rows[i];
        const RowContext row("settings", i, c.urn[i]);
        r.urn = c.urn[i];
        r.name = c.name[i];
        r.entity_id = c.entity_id[i];
        r.setting_type = row.parse<SettingType>("setting_type", c.setting_type[i]);
        r.la_code = c.la_code[i];
        r.registered_places = c.registered_places[i];
        r.ofsted_rating = row.parse<OfstedRating>("ofsted_rating", c.ofsted_rating[i]);
        r.specialisms = parse_specialisms(row, c.specialisms[i]);
        r.registered_on = row.parse_date("registered_on", c.registered_on[i]);
    }
    return rows;
}

std::vector<Accounts> rows_of(const AccountsColumns& c) {
    std::vector<Accounts> rows(c.entity_id.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        Accounts& r = rows[i];
        const RowContext row("accounts", i, c.entity_id[i]);
        r.entity_id = c.entity_id[i];
        r.period_end = row.parse_date("period_end", c.period_end[i]);
        r.period_months = c.period_months[i];
        r.basis = row.parse<AccountsBasis>("basis", c.basis[i]);
        r.turnover = c.turnover[i];
        r.staff_costs = c.staff_costs[i];
        r.other_operating_costs = c.other_operating_costs[i];
        r.depreciation_amortisation = c.depreciation_amortisation[i];
        r.operating_profit = c.operating_profit[i];
        r.interest_payable = c.interest_payable[i];
        r.profit_before_tax = c.profit_before_tax[i];
        r.tax = to_optional(c.tax[i]);
        r.cash = c.cash[i];
        r.current_assets = c.current_assets[i];
        r.total_assets = c.total_assets[i];
        r.current_liabilities = c.current_liabilities[i];
        r.non_current_liabilities = c.non_current_liabilities[i];
        r.bank_debt = c.bank_debt[i];
        r.shareholder_loans = to_optional(c.shareholder_loans[i]);
        r.lease_liabilities = to_optional(c.lease_liabilities[i]);
        r.retained_earnings = to_optional(c.retained_earnings[i]);
        r.net_assets = c.net_assets[i];
        r.employees = to_optional(c.employees[i]);
        r.capex = to_optional(c.capex[i]);
        r.source = to_optional(c.source[i]);
    }
    return rows;
}

std::vector<Facility> rows_of(const FacilityColumns& c) {
    std::vector<Facility> rows(c.facility_id.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        Facility& r = rows[i];
        const RowContext row("facilities", i, c.facility_id[i]);
        r.facility_id = c.facility_id[i];
        r.entity_id = c.entity_id[i];
        r.kind = row.parse<FacilityKind>("kind", c.kind[i]);
        r.drawn = c.drawn[i];
        r.limit = to_optional(c.limit[i]);
        r.rate_type = row.parse<RateType>("rate_type", c.rate_type[i]);
        r.margin_bps = to_optional(c.margin_bps[i]);
        r.fixed_rate_pct = to_optional(c.fixed_rate_pct[i]);
        r.hedged_pct = to_optional(c.hedged_pct[i]);
        r.start_date = row.parse_date("start_date", c.start_date[i]);
        r.maturity_date = row.parse_date("maturity_date", c.maturity_date[i]);
        r.amortisation = row.parse<Amortisation>("amortisation", c.amortisation[i]);
        r.frequency_months = c.frequency_months[i];
        r.pik = c.pik[i] != 0;
        r.covenant_max_net_leverage = to_optional(c.covenant_max_net_leverage[i]);
        r.covenant_min_interest_cover = to_optional(c.covenant_min_interest_cover[i]);
        r.as_of = row.parse_date("as_of", c.as_of[i]);
    }
    return rows;
}

std::vector<Placement> rows_of(const PlacementColumns& c) {
    std::vector<Placement> rows(c.placement_id.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        Placement& r = rows[i];
        const RowContext row("placements", i, c.placement_id[i]);
        r.placement_id = c.placement_id[i];
        r.la_code = c.la_code[i];
        r.urn = c.urn[i];
        r.placement_type = row.parse<PlacementType>("placement_type", c.placement_type[i]);
        r.need_band = c.need_band[i];
        r.age_band = row.parse<AgeBand>("age_band", c.age_band[i]);
        r.weekly_fee = c.weekly_fee[i];
        r.weekly_extras = to_optional(c.weekly_extras[i]);
        r.start_date = row.parse_date("start_date", c.start_date[i]);
        r.end_date = row.parse_date("end_date", c.end_date[i]);
        r.purchase_route = row.parse<PurchaseRoute>("purchase_route", c.purchase_route[i]);
    }
    return rows;
}

// Diagnostic severities by the names severity_name() prints.
Severity parse_severity(const RowContext& row, const std::string& text) {
    for (const Severity severity : {Severity::Warning, Severity::Error})
        if (severity_name(severity) == text) return severity;
    row.fail("severity", "'" + text + "' is not one of warning, error");
}

}  // namespace

MarketColumns to_columns(const MarketData& data) {
    MarketColumns c;
    append(c.regions, data.regions);
    append(c.local_authorities, data.local_authorities);
    append(c.indices, data.indices);
    append(c.curves, data.curves);
    append(c.entities, data.entities);
    append(c.settings, data.settings);
    append(c.accounts, data.accounts);
    append(c.facilities, data.facilities);
    append(c.placements, data.placements);
    return c;
}

WarningColumns to_columns(const std::vector<Diagnostic>& warnings) {
    WarningColumns c;
    for (std::size_t i = 0; i < warnings.size(); ++i) {
        const Diagnostic& d = warnings[i];
        const RowContext row("ingest_warnings", i, d.code);
        c.file.push_back(row.text("file", d.file));
        c.line.push_back(static_cast<Poco::Int64>(d.line));
        c.column.push_back(static_cast<Poco::Int64>(d.column));
        c.severity.emplace_back(severity_name(d.severity));
        c.code.push_back(row.text("code", d.code));
        c.message.push_back(row.text("message", d.message));
    }
    return c;
}

MarketData to_rows(const MarketColumns& c) {
    MarketData data;
    data.regions = rows_of(c.regions);
    data.local_authorities = rows_of(c.local_authorities);
    data.indices = rows_of(c.indices);
    data.curves = rows_of(c.curves);
    data.entities = rows_of(c.entities);
    data.settings = rows_of(c.settings);
    data.accounts = rows_of(c.accounts);
    data.facilities = rows_of(c.facilities);
    data.placements = rows_of(c.placements);
    return data;
}

std::vector<Diagnostic> to_rows(const WarningColumns& c) {
    std::vector<Diagnostic> warnings(c.file.size());
    for (std::size_t i = 0; i < warnings.size(); ++i) {
        Diagnostic& d = warnings[i];
        const RowContext row("ingest_warnings", i, c.code[i]);
        d.file = c.file[i];
        d.line = static_cast<std::size_t>(c.line[i]);
        d.column = static_cast<std::size_t>(c.column[i]);
        d.severity = parse_severity(row, c.severity[i]);
        d.code = c.code[i];
        d.message = c.message[i];
    }
    return warnings;
}

}  // namespace oversight
