#include "models/health/maturity.hpp"

#include <algorithm>
#include <chrono>

namespace oversight {

int linear_instalments(const Facility& facility, Date as_of, Date until) {
    if (facility.frequency_months <= 0) return 0;
    // Instalment k falls on maturity - k x frequency (computed from maturity each time,
    // so month-end clamping does not drift); count those after as_of and up to until.
    int count = 0;
    for (int k = 0;; ++k) {
        const Date due = add_months(facility.maturity_date, -k * facility.frequency_months);
        if (due <= as_of) break;
        if (due <= until) ++count;
    }
    return count;
}

double amount_maturing(const Facility& facility, Date as_of, int months) {
    if (facility.drawn <= 0) return 0.0;
    const Date window_end = add_months(as_of, months);
    // Maturity in the window (or already past: overdue): the whole balance is due.
    if (facility.maturity_date <= window_end) return facility.drawn;
    if (facility.amortisation == Amortisation::Bullet || facility.frequency_months <= 0) return 0.0;
    // Maturity after the window end, so it is after as_of: at least one instalment remains.
    const int remaining = linear_instalments(facility, as_of, facility.maturity_date);
    const int in_window = linear_instalments(facility, as_of, window_end);
    return facility.drawn * in_window / remaining;
}

double undrawn_committed(const Facility& facility, Date as_of) {
    if (!facility.limit || facility.maturity_date <= as_of) return 0.0;
    return std::max(0.0, *facility.limit - facility.drawn);
}

std::vector<double> maturity_profile(const std::vector<const Facility*>& facilities, Date as_of, int years) {
    std::vector<double> profile(static_cast<std::size_t>(std::max(years, 0)) + 1, 0.0);
    for (const Facility* facility : facilities) {
        double before = 0.0;  // due in the windows already counted
        for (int k = 0; k < years; ++k) {
            const double within = amount_maturing(*facility, as_of, 12 * (k + 1));
            profile[static_cast<std::size_t>(k)] += within - before;
            before = within;
        }
        profile.back() += std::max(0.0, facility->drawn - before);
    }
    return profile;
}

}  // namespace oversight
