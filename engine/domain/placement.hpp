/// \file placement.hpp
/// \brief One placement of a child, bought (or provided) by a council.
#pragma once

#include <optional>
#include <string>

#include "engine/domain/date.hpp"

namespace oversight {

/// SSDA903-style placement type codes used in the data contract.
enum class PlacementType { K1, K2, U4, U5, U6, R2, H5, Z1 };
enum class AgeBand { Age0to4, Age5to9, Age10to15, Age16to17 };
enum class PurchaseRoute { Framework, Spot, Block, InHouse };

struct Placement {
    std::string placement_id;
    std::string la_code;  ///< commissioning (responsible) council
    std::string urn;      ///< setting the child lives in, or agency used
    PlacementType placement_type = PlacementType::K2;
    int need_band = 1;  ///< 1 standard ... 4 most complex
    std::optional<AgeBand> age_band;
    double weekly_fee = 0.0;
    std::optional<double> weekly_extras;
    Date start_date;
    std::optional<Date> end_date;  ///< nullopt = ongoing
    PurchaseRoute purchase_route = PurchaseRoute::Spot;

    /// Core fee plus extras, pounds a week.
    double weekly_total() const { return weekly_fee + weekly_extras.value_or(0.0); }
    /// True when the placement is ongoing on `day`.
    bool ongoing_on(Date day) const { return start_date <= day && (!end_date || day <= *end_date); }
    /// The days of [from, to] (both counted) on which it is ongoing; 0 when none.
    int days_ongoing(Date from, Date to) const {
        const Date first = start_date < from ? from : start_date;
        const Date last = end_date && *end_date < to ? *end_date : to;
        return last < first ? 0 : (last - first) + 1;
    }
};

}  // namespace oversight
