#include "engine/parallel.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace oversight {

unsigned worker_count(unsigned requested, std::size_t tasks) {
    const unsigned wanted = requested == 0 ? std::max(1u, std::thread::hardware_concurrency()) : requested;
    return static_cast<unsigned>(std::min<std::size_t>(wanted, std::max<std::size_t>(1, tasks)));
}

void parallel_for(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& task,
                  Progress* progress) {
    std::atomic<std::size_t> next{0}, done{0};
    std::atomic<bool> stop{false};
    std::exception_ptr failure;
    std::mutex failure_mutex;
    const auto work = [&] {
        for (std::size_t i = next++; i < count && !stop; i = next++) {
            try {
                task(i);
            } catch (...) {
                const std::lock_guard lock(failure_mutex);
                if (!failure) failure = std::current_exception();
                stop = true;
            }
            ++done;
        }
    };
    const unsigned workers = worker_count(threads, count);
    if (workers == 1 && !progress) {
        work();
    } else {
        {
            std::vector<std::jthread> pool;  // joined on leaving the block, even if a later emplace throws
            pool.reserve(workers);
            for (unsigned t = 0; t < workers; ++t) pool.emplace_back(work);
            if (progress)
                while (done < count && !stop) {
                    std::this_thread::sleep_for(std::chrono::milliseconds(50));
                    progress->advance(done);
                }
        }
        if (progress) progress->advance(done);
    }
    if (failure) std::rethrow_exception(failure);
}

}  // namespace oversight
