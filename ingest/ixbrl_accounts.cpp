#include "ingest/ixbrl_accounts.hpp"

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "ingest/accounts_identities.hpp"

namespace oversight {
namespace {

using ixbrl::Context;
using ixbrl::Document;
using ixbrl::Fact;
using ixbrl::Finding;
using ixbrl::Position;

/// The taxonomies whose concepts are mapped, told apart by namespace URI.
enum class Taxonomy { None, FrcCore, UkGaap2009, Business };

bool is_date_segment(std::string_view text) {
    return text.size() == 10 && std::all_of(text.begin(), text.end(), [](char c) { return (c >= '0' && c <= '9') || c == '-'; });
}

Taxonomy taxonomy_of(std::string_view uri) {
    // http://xbrl.frc.org.uk/fr/YYYY-MM-DD/core and the first FRS 102 namespace.
    constexpr std::string_view frc = "http://xbrl.frc.org.uk/fr/";
    if (uri.starts_with(frc) && uri.ends_with("/core") && is_date_segment(uri.substr(frc.size(), 10))) return Taxonomy::FrcCore;
    if (uri.starts_with("http://xbrl.frc.org.uk/FRS-102/")) return Taxonomy::FrcCore;
    if (uri == "http://www.xbrl.org/uk/gaap/core/2009-09-01") return Taxonomy::UkGaap2009;
    constexpr std::string_view frc_cd = "http://xbrl.frc.org.uk/cd/";
    if (uri.starts_with(frc_cd) && uri.ends_with("/business")) return Taxonomy::Business;
    if (uri == "http://www.xbrl.org/uk/cd/business/2009-09-01") return Taxonomy::Business;
    return Taxonomy::None;
}

/// What a concept is, before lines are put together from items.
enum class Item {
    Turnover, StaffCosts, DepreciationAmortisation, DepreciationTangible, AmortisationIntangible,
    OperatingProfit, InterestPayable, ProfitBeforeTax, Tax, Cash, CurrentAssets, FixedAssets,
    PropertyPlantEquipment, IntangibleAssets, FixedAssetInvestments, InvestmentProperty,
    PrepaymentsOutsideCurrentAssets, CalledUpShareCapitalNotPaid, Creditors, CreditorsWithinOneYear,
    CreditorsAfterOneYear, Provisions, AccrualsOutsideCreditors, TotalAssetsLessCurrentLiabilities,
    NetCurrentAssets, NetAssets, Equity, ShareholderFunds, ProfitLossReserve, BankDebt, BankLoans, LeaseObligations,
    Employees, Capex
};

enum class PeriodType { Instant, Duration };

struct Concept {
    Taxonomy taxonomy;
    std::string_view local_name;
    Item item;
    PeriodType period;
};

// Names are the taxonomies' own; docs/ixbrl.md repeats this table.
constexpr Concept concepts[] = {
    // FRC core (FRS 102 / FRS 105, 2014 onwards)
    {Taxonomy::FrcCore, "TurnoverRevenue", Item::Turnover, PeriodType::Duration},
    {Taxonomy::FrcCore, "StaffCosts", Item::StaffCosts, PeriodType::Duration},
    {Taxonomy::FrcCore, "StaffCostsEmployeeBenefitsExpense", Item::StaffCosts, PeriodType::Duration},
    {Taxonomy::FrcCore, "DepreciationAmortisationImpairmentExpense", Item::DepreciationAmortisation, PeriodType::Duration},
    {Taxonomy::FrcCore, "DepreciationOtherAmountsWrittenOffTangibleIntangibleFixedAssets", Item::DepreciationAmortisation, PeriodType::Duration},
    {Taxonomy::FrcCore, "DepreciationExpensePropertyPlantEquipment", Item::DepreciationTangible, PeriodType::Duration},
    {Taxonomy::FrcCore, "AmortisationExpenseIntangibleAssets", Item::AmortisationIntangible, PeriodType::Duration},
    {Taxonomy::FrcCore, "OperatingProfitLoss", Item::OperatingProfit, PeriodType::Duration},
    {Taxonomy::FrcCore, "InterestPayableSimilarChargesFinanceCosts", Item::InterestPayable, PeriodType::Duration},
    {Taxonomy::FrcCore, "ProfitLossOnOrdinaryActivitiesBeforeTax", Item::ProfitBeforeTax, PeriodType::Duration},
    {Taxonomy::FrcCore, "TaxTaxCreditOnProfitOrLossOnOrdinaryActivities", Item::Tax, PeriodType::Duration},
    {Taxonomy::FrcCore, "CashBankOnHand", Item::Cash, PeriodType::Instant},
    {Taxonomy::FrcCore, "CurrentAssets", Item::CurrentAssets, PeriodType::Instant},
    {Taxonomy::FrcCore, "FixedAssets", Item::FixedAssets, PeriodType::Instant},
    {Taxonomy::FrcCore, "PropertyPlantEquipment", Item::PropertyPlantEquipment, PeriodType::Instant},
    {Taxonomy::FrcCore, "IntangibleAssets", Item::IntangibleAssets, PeriodType::Instant},
    {Taxonomy::FrcCore, "InvestmentsFixedAssets", Item::FixedAssetInvestments, PeriodType::Instant},
    {Taxonomy::FrcCore, "InvestmentProperty", Item::InvestmentProperty, PeriodType::Instant},
    {Taxonomy::FrcCore, "PrepaymentsAccruedIncomeNotExpressedWithinCurrentAssetSubtotal", Item::PrepaymentsOutsideCurrentAssets, PeriodType::Instant},
    {Taxonomy::FrcCore, "CalledUpShareCapitalNotPaidNotExpressedAsCurrentAsset", Item::CalledUpShareCapitalNotPaid, PeriodType::Instant},
    {Taxonomy::FrcCore, "Creditors", Item::Creditors, PeriodType::Instant},
    {Taxonomy::FrcCore, "ProvisionsForLiabilitiesBalanceSheetSubtotal", Item::Provisions, PeriodType::Instant},
    {Taxonomy::FrcCore, "AccruedLiabilitiesNotExpressedWithinCreditorsSubtotal", Item::AccrualsOutsideCreditors, PeriodType::Instant},
    {Taxonomy::FrcCore, "TotalAssetsLessCurrentLiabilities", Item::TotalAssetsLessCurrentLiabilities, PeriodType::Instant},
    {Taxonomy::FrcCore, "NetCurrentAssetsLiabilities", Item::NetCurrentAssets, PeriodType::Instant},
    {Taxonomy::FrcCore, "NetAssetsLiabilities", Item::NetAssets, PeriodType::Instant},
    {Taxonomy::FrcCore, "Equity", Item::Equity, PeriodType::Instant},
    {Taxonomy::FrcCore, "BankBorrowingsOverdrafts", Item::BankDebt, PeriodType::Instant},
    {Taxonomy::FrcCore, "BankBorrowings", Item::BankLoans, PeriodType::Instant},
    {Taxonomy::FrcCore, "FinanceLeaseLiabilitiesPresentValueTotal", Item::LeaseObligations, PeriodType::Instant},
    {Taxonomy::FrcCore, "AverageNumberEmployeesDuringPeriod", Item::Employees, PeriodType::Duration},
    {Taxonomy::FrcCore, "PurchasePropertyPlantEquipment", Item::Capex, PeriodType::Duration},
    // UK GAAP 2009
    {Taxonomy::UkGaap2009, "TurnoverRevenue", Item::Turnover, PeriodType::Duration},
    {Taxonomy::UkGaap2009, "StaffCosts", Item::StaffCosts, PeriodType::Duration},
    {Taxonomy::UkGaap2009, "DepreciationAmortisationImpairmentExpense", Item::DepreciationAmortisation, PeriodType::Duration},
    {Taxonomy::UkGaap2009, "OperatingProfitLoss", Item::OperatingProfit, PeriodType::Duration},
    {Taxonomy::UkGaap2009, "InterestPayableAndSimilarCharges", Item::InterestPayable, PeriodType::Duration},
    {Taxonomy::UkGaap2009, "ProfitLossOnOrdinaryActivitiesBeforeTax", Item::ProfitBeforeTax, PeriodType::Duration},
    {Taxonomy::UkGaap2009, "TaxOnProfitOrLossOnOrdinaryActivities", Item::Tax, PeriodType::Duration},
    {Taxonomy::UkGaap2009, "CashBankInHand", Item::Cash, PeriodType::Instant},
    {Taxonomy::UkGaap2009, "CurrentAssets", Item::CurrentAssets, PeriodType::Instant},
    {Taxonomy::UkGaap2009, "FixedAssets", Item::FixedAssets, PeriodType::Instant},
    {Taxonomy::UkGaap2009, "TangibleFixedAssets", Item::PropertyPlantEquipment, PeriodType::Instant},
    {Taxonomy::UkGaap2009, "IntangibleFixedAssets", Item::IntangibleAssets, PeriodType::Instant},
    {Taxonomy::UkGaap2009, "PrepaymentsAccruedIncomeNotExpressedWithinCurrentAssetSubtotal", Item::PrepaymentsOutsideCurrentAssets, PeriodType::Instant},
    {Taxonomy::UkGaap2009, "CalledUpShareCapitalNotPaidNotExpressedAsCurrentAsset", Item::CalledUpShareCapitalNotPaid, PeriodType::Instant},
    {Taxonomy::UkGaap2009, "CreditorsDueWithinOneYear", Item::CreditorsWithinOneYear, PeriodType::Instant},
    {Taxonomy::UkGaap2009, "CreditorsDueAfterOneYear", Item::CreditorsAfterOneYear, PeriodType::Instant},
    {Taxonomy::UkGaap2009, "ProvisionsForLiabilitiesCharges", Item::Provisions, PeriodType::Instant},
    {Taxonomy::UkGaap2009, "AccrualsDeferredIncomeNotExpressedWithinCreditorsSubtotal", Item::AccrualsOutsideCreditors, PeriodType::Instant},
    {Taxonomy::UkGaap2009, "TotalAssetsLessCurrentLiabilities", Item::TotalAssetsLessCurrentLiabilities, PeriodType::Instant},
    {Taxonomy::UkGaap2009, "NetCurrentAssetsLiabilities", Item::NetCurrentAssets, PeriodType::Instant},
    {Taxonomy::UkGaap2009, "NetAssetsLiabilitiesIncludingPensionAssetLiability", Item::NetAssets, PeriodType::Instant},
    {Taxonomy::UkGaap2009, "ShareholderFunds", Item::ShareholderFunds, PeriodType::Instant},
    {Taxonomy::UkGaap2009, "ProfitLossAccountReserve", Item::ProfitLossReserve, PeriodType::Instant},
    {Taxonomy::UkGaap2009, "BankLoansOverdrafts", Item::BankDebt, PeriodType::Instant},
    {Taxonomy::UkGaap2009, "AverageNumberEmployees", Item::Employees, PeriodType::Duration},
};

/// Items whose date makes a period of the filing: the profit and loss lines and the main
/// balance-sheet totals. Others (opening equity in a statement of changes in equity, a
/// fixed-asset note's opening balances) are read for a period made by these, but make none.
bool anchors_period(Item item) {
    switch (item) {
        case Item::Turnover: case Item::StaffCosts: case Item::DepreciationAmortisation:
        case Item::DepreciationTangible: case Item::AmortisationIntangible: case Item::OperatingProfit:
        case Item::InterestPayable: case Item::ProfitBeforeTax: case Item::Tax: case Item::Cash:
        case Item::CurrentAssets: case Item::FixedAssets: case Item::Creditors: case Item::CreditorsWithinOneYear:
        case Item::CreditorsAfterOneYear: case Item::TotalAssetsLessCurrentLiabilities: case Item::NetCurrentAssets:
        case Item::NetAssets:
            return true;
        default:
            return false;
    }
}

/// Which side of one year a context's maturity dimension puts a fact on.
enum class Maturity { None, WithinOneYear, AfterOneYear };

/// Reads the dimensions of a context for `item`: nullopt when they make the fact a
/// breakdown that is not a total of a line (any dimension other than the maturity split,
/// or the equity class of retained earnings).
struct Qualifier {
    Maturity maturity = Maturity::None;
    bool retained_earnings = false;
};

std::optional<Qualifier> qualifier_of(const Context& context) {
    Qualifier q;
    for (const ixbrl::DimensionMember& d : context.dimensions) {
        // Only the mapped taxonomies' own dimensions are understood.
        const Taxonomy owner = taxonomy_of(d.dimension.namespace_uri);
        if (owner != Taxonomy::FrcCore && owner != Taxonomy::UkGaap2009) return std::nullopt;
        const std::string& dimension = d.dimension.local_name;
        const std::string member = d.member ? d.member->local_name : std::string();
        if (dimension == "MaturitiesOrExpirationPeriodsDimension" || dimension == "FinancialInstrumentCurrentNon-currentDimension") {
            Maturity m = Maturity::None;
            if (member == "WithinOneYear" || member == "CurrentFinancialInstruments") m = Maturity::WithinOneYear;
            else if (member == "AfterOneYear" || member == "Non-currentFinancialInstruments") m = Maturity::AfterOneYear;
            else return std::nullopt;  // a finer band (e.g. between one and five years)
            if (q.maturity != Maturity::None && q.maturity != m) return std::nullopt;
            q.maturity = m;
        } else if (dimension == "EquityClassesDimension" && member == "RetainedEarningsAccumulatedLosses") {
            q.retained_earnings = true;
        } else {
            return std::nullopt;
        }
    }
    return q;
}

/// One value found for an item at a date, with where it came from.
struct Found {
    double value = 0.0;
    std::string how;
    Position position;
    std::vector<std::size_t> facts;  ///< indexes of the facts it comes from
};

/// The sum of the parts present, described as such; nullopt when none is.
std::optional<Found> sum_of(std::initializer_list<std::optional<Found>> parts, const std::string& prefix = "sum of ") {
    Found sum;
    int count = 0;
    for (const auto& part : parts) {
        if (!part) continue;
        sum.value += part->value;
        sum.how += (count++ ? " + " : "") + part->how;
        sum.facts.insert(sum.facts.end(), part->facts.begin(), part->facts.end());
    }
    if (count == 0) return std::nullopt;
    if (count > 1) sum.how = prefix + sum.how;
    return sum;
}

using Key = std::tuple<std::int32_t, Item, Maturity>;  // date, item, maturity

std::string describe(const Fact& fact, const Context& context) {
    std::string text = fact.concept_name.text();
    if (!context.dimensions.empty()) {
        text += " [";
        for (std::size_t i = 0; i < context.dimensions.size(); ++i) {
            const auto& d = context.dimensions[i];
            text += (i ? ", " : "") + d.dimension.local_name + "=" + (d.member ? d.member->local_name : d.typed_value);
        }
        text += "]";
    }
    return text + " (line " + std::to_string(fact.position.line) + ")";
}

std::optional<Date> date_of(const std::string& text) {
    // xs:date, or the date part of an xs:dateTime.
    return Date::parse_iso(std::string_view(text).substr(0, 10));
}

/// Whole months between the start and end of a duration (a year is 12, whatever leap days).
int months_between(Date start, Date end_inclusive) {
    const double days = static_cast<double>((end_inclusive - start) + 1);
    return std::max(1, static_cast<int>(std::lround(days / (365.25 / 12.0))));
}

class Mapper {
public:
    Mapper(const Document& document, const std::string& source) : document_(document), source_(source) {}

