// The watchlist joins the other models' figures: checked on the Harbour group of
// fixtures/small, worked by hand from its CSV files (Topco's consolidated 2025 row).
#include <gtest/gtest.h>

#include "engine/progress.hpp"
#include "ingest/data_directory.hpp"
#include "models/watchlist/watchlist.hpp"

namespace oversight {
namespace {

const Watchlist& small_watchlist() {
    static const Watchlist watchlist = [] {
        SilentProgress quiet;
        IngestResult read = read_data_directory(OVERSIGHT_SOURCE_DIR "/fixtures/small", IngestAssumptions{}, quiet);
        if (read.diagnostics.has_errors()) throw std::runtime_error("fixtures/small does not read clean");
        return compute_watchlist(Market(std::move(read.data)), Assumptions{}, Date::from_ymd(2025, 3, 31));
    }();
    return watchlist;
}

const WatchlistEntry& entry(const std::string& group_id) {
    for (const auto& e : small_watchlist().groups)
        if (e.profile.group_id == group_id) return e;
    throw std::runtime_error("no group " + group_id);
}

TEST(Watchlist, HarbourInputsAreTheOtherModelsFigures) {
    const WatchlistEntry& harbour = entry("14250001");
    const RiskInputs& in = harbour.inputs;
    // Altman Z'': X1 = (2,161,000 - 1,560,000) / 10,301,000 = 0.0583439; X2 = -6,449,000 /
    // 10,301,000 = -0.6260557; X3 = 156,000 / 10,301,000 = 0.0151442; X4 = -3,449,000 /
    // (1,560,000 + 12,190,000) = -0.2508364. Z'' = 6.56 X1 + 3.26 X2 + 6.72 X3 + 1.05 X4 = -1.81982.
    ASSERT_TRUE(in.altman_z_double_prime);
    EXPECT_NEAR(*in.altman_z_double_prime, -1.8198154, 1e-6);
    // Senior net leverage = (6,300,000 + 180,000 - 1,041,000) / (156,000 + 894,000) = 5.18x.
    ASSERT_TRUE(in.net_leverage);
    EXPECT_NEAR(*in.net_leverage, 5.18, 1e-9);
    EXPECT_FALSE(in.ebitda_negative);
    // Both bank facilities carry 7.0x: headroom 1 - 5.18 / 7 = 26 %.
    ASSERT_TRUE(in.min_covenant_headroom_pct);
    EXPECT_NEAR(*in.min_covenant_headroom_pct, 26.0, 1e-9);
    // Liquidity is the simulation's figure; cash interest only (the PIK notes' 12 % rolls up).
    // SONIA 4.46 % (1W). Term loan 6,000,000, half hedged at 2 % + 5.50 %, half at 4.46 % +
    // 5.50 %: 8.73 % = 523,800. Revolver 300,000 at 4.46 % + 5.00 % = 28,380. Lease 180,000
    // at 6 % = 10,800. Cash interest 562,980; the lease's 12 monthly instalments of
    // 180,000 / 120 = 18,000; nothing matures within a year. Cover = (1,041,000 cash +
    // 700,000 undrawn) / (562,980 + 18,000) = 1,741,000 / 580,980 = 2.99666.
    ASSERT_TRUE(harbour.default_probability);
    ASSERT_TRUE(in.liquidity_cover);
    EXPECT_NEAR(*in.liquidity_cover, 1741000.0 / 580980.0, 1e-6);
    // Quality: SC401103 (3 places) requires improvement, of the group's 56 places.
    ASSERT_TRUE(in.places_inadequate_or_ri_pct);
    EXPECT_NEAR(*in.places_inadequate_or_ri_pct, 3.0 / 56.0 * 100.0, 1e-9);
    ASSERT_TRUE(harbour.default_probability);
    EXPECT_EQ(in.default_probability_1y_pct, harbour.default_probability->pd_1y_pct);
    EXPECT_TRUE(harbour.profile.in_scope);
}

TEST(Watchlist, InScopeFirstThenRiskiestFirst) {
    const auto& groups = small_watchlist().groups;
    ASSERT_FALSE(groups.empty());
    for (std::size_t i = 1; i < groups.size(); ++i) {
        const auto& a = groups[i - 1];
        const auto& b = groups[i];
        EXPECT_TRUE(a.profile.in_scope >= b.profile.in_scope);
        if (a.profile.in_scope == b.profile.in_scope) {
            EXPECT_GE(a.assessment.stage, b.assessment.stage);
            if (a.assessment.stage == b.assessment.stage) {
                EXPECT_GE(a.assessment.composite, b.assessment.composite);
            }
        }
    }
    // The council's own homes are listed (with their figures) but never in scope.
    EXPECT_FALSE(entry("05999888").profile.in_scope);
}

TEST(Watchlist, BaseRateComesFromTheCurve) {
    // fixtures/small/curves.csv: the shortest SONIA tenor on 2025-03-31 is 1W.
    EXPECT_EQ(small_watchlist().sonia_source, "curves.csv: SONIA 1W on 2025-03-31");
}

}  // namespace
}  // namespace oversight
