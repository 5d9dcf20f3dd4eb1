/// \file price_tables.hpp
/// \brief Price cells as a Table (for `oversight prices`), under disclosure control: a
/// suppressed cell keeps its key and says why instead of showing any figure.
#pragma once

#include <vector>

#include "engine/config/assumptions.hpp"
#include "models/prices/disclosure.hpp"
#include "models/prices/price_cells.hpp"
#include "reports/brief/table.hpp"

namespace oversight {

enum class PriceMeasure { Fee, Total };  ///< core weekly fee, or fee plus extras

struct PriceView {
    PriceMeasure measure = PriceMeasure::Fee;
    bool weighted = false;  ///< by placement-weeks
};

/// `verdicts[i]` is the disclosure of `table.cells[i]`.
Table price_cells_table(const PriceTable& table, const std::vector<CellDisclosure>& verdicts, const PriceView& view,
                        const DisclosureAssumptions& rules);

}  // namespace oversight
