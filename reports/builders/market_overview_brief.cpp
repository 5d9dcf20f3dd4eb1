#include "reports/builders/market_overview_brief.hpp"

#include "engine/domain/codes.hpp"

namespace oversight {
namespace {

Table region_table(const MarketStructure& s) {
    Table table("supply_by_region", "Children's homes and places by region, with concentration of places by group",
                {{"region_code", "Code", ColumnKind::Text, 0},
                 {"region_name", "Region", ColumnKind::Text, 0},
                 {"homes", "Homes", ColumnKind::Integer, 0},
                 {"home_places", "Places", ColumnKind::Integer, 0},
                 {"share_of_homes_pct", "Share of homes", ColumnKind::Percent, 1},
                 {"groups", "Groups", ColumnKind::Integer, 0},
                 {"hhi", "HHI", ColumnKind::Integer, 0},
                 {"largest_group", "Largest group", ColumnKind::Text, 0},
                 {"largest_group_share_pct", "Its share of places", ColumnKind::Percent, 1}});
    for (const auto& r : s.regions)
        table.add_row({Cell::text(r.region_code), Cell::text(r.region_name), Cell::number(r.homes),
                       Cell::number(r.home_places), Cell::number(r.share_of_homes_pct), Cell::number(r.groups),
                       Cell::number(r.hhi), Cell::text(r.largest_group_name),
                       Cell::number(r.largest_group_share_pct)});
    table.add_note("HHI = sum over groups of (share of the region's home places, in percent) squared: 10,000 is a "
                   "single supplier; below 1,500 is usually read as unconcentrated, above 2,500 as highly concentrated.");
    return table;
}

Table ownership_table(const MarketStructure& s) {
    Table table("ownership", "Children's homes by owner type of the group",
                {{"owner_type", "Owner type", ColumnKind::Text, 0},
                 {"homes", "Homes", ColumnKind::Integer, 0},
                 {"home_places", "Places", ColumnKind::Integer, 0},
                 {"share_of_homes_pct", "Share of homes", ColumnKind::Percent, 1}});
    for (const auto& o : s.ownership)
        table.add_row({Cell::text(std::string(code_of(o.owner_type))), Cell::number(o.homes),
                       Cell::number(o.home_places), Cell::number(o.share_of_homes_pct)});
    return table;
}

Table groups_table(const std::vector<GroupSupply>& groups, bool fostering) {
    Table table(fostering ? "largest_ifa_groups" : "largest_home_groups",
                fostering ? "Largest private independent fostering groups by approved places"
                          : "Largest private children's home groups by registered places",
                {{"group_id", "Group", ColumnKind::Text, 0},
                 {"name", "Name", ColumnKind::Text, 0},
                 {"owner_type", "Owner", ColumnKind::Text, 0},
                 {"places", "Places", ColumnKind::Integer, 0},
                 {"share_pct", "Share of all places", ColumnKind::Percent, 1},
                 {"operating_margin_pct", "Operating margin (latest year)", ColumnKind::Percent, 1},
                 {"year", "Year", ColumnKind::Year, 0}});
    for (const auto& g : groups)
        table.add_row({Cell::text(g.group_id), Cell::text(g.name), Cell::text(std::string(code_of(g.owner_type))),
                       Cell::number(fostering ? g.ifa_places : g.home_places),
                       Cell::number(fostering ? g.share_of_ifa_places_pct : g.share_of_home_places_pct),
                       optional_cell(g.latest_operating_margin_pct, "no accounts"),
                       g.latest_year ? Cell::number(*g.latest_year) : Cell::missing("no accounts")});
    return table;
}

Table margin_table(const MarketStructure& s) {
    Table table("margins_against_cma", "Pooled operating margin of the largest groups against the CMA's figures",
                {{"population", "Population", ColumnKind::Text, 0},
                 {"groups_counted", "Groups with accounts", ColumnKind::Integer, 0},
                 {"pooled_operating_margin_pct", "Pooled operating margin", ColumnKind::Percent, 1},
                 {"published_margin_pct", "CMA 2016-2020", ColumnKind::Percent, 1}});
    for (const MarginBenchmark* b : {&s.homes_margin, &s.ifa_margin})
        table.add_row({Cell::text(b->population), Cell::number(b->groups_counted),
                       optional_cell(b->pooled_operating_margin_pct, "no accounts"),
                       Cell::number(b->published_margin_pct)});
    table.add_note("Pooled margin = sum of operating profit / sum of turnover over the groups' latest accounts "
                   "years, so that large groups weigh in proportion to their size, as in the CMA's calculation.");
    return table;
}

Chart places_chart(const MarketStructure& s) {
    Chart chart;
    chart.id = "places_by_region";
    chart.title = "Registered places in children's homes by region";
    chart.value_label = "places";
    chart.value_kind = ColumnKind::Integer;
    for (const auto& r : s.regions) {
        chart.categories.push_back(r.region_name);
        chart.values.push_back(r.home_places);
    }
    chart.caption = "Bar chart of registered children's home places in each region; the same figures are in the "
                    "table below.";
    return chart;
}

}  // namespace

Brief build_market_overview_brief(const MarketStructure& s, const Assumptions& assumptions,
                                  const BriefProvenance& provenance) {
    Brief brief;
    brief.id = "market-overview";
    brief.title = "Children's homes and fostering: market overview";
    brief.subtitle = "Supply, concentration, ownership and margins of the largest groups";
    // Group margins come from filed accounts, which are public; the brief holds no
    // facility or placement-level data, so it carries the baseline marking.
    brief.marking = "OFFICIAL";
    brief.as_of = s.as_of.iso();

    brief.key_figures = {
        {"Children's homes", static_cast<double>(s.homes), ColumnKind::Integer, 0,
         format_value(s.home_places, ColumnKind::Integer, 0) + " registered places"},
        {"Fostering agency places", static_cast<double>(s.ifa_places), ColumnKind::Integer, 0,
         format_value(s.ifas, ColumnKind::Integer, 0) + " independent fostering agencies"},
        {"Children placed on " + s.as_of.iso(), static_cast<double>(s.ongoing_placements), ColumnKind::Integer, 0,
         "placements ongoing on that day"},
        {"Share of private home places, " + std::to_string(s.top_groups_counted) + " largest private groups",
         s.top_groups_home_share_pct, ColumnKind::Percent, 1, "Ofsted, March 2022: 33% for the 10 largest private owners"},
    };
    if (s.homes_margin.pooled_operating_margin_pct)
        brief.key_figures.push_back({"Operating margin, " + s.homes_margin.population,
                                     *s.homes_margin.pooled_operating_margin_pct, ColumnKind::Percent, 1,
                                     "CMA 2016-2020: " + format_value(s.homes_margin.published_margin_pct,
                                                                      ColumnKind::Percent, 1)});

    Section supply{"Supply and concentration by region", {}};
    supply.blocks.push_back(Paragraph{
        "Homes are counted where they are. Concentration is measured on registered places, grouping every "
        "home under the top parent of the company that runs it."});
    supply.blocks.push_back(places_chart(s));
    supply.blocks.push_back(region_table(s));
    brief.sections.push_back(std::move(supply));

    Section ownership{"Ownership", {ownership_table(s)}};
    brief.sections.push_back(std::move(ownership));

    Section groups{"The largest groups", {}};
    groups.blocks.push_back(groups_table(s.largest_home_groups, false));
    groups.blocks.push_back(groups_table(s.largest_ifa_groups, true));
    brief.sections.push_back(std::move(groups));

    Section margins{"Margins against the CMA's figures", {}};
    margins.blocks.push_back(Paragraph{
        "The Competition and Markets Authority found operating margins of 22.6% for the 15 largest children's "
        "home providers and 19.4% for the largest independent fostering agencies over 2016-2020. The same "
        "measure is computed here from the groups' filed accounts."});
    margins.blocks.push_back(margin_table(s));
    brief.sections.push_back(std::move(margins));

    brief.method_notes = {
        "Children's homes are settings of type childrens_home, secure_childrens_home and la_childrens_home; "
        "fostering places are the approved places of independent fostering agencies (type ifa).",
        "A group is the top parent of the chain of parent_entity_id; every setting counts towards the group of "
        "the entity that operates it.",
        "Group accounts: where a company in the chain files consolidated accounts for a year, those stand for it "
        "and its subsidiaries, which are not added again.",
        "Operating margin = operating profit / turnover; the latest accounts year of each group is used.",
        "The failure-risk watchlist is not part of this version of the brief.",
    };
    brief.assumptions = assumption_lines(assumptions, {"market_structure.largest_groups",
                                                       "market_structure.cma_homes_groups",
                                                       "market_structure.cma_homes_margin_pct",
                                                       "market_structure.cma_ifa_groups",
                                                       "market_structure.cma_ifa_margin_pct"});
    brief.data_sources = {provenance.data_source,
                          "CMA, Children's social care market study final report (2022), as reported.",
                          "Ofsted, Largest national providers of private and voluntary social care (March 2022).",
                          "Generated " + provenance.generated_at + " by oversight."};
    return brief;
}

}  // namespace oversight
