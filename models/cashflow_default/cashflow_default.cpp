#include "models/cashflow_default/cashflow_default.hpp"

#include <Eigen/Core>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>

#include "engine/parallel.hpp"
#include "engine/random.hpp"

namespace oversight {
namespace {

/// Bank debt missing from facilities.csv below this is rounding, not a missing loan.
constexpr double kUndescribedDebtFloor = 50000.0;

std::string whole_pounds(double value) { return "GBP " + std::to_string(static_cast<long long>(std::llround(value))); }


constexpr int kQ = kCashflowQuarters;
constexpr int kQuartersPerYear = 4;

// --- Common random numbers ---------------------------------------------------------

/// W(k, p) = Z_1 + ... + Z_{k+1} of path p (k = 0..11), column-major so that one path's
/// twelve values are contiguous. Generated path by path from one stream, so the first n
/// paths are the same whatever the number of paths.
struct Shocks {
    std::uint64_t seed = 0;
    int paths = 0;
    Eigen::MatrixXd cumulative;
};

std::shared_ptr<const Shocks> shocks_for(std::uint64_t seed, int paths) {
    static std::mutex mutex;
    static std::shared_ptr<const Shocks> cached;
    const std::lock_guard lock(mutex);
    if (cached && cached->seed == seed && cached->paths == paths) return cached;
    auto shocks = std::make_shared<Shocks>();
    shocks->seed = seed;
    shocks->paths = paths;
    shocks->cumulative.resize(kQ, paths);
    Random random(seed, kCashflowDefaultStream);
    for (int p = 0; p < paths; ++p) {
        double sum = 0.0;
        for (int k = 0; k < kQ; ++k) {
            sum += random.normal();
            shocks->cumulative(k, p) = sum;
        }
    }
    cached = std::move(shocks);
    return cached;
}

// --- Calendar --------------------------------------------------------------------------

/// Quarter ends as_of + 3k months, k = 1..12, and the quarter a date falls in.
class Quarters {
public:
    explicit Quarters(Date as_of) : as_of_(as_of) {
        for (int k = 1; k <= kQ; ++k) ends_[static_cast<std::size_t>(k)] = add_months(as_of, 3 * k);
    }
    /// The k (1..12) with end(k-1) < date <= end(k); 1 for a date on or before as_of (already
    /// due); 0 beyond the horizon.
    int of(Date date) const {
        if (date <= as_of_) return 1;
        for (int k = 1; k <= kQ; ++k)
            if (date <= ends_[static_cast<std::size_t>(k)]) return k;
        return 0;
    }

private:
    Date as_of_;
    std::array<Date, kQ + 1> ends_{};
};

// --- Facilities ------------------------------------------------------------------------

/// Per-quarter amounts of one facility while it lives (index 1..12; 0 unused).
struct Flows {
    std::array<double, kQ + 1> cash_interest{};
    std::array<double, kQ + 1> amortisation{};
    std::array<double, kQ + 1> covenant_debt{};      ///< balance at the quarter's end
    std::array<double, kQ + 1> covenant_interest{};  ///< cash and PIK
    std::array<double, kQ + 1> undrawn{};

