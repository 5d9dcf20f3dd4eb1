/// \file geography.hpp
/// \brief Regions and the local authorities (children's services authorities) in them.
#pragma once

#include <optional>
#include <string>

namespace oversight {

/// An English region, keyed by its ONS code (E12000001 ... E12000009).
struct Region {
    std::string region_code;
    std::string region_name;
};

/// A council with children's services; `lat`/`lon` is its centroid (WGS84 degrees),
/// the point from which placement distances are measured.
struct LocalAuthority {
    std::string la_code;  ///< ONS code: E06, E08, E09 or E10 followed by six digits
    std::string la_name;
    std::string region_code;
    std::optional<std::string> rcc;  ///< Regional Care Cooperative the council belongs to
    double lat = 0.0;
    double lon = 0.0;
    std::optional<int> children_looked_after;  ///< at the latest 31 March
};

/// Great-circle distance between two councils' centroids, km: the haversine formula on a
/// sphere of radius 6,371.0088 km (the IUGG mean Earth radius). The distance of a placement
/// is that from its commissioning council to the council its setting is in (DATA.md).
double great_circle_km(const LocalAuthority& from, const LocalAuthority& to);

}  // namespace oversight
