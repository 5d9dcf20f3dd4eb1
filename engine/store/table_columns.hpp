/// \file table_columns.hpp
/// \brief Each table of the store column by column: one vector per column, the shape
/// Poco binds to a prepared statement that then runs once per row (and extracts into on
/// the way back). Converting rows to columns checks every value; converting back parses
/// every code and date. No SQL here: the statements are in table_statements.hpp.
#pragma once

#include <Poco/Types.h>

#include <cstddef>
#include <string>
#include <vector>

#include "engine/diagnostic.hpp"
#include "engine/domain/market_data.hpp"
#include "engine/store/sql_values.hpp"

namespace oversight {

struct RegionColumns {
    std::vector<std::string> region_code, region_name;
};

struct LocalAuthorityColumns {
    std::vector<std::string> la_code, la_name, region_code;
    std::vector<OptionalText> rcc;
    std::vector<double> lat, lon;
    std::vector<OptionalInteger> children_looked_after;
};

struct IndexPointColumns {
    std::vector<std::string> index, date;
    std::vector<double> value;
};

struct CurveQuoteColumns {
    std::vector<std::string> as_of, curve, tenor, instrument;
    std::vector<double> rate_pct;
};

struct EntityColumns {
    std::vector<std::string> entity_id, name;
    std::vector<OptionalText> parent_entity_id;
    std::vector<std::string> owner_type;
    std::vector<OptionalReal> wacc_pct;
};

struct SettingColumns {
    std::vector<std::string> urn, name, entity_id, setting_type, la_code;
    std::vector<int> registered_places;
    std::vector<std::string> ofsted_rating;
    std::vector<OptionalText> specialisms;  ///< ';'-separated codes, as in settings.csv
    std::vector<OptionalText> registered_on;
};

struct AccountsColumns {
    std::vector<std::string> entity_id, period_end;
    std::vector<int> period_months;
    std::vector<std::string> basis;
    std::vector<double> turnover, staff_costs, other_operating_costs, depreciation_amortisation,
        operating_profit, interest_payable, profit_before_tax;
    std::vector<OptionalReal> tax;
    std::vector<double> cash, current_assets, total_assets, current_liabilities,
        non_current_liabilities, bank_debt;
    std::vector<OptionalReal> shareholder_loans, lease_liabilities, retained_earnings;
    std::vector<double> net_assets;
    std::vector<OptionalInteger> employees;
    std::vector<OptionalReal> capex;
    std::vector<OptionalText> source;
};

struct FacilityColumns {
    std::vector<std::string> facility_id, entity_id, kind;
    std::vector<double> drawn;
    std::vector<OptionalReal> limit;
    std::vector<std::string> rate_type;
    std::vector<OptionalReal> margin_bps, fixed_rate_pct, hedged_pct;
    std::vector<std::string> start_date, maturity_date, amortisation;
    std::vector<int> frequency_months;
    std::vector<int> pik;  ///< 0 or 1: portable where BOOLEAN is not
    std::vector<OptionalReal> covenant_max_net_leverage, covenant_min_interest_cover;
    std::vector<std::string> as_of;
};

struct PlacementColumns {
    std::vector<std::string> placement_id, la_code, urn, placement_type;
    std::vector<int> need_band;
    std::vector<OptionalText> age_band;
    std::vector<double> weekly_fee;
    std::vector<OptionalReal> weekly_extras;
    std::vector<std::string> start_date;
    std::vector<OptionalText> end_date;
    std::vector<std::string> purchase_route;
};

struct WarningColumns {
    std::vector<std::string> file;
    std::vector<Poco::Int64> line, column;
    std::vector<std::string> severity, code, message;
};

/// Every table of one data set, column-wise.
struct MarketColumns {
    RegionColumns regions;
    LocalAuthorityColumns local_authorities;
    IndexPointColumns indices;
    CurveQuoteColumns curves;
    EntityColumns entities;
    SettingColumns settings;
    AccountsColumns accounts;
    FacilityColumns facilities;
    PlacementColumns placements;
};

/// Throws std::runtime_error naming table, row and column for a value the store cannot
/// keep exactly (NaN, text with NUL, a date outside 0000-9999).
MarketColumns to_columns(const MarketData& data);
WarningColumns to_columns(const std::vector<Diagnostic>& warnings);

/// Throws std::runtime_error naming table, row and column for an unknown code or a
/// malformed date (a store edited by hand, or written by a build with other codes).
MarketData to_rows(const MarketColumns& columns);
std::vector<Diagnostic> to_rows(const WarningColumns& columns);

}  // namespace oversight
