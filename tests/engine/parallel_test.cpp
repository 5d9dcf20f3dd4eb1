// The worker pool: every task once, whatever the thread count; the first failure rethrown.
#include "engine/parallel.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>
#include <stdexcept>
#include <vector>

namespace oversight {
namespace {

TEST(ParallelFor, EveryTaskExactlyOnce) {
    for (const unsigned threads : {1u, 2u, 7u}) {
        std::vector<std::atomic<int>> runs(1000);
        parallel_for(runs.size(), threads, [&](std::size_t i) { ++runs[i]; });
        for (const auto& count : runs) EXPECT_EQ(count.load(), 1) << threads << " threads";
    }
    parallel_for(0, 3, [](std::size_t) { ADD_FAILURE() << "no task to run"; });
}

TEST(ParallelFor, RethrowsTheFirstFailureAndStopsStartingTasks) {
    // One thread: tasks 0 to 10 start, task 10 throws, no later task starts.
    std::atomic<int> started{0};
    auto failing = [&](std::size_t i) {
        ++started;
        if (i == 10) throw std::runtime_error("task 10");
    };
    EXPECT_THROW(parallel_for(100000, 1, failing), std::runtime_error);
    EXPECT_EQ(started.load(), 11);
    // Two threads, each task 100 µs: without the stop all 100,000 would take 5 s; the other
    // thread may finish the task it is in and start very few more.
    started = 0;
    EXPECT_THROW(parallel_for(100000, 2,
                              [&](std::size_t i) {
                                  std::this_thread::sleep_for(std::chrono::microseconds(100));
                                  failing(i);
                              }),
                 std::runtime_error);
    EXPECT_LT(started.load(), 1000);
}

TEST(ParallelFor, ReportsProgressToTheEnd) {
    struct Recorder final : Progress {
        void begin(const std::string&, std::size_t) override {}
        void advance(std::size_t done) override { last = done; }
        void end() override {}
        std::size_t last = 0;
    } recorder;
    parallel_for(500, 2, [](std::size_t) {}, &recorder);
    EXPECT_EQ(recorder.last, 500u);
}

TEST(WorkerCount, AtLeastOneAtMostOnePerTask) {
    EXPECT_EQ(worker_count(4, 2), 2u);
    EXPECT_EQ(worker_count(4, 0), 1u);
    EXPECT_EQ(worker_count(3, 100), 3u);
    EXPECT_GE(worker_count(0, 100), 1u);
}

}  // namespace
}  // namespace oversight
