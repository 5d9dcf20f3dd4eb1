#include "engine/config/stress_scenarios.hpp"

#include <Poco/File.h>
#include <Poco/SAX/Attributes.h>
#include <Poco/SAX/DefaultHandler.h>
#include <Poco/SAX/InputSource.h>
#include <Poco/SAX/Locator.h>
#include <Poco/SAX/SAXException.h>
#include <Poco/SAX/SAXParser.h>

#include <charconv>
#include <cmath>
#include <fstream>
#include <set>
#include <stdexcept>

namespace oversight {
namespace {

/// `file:line:column: message`, built by appending (GCC 12 warns falsely, -Wrestrict, on
/// "literal" + std::to_string(...)).
std::string located(const std::string& file, int line, int column, const std::string& message) {
    std::string text = file;
    text += ':';
    text += std::to_string(line);
    text += ':';
    text += std::to_string(column);
    text += ": ";
    text += message;
    return text;
}

StressScenario scenario(std::string id, std::string description) {
    StressScenario s;
    s.id = std::move(id);
    s.description = std::move(description);
    return s;
}

/// Builds scenarios from SAX events, naming file, line and column in every error.
class ScenarioHandler final : public Poco::XML::DefaultHandler {
public:
    explicit ScenarioHandler(std::string file) : file_(std::move(file)) {}

    void setDocumentLocator(const Poco::XML::Locator* locator) override { locator_ = locator; }

    void startElement(const Poco::XML::XMLString&, const Poco::XML::XMLString& name, const Poco::XML::XMLString&,
                      const Poco::XML::Attributes& attributes) override {
        text_.clear();
        const std::size_t depth = open_.size();
        open_.push_back(name);
        if (depth == 0) {
            if (name != "StressScenarios") fail("the root element must be <StressScenarios>, not <" + name + ">");
            return;
        }
        if (depth == 1) {
            if (name != "Scenario") fail("unknown element <" + name + "> (expected <Scenario>)");
            const std::string id = attributes.getValue("", "id");
            if (id.empty()) fail("<Scenario> needs an id attribute");
            if (!ids_.insert(id).second) fail("scenario id '" + id + "' is used twice");
            scenarios_.push_back(scenario(id, ""));
            return;
        }
        if (depth == 2) {
            static const std::set<std::string> known = {"Description",      "ParallelShiftBp",  "Shift",
                                                        "OccupancyChangePct", "FeeChangePct",   "WageInflationPct",
                                                        "FixedCostSharePct", "ProfitCapPct"};
            if (!known.count(name)) fail("unknown element <" + name + "> in scenario '" + scenarios_.back().id + "'");
            if (name == "Shift") {
                tenor_ = attributes.getValue("", "tenor");
                if (tenor_.empty()) fail("<Shift> needs a tenor attribute (e.g. tenor=\"5Y\")");
            }
            return;
        }
        fail("unexpected element <" + name + "> inside <" + open_[depth - 1] + ">");
    }

    void characters(const Poco::XML::XMLChar ch[], int start, int length) override {
        text_.append(ch + start, static_cast<std::size_t>(length));
    }

    void endElement(const Poco::XML::XMLString&, const Poco::XML::XMLString& name, const Poco::XML::XMLString&) override {
        open_.pop_back();
        if (open_.size() != 2) return;  // only the fields of a scenario carry values
        StressScenario& s = scenarios_.back();
        if (name == "Description") s.description = trimmed();
        else if (name == "ParallelShiftBp") s.parallel_shift_bp = shift(name);
        else if (name == "Shift") s.tenor_shifts.push_back({tenor_, shift(name)});
        else if (name == "OccupancyChangePct") s.occupancy_change_pct = change(name);
        else if (name == "FeeChangePct") s.fee_change_pct = change(name);
        else if (name == "WageInflationPct") s.wage_inflation_pct = change(name);
        else if (name == "FixedCostSharePct") {
            s.fixed_cost_share_pct = number(name);
            if (s.fixed_cost_share_pct < 0 || s.fixed_cost_share_pct > 100) fail("<FixedCostSharePct> must be 0-100");
        } else if (name == "ProfitCapPct") {
            s.profit_cap_pct = number(name);
            if (*s.profit_cap_pct >= 100) fail("<ProfitCapPct> must be below 100");
        }
        text_.clear();
    }

