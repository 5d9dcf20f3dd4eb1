/// \file progress.hpp
/// \brief Progress of long steps: a bar on a terminal, silence when piped or quiet.
#pragma once

#include <cstddef>
#include <cstdio>
#include <string>

namespace oversight {

/// Receives progress of one long step at a time. Models and ingest take a reference to
/// this interface and never write to the terminal themselves.
class Progress {
public:
    virtual ~Progress() = default;
    virtual void begin(const std::string& step, std::size_t total) = 0;
    virtual void advance(std::size_t done) = 0;  ///< cumulative units done so far
    virtual void end() = 0;
};

/// Does nothing: for tests, pipes and --quiet.
class SilentProgress final : public Progress {
public:
    void begin(const std::string&, std::size_t) override {}
    void advance(std::size_t) override {}
    void end() override {}
};

/// A single-line bar redrawn in place on `stream` (normally stderr), at most ~20 times
/// a second so that it costs nothing measurable.
class TerminalProgress final : public Progress {
public:
    explicit TerminalProgress(std::FILE* stream) : stream_(stream) {}
    void begin(const std::string& step, std::size_t total) override;
    void advance(std::size_t done) override;
    void end() override;

private:
    void draw(bool final);
    std::FILE* stream_;
    std::string step_;
    std::size_t total_ = 0, done_ = 0;
    long long last_draw_ms_ = 0;
};

/// TerminalProgress on stderr when stderr is a terminal and not `quiet`; SilentProgress otherwise.
Progress& default_progress(bool quiet);

}  // namespace oversight