    void add(const Flows& other) {
        for (int k = 1; k <= kQ; ++k) {
            const auto i = static_cast<std::size_t>(k);
            cash_interest[i] += other.cash_interest[i];
            amortisation[i] += other.amortisation[i];
            covenant_debt[i] += other.covenant_debt[i];
            covenant_interest[i] += other.covenant_interest[i];
            undrawn[i] += other.undrawn[i];
        }
    }
};

/// A facility with a maturity event in the horizon: refinanced or repaid.
struct Maturity {
    int quarter = 0;
    double due = 0.0;  ///< balance to repay when not refinanced
    Flows flows;       ///< its amounts while it lives (removed from the totals once repaid)
};

struct Plan {
    Flows totals;                     ///< every facility living throughout
    std::vector<Maturity> maturities;  ///< in quarter order
    double covenant_debt0 = 0.0, undrawn0 = 0.0, cash_interest0 = 0.0, covenant_interest_q0 = 0.0;
    double scheduled_amortisation_1y = 0.0;
    std::array<double, kQ + 1> negative_cash_rate_q{};  ///< quarterly rate on negative cash (drawn revolver), by quarter
    std::optional<double> max_net_leverage, min_interest_cover;
};

/// A facility's annual rate as a function of SONIA: fixed_part + sonia_weight × SONIA (all
/// in percent), so that a rate path moves only the unhedged floating share.
struct FacilityRate {
    double fixed_part_pct = 0.0;
    double sonia_weight = 0.0;
    double at(double sonia_pct) const { return (fixed_part_pct + sonia_weight * sonia_pct) / 100.0; }
};

FacilityRate rate_of(const Facility& f, const CashflowDefaultInputs& in, std::vector<std::string>& states) {
    if (f.rate_type == RateType::Fixed) {
        if (f.fixed_rate_pct) return {*f.fixed_rate_pct, 0.0};
        states.push_back("facility " + f.facility_id + ": fixed without a rate, SONIA assumed");
        return {0.0, 1.0};
    }
    double margin_pct = 0.0;
    if (f.margin_bps)
        margin_pct = *f.margin_bps / 100.0;
    else
        states.push_back("facility " + f.facility_id + ": floating without margin, 0 bps assumed");
    const double hedged = std::clamp(f.hedged_pct.value_or(0.0), 0.0, 100.0) / 100.0;
    return {hedged * (in.hedge_swap_rate_pct + margin_pct) + (1.0 - hedged) * margin_pct, 1.0 - hedged};
}

/// SONIA in quarter k (1..12): the flat rate plus the rate path's shift for its year,
/// floored at 0 (a shift cannot make the base rate negative).
double sonia_in_quarter(const CashflowDefaultInputs& in, int k) {
    static_assert(kQ <= 4 * std::tuple_size_v<decltype(CashflowDefaultInputs::sonia_shift_bp_by_year)>,
                  "one shift a year of the horizon");
    const double shift_bp = in.sonia_shift_bp_by_year[static_cast<std::size_t>((k - 1) / kQuartersPerYear)];
    return shift_bp == 0.0 ? in.sonia_pct : std::max(0.0, in.sonia_pct + shift_bp / 100.0);
}

Plan plan_facilities(const CashflowDefaultInputs& in, std::vector<std::string>& states) {
    Plan plan;
    const Quarters quarters(in.as_of);
    std::array<double, kQ + 1> undrawn_rate_sum{};
    for (const Facility& f : in.facilities) {
        const FacilityRate facility_rate = rate_of(f, in, states);
        const double rate = facility_rate.at(in.sonia_pct);  // at as_of
        const bool shareholder = f.kind == FacilityKind::ShareholderLoan;
        const bool covenant_debt = !shareholder;
        double balance = std::max(0.0, f.drawn);
        const double undrawn = f.limit ? std::max(0.0, *f.limit - balance) : 0.0;
        plan.undrawn0 += undrawn;
        for (int k = 1; k <= kQ; ++k)
            undrawn_rate_sum[static_cast<std::size_t>(k)] += undrawn * facility_rate.at(sonia_in_quarter(in, k));
        if (covenant_debt) {
            plan.covenant_debt0 += balance;
            plan.covenant_interest_q0 += balance * rate / kQuartersPerYear;
        }
        if (!f.pik) plan.cash_interest0 += balance * rate;
        if (f.covenant_max_net_leverage)
            plan.max_net_leverage = std::min(plan.max_net_leverage.value_or(*f.covenant_max_net_leverage),
                                             *f.covenant_max_net_leverage);
        if (f.covenant_min_interest_cover)
            plan.min_interest_cover = std::max(plan.min_interest_cover.value_or(*f.covenant_min_interest_cover),
                                               *f.covenant_min_interest_cover);

        // Instalment quarters (linear): maturity - i x frequency after as_of.
        std::array<int, kQ + 1> instalments_in{};
        int instalments_left = 0;
        if (f.amortisation == Amortisation::Linear && f.maturity_date > in.as_of) {
            int frequency = f.frequency_months;
            if (frequency <= 0) {
                states.push_back("facility " + f.facility_id + ": frequency not positive, quarterly assumed");
                frequency = 3;
            }
            for (int i = 0;; ++i) {
                const Date due = add_months(f.maturity_date, -i * frequency);
                if (due <= in.as_of) break;
                ++instalments_left;
                const int q = quarters.of(due);
                if (q > 0) ++instalments_in[static_cast<std::size_t>(q)];
            }
        }

        const int maturity_quarter = shareholder ? 0 : quarters.of(f.maturity_date);
        if (shareholder && quarters.of(f.maturity_date) > 0)
            states.push_back("facility " + f.facility_id + ": shareholder loan maturing within 3 years, assumed extended");
        Flows flows;
        double due_at_maturity = 0.0;
        for (int k = 1; k <= kQ; ++k) {
            const auto i = static_cast<std::size_t>(k);
            const double interest = balance * facility_rate.at(sonia_in_quarter(in, k)) / kQuartersPerYear;
            if (f.pik)
                balance += interest;
            else
                flows.cash_interest[i] = interest;
            for (int n = 0; n < instalments_in[i] && instalments_left > 0; ++n) {
                const double payment = balance / instalments_left--;
                balance -= payment;
                flows.amortisation[i] += payment;
            }
            if (instalments_left == 0 && f.amortisation == Amortisation::Linear && f.maturity_date > in.as_of)
                balance = 0.0;  // rounding: the last instalment clears the loan
            if (covenant_debt) {
                flows.covenant_interest[i] = interest;
                flows.covenant_debt[i] = balance;
            }
            flows.undrawn[i] = undrawn;
            if (k == maturity_quarter) due_at_maturity = balance;
            if (k <= kQuartersPerYear) plan.scheduled_amortisation_1y += flows.amortisation[i];
        }
        plan.totals.add(flows);
        if (maturity_quarter > 0 && (due_at_maturity > 0.0 || undrawn > 0.0))
            plan.maturities.push_back({maturity_quarter, due_at_maturity, flows});
    }
    std::stable_sort(plan.maturities.begin(), plan.maturities.end(),
                     [](const Maturity& a, const Maturity& b) { return a.quarter < b.quarter; });
    if (plan.undrawn0 > 0.0)
        for (int k = 1; k <= kQ; ++k)
            plan.negative_cash_rate_q[static_cast<std::size_t>(k)] =
                undrawn_rate_sum[static_cast<std::size_t>(k)] / plan.undrawn0 / kQuartersPerYear;
    return plan;
}

// --- Volatility ----------------------------------------------------------------------------

struct Volatility {
    double sd_gbp = 0.0;
    VolatilitySource source = VolatilitySource::Sector;
    int changes = 0;
};

Volatility volatility_of(std::vector<EbitdaYear> history, double base, const CashflowDefaultAssumptions& a) {
    std::stable_sort(history.begin(), history.end(), [](const EbitdaYear& x, const EbitdaYear& y) { return x.year < y.year; });
    std::vector<double> changes;
    for (std::size_t i = 1; i < history.size(); ++i)
        if (history[i].year - history[i - 1].year == 1) changes.push_back(history[i].ebitda - history[i - 1].ebitda);
    Volatility v;
    v.changes = static_cast<int>(changes.size());
    const int needed = std::max(2, a.min_history_years - 1);
    if (v.changes >= needed) {
        double mean = 0.0;
        for (double c : changes) mean += c;
        mean /= static_cast<double>(changes.size());
        double squares = 0.0;
        for (double c : changes) squares += (c - mean) * (c - mean);
        v.sd_gbp = std::sqrt(squares / static_cast<double>(changes.size() - 1));
        v.source = VolatilitySource::OwnHistory;
    } else {
        v.sd_gbp = a.sector_ebitda_volatility_pct / 100.0 * std::abs(base);
        v.source = VolatilitySource::Sector;
    }
    return v;
}

// --- One provider's paths ------------------------------------------------------------------

enum class Cause : unsigned char { None, Liquidity, Covenant };

struct Outcome {
    int quarter = 0;  ///< 0: survives the horizon
    Cause cause = Cause::None;
};

/// The paths [first, last) of one provider; see the header for the steps.
struct Simulator {
    const Plan& plan;
    const Eigen::MatrixXd& cumulative;
    double base = 0.0, drift_q = 0.0, half_sd = 0.0;
    double cash0 = 0.0, capex_q = 0.0, tax_rate = 0.0, levy_q = 0.0;
    bool has_covenants = false;

