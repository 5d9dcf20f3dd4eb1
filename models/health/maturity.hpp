/// \file maturity.hpp
/// \brief Facility-level arithmetic for financial health: calendar months, the principal
/// of a facility falling due in a window after `as_of`, and its undrawn commitment.
///
/// Conventions (used by compute_health and tested in tests/models/health_test.cpp):
/// - A window of N months after `as_of` is the half-open interval (as_of, as_of + N
///   months]: a repayment falling exactly on as_of + N months is inside the window, one
///   a day later is not; a repayment on `as_of` itself is taken as already made (the
///   drawn balance is the balance after it).
/// - Bullet: the whole drawn balance falls due at maturity. A facility already past
///   maturity but still drawn is overdue and counts as falling due in every window.
/// - Linear: equal instalments every `frequency_months`, counted back from the maturity
///   date (maturity, maturity - f, maturity - 2f, ...), so the last one is on maturity and
///   the schedule needs no start date. Due in the window = drawn x instalments in the
///   window / instalments remaining after as_of; when maturity itself is in the window
///   that is the whole balance (the remainder falls due at maturity). A non-positive
///   frequency is treated as bullet.
#pragma once

#include <vector>

#include "engine/domain/date.hpp"
#include "engine/domain/facility.hpp"

namespace oversight {

/// Instalments of a linear facility after `as_of` (its remaining schedule), on or before
/// `until`; with `until` at or after maturity, all instalments remaining. 0 for a
/// non-positive frequency.
int linear_instalments(const Facility& facility, Date as_of, Date until);

/// Principal of `facility` falling due in (as_of, as_of + months], pounds (see the
/// conventions above). Never negative.
double amount_maturing(const Facility& facility, Date as_of, int months);

/// Undrawn commitment max(0, limit - drawn) of a facility with a limit that has not
/// matured at `as_of` (maturity after as_of); 0 otherwise.
double undrawn_committed(const Facility& facility, Date as_of);

/// The maturity profile of `facilities`: element k (0 <= k < years) is the principal falling
/// due in (as_of + 12k months, as_of + 12(k+1) months], the last (element `years`) what is
/// drawn and falls due later. Sums to the drawn balances (overdue balances fall in the
/// first year). Built from amount_maturing, so it follows the conventions above.
std::vector<double> maturity_profile(const std::vector<const Facility*>& facilities, Date as_of, int years);

}  // namespace oversight