    IxbrlAccounts run();

private:
    void read_facts();
    std::optional<Found> get(std::int32_t date, Item item, Maturity maturity = Maturity::None) const {
        const auto it = found_.find({date, item, maturity});
        return it == found_.end() ? std::nullopt : std::optional<Found>(it->second);
    }
    FiledAccounts period(std::int32_t date);
    void period_length(FiledAccounts& accounts) const;
    /// Sets a line from `found` and remembers which facts went into it.
    void put(FiledAccounts& accounts, AccountsLine line, const Found& found, const std::string& how,
             bool assumed = false) {
        accounts.set(line, found.value, how, assumed);
        for (std::size_t fact : found.facts)
            used_[fact] += (used_[fact].empty() ? accounts.period_end.iso() + " " : ", ") + std::string(column_of(line));
    }
    void put(FiledAccounts& accounts, AccountsLine line, const Found& found) { put(accounts, line, found, found.how); }
    void note(Position position, std::string code, std::string message) {
        result_.findings.push_back(Finding{std::move(code), std::move(message), position});
    }

    const Document& document_;
    const std::string& source_;
    IxbrlAccounts result_;
    std::map<Key, Found> found_;
    std::set<std::int32_t> dates_;  ///< every date with a mapped fact
    std::map<std::size_t, std::string> used_;  ///< fact -> "period line, line"
};

void Mapper::read_facts() {
    result_.maps_to.assign(document_.facts.size(), std::string());
    for (std::size_t i = 0; i < document_.facts.size(); ++i) {
        const Fact& fact = document_.facts[i];
        if (fact.kind != Fact::Kind::Numeric || !fact.number || fact.nil) continue;
        const Taxonomy taxonomy = taxonomy_of(fact.concept_name.namespace_uri);
        if (taxonomy == Taxonomy::None || taxonomy == Taxonomy::Business) continue;
        const Concept* concept_entry = nullptr;
        for (const Concept& c : concepts)
            if (c.taxonomy == taxonomy && c.local_name == fact.concept_name.local_name) concept_entry = &c;
        if (!concept_entry) continue;
        const Context* context = document_.find_context(fact.context_ref);
        if (!context) continue;  // reported by the reader
        const std::optional<Qualifier> qualifier = qualifier_of(*context);
        if (!qualifier) continue;  // a breakdown, not a total
        Item item = concept_entry->item;
        if (qualifier->retained_earnings) {
            if (item != Item::Equity) continue;
            item = Item::ProfitLossReserve;
        }
        const bool split = item == Item::Creditors || item == Item::BankDebt || item == Item::BankLoans ||
                           item == Item::LeaseObligations;
        if (qualifier->maturity != Maturity::None && !split) continue;
        if (item == Item::Creditors && qualifier->maturity == Maturity::None) continue;  // creditors of no stated maturity
        const bool wants_instant = concept_entry->period == PeriodType::Instant;
        if (wants_instant != (context->period == Context::PeriodKind::Instant)) continue;
        const std::optional<Date> date = date_of(wants_instant ? context->instant : context->end_date);
        if (!date || date->year() < 1900 || date->year() > 2200) {
            note(fact.position, "IXB026",
                 "'" + fact.concept_name.text() + "' is dated '" + (wants_instant ? context->instant : context->end_date) +
                     "' (context '" + context->id + "'), not a plausible accounts date; it is not used");
            continue;
        }
        const Key key{date->days_since_epoch(), item, qualifier->maturity};
        const std::string how = describe(fact, *context);
        const auto existing = found_.find(key);
        if (existing != found_.end()) {
            if (std::fabs(existing->second.value - *fact.number) > 0.5)
                note(fact.position, "IXB024",
                     how + " = " + fact.value + " disagrees with " + existing->second.how + " = " +
                         pounds_text(existing->second.value) + " for " + date->iso() + "; the first is used");
            else
                result_.maps_to[i] = "(same as line " + std::to_string(existing->second.position.line) + ")";
            continue;
        }
        found_.emplace(key, Found{*fact.number, how, fact.position, {i}});
        if (anchors_period(item)) dates_.insert(date->days_since_epoch());
        result_.maps_to[i] = date->iso() + " read; no line needs it (the line is tagged directly)";
    }
}

void Mapper::period_length(FiledAccounts& accounts) const {
    // A duration context of the document, without dimensions, that ends on the date.
    for (const Context& context : document_.contexts) {
        if (context.period != Context::PeriodKind::Duration || !context.dimensions.empty()) continue;
        const auto end = date_of(context.end_date);
        const auto start = date_of(context.start_date);
        if (!end || !start || *end != accounts.period_end || *start > *end) continue;
        accounts.period_months = months_between(*start, *end);
        accounts.period_note = "context '" + context.id + "': " + start->iso() + " to " + end->iso();
        return;
    }
    accounts.period_months = 12;
    accounts.period_note = "assumed 12 months: no period of the document ends on " + accounts.period_end.iso();
}

FiledAccounts Mapper::period(std::int32_t day) {
    FiledAccounts a;
    a.entity_id = result_.entity_id;
    a.period_end = Date::from_days(day);
    a.source = source_;
    period_length(a);

    const auto direct = [&](AccountsLine line, Item item) {
        if (auto f = get(day, item)) put(a, line, *f);
    };
    direct(AccountsLine::Turnover, Item::Turnover);
    direct(AccountsLine::StaffCosts, Item::StaffCosts);
    direct(AccountsLine::OperatingProfit, Item::OperatingProfit);
    direct(AccountsLine::InterestPayable, Item::InterestPayable);
    direct(AccountsLine::ProfitBeforeTax, Item::ProfitBeforeTax);
    direct(AccountsLine::Tax, Item::Tax);
    direct(AccountsLine::Cash, Item::Cash);
    direct(AccountsLine::Employees, Item::Employees);
    direct(AccountsLine::Capex, Item::Capex);
    direct(AccountsLine::RetainedEarnings, Item::ProfitLossReserve);

    // Depreciation and amortisation: the total, else its parts.
    if (auto f = get(day, Item::DepreciationAmortisation)) put(a, AccountsLine::DepreciationAmortisation, *f);
    else if (auto parts = sum_of({get(day, Item::DepreciationTangible), get(day, Item::AmortisationIntangible)}))
        put(a, AccountsLine::DepreciationAmortisation, *parts);

    // Two-way splits by maturity, or one total.
    const auto split_sum = [&](Item item) -> std::optional<Found> {
        if (auto total = get(day, item)) return total;
        const auto within = get(day, item, Maturity::WithinOneYear), after = get(day, item, Maturity::AfterOneYear);
        auto sum = sum_of({within, after});
        if (sum && !(within && after))
            sum->how += within ? " (nothing tagged after one year)" : " (nothing tagged within one year)";
        return sum;
    };
    // Borrowings with overdrafts is the total; borrowings alone only when it is all there is.
    if (auto f = split_sum(Item::BankDebt)) put(a, AccountsLine::BankDebt, *f);
    else if (auto loans = split_sum(Item::BankLoans)) put(a, AccountsLine::BankDebt, *loans);
    if (auto f = split_sum(Item::LeaseObligations)) put(a, AccountsLine::LeaseLiabilities, *f);

    // Current liabilities and current assets, each from the other and net current assets.
    std::optional<Found> within = get(day, Item::CreditorsWithinOneYear);
    if (!within) within = get(day, Item::Creditors, Maturity::WithinOneYear);
    const auto current_assets = get(day, Item::CurrentAssets);
    const auto net_current = get(day, Item::NetCurrentAssets);
    if (within) put(a, AccountsLine::CurrentLiabilities, *within);
    if (current_assets) put(a, AccountsLine::CurrentAssets, *current_assets);
    if (!within && current_assets && net_current) {
        Found f{current_assets->value - net_current->value, "", {}, {}};
        f.facts = {current_assets->facts.front(), net_current->facts.front()};
        put(a, AccountsLine::CurrentLiabilities, f,
            "derived: current_assets - net current assets (" + net_current->how + ")");
    }
    if (!current_assets && within && net_current) {
        Found f{net_current->value + within->value, "", {}, {}};
        f.facts = {net_current->facts.front(), within->facts.front()};
        put(a, AccountsLine::CurrentAssets, f,
            "derived: net current assets (" + net_current->how + ") + current_liabilities (" + within->how + ")");
    }

    // Fixed assets: the total, else the sum of the classes tagged, else total assets less
    // current liabilities minus net current assets, else none tagged: 0.
    const auto talcl = get(day, Item::TotalAssetsLessCurrentLiabilities);
    std::optional<Found> fixed = get(day, Item::FixedAssets);
    if (!fixed)
        fixed = sum_of({get(day, Item::PropertyPlantEquipment), get(day, Item::IntangibleAssets),
                        get(day, Item::FixedAssetInvestments), get(day, Item::InvestmentProperty)});
    if (!fixed && talcl && net_current) {
        fixed = Found{talcl->value - net_current->value,
                      "total assets less current liabilities (" + talcl->how + ") - net current assets (" +
                          net_current->how + ")",
                      {}, {talcl->facts.front(), net_current->facts.front()}};
    }
    const bool fixed_assumed = !fixed;
    if (!fixed) fixed = Found{0.0, "fixed assets none tagged: taken as 0", {}, {}};
    if (const auto ca = a.get(AccountsLine::CurrentAssets)) {
        Found total{*ca, "", {}, {}};
        const auto extra = sum_of({fixed, get(day, Item::PrepaymentsOutsideCurrentAssets),
                                   get(day, Item::CalledUpShareCapitalNotPaid)}, "");
        total.value += extra->value;
        total.facts = extra->facts;
        put(a, AccountsLine::TotalAssets, total, "derived: current_assets + " + extra->how, fixed_assumed);
    }

    // Net assets: the total, else equity, else shareholders' funds.
    if (auto f = get(day, Item::NetAssets)) put(a, AccountsLine::NetAssets, *f);
    else if (auto e = get(day, Item::Equity)) put(a, AccountsLine::NetAssets, *e, "equity: " + e->how);
    else if (auto sf = get(day, Item::ShareholderFunds)) put(a, AccountsLine::NetAssets, *sf, "shareholders' funds: " + sf->how);

    // Non-current liabilities: creditors after one year + provisions + accruals outside
    // creditors; when none is tagged, total assets less current liabilities - net assets.
    {
        std::optional<Found> after = get(day, Item::CreditorsAfterOneYear);
        if (!after) after = get(day, Item::Creditors, Maturity::AfterOneYear);
        const auto net_assets = a.get(AccountsLine::NetAssets);
        if (auto parts = sum_of({after, get(day, Item::Provisions), get(day, Item::AccrualsOutsideCreditors)}))
            put(a, AccountsLine::NonCurrentLiabilities, *parts);
        else if (talcl && net_assets)
            put(a, AccountsLine::NonCurrentLiabilities, Found{talcl->value - *net_assets, "", {}, talcl->facts},
                "derived: total assets less current liabilities (" + talcl->how + ") - net_assets");
        else if (net_assets)
            a.set(AccountsLine::NonCurrentLiabilities, 0.0, "none tagged: taken as 0", true);
    }

    // Other operating costs: the contract's identity, when its four terms are filed.
    const auto t = a.get(AccountsLine::Turnover), st = a.get(AccountsLine::StaffCosts),
               d = a.get(AccountsLine::DepreciationAmortisation), o = a.get(AccountsLine::OperatingProfit);
    if (t && st && d && o)
        a.set(AccountsLine::OtherOperatingCosts, *t - *st - *d - *o,
              "derived: turnover - staff_costs - depreciation_amortisation - operating_profit");
    return a;
}

IxbrlAccounts Mapper::run() {
    const std::vector<std::string> identifiers = document_.entity_identifiers();
    if (identifiers.empty())
        throw ixbrl::ReadError(Position{1, 1}, "no context names an entity, so the company is unknown");
    if (identifiers.size() > 1)
        throw ixbrl::ReadError(Position{1, 1}, "the contexts name more than one entity ('" + identifiers[0] +
                                                   "' and '" + identifiers[1] + "'); one document is one company's accounts");
    result_.entity_id = identifiers.front();
    for (const Fact& fact : document_.facts)
        if (fact.concept_name.local_name == "UKCompaniesHouseRegisteredNumber" &&
            taxonomy_of(fact.concept_name.namespace_uri) == Taxonomy::Business && fact.value_known && !fact.value.empty() &&
            fact.value != result_.entity_id)
            note(fact.position, "IXB025",
                 "the registered number in the text is '" + fact.value + "' but the contexts name '" + result_.entity_id +
                     "'; the contexts' entity is used");

    read_facts();
    for (auto it = dates_.rbegin(); it != dates_.rend(); ++it) result_.periods.push_back(period(*it));
    // Each fact used says which line(s) of which period it went into.
    for (const auto& [fact, lines] : used_) result_.maps_to[fact] = lines;
    return std::move(result_);
}

}  // namespace

IxbrlAccounts map_ixbrl_accounts(const ixbrl::Document& document, const std::string& source) {
    return Mapper(document, source).run();
}

}  // namespace oversight