    Outcome run(int path, std::vector<std::size_t>& repaid) const {
        repaid.clear();
        const double* w = cumulative.data() + static_cast<std::ptrdiff_t>(path) * kQ;
        // Quarterly EBITDA and covenant interest, quarters -3..12 at index k + 3.
        std::array<double, kQ + 4> ebitda{}, interest{};
        for (int j = 0; j < 4; ++j) {
            ebitda[static_cast<std::size_t>(j)] = base / kQuartersPerYear;
            interest[static_cast<std::size_t>(j)] = plan.covenant_interest_q0;
        }
        double cash = cash0;
        bool failed_before = false;
        for (int k = 1; k <= kQ; ++k) {
            const auto i = static_cast<std::size_t>(k);
            const double quarter_ebitda = (base + k * drift_q + half_sd * w[k - 1]) / kQuartersPerYear;
            double cash_interest = plan.totals.cash_interest[i], amortisation = plan.totals.amortisation[i];
            double debt = plan.totals.covenant_debt[i], covenant_interest = plan.totals.covenant_interest[i];
            for (std::size_t m : repaid) {
                const Flows& gone = plan.maturities[m].flows;
                cash_interest -= gone.cash_interest[i];
                amortisation -= gone.amortisation[i];
                debt -= gone.covenant_debt[i];
                covenant_interest -= gone.covenant_interest[i];
            }
            if (cash < 0.0) {
                const double overdraft = -cash * plan.negative_cash_rate_q[i];
                cash_interest += overdraft;
                covenant_interest += overdraft;
            }
            const double tax = tax_rate * std::max(0.0, quarter_ebitda - capex_q - cash_interest);
            cash += quarter_ebitda - tax - levy_q - capex_q - cash_interest - amortisation;
            ebitda[i + 3] = quarter_ebitda;
            interest[i + 3] = covenant_interest;

            // d. covenant test
            const double trailing = ebitda[i] + ebitda[i + 1] + ebitda[i + 2] + ebitda[i + 3];
            bool pass = true;
            if (has_covenants) {
                const double net_debt = debt - cash;
                if (plan.max_net_leverage)
                    pass = trailing > 0.0 ? net_debt <= *plan.max_net_leverage * trailing : net_debt <= 0.0;
                if (pass && plan.min_interest_cover) {
                    const double trailing_interest = interest[i] + interest[i + 1] + interest[i + 2] + interest[i + 3];
                    pass = trailing_interest <= 0.0 || trailing >= *plan.min_interest_cover * trailing_interest;
                }
            }
            // e. maturities
            const bool refinance = has_covenants ? pass : trailing > 0.0;
            double undrawn = plan.totals.undrawn[i];
            for (std::size_t m = 0; m < plan.maturities.size(); ++m) {
                const Maturity& maturity = plan.maturities[m];
                if (maturity.quarter == k && !refinance) {
                    cash -= maturity.due;
                    repaid.push_back(m);
                } else if (maturity.quarter > k) {
                    break;
                }
            }
            for (std::size_t m : repaid) undrawn -= plan.maturities[m].flows.undrawn[i];
            // f. liquidity, g. covenant with one quarter to cure
            if (cash + undrawn < 0.0) return {k, Cause::Liquidity};
            if (!pass && failed_before) return {k, Cause::Covenant};
            failed_before = !pass;
        }
        return {};
    }
};

}  // namespace

const char* volatility_source_name(VolatilitySource source) {
    return source == VolatilitySource::OwnHistory ? "own history" : "sector";
}

CashflowDefaultResult simulate_cashflow_default(const CashflowDefaultInputs& in, const CashflowDefaultAssumptions& a) {
    if (a.paths < 1) throw std::invalid_argument("cashflow_default.paths must be at least 1");
    CashflowDefaultResult r;
    r.provider_id = in.provider_id;
    r.name = in.name;
    r.cash = in.cash;

    const Plan plan = plan_facilities(in, r.states);
    r.covenant_debt = plan.covenant_debt0;
    r.net_debt = plan.covenant_debt0 - in.cash;
    r.undrawn_committed = plan.undrawn0;
    r.cash_interest = plan.cash_interest0;
    r.scheduled_amortisation = plan.scheduled_amortisation_1y;
    r.annual_debt_service = r.cash_interest + r.scheduled_amortisation;
    for (const Maturity& maturity : plan.maturities)
        if (maturity.quarter <= kQuartersPerYear) r.maturing_1y += maturity.due;
    if (const double due = r.annual_debt_service + r.maturing_1y; due > 0.0)
        r.liquidity_cover = (in.cash + r.undrawn_committed) / due;
    r.max_net_leverage = plan.max_net_leverage;
    r.min_interest_cover = plan.min_interest_cover;
    r.facilities_maturing = static_cast<int>(plan.maturities.size());
    if (in.facilities.empty()) r.states.emplace_back("no facilities: no debt service");

    double facility_bank_debt = 0.0;  // what the loans in facilities.csv say the bank is owed
    for (const Facility& f : in.facilities)
        if (f.kind == FacilityKind::TermLoan || f.kind == FacilityKind::RevolvingCredit || f.kind == FacilityKind::Bond)
            facility_bank_debt += std::max(0.0, f.drawn);
    if (in.accounts_bank_debt - facility_bank_debt > std::max(kUndescribedDebtFloor, 0.1 * in.accounts_bank_debt)) {
        r.states.push_back("bank debt in the accounts (" + whole_pounds(in.accounts_bank_debt) +
                           ") is not described in facilities.csv (" + whole_pounds(facility_bank_debt) +
                           "): no default probability");
        return r;
    }
    if (in.ebitda_history.empty()) {
        r.states.emplace_back("no accounts");
        return r;
    }
    const double base = in.ebitda_history.back().ebitda;
    r.base_ebitda = base;
    if (base <= 0.0) r.states.emplace_back("EBITDA negative");
    const Volatility volatility = volatility_of(in.ebitda_history, base, a);
    r.volatility_gbp = volatility.sd_gbp;
    r.volatility_pct = base != 0.0 ? 100.0 * volatility.sd_gbp / std::abs(base) : 0.0;
    r.volatility_source = volatility.source;
    r.history_changes = volatility.changes;

    const auto shocks = shocks_for(static_cast<std::uint64_t>(a.seed), a.paths);
    const Simulator simulator{plan,
                              shocks->cumulative,
                              base,
                              a.ebitda_drift_pct / 100.0 * std::abs(base) / kQuartersPerYear,
                              volatility.sd_gbp / 2.0,
                              in.cash,
                              in.maintenance_capex / kQuartersPerYear,
                              in.tax_rate_pct / 100.0,
                              in.annual_levy / kQuartersPerYear,
                              plan.max_net_leverage.has_value() || plan.min_interest_cover.has_value()};
    std::vector<std::size_t> repaid;
    repaid.reserve(plan.maturities.size());
    for (int p = 0; p < a.paths; ++p) {
        const Outcome outcome = simulator.run(p, repaid);
        if (outcome.quarter == 0) continue;
        ++r.defaults_3y;
        if (outcome.quarter <= kQuartersPerYear) ++r.defaults_1y;
        if (outcome.cause == Cause::Liquidity)
            ++r.liquidity_defaults;
        else
            ++r.covenant_defaults;
    }
    r.paths = a.paths;
    r.pd_1y_pct = 100.0 * r.defaults_1y / a.paths;
    r.pd_3y_pct = 100.0 * r.defaults_3y / a.paths;
    if (r.defaults_3y > 0) {
        r.liquidity_share_pct = 100.0 * r.liquidity_defaults / r.defaults_3y;
        r.covenant_share_pct = 100.0 * r.covenant_defaults / r.defaults_3y;
    }
    return r;
}

CashflowDefaultInputs inputs_for(const Market& market, const std::vector<ProviderYear>& history, Date as_of,
                                 double sonia_pct, const CashflowDefaultAssumptions& a) {
    CashflowDefaultInputs in;
    in.as_of = as_of;
    in.sonia_pct = sonia_pct;
    in.hedge_swap_rate_pct = a.hedge_swap_rate_pct;
    in.tax_rate_pct = a.tax_rate_pct;
    if (!history.empty()) {
        in.provider_id = history.front().id;
        in.name = history.front().name;
    }
    // One row a year, the consolidated one where there are two, accounts filed by as_of.
    std::map<int, const ProviderYear*> by_year;
    for (const ProviderYear& row : history) {
        if (as_of < row.totals.period_end) continue;
        const ProviderYear*& slot = by_year[row.year];
        const auto rank = [](const ProviderYear& y) {
            return std::pair(y.totals.basis == AccountsBasis::Consolidated, y.totals.period_end);
        };
        if (!slot || rank(*slot) < rank(row)) slot = &row;
    }
    if (by_year.empty()) return in;
    for (const auto& [year, row] : by_year) {
        in.ebitda_history.push_back({year, annual_ebitda_of(row->totals)});
    }
    const ProviderYear& latest = *by_year.rbegin()->second;
    in.provider_id = latest.id;
    in.name = latest.name;
    in.cash = latest.totals.cash;
    in.accounts_bank_debt = latest.totals.bank_debt;
    in.maintenance_capex = a.maintenance_capex_pct_of_ebitda / 100.0 * std::max(0.0, in.ebitda_history.back().ebitda);
    const auto& data = market.data();
    for (std::size_t e : latest.entity_indexes)
        for (std::size_t f : market.facilities_of(data.entities[e].entity_id)) in.facilities.push_back(data.facilities[f]);
    return in;
}

std::vector<CashflowDefaultResult> simulate_cashflow_defaults(const std::vector<CashflowDefaultInputs>& inputs,
                                                              const CashflowDefaultAssumptions& assumptions,
                                                              unsigned threads) {
    if (assumptions.paths < 1) throw std::invalid_argument("cashflow_default.paths must be at least 1");
    std::vector<CashflowDefaultResult> results(inputs.size());
    shocks_for(static_cast<std::uint64_t>(assumptions.seed), assumptions.paths);  // once, before the workers
    parallel_for(inputs.size(), threads,
                 [&](std::size_t i) { results[i] = simulate_cashflow_default(inputs[i], assumptions); });
    return results;
}

}  // namespace oversight
