/// \file store_test_support.hpp
/// \brief Shared by the store tests: a temporary directory, a hand-built data set that
/// touches every table, column, enumerator and awkward value, and field-by-field checks.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <limits>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include <Poco/Data/SQLite/SessionImpl.h>
#include <Poco/Data/Session.h>

#include "engine/diagnostic.hpp"
#include "engine/domain/codes.hpp"
#include "engine/domain/market_data.hpp"
#include "engine/store/store.hpp"

namespace oversight {

/// gtest prints a Date as its ISO text rather than as raw bytes.
inline void PrintTo(const Date& date, std::ostream* out) { *out << date.iso(); }

namespace store_test {

/// A fresh directory under the system temporary directory, removed with its contents.
class TempDir {
public:
    TempDir() {
        std::string pattern = (std::filesystem::temp_directory_path() / "oversight-store-XXXXXX").string();
        if (!::mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
        path_ = pattern;
    }
    ~TempDir() {
        std::error_code ignored;
        std::filesystem::remove_all(path_, ignored);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    std::string file(const std::string& name) const { return (path_ / name).string(); }

private:
    std::filesystem::path path_;
};

/// A connection that bypasses the Store, to look at or tamper with the file directly.
inline Poco::Data::Session raw_session(const std::string& path) {
    return Poco::Data::Session(new Poco::Data::SQLite::SessionImpl(path, 0));
}

inline Date day(int year, unsigned month, unsigned d) { return Date::from_ymd(year, month, d); }

/// Every enumerator of E, in the order of its code table.
template <typename E>
std::vector<E> every() {
    std::vector<E> values;
    for (const auto& entry : CodeTable<E>::entries) values.push_back(entry.first);
    return values;
}

// Text that breaks naive CSV or SQL handling, or spreadsheet import.
inline const std::string kQuoted = "\"Quoted\" Care, Ltd.";
inline const std::string kMultiline = "first line\nsecond line\r\nthird, with comma";
inline const std::string kFormula = "=HYPERLINK(\"http://x\",\"y\")";
inline const std::string kLeadingMinus = "-Minus Homes";
inline const std::string kNonAscii = "C\xC3\xB4te d'Azur Soins \xE2\x80\x94 \xF0\x9F\x8C\x9F";  // Côte ... — 🌟
inline const std::string kSqlLike = "Robert'); DROP TABLE placements;--";

/// One data set covering every table; every optional both present and absent; every
/// enumerator at least once; awkward text; negative, tiny, huge and inexact doubles.
inline MarketData sample_market_data() {
    MarketData data;
    data.regions = {{"E12000001", "North East"}, {"E12000007", kQuoted}};

    data.local_authorities = {
        {"E06000001", "Hartlepool", "E12000001", "North East RCC", 54.6918, -1.2129, 212},
        {"E09000001", kMultiline, "E12000007", std::nullopt, 51.5155, -0.0922, std::nullopt},
        {"E10000002", kNonAscii, "E12000007", kFormula, 0.1 + 0.2, -179.99999999999997, 0},
    };

    data.indices = {
        {"cpi", day(2024, 1, 1), 131.5},
        {"wages", day(2024, 2, 29), 0.1 + 0.2},
        {kLeadingMinus, day(1900, 1, 1), 1e-300},
    };

    for (const CurveInstrument instrument : every<CurveInstrument>())
        data.curves.push_back({day(2025, 3, 31), "SONIA",
                               instrument == CurveInstrument::Deposit ? "1W" : "30Y", instrument,
                               instrument == CurveInstrument::Deposit ? 4.6999999999999998 : -0.125});

    const std::vector<std::string> entity_ids = {"01234567", "SC123456", "CH1234567", "OC000001",
                                                 "LA000001"};
    const std::vector<std::string> entity_names = {kQuoted, kFormula, kLeadingMinus, kNonAscii,
                                                   kSqlLike};
    const auto owners = every<OwnerType>();
    for (std::size_t i = 0; i < owners.size(); ++i)
        data.entities.push_back(
            {entity_ids[i], entity_names[i],
             i == 0 ? std::nullopt : std::optional<std::string>(entity_ids[0]), owners[i],
             i % 2 == 0 ? std::optional<double>(7.25 + static_cast<double>(i) / 3.0) : std::nullopt});

    const auto setting_types = every<SettingType>();
    const auto ratings = every<OfstedRating>();
    for (std::size_t i = 0; i < setting_types.size(); ++i) {
        Setting setting;
        setting.urn = "SC" + std::to_string(100000 + i);
        setting.name = i == 0 ? kMultiline : "Home " + std::to_string(i);
        setting.entity_id = entity_ids[i % entity_ids.size()];
        setting.setting_type = setting_types[i];
        setting.la_code = data.local_authorities[i % 3].la_code;
        setting.registered_places = static_cast<int>(i) * 3;
        setting.ofsted_rating = ratings[i % ratings.size()];
        if (i == 0) setting.specialisms = every<Specialism>();
        if (i == 2) setting.specialisms = {Specialism::Therapeutic};
        if (i % 2 == 1) setting.registered_on = day(2010 + static_cast<int>(i), 6, 30);
        data.settings.push_back(setting);
    }

    for (const AccountsBasis basis : every<AccountsBasis>()) {
        Accounts a;
        a.entity_id = entity_ids[0];
        a.period_end = day(2024, 3, 31);
        a.period_months = basis == AccountsBasis::Entity ? 12 : 15;
        a.basis = basis;
        a.turnover = 123456789012.34;
        a.staff_costs = 9.007199254740993e15;
        a.other_operating_costs = 0.1 + 0.7;
        a.depreciation_amortisation = 4.9406564584124654e-324;  // smallest subnormal
        a.operating_profit = -98765432.1;
        a.interest_payable = 1.7976931348623157e308;  // largest double
        a.profit_before_tax = -1e-9;
        a.cash = 2.5;
        a.current_assets = 1e15;
        a.total_assets = 3.0000000000000004;
        a.current_liabilities = 0.0;
        a.non_current_liabilities = 12.345678901234567;
        a.bank_debt = 1e22;
        a.net_assets = -4321.125;
        if (basis == AccountsBasis::Entity) {
            a.tax = -12.5;
            a.shareholder_loans = 5e6;
            a.lease_liabilities = 0.0;
            a.retained_earnings = -7.77e7;
            a.employees = 1234;
            a.capex = 987.654321;
            a.source = "accounts/" + kQuoted + ".xhtml";
        }
        data.accounts.push_back(a);
    }

    const auto kinds = every<FacilityKind>();
    for (std::size_t i = 0; i < kinds.size(); ++i) {
        Facility f;
        f.facility_id = "F" + std::to_string(i) + (i == 4 ? kNonAscii : "");
        f.entity_id = entity_ids[i];
        f.kind = kinds[i];
        f.drawn = 1.5e8 + static_cast<double>(i) / 7.0;
        f.rate_type = i % 2 == 0 ? RateType::SoniaFloating : RateType::Fixed;
        f.amortisation = i % 2 == 0 ? Amortisation::Bullet : Amortisation::Linear;
        f.start_date = day(2021, 1, 15);
        f.maturity_date = day(2030, 12, 31);
        f.frequency_months = i % 2 == 0 ? 3 : 12;
        f.pik = i == 3;
        f.as_of = day(2025, 3, 31);
        if (i % 2 == 0) {
            f.limit = 2e8;
            f.margin_bps = 475.5;
            f.hedged_pct = 66.666666666666671;
            f.covenant_max_net_leverage = 6.25;
            f.covenant_min_interest_cover = 1.75;
        } else {
            f.fixed_rate_pct = 9.125;
        }
        data.facilities.push_back(f);
    }

    const auto types = every<PlacementType>();
    const auto ages = every<AgeBand>();
    const auto routes = every<PurchaseRoute>();
    for (std::size_t i = 0; i < types.size(); ++i) {
        Placement p;
        p.placement_id = i == 7 ? kSqlLike : "P" + std::to_string(i);
        p.la_code = data.local_authorities[i % 3].la_code;
        p.urn = data.settings[i % data.settings.size()].urn;
        p.placement_type = types[i];
        p.need_band = 1 + static_cast<int>(i % 4);
        if (i < ages.size()) p.age_band = ages[i];
        p.weekly_fee = i == 5 ? -0.01 : 4321.99 * static_cast<double>(i + 1);
        if (i % 2 == 0) p.weekly_extras = 1e-2 * static_cast<double>(i);
        p.start_date = day(2023, 1 + static_cast<unsigned>(i), 1);
        if (i % 3 == 0) p.end_date = day(2025, 12, 31);
        p.purchase_route = routes[i % routes.size()];
        data.placements.push_back(p);
    }
    return data;
}

/// A second, different data set: same shape, other values.
inline MarketData other_market_data() {
    MarketData data;
    data.regions = {{"E12000009", "South West"}};
    data.local_authorities = {{"E06000022", "Bath", "E12000009", std::nullopt, 51.38, -2.36, 150}};
    data.entities = {{"07654321", "Other Care Ltd", std::nullopt, OwnerType::Private, std::nullopt}};
    Setting setting;
    setting.urn = "SC999999";
    setting.name = "Other Home";
    setting.entity_id = "07654321";
    setting.la_code = "E06000022";
    setting.registered_places = 4;
    data.settings = {setting};
    Placement p;
    p.placement_id = "Q1";
    p.la_code = "E06000022";
    p.urn = "SC999999";
    p.weekly_fee = 5000.0;
    p.start_date = day(2024, 4, 1);
    data.placements = {p};
    return data;
}

inline std::vector<Diagnostic> sample_warnings() {
    return {
        {"accounts.csv", 12, 7, Severity::Warning, "ACC001", "balance sheet off by 1,234.5"},
        {"settings.csv", 0, 0, Severity::Warning, "CSV010", kMultiline + " " + kNonAscii},
        {"accounts/" + kQuoted + ".xhtml", 3, 0, Severity::Error, "IXB002", kFormula},
    };
}

inline IngestRecord sample_record() {
    return {"/data/england, \"v2\"", "2026-11-23T10:15:00Z", 123};
}

// --- field-by-field comparison ---------------------------------------------------------

inline void expect_same(const Region& e, const Region& a) {
    EXPECT_EQ(e.region_code, a.region_code);
    EXPECT_EQ(e.region_name, a.region_name);
}

inline void expect_same(const LocalAuthority& e, const LocalAuthority& a) {
    EXPECT_EQ(e.la_code, a.la_code);
    EXPECT_EQ(e.la_name, a.la_name);
    EXPECT_EQ(e.region_code, a.region_code);
    EXPECT_EQ(e.rcc, a.rcc);
    EXPECT_EQ(e.lat, a.lat);
    EXPECT_EQ(e.lon, a.lon);
    EXPECT_EQ(e.children_looked_after, a.children_looked_after);
}

inline void expect_same(const IndexPoint& e, const IndexPoint& a) {
    EXPECT_EQ(e.index, a.index);
    EXPECT_EQ(e.date, a.date);
    EXPECT_EQ(e.value, a.value);
}

inline void expect_same(const CurveQuote& e, const CurveQuote& a) {
    EXPECT_EQ(e.as_of, a.as_of);
    EXPECT_EQ(e.curve, a.curve);
    EXPECT_EQ(e.tenor, a.tenor);
    EXPECT_EQ(e.instrument, a.instrument);
    EXPECT_EQ(e.rate_pct, a.rate_pct);
}

inline void expect_same(const Entity& e, const Entity& a) {
    EXPECT_EQ(e.entity_id, a.entity_id);
    EXPECT_EQ(e.name, a.name);
    EXPECT_EQ(e.parent_entity_id, a.parent_entity_id);
    EXPECT_EQ(e.owner_type, a.owner_type);
    EXPECT_EQ(e.wacc_pct, a.wacc_pct);
}

inline void expect_same(const Setting& e, const Setting& a) {
    EXPECT_EQ(e.urn, a.urn);
    EXPECT_EQ(e.name, a.name);
    EXPECT_EQ(e.entity_id, a.entity_id);
    EXPECT_EQ(e.setting_type, a.setting_type);
    EXPECT_EQ(e.la_code, a.la_code);
    EXPECT_EQ(e.registered_places, a.registered_places);
    EXPECT_EQ(e.ofsted_rating, a.ofsted_rating);
    EXPECT_EQ(e.specialisms, a.specialisms);
    EXPECT_EQ(e.registered_on, a.registered_on);
}

inline void expect_same(const Accounts& e, const Accounts& a) {
    EXPECT_EQ(e.entity_id, a.entity_id);
    EXPECT_EQ(e.period_end, a.period_end);
    EXPECT_EQ(e.period_months, a.period_months);
    EXPECT_EQ(e.basis, a.basis);
    EXPECT_EQ(e.turnover, a.turnover);
    EXPECT_EQ(e.staff_costs, a.staff_costs);
    EXPECT_EQ(e.other_operating_costs, a.other_operating_costs);
    EXPECT_EQ(e.depreciation_amortisation, a.depreciation_amortisation);
    EXPECT_EQ(e.operating_profit, a.operating_profit);
    EXPECT_EQ(e.interest_payable, a.interest_payable);
    EXPECT_EQ(e.profit_before_tax, a.profit_before_tax);
    EXPECT_EQ(e.tax, a.tax);
    EXPECT_EQ(e.cash, a.cash);
    EXPECT_EQ(e.current_assets, a.current_assets);
    EXPECT_EQ(e.total_assets, a.total_assets);
    EXPECT_EQ(e.current_liabilities, a.current_liabilities);
    EXPECT_EQ(e.non_current_liabilities, a.non_current_liabilities);
    EXPECT_EQ(e.bank_debt, a.bank_debt);
    EXPECT_EQ(e.shareholder_loans, a.shareholder_loans);
    EXPECT_EQ(e.lease_liabilities, a.lease_liabilities);
    EXPECT_EQ(e.retained_earnings, a.retained_earnings);
    EXPECT_EQ(e.net_assets, a.net_assets);
    EXPECT_EQ(e.employees, a.employees);
    EXPECT_EQ(e.capex, a.capex);
    EXPECT_EQ(e.source, a.source);
}

inline void expect_same(const Facility& e, const Facility& a) {
    EXPECT_EQ(e.facility_id, a.facility_id);
    EXPECT_EQ(e.entity_id, a.entity_id);
    EXPECT_EQ(e.kind, a.kind);
    EXPECT_EQ(e.drawn, a.drawn);
    EXPECT_EQ(e.limit, a.limit);
    EXPECT_EQ(e.rate_type, a.rate_type);
    EXPECT_EQ(e.margin_bps, a.margin_bps);
    EXPECT_EQ(e.fixed_rate_pct, a.fixed_rate_pct);
    EXPECT_EQ(e.hedged_pct, a.hedged_pct);
    EXPECT_EQ(e.start_date, a.start_date);
    EXPECT_EQ(e.maturity_date, a.maturity_date);
    EXPECT_EQ(e.amortisation, a.amortisation);
    EXPECT_EQ(e.frequency_months, a.frequency_months);
    EXPECT_EQ(e.pik, a.pik);
    EXPECT_EQ(e.covenant_max_net_leverage, a.covenant_max_net_leverage);
    EXPECT_EQ(e.covenant_min_interest_cover, a.covenant_min_interest_cover);
    EXPECT_EQ(e.as_of, a.as_of);
}

inline void expect_same(const Placement& e, const Placement& a) {
    EXPECT_EQ(e.placement_id, a.placement_id);
    EXPECT_EQ(e.la_code, a.la_code);
    EXPECT_EQ(e.urn, a.urn);
    EXPECT_EQ(e.placement_type, a.placement_type);
    EXPECT_EQ(e.need_band, a.need_band);
    EXPECT_EQ(e.age_band, a.age_band);
    EXPECT_EQ(e.weekly_fee, a.weekly_fee);
    EXPECT_EQ(e.weekly_extras, a.weekly_extras);
    EXPECT_EQ(e.start_date, a.start_date);
    EXPECT_EQ(e.end_date, a.end_date);
    EXPECT_EQ(e.purchase_route, a.purchase_route);
}

inline void expect_same(const Diagnostic& e, const Diagnostic& a) {
    EXPECT_EQ(e.file, a.file);
    EXPECT_EQ(e.line, a.line);
    EXPECT_EQ(e.column, a.column);
    EXPECT_EQ(e.severity, a.severity);
    EXPECT_EQ(e.code, a.code);
    EXPECT_EQ(e.message, a.message);
}

template <typename Row>
void expect_same_rows(const char* table, const std::vector<Row>& expected,
                      const std::vector<Row>& actual) {
    ASSERT_EQ(expected.size(), actual.size()) << table;
    for (std::size_t i = 0; i < expected.size(); ++i) {
        SCOPED_TRACE(std::string(table) + " row " + std::to_string(i));
        expect_same(expected[i], actual[i]);
    }
}

inline void expect_same(const MarketData& e, const MarketData& a) {
    expect_same_rows("regions", e.regions, a.regions);
    expect_same_rows("local_authorities", e.local_authorities, a.local_authorities);
    expect_same_rows("indices", e.indices, a.indices);
    expect_same_rows("curves", e.curves, a.curves);
    expect_same_rows("entities", e.entities, a.entities);
    expect_same_rows("settings", e.settings, a.settings);
    expect_same_rows("accounts", e.accounts, a.accounts);
    expect_same_rows("facilities", e.facilities, a.facilities);
    expect_same_rows("placements", e.placements, a.placements);
}

}  // namespace store_test
}  // namespace oversight
