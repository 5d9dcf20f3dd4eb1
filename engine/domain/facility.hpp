/// \file facility.hpp
/// \brief A debt facility of a borrowing entity, as at `as_of`.
#pragma once

#include <optional>
#include <string>

#include "engine/domain/date.hpp"

namespace oversight {

enum class FacilityKind { TermLoan, RevolvingCredit, Bond, ShareholderLoan, Lease };
enum class RateType { SoniaFloating, Fixed };
enum class Amortisation { Bullet, Linear };

struct Facility {
    std::string facility_id;
    std::string entity_id;  ///< borrower
    FacilityKind kind = FacilityKind::TermLoan;
    double drawn = 0.0;                ///< outstanding principal at as_of, pounds
    std::optional<double> limit;       ///< commitment (revolving credit), pounds
    RateType rate_type = RateType::Fixed;
    std::optional<double> margin_bps;  ///< over compounded SONIA
    std::optional<double> fixed_rate_pct;
    std::optional<double> hedged_pct;  ///< share of floating exposure swapped to fixed, 0-100
    Date start_date;
    Date maturity_date;
    Amortisation amortisation = Amortisation::Bullet;
    int frequency_months = 3;
    bool pik = false;  ///< interest rolls up into principal
    std::optional<double> covenant_max_net_leverage;    ///< net debt / EBITDA ceiling
    std::optional<double> covenant_min_interest_cover;  ///< EBITDA / interest floor
    Date as_of;
};

}  // namespace oversight
