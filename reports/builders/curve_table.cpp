#include "reports/builders/curve_table.hpp"

namespace oversight {

Table curve_table(const CurveReport& report) {
    Table table("sonia_curve", report.curve + " curve on " + report.as_of.iso(),
                {{"tenor", "Tenor", ColumnKind::Text, 0},
                 {"instrument", "Instrument", ColumnKind::Text, 0},
                 {"quote_pct", "Quote", ColumnKind::Percent, 3},
                 {"date", "Date", ColumnKind::Text, 0},
                 {"time_years", "Years", ColumnKind::Number, 4},
                 {"discount_factor", "Discount factor", ColumnKind::Number, 6},
                 {"zero_rate_pct", "Zero rate", ColumnKind::Percent, 3},
                 {"forward_rate_pct", "3M forward", ColumnKind::Percent, 3}});
    for (const CurvePoint& p : report.points)
        table.add_row({Cell::text(p.tenor), Cell::text(p.instrument),
                       p.quote_pct ? Cell::number(*p.quote_pct) : Cell::missing("interpolated"), Cell::text(p.date.iso()),
                       Cell::number(p.time_years), Cell::number(p.discount_factor), Cell::number(p.zero_rate_pct),
                       Cell::number(p.forward_rate_pct)});
    table.add_note(report.method);
    table.add_note("Zero rates annually compounded, Act/365F; forwards simply compounded over 3 months from the date.");
    return table;
}

}  // namespace oversight
