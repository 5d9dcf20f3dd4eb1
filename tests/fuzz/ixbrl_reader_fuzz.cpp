// libFuzzer target: the iXBRL reader must either read a document or refuse it with a
// ReadError; any other exception, crash, leak or undefined behaviour is a bug.
// Built with -DOVERSIGHT_FUZZ=ON and clang (setup.sh test runs it for a bounded time).
#include <cstddef>
#include <cstdint>
#include <string>

#include "ingest/ixbrl/ixbrl_reader.hpp"
#include "ingest/ixbrl/transformations.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string input(reinterpret_cast<const char*>(data), size);
    try {
        const oversight::ixbrl::Document document = oversight::ixbrl::read_document(input);
        std::size_t total = 0;
        for (const auto& fact : document.facts) total += fact.value.size() + fact.raw_text.size();
        for (const auto& unit : document.units) total += unit.text().size();
        if (total == static_cast<std::size_t>(-1)) return 1;  // keeps the reads from being optimised away
    } catch (const oversight::ixbrl::ReadError&) {
        // refused, with a position: the expected outcome for most inputs
    }
    // Every registry format on the raw input as displayed text.
    for (const char* name : {"numdotdecimal", "numcommadecimal", "numunitdecimal", "zerodash", "datedaymonthyearen",
                             "datemonthdayyear", "dateyearmonthday"})
        (void)oversight::ixbrl::transform(
            oversight::ixbrl::QualifiedName{"http://www.xbrl.org/inlineXBRL/transformation/2015-02-26", "ixt", name},
            input);
    return 0;
}
