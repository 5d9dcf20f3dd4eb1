/// \file provider.hpp
/// \brief Legal entities (and through their parents, groups) and the settings they run.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/domain/date.hpp"

namespace oversight {

enum class OwnerType { PrivateEquity, Private, Listed, Voluntary, LocalAuthority };

/// A company or charity. The chain of `parent_entity_id` up to the top is its group.
struct Entity {
    std::string entity_id;  ///< Companies House number, or "CH" + charity number
    std::string name;
    std::optional<std::string> parent_entity_id;
    OwnerType owner_type = OwnerType::Private;
    std::optional<double> wacc_pct;  ///< the group's own cost of capital, if known
};

enum class SettingType {
    ChildrensHome,
    SecureChildrensHome,
    Ifa,  ///< independent fostering agency
    ResidentialSpecialSchool,
    SupportedAccommodation,
    LaFostering,
    LaChildrensHome,
};

enum class OfstedRating { Outstanding, Good, RequiresImprovement, Inadequate, NotInspected };

enum class Specialism {
    ComplexNeeds,
    Disability,
    Uasc,
    ParentAndChild,
    Secure,
    Therapeutic,
    Emergency,
};

/// An Ofsted-registered setting: a home, or an agency for fostering.
struct Setting {
    std::string urn;
    std::string name;
    std::string entity_id;  ///< operating legal entity
    SettingType setting_type = SettingType::ChildrensHome;
    std::string la_code;    ///< where it is (an IFA: its registered office)
    int registered_places = 0;
    OfstedRating ofsted_rating = OfstedRating::NotInspected;
    std::vector<Specialism> specialisms;
    std::optional<Date> registered_on;
};

}  // namespace oversight
