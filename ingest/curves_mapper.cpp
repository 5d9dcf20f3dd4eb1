// curves.csv: quotes of the SONIA curve that floating-rate debt is projected on.
#include "ingest/mappers.hpp"

namespace oversight {

void map_curves(MapperInput input, std::vector<CurveQuote>& curves) {
    TableSchema schema;
    const Column as_of = schema.required("as_of");
    const Column curve = schema.required("curve");
    const Column tenor = schema.required("tenor");
    const Column instrument = schema.required("instrument");
    const Column rate_pct = schema.required("rate_pct");

    Table table(input.reader, schema, input.diagnostics, input.progress);
    KeyIndex quotes;  // one quote per curve, date and tenor: two would leave the curve ambiguous
    while (table.next_row()) {
        CurveQuote quote;
        quote.as_of = table.date(as_of);
        quote.curve = table.text(curve);
        quote.tenor = table.text(tenor);
        quote.instrument = table.code<CurveInstrument>(instrument);
        quote.rate_pct = table.decimal(rate_pct);
        if (table.cells_ok({curve, tenor}))
            check_unique(table, quotes, as_of,
                         quote.as_of.iso() + '\x1f' + quote.curve + '\x1f' + quote.tenor,
                         "quote of " + quote.curve + " " + quote.tenor + " as of " + quote.as_of.iso());
        if (table.row_ok()) curves.push_back(std::move(quote));
    }
}

}  // namespace oversight
