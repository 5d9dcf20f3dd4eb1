#include "models/oversight_risk/oversight_risk.hpp"

#include <algorithm>
#include <cstdio>

#include "models/common/numbers.hpp"
#include "models/risk_scores/altman.hpp"

namespace oversight {
namespace {

double clamp_score(double value) { return std::clamp(value, 0.0, 100.0); }

/// 0 at `good`, 100 at `bad`, linear between, clamped; a step at `good` when the two meet.
double linear_score(double value, double good, double bad) {
    if (good == bad) return (good < bad ? value >= bad : value <= bad) ? 100.0 : 0.0;
    return clamp_score((value - good) / (bad - good) * 100.0);
}

}  // namespace

std::string oversight_stage_name(int stage) {
    switch (stage) {
    case 1: return "Entry";
    case 2: return "Regular monitoring";
    case 3: return "Potential concerns";
    case 4: return "Financial sustainability concerns";
    case 5: return "Significant risk";
    case 6: return "Formal notification";
    }
    return "Unknown";
}

RiskAssessment assess_risk(const RiskInputs& in, const RiskAssumptions& a) {
    RiskAssessment out;
    auto& c = out.components;

    c.push_back({"Altman Z''", in.altman_z_double_prime ? fixed_text(*in.altman_z_double_prime, 2) : "not available",
                 in.altman_z_double_prime
                     ? std::optional<double>(linear_score(*in.altman_z_double_prime, kAltmanZDoublePrimeZones.safe_above,
                                                              kAltmanZDoublePrimeZones.distress_below))
                     : std::nullopt,
                 a.weight_altman, 0.0});

    // A 50 % chance of default within a year is as bad as the scale goes.
    c.push_back({"1-year default probability",
                 in.default_probability_1y_pct ? fixed_text(*in.default_probability_1y_pct, 1, "%") : "not available",
                 in.default_probability_1y_pct ? std::optional<double>(clamp_score(*in.default_probability_1y_pct * 2.0))
                                               : std::nullopt,
                 a.weight_default_probability, 0.0});

    if (in.ebitda_negative)
        c.push_back({"Net leverage", "EBITDA negative", 100.0, a.weight_leverage, 0.0});
    else
        c.push_back({"Net leverage", in.net_leverage ? fixed_text(*in.net_leverage, 1, "x") : "not available",
                     in.net_leverage ? std::optional<double>(linear_score(*in.net_leverage, 0.0, a.leverage_full_risk))
                                     : std::nullopt,
                     a.weight_leverage, 0.0});

    if (in.min_covenant_headroom_pct)
        c.push_back({"Covenant headroom", fixed_text(*in.min_covenant_headroom_pct, 1, "%"),
                     linear_score(*in.min_covenant_headroom_pct, a.headroom_comfortable_pct, 0.0), a.weight_headroom,
                     0.0});
    else if (in.covenants_unmeasured)
        c.push_back({"Covenant headroom", "not measurable", std::nullopt, a.weight_headroom, 0.0});
    else
        c.push_back({"Covenant headroom", "no covenant", 0.0, a.weight_headroom, 0.0});

    if (!in.liquidity_known)
        c.push_back({"Liquidity", "not available", std::nullopt, a.weight_liquidity, 0.0});
    else
        c.push_back({"Liquidity", in.liquidity_cover ? fixed_text(*in.liquidity_cover, 2, "x cover") : "nothing falls due",
                     in.liquidity_cover ? linear_score(*in.liquidity_cover, a.liquidity_comfortable, 0.0) : 0.0,
                     a.weight_liquidity, 0.0});

    c.push_back({"Quality (places rated inadequate or RI)",
                 in.places_inadequate_or_ri_pct ? fixed_text(*in.places_inadequate_or_ri_pct, 1, "%") : "not available",
                 in.places_inadequate_or_ri_pct ? std::optional<double>(clamp_score(*in.places_inadequate_or_ri_pct))
                                                : std::nullopt,
                 a.weight_quality, 0.0});

    double weights_used = 0.0;
    for (const auto& component : c)
        if (component.score) weights_used += component.weight;
    if (weights_used > 0.0)
        for (auto& component : c)
            if (component.score) {
                component.contribution = *component.score * component.weight / weights_used;
                out.composite += component.contribution;
            }

    out.stage = out.composite >= a.stage5_from   ? 5
                : out.composite >= a.stage4_from ? 4
                : out.composite >= a.stage3_from ? 3
                : out.composite >= a.stage2_from ? 2
                                                 : 1;
    if (in.accounts_missing) out.stage = std::max(out.stage, a.stage_without_accounts);
    if (in.default_probability_1y_pct && *in.default_probability_1y_pct >= a.notify_probability_pct) {
        out.stage = 6;
        out.notify_councils = true;
    }
    out.stage_name = oversight_stage_name(out.stage);

    std::vector<const RiskComponent*> ranked;
    for (const auto& component : c)
        if (component.contribution > 0.0) ranked.push_back(&component);
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const RiskComponent* x, const RiskComponent* y) { return x->contribution > y->contribution; });
    if (in.accounts_missing) out.headline_drivers.push_back("no accounts filed");
    for (std::size_t i = 0; i < ranked.size() && out.headline_drivers.size() < 3; ++i)
        out.headline_drivers.push_back(ranked[i]->name + " " + ranked[i]->input);
    return out;
}

}  // namespace oversight
