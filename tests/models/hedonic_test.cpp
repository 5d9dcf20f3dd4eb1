// The hedonic price model recovers effects it was given (models/prices/hedonic.hpp): data
// generated with known log-price effects and noise, then fitted.
#include "models/prices/hedonic.hpp"
#include "models/prices/price_index.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <set>
#include <stdexcept>

#include "engine/random.hpp"

namespace oversight {
namespace {

constexpr int kProviders = 12;
double provider_effect(int i) { return 0.02 * (i - 5.5); }  // -0.11 .. +0.11

// True effects against the reference levels (each the most frequent level).
const std::map<std::string, double> kRegion = {{"E12000002", 0.0}, {"E12000007", 0.20}};
const std::map<PlacementType, double> kType = {{PlacementType::K2, 0.0}, {PlacementType::U4, -1.60}};
const std::map<int, double> kBand = {{1, 0.0}, {2, 0.10}, {3, 0.25}, {4, 0.45}};
const std::map<AgeBand, double> kAge = {{AgeBand::Age10to15, 0.0}, {AgeBand::Age16to17, 0.05}, {AgeBand::Age5to9, -0.03}};
const std::map<PurchaseRoute, double> kRoute = {
    {PurchaseRoute::Framework, 0.0}, {PurchaseRoute::Spot, 0.08}, {PurchaseRoute::Block, -0.04}};
const std::map<int, double> kYear = {{2022, 0.0}, {2023, 0.05}, {2024, 0.10}};
constexpr double kIntercept = 8.3;  // log(4,024)
constexpr double kNoise = 0.05;

struct Generated {
    MarketData data;
    std::vector<int> placements_of;  // per provider
};

Generated generate(int placements, bool in_house_provider) {
    Generated g;
    MarketData& d = g.data;
    d.regions = {{"E12000002", "North West"}, {"E12000007", "London"}};
    d.local_authorities = {{"E08000003", "Manchester", "E12000002", std::nullopt, 53.48, -2.24, std::nullopt},
                           {"E08000001", "Bolton", "E12000002", std::nullopt, 53.58, -2.43, std::nullopt},
                           {"E09000033", "Westminster", "E12000007", std::nullopt, 51.50, -0.14, std::nullopt}};
    const int providers = kProviders + (in_house_provider ? 1 : 0);
    for (int i = 0; i < providers; ++i) {
        const std::string id = "G" + std::to_string(100 + i);
        d.entities.push_back({id, "Group " + id, std::nullopt, OwnerType::Private, std::nullopt});
        Setting s;
        s.urn = "S" + std::to_string(100 + i);
        s.name = s.urn;
        s.entity_id = id;
        s.la_code = "E08000003";
        d.settings.push_back(s);
    }
    g.placements_of.assign(static_cast<std::size_t>(providers), 0);
    Random rng(20261123, 1);
    const std::vector<std::string> las = {"E08000003", "E08000001", "E09000033"};
    const double la_w[] = {0.4, 0.3, 0.3}, type_w[] = {0.6, 0.4}, band_w[] = {0.4, 0.3, 0.2, 0.1};
    const double age_w[] = {0.5, 0.3, 0.2}, route_w[] = {0.5, 0.3, 0.2}, year_w[] = {0.4, 0.3, 0.3}, provider_w[] = {1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3};
    const AgeBand ages[] = {AgeBand::Age10to15, AgeBand::Age16to17, AgeBand::Age5to9};
    const PurchaseRoute routes[] = {PurchaseRoute::Framework, PurchaseRoute::Spot, PurchaseRoute::Block};
    for (int n = 0; n < placements; ++n) {
        Placement p;
        p.placement_id = "P" + std::to_string(n);
        const bool in_house = in_house_provider && n % 10 == 0;
        const int provider = in_house ? kProviders : static_cast<int>(rng.pick(provider_w));
        p.la_code = las[rng.pick(la_w)];
        p.urn = "S" + std::to_string(100 + provider);
        p.placement_type = rng.pick(type_w) == 0 ? PlacementType::K2 : PlacementType::U4;
        p.need_band = static_cast<int>(rng.pick(band_w)) + 1;
        p.age_band = ages[rng.pick(age_w)];
        p.purchase_route = in_house ? PurchaseRoute::InHouse : routes[rng.pick(route_w)];
        const int year = 2022 + static_cast<int>(rng.pick(year_w));
        p.start_date = Date::from_ymd(year, rng.uniform_int(1, 12), rng.uniform_int(1, 28));
        const std::string region = p.la_code == "E09000033" ? "E12000007" : "E12000002";
        const double log_fee = kIntercept + kRegion.at(region) + kType.at(p.placement_type) +
                               kBand.at(p.need_band) + kAge.at(*p.age_band) +
                               (in_house ? -0.30 : kRoute.at(p.purchase_route)) + kYear.at(year) +
                               (in_house ? 0.0 : provider_effect(provider)) + rng.normal(0.0, kNoise);
        p.weekly_fee = std::exp(log_fee);
        d.placements.push_back(p);
        ++g.placements_of[static_cast<std::size_t>(provider)];
    }
    return g;
}

PriceFilter three_years() {
    PriceFilter f;
    f.from = Date::from_ymd(2022, 1, 1);
    f.to = Date::from_ymd(2024, 12, 31);
    return f;
}

const HedonicTerm& term(const HedonicFit& fit, const std::string& factor, const std::string& level) {
    for (const HedonicTerm& t : fit.terms)
        if (t.factor == factor && t.level == level) return t;
    throw std::runtime_error("no term " + factor + " " + level);
}

TEST(Hedonic, RecoversTheEffectsItWasGiven) {
    Generated g = generate(6000, false);
    const Market market(std::move(g.data));
    const HedonicFit fit = fit_hedonic(market, three_years());
    EXPECT_EQ(fit.observations, 6000u);
    // 1 + 1 region + 1 type + 3 bands + 2 ages + 2 routes + 2 years + 11 providers.
    EXPECT_EQ(fit.parameters, 23u);
    EXPECT_TRUE(fit.states.empty());
    EXPECT_NEAR(fit.residual_sd, kNoise, 0.005);
    EXPECT_GT(fit.r_squared, 0.99);
    const auto expect_effect = [&](const std::string& factor, const std::string& level, double truth) {
        const HedonicTerm& t = term(fit, factor, level);
        EXPECT_FALSE(t.reference) << factor << " " << level;
        EXPECT_GT(t.std_error, 0.0);
        EXPECT_LT(t.std_error, 0.005) << factor << " " << level;
        EXPECT_NEAR(t.estimate, truth, 4 * t.std_error) << factor << " " << level;
    };
    expect_effect("region", "E12000007", 0.20);
    expect_effect("type", "U4", -1.60);
    expect_effect("band", "2", 0.10);
    expect_effect("band", "3", 0.25);
    expect_effect("band", "4", 0.45);
    expect_effect("age", "16-17", 0.05);
    expect_effect("age", "5-9", -0.03);
    expect_effect("route", "spot", 0.08);
    expect_effect("route", "block", -0.04);
    expect_effect("year", "2023", 0.05);
    expect_effect("year", "2024", 0.10);
    EXPECT_TRUE(term(fit, "band", "1").reference);
    EXPECT_TRUE(term(fit, "type", "K2").reference);

    // Providers against the placement-weighted average of the true effects.
    double average = 0.0;
    for (int i = 0; i < kProviders; ++i) average += g.placements_of[static_cast<std::size_t>(i)] * provider_effect(i);
    average /= 6000.0;
    // The intercept is reported at the average provider: the true intercept plus the
    // placement-weighted average of the provider effects.
    const HedonicTerm& intercept = term(fit, "intercept", "");
    EXPECT_NEAR(intercept.estimate, kIntercept + average, 4 * intercept.std_error);
    EXPECT_EQ(intercept.providers, static_cast<std::size_t>(kProviders));
    ASSERT_EQ(fit.providers.size(), static_cast<std::size_t>(kProviders));
    for (int i = 0; i < kProviders; ++i) {
        const ProviderPremium& premium = fit.providers[static_cast<std::size_t>(i)];  // by id: G100, G101, ...
        EXPECT_EQ(premium.group_id, "G" + std::to_string(100 + i));
        EXPECT_EQ(premium.placements, static_cast<std::size_t>(g.placements_of[static_cast<std::size_t>(i)]));
        EXPECT_NEAR(premium.effect, provider_effect(i) - average, 4 * premium.std_error) << i;
        EXPECT_NEAR(premium.premium_pct, 100.0 * std::expm1(premium.effect), 1e-9);
        EXPECT_LT(premium.premium_low_pct, premium.premium_pct);
        EXPECT_GT(premium.premium_high_pct, premium.premium_pct);
    }
}

TEST(Hedonic, AProviderOnlyTheRouteDescribesIsNotIdentified) {
    // A council's in-house service (G112) has every in_house placement and nothing else: its
    // dummy equals the in_house route's, so it is left out and said to be.
    Generated g = generate(3000, true);
    const Market market(std::move(g.data));
    const HedonicFit fit = fit_hedonic(market, three_years());
    ASSERT_EQ(fit.states.size(), 1u);
    EXPECT_EQ(fit.states[0], "provider G112: not identified (a combination of the other columns), left out");
    EXPECT_FALSE(fit.providers.back().identified);
    // The route's coefficient takes the service's whole difference from the reference case:
    // -0.30, and no provider effect where the reference provider (the one with the most
    // placements) has its own, which the intercept carries.
    int reference = 0;
    for (int i = 1; i < kProviders; ++i)
        if (g.placements_of[static_cast<std::size_t>(i)] > g.placements_of[static_cast<std::size_t>(reference)]) reference = i;
    const HedonicTerm& in_house = term(fit, "route", "in_house");
    EXPECT_EQ(in_house.providers, 1u);  // only the council's own service: disclosure control reads this
    EXPECT_EQ(term(fit, "type", "U4").providers, static_cast<std::size_t>(kProviders) + 1);  // and the service
    EXPECT_NEAR(in_house.estimate, -0.30 - provider_effect(reference), 4 * in_house.std_error);
}

TEST(Hedonic, TooFewPlacementsForTheParameters) {
    Generated g = generate(10, false);
    const Market market(std::move(g.data));
    EXPECT_THROW(fit_hedonic(market, three_years()), std::invalid_argument);
}

TEST(PriceIndex, RecoversTheYearEffectsInEveryRegionAndType) {
    // The generator's year effects hold in every region and type: 2023 +0.05 and 2024 +0.10
    // against 2022, so the index is 100, 100 e^0.05 = 105.13, 100 e^0.10 = 110.52.
    // CPI: 2022 the mean of 99 and 101 = 100, 2023 110, 2024 none. Real 2023 = index x 100 / 110.
    Generated g = generate(6000, false);
    g.data.indices = {{"cpi", Date::from_ymd(2022, 3, 31), 99.0},
                      {"cpi", Date::from_ymd(2022, 9, 30), 101.0},
                      {"cpi", Date::from_ymd(2023, 3, 31), 110.0},
                      {"wages", Date::from_ymd(2024, 3, 31), 120.0}};
    const Market market(std::move(g.data));
    const PriceIndex index = price_index(market, three_years());
    ASSERT_EQ(index.points.size(), 2u * 2u * 3u);  // regions x types x years
    for (const PriceIndexPoint& point : index.points) {
        const double truth = point.year == 2022 ? 0.0 : point.year == 2023 ? 0.05 : 0.10;
        const std::string where = point.region_code + " " + point.type + " " + std::to_string(point.year);
        if (point.year == 2022) {
            EXPECT_DOUBLE_EQ(point.index, 100.0) << where;
            EXPECT_EQ(point.log_std_error, 0.0) << where;
        } else {
            EXPECT_GT(point.log_std_error, 0.0) << where;
            EXPECT_NEAR(std::log(point.index / 100.0), truth, 4 * point.log_std_error) << where;
        }
        if (point.year == 2024) {
            EXPECT_FALSE(point.real_index) << where;
        } else {
            ASSERT_TRUE(point.real_index) << where;
            EXPECT_NEAR(*point.real_index, point.index * 100.0 / (point.year == 2022 ? 100.0 : 110.0), 1e-9) << where;
        }
    }
    ASSERT_EQ(index.states.size(), 1u);
    EXPECT_EQ(index.states[0], "no CPI (indices.csv, index cpi) for 2024: real index left out where it is needed");
    EXPECT_EQ(index.points.front().region_name, "North West");
}

TEST(PriceIndex, ACellWithTooFewPlacementsHasNoIndexAndSaysSo) {
    Generated g = generate(40, false);
    const Market market(std::move(g.data));
    const PriceIndex index = price_index(market, three_years());
    // Forty placements over four region x type cells, each fitting band, age, route, year
    // and up to twelve providers: some cell has too few.
    std::set<std::string> without;
    for (const std::string& state : index.states)
        if (state.find(": no index (") != std::string::npos) without.insert(state.substr(0, state.find(':')));
    EXPECT_FALSE(without.empty());
    for (const PriceIndexPoint& point : index.points)
        EXPECT_FALSE(without.count("region " + point.region_code + " type " + point.type)) << point.region_code;
}

}  // namespace
}  // namespace oversight
