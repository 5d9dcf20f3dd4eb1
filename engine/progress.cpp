#include "engine/progress.hpp"

#include <unistd.h>

#include <algorithm>
#include <chrono>

namespace oversight {
namespace {
long long now_ms() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}
}  // namespace

void TerminalProgress::begin(const std::string& step, std::size_t total) {
    step_ = step;
    total_ = total;
    done_ = 0;
    last_draw_ms_ = 0;
    draw(false);
}

void TerminalProgress::advance(std::size_t done) {
    done_ = std::min(done, total_);
    if (now_ms() - last_draw_ms_ >= 50) draw(false);
}

void TerminalProgress::end() {
    done_ = total_;
    draw(true);
}

void TerminalProgress::draw(bool final) {
    constexpr int width = 30;
    const double share = total_ == 0 ? 1.0 : static_cast<double>(done_) / static_cast<double>(total_);
    const int filled = static_cast<int>(share * width);
    std::fprintf(stream_, "\r%-28.28s [", step_.c_str());
    for (int i = 0; i < width; ++i) std::fputc(i < filled ? '#' : '.', stream_);
    std::fprintf(stream_, "] %3d%%%s", static_cast<int>(share * 100.0), final ? "\n" : "");
    std::fflush(stream_);
    last_draw_ms_ = now_ms();
}

Progress& default_progress(bool quiet) {
    static SilentProgress silent;
    static TerminalProgress terminal(stderr);
    if (quiet || !::isatty(STDERR_FILENO)) return silent;
    return terminal;
}

}  // namespace oversight
