/// \file curve_table.hpp
/// \brief The bootstrapped SONIA curve as a Table (for `oversight curve` and the debt brief).
#pragma once

#include "models/debt/sonia_curve.hpp"
#include "reports/brief/table.hpp"

namespace oversight {

Table curve_table(const CurveReport& report);

}  // namespace oversight
