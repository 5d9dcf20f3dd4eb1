#include "reports/builders/debt_brief.hpp"

#include <stdexcept>
#include <string>

#include "engine/domain/codes.hpp"
#include "reports/builders/curve_table.hpp"
#include "reports/builders/stress_tables.hpp"

namespace oversight {
namespace {

std::string rate_text(const Facility& f, const FacilitySchedule& s) {
    if (!s.floating) return format_value(*s.fixed_rate_pct, ColumnKind::Percent, 2) + " fixed";
    if (f.rate_type == RateType::Fixed) return "SONIA (no fixed rate given)";
    return "SONIA + " + format_value(s.margin_bps, ColumnKind::Number, 0) + " bp";
}

std::string repayment_text(const Facility& f) {
    if (f.amortisation == Amortisation::Bullet || f.frequency_months <= 0) return "bullet";
    return "linear, every " + std::to_string(f.frequency_months) + " months";
}

Table facilities_table(const StressedProvider& provider, const std::vector<FacilitySchedule>& schedules) {
    Table t("facilities", "Facilities at " + provider.inputs().as_of.iso() + " and their projection on the base curve",
            {{"facility_id", "Facility", ColumnKind::Text, 0},
             {"entity_id", "Borrower", ColumnKind::Text, 0},
             {"kind", "Kind", ColumnKind::Text, 0},
             {"drawn", "Drawn", ColumnKind::Money, 0},
             {"limit", "Limit", ColumnKind::Money, 0},
             {"rate", "Rate", ColumnKind::Text, 0},
             {"hedged_pct", "Hedged", ColumnKind::Percent, 0},
             {"hedge_swap_rate_pct", "Hedge rate", ColumnKind::Percent, 2},
             {"maturity", "Maturity", ColumnKind::Text, 0},
             {"repayment", "Repayment", ColumnKind::Text, 0},
             {"pik", "PIK", ColumnKind::Text, 0},
             {"max_net_leverage", "Leverage covenant", ColumnKind::Multiple, 2},
             {"min_interest_cover", "Cover covenant", ColumnKind::Multiple, 2},
             {"total_interest", "Interest in horizon", ColumnKind::Money, 0},
             {"total_principal", "Principal in horizon", ColumnKind::Money, 0},
             {"balance_after_horizon", "Balance after horizon", ColumnKind::Money, 0}});
    const auto& facilities = provider.inputs().facilities;
    for (std::size_t i = 0; i < facilities.size(); ++i) {
        const Facility& f = facilities[i];
        const FacilitySchedule& s = schedules[i];
        t.add_row({Cell::text(f.facility_id), Cell::text(f.entity_id), Cell::text(std::string(code_of(f.kind))),
                   Cell::number(f.drawn), optional_cell(f.limit, "none"), Cell::text(rate_text(f, s)),
                   s.floating ? Cell::number(s.hedged_pct) : Cell::missing("fixed"),
                   optional_cell(s.hedge_swap_rate_pct, "no hedge"), Cell::text(f.maturity_date.iso()),
                   Cell::text(repayment_text(f)), Cell::text(f.pik ? "yes" : "no"),
                   optional_cell(f.covenant_max_net_leverage, "none"),
                   optional_cell(f.covenant_min_interest_cover, "none"), Cell::number(s.total_interest),
                   Cell::number(s.total_principal), Cell::number(s.balance_after_horizon)});
        for (const auto& state : s.states) t.add_note(state);
    }
    t.add_note("Interest and principal over the horizon on the base curve (models/debt/facility_schedule.hpp): "
               "compounded SONIA in arrears plus margin, Act/365F, London business days; principal includes any "
               "balance repaid at maturity within the horizon.");
    return t;
}

Chart zero_rate_chart(const CurveReport& curve) {
    Chart chart;
    chart.id = "sonia_zero_rates";
    chart.title = "SONIA zero rates by tenor, " + curve.as_of.iso();
    chart.value_label = "zero rate, % (annually compounded)";
    chart.value_kind = ColumnKind::Percent;
    chart.precision = 2;
    for (const CurvePoint& p : curve.points) {
        chart.categories.push_back(p.tenor);
        chart.values.push_back(p.zero_rate_pct);
    }
    chart.caption = "Bar chart of the bootstrapped SONIA curve's zero rates at each tenor; the same figures are in "
                    "the table below.";
    return chart;
}

const StressResult* scenario_result(const StressedProvider& provider, const std::string& id) {
    for (const StressResult& r : provider.scenarios)
        if (r.scenario_id == id) return &r;
    return nullptr;
}

}  // namespace

Brief build_debt_brief(const DebtBriefContent& c, const Assumptions& assumptions, const BriefProvenance& provenance) {
    const StressedProvider& provider = c.provider;
    const StressInputs& in = provider.inputs();
    if (!provider.grid) throw std::invalid_argument("debt brief of " + in.provider_id + ": the stress has no grid");
    if (c.base_schedules.size() != in.facilities.size())
        throw std::invalid_argument("debt brief of " + in.provider_id + ": projections do not match the facilities");
    const bool group = c.run.level == StressLevel::Group;

    Brief brief;
    brief.id = "debt-" + in.provider_id;
    brief.title = in.name + ": debt and stress";
    brief.subtitle = std::string(group ? "Group " : "Entity ") + in.provider_id +
                     ": facilities, SONIA curve, stress scenarios, reverse stress and the rates x occupancy grid";
    brief.marking = "OFFICIAL-SENSITIVE";  // facility terms and covenants are not public
    brief.as_of = c.run.as_of.iso();

    brief.key_figures.push_back({"Debt drawn at " + c.run.as_of.iso(), provider.stressor.opening_debt(),
                                 ColumnKind::Money, 0,
                                 "of which covenant debt " +
                                     format_value(provider.stressor.opening_covenant_debt(), ColumnKind::Money, 0)});
    brief.key_figures.push_back({"EBITDA, accounts year ending " + in.latest.period_end.iso(),
                                 annual_ebitda_of(in.latest), ColumnKind::Money, 0, "annualised, before any shock"});
    if (const StressResult* base = scenario_result(provider, "base")) {
        if (base->peak_net_leverage)
            brief.key_figures.push_back({"Peak net leverage, base case", *base->peak_net_leverage, ColumnKind::Multiple, 1,
                                         base->max_net_leverage ? "covenant " + format_value(*base->max_net_leverage,
                                                                                              ColumnKind::Multiple, 2)
                                                                : std::string("no leverage covenant")});
    }
    if (c.reverse.occupancy_fall.move)
        brief.key_figures.push_back({"Occupancy fall that breaks a covenant", *c.reverse.occupancy_fall.move,
                                     ColumnKind::Percent, 1, "reverse stress from the base case"});
    if (c.reverse.rate_rise.move)
        brief.key_figures.push_back({"SONIA rise that breaks a covenant", *c.reverse.rate_rise.move, ColumnKind::Number,
                                     0, "basis points, parallel, from the base case"});

    Section summary{"Stress scenarios", {}};
    summary.blocks.push_back(Paragraph{
        "Each scenario shocks the latest accounts year (occupancy, fees, staff costs, a margin cap) and shifts the "
        "SONIA curve; every facility is then projected quarter by quarter and the tightest covenants are tested. "
        "The first table defines the scenarios, the second gives the result of each."});
    summary.blocks.push_back(stress_scenarios_table(c.scenarios));
    summary.blocks.push_back(stress_summary_table(c.run, in.provider_id));
    brief.sections.push_back(std::move(summary));

    Section facilities{"Facilities", {facilities_table(provider, c.base_schedules),
                                      facility_schedule_table(provider, c.base_schedules, "base")}};
    brief.sections.push_back(std::move(facilities));

    Section curve{"SONIA curve", {}};
    if (c.curve) {
        curve.blocks.push_back(Paragraph{"Facilities are projected on the " + c.run.curve +
                                         "; the conventions are under the table."});
        curve.blocks.push_back(zero_rate_chart(*c.curve));
        curve.blocks.push_back(curve_table(*c.curve));
    } else {
        curve.blocks.push_back(Paragraph{"curves.csv has no SONIA quotes for " + c.run.as_of.iso() +
                                         ", so facilities are projected on " + c.run.curve +
                                         " (cashflow_default.sonia_pct)."});
    }
    brief.sections.push_back(std::move(curve));

    Section reverse{"Reverse stress and the rates x occupancy grid", {}};
    std::vector<Table> tables = provider_stress_tables(c.run, provider, c.reverse);
    reverse.blocks.push_back(std::move(tables.back()));  // the reverse stress
    tables.pop_back();
    reverse.blocks.push_back(stress_grid_table(c.run, provider, *provider.grid));
    brief.sections.push_back(std::move(reverse));

    Section quarters{"Quarter by quarter", {}};
    quarters.blocks.push_back(Paragraph{
        "Every scenario's quarters: EBITDA a quarter at a time, cash after interest, instalments, maintenance capex "
        "and tax, covenant debt, net leverage and interest cover against the covenants, and the balances falling "
        "due (refinanced on the same terms)."});
    for (Table& t : tables) quarters.blocks.push_back(std::move(t));
    brief.sections.push_back(std::move(quarters));

    brief.method_notes = {
        "EBITDA = operating profit + depreciation and amortisation of the latest complete accounts year, after the "
        "scenario's shocks (models/debt/operating_shock.hpp); a quarter earns a quarter of it.",
        "Net leverage = (covenant debt - cash) / (4 x quarterly EBITDA); interest cover = quarterly EBITDA / the "
        "quarter's interest on covenant debt; covenant debt excludes shareholder loans. The tightest covenant of "
        "any facility is tested every quarter.",
        "Liquidity = cash + undrawn committed facilities; the runway ends in the first quarter it is negative.",
        "Facilities: QuantLib legs (OvernightLeg in a Bond, FixedRateLeg) recorded once on the base curve; each "
        "scenario re-prices them from the shifted discount factors (models/debt/facility_projector.hpp), which "
        "agrees with a full QuantLib re-projection to 1e-9 of the balance (oversight stress --quantlib).",
        "Reverse stress: bisection to 0.001 on one driver at a time from the base case.",
    };
    brief.assumptions = assumption_lines(
        assumptions, {"stress.horizon_quarters", "stress.grid_rate_steps", "stress.grid_rate_step_bp",
                      "stress.grid_occupancy_steps", "stress.grid_occupancy_step_pct", "cashflow_default.sonia_pct",
                      "cashflow_default.hedge_swap_rate_pct", "cashflow_default.maintenance_capex_pct_of_ebitda",
                      "cashflow_default.tax_rate_pct"});
    brief.data_sources = {provenance.data_source,
                          "Facilities: facilities.csv; accounts: accounts.csv; SONIA quotes: curves.csv.",
                          "Generated " + provenance.generated_at + " by oversight."};
    return brief;
}

}  // namespace oversight