    std::vector<StressScenario> take() { return std::move(scenarios_); }

private:
    std::string trimmed() const {
        const auto first = text_.find_first_not_of(" \t\r\n");
        if (first == std::string::npos) return {};
        return text_.substr(first, text_.find_last_not_of(" \t\r\n") - first + 1);
    }
    double number(const std::string& element) {
        const std::string text = trimmed();
        double value = 0.0;
        const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
        if (text.empty() || result.ec != std::errc() || result.ptr != text.data() + text.size() || !std::isfinite(value))
            fail("<" + element + "> '" + text + "' is not a number");
        return value;
    }
    /// A rate shift in basis points. Beyond +-10,000 bp (100 % a year) a stress says nothing
    /// more, and discount factors start to underflow.
    double shift(const std::string& element) {
        const double value = number(element);
        if (value < -10000.0 || value > 10000.0) fail("<" + element + "> must be between -10000 and 10000 bp");
        return value;
    }
    /// A relative change: -100 % or less would leave nothing to scale.
    double change(const std::string& element) {
        const double value = number(element);
        if (value <= -100.0) fail("<" + element + "> must be above -100");
        return value;
    }
    [[noreturn]] void fail(const std::string& message) const {
        throw std::invalid_argument(
            locator_ ? located(file_, locator_->getLineNumber(), locator_->getColumnNumber(), message)
                     : file_ + ": " + message);
    }

    std::string file_;
    const Poco::XML::Locator* locator_ = nullptr;
    std::vector<std::string> open_;
    std::string text_, tenor_;
    std::set<std::string> ids_;
    std::vector<StressScenario> scenarios_;
};

}  // namespace

std::vector<StressScenario> default_stress_scenarios() {
    std::vector<StressScenario> library;
    library.push_back(scenario("base", "Today's rates, occupancy, fees and costs."));

    StressScenario up200 = scenario("rates_up_200", "SONIA +200 bp at every tenor.");
    up200.parallel_shift_bp = 200;
    library.push_back(up200);

    StressScenario up400 = scenario("rates_up_400", "SONIA +400 bp at every tenor.");
    up400.parallel_shift_bp = 400;
    library.push_back(up400);

    StressScenario occupancy = scenario("occupancy_down_10", "A tenth fewer children placed; 70 % of costs fixed.");
    occupancy.occupancy_change_pct = -10;
    library.push_back(occupancy);

    StressScenario wages = scenario("wages_up_8", "Staff costs +8 % (a National Living Wage rise passed through).");
    wages.wage_inflation_pct = 8;
    library.push_back(wages);

    StressScenario freeze = scenario("fee_freeze", "Fees frozen for a year while pay rises 4 %.");
    freeze.wage_inflation_pct = 4;
    library.push_back(freeze);

    StressScenario severe = scenario("severe", "Rates +400 bp, occupancy -10 %, wages +8 %, fees frozen.");
    severe.parallel_shift_bp = 400;
    severe.occupancy_change_pct = -10;
    severe.wage_inflation_pct = 8;
    library.push_back(severe);

    StressScenario cap = scenario("profit_cap_10", "Fees cut so that the operating margin is at most 10 %.");
    cap.profit_cap_pct = 10;
    library.push_back(cap);
    return library;
}

std::vector<StressScenario> load_stress_scenarios(const std::string& path) {
    if (!Poco::File(path).exists()) throw std::invalid_argument(path + ": scenario file not found");
    std::ifstream stream(path, std::ios::binary);
    if (!stream) throw std::invalid_argument(path + ": scenario file cannot be read");
    ScenarioHandler handler(path);
    Poco::XML::SAXParser parser;
    parser.setContentHandler(&handler);
    parser.setErrorHandler(&handler);
    Poco::XML::InputSource source(stream);
    try {
        parser.parse(&source);
    } catch (const Poco::XML::SAXParseException& error) {
        throw std::invalid_argument(located(path, error.getLineNumber(), error.getColumnNumber(),
                                            "not well-formed XML: " + error.message()));
    }
    return handler.take();
}

std::vector<StressScenario> stress_scenario_library(const std::string& path) {
    std::vector<StressScenario> library = default_stress_scenarios();
    if (path.empty()) return library;
    for (StressScenario& added : load_stress_scenarios(path)) {
        bool replaced = false;
        for (StressScenario& existing : library)
            if (existing.id == added.id) {
                existing = added;
                replaced = true;
            }
        if (!replaced) library.push_back(std::move(added));
    }
    return library;
}

}  // namespace oversight
