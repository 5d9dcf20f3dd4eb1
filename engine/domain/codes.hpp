/// \file codes.hpp
/// \brief The text codes of the data contract for every enumeration, both ways.
///
/// One table per enumeration is the single place where, say, `requires_improvement`
/// meets OfstedRating::RequiresImprovement: ingest parses with it, the store writes
/// with it, reports print with it.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "engine/domain/accounts.hpp"
#include "engine/domain/facility.hpp"
#include "engine/domain/market_data.hpp"
#include "engine/domain/placement.hpp"
#include "engine/domain/provider.hpp"

namespace oversight {

template <typename E>
struct CodeTable;  // specialised below: static constexpr std::array<std::pair<E, std::string_view>, N> entries

#define OVERSIGHT_CODE_TABLE(Enum, ...)                                              \
    template <>                                                                      \
    struct CodeTable<Enum> {                                                         \
        static constexpr auto entries =                                              \
            std::to_array<std::pair<Enum, std::string_view>>({__VA_ARGS__});         \
    }

OVERSIGHT_CODE_TABLE(OwnerType, {OwnerType::PrivateEquity, "private_equity"},
                     {OwnerType::Private, "private"}, {OwnerType::Listed, "listed"},
                     {OwnerType::Voluntary, "voluntary"},
                     {OwnerType::LocalAuthority, "local_authority"});
OVERSIGHT_CODE_TABLE(SettingType, {SettingType::ChildrensHome, "childrens_home"},
                     {SettingType::SecureChildrensHome, "secure_childrens_home"},
                     {SettingType::Ifa, "ifa"},
                     {SettingType::ResidentialSpecialSchool, "residential_special_school"},
                     {SettingType::SupportedAccommodation, "supported_accommodation"},
                     {SettingType::LaFostering, "la_fostering"},
                     {SettingType::LaChildrensHome, "la_childrens_home"});
OVERSIGHT_CODE_TABLE(OfstedRating, {OfstedRating::Outstanding, "outstanding"},
                     {OfstedRating::Good, "good"},
                     {OfstedRating::RequiresImprovement, "requires_improvement"},
                     {OfstedRating::Inadequate, "inadequate"},
                     {OfstedRating::NotInspected, "not_inspected"});
OVERSIGHT_CODE_TABLE(Specialism, {Specialism::ComplexNeeds, "complex_needs"},
                     {Specialism::Disability, "disability"}, {Specialism::Uasc, "uasc"},
                     {Specialism::ParentAndChild, "parent_and_child"},
                     {Specialism::Secure, "secure"}, {Specialism::Therapeutic, "therapeutic"},
                     {Specialism::Emergency, "emergency"});
OVERSIGHT_CODE_TABLE(AccountsBasis, {AccountsBasis::Entity, "entity"},
                     {AccountsBasis::Consolidated, "consolidated"});
OVERSIGHT_CODE_TABLE(FacilityKind, {FacilityKind::TermLoan, "term_loan"},
                     {FacilityKind::RevolvingCredit, "revolving_credit"},
                     {FacilityKind::Bond, "bond"},
                     {FacilityKind::ShareholderLoan, "shareholder_loan"},
                     {FacilityKind::Lease, "lease"});
OVERSIGHT_CODE_TABLE(RateType, {RateType::SoniaFloating, "sonia_floating"},
                     {RateType::Fixed, "fixed"});
OVERSIGHT_CODE_TABLE(Amortisation, {Amortisation::Bullet, "bullet"},
                     {Amortisation::Linear, "linear"});
OVERSIGHT_CODE_TABLE(PlacementType, {PlacementType::K1, "K1"}, {PlacementType::K2, "K2"},
                     {PlacementType::U4, "U4"}, {PlacementType::U5, "U5"},
                     {PlacementType::U6, "U6"}, {PlacementType::R2, "R2"},
                     {PlacementType::H5, "H5"}, {PlacementType::Z1, "Z1"});
OVERSIGHT_CODE_TABLE(AgeBand, {AgeBand::Age0to4, "0-4"}, {AgeBand::Age5to9, "5-9"},
                     {AgeBand::Age10to15, "10-15"}, {AgeBand::Age16to17, "16-17"});
OVERSIGHT_CODE_TABLE(PurchaseRoute, {PurchaseRoute::Framework, "framework"},
                     {PurchaseRoute::Spot, "spot"}, {PurchaseRoute::Block, "block"},
                     {PurchaseRoute::InHouse, "in_house"});
OVERSIGHT_CODE_TABLE(CurveInstrument, {CurveInstrument::Deposit, "deposit"},
                     {CurveInstrument::OisSwap, "ois_swap"});

#undef OVERSIGHT_CODE_TABLE

/// The data-contract code of an enumerator, e.g. code_of(SettingType::Ifa) == "ifa".
template <typename E>
constexpr std::string_view code_of(E value) {
    for (const auto& [enumerator, code] : CodeTable<E>::entries)
        if (enumerator == value) return code;
    return "?";
}

/// The enumerator with this exact (case-sensitive) code, or nullopt.
template <typename E>
constexpr std::optional<E> parse_code(std::string_view code) {
    for (const auto& [enumerator, text] : CodeTable<E>::entries)
        if (text == code) return enumerator;
    return std::nullopt;
}

/// "a, b, c": the accepted codes, for error messages and documentation.
template <typename E>
std::string known_codes() {
    std::string list;
    for (const auto& entry : CodeTable<E>::entries) {
        if (!list.empty()) list += ", ";
        list += entry.second;
    }
    return list;
}

}  // namespace oversight
