/// \file market_data.hpp
/// \brief Market inputs that are not about providers: rate curve quotes and index series,
/// and `MarketData`, the plain rows of one whole data set.
#pragma once

#include <string>
#include <vector>

#include "engine/domain/accounts.hpp"
#include "engine/domain/date.hpp"
#include "engine/domain/facility.hpp"
#include "engine/domain/geography.hpp"
#include "engine/domain/placement.hpp"
#include "engine/domain/provider.hpp"

namespace oversight {

enum class CurveInstrument { Deposit, OisSwap };

struct CurveQuote {
    Date as_of;
    std::string curve;  ///< "SONIA"
    std::string tenor;  ///< "1W", "1M", ... "30Y"
    CurveInstrument instrument = CurveInstrument::Deposit;
    double rate_pct = 0.0;
};

struct IndexPoint {
    std::string index;  ///< "cpi", "wages", or any other name
    Date date;
    double value = 0.0;
};

/// Every row of one data set, as read and validated by ingest and as kept by the store.
/// `Market` indexes it for the models.
struct MarketData {
    std::vector<Region> regions;
    std::vector<LocalAuthority> local_authorities;
    std::vector<IndexPoint> indices;
    std::vector<CurveQuote> curves;
    std::vector<Entity> entities;
    std::vector<Setting> settings;
    std::vector<Accounts> accounts;
    std::vector<Facility> facilities;
    std::vector<Placement> placements;
};

}  // namespace oversight
