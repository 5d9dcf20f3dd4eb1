/// \file parallel.hpp
/// \brief The one worker pool of the project: independent tasks shared between threads.
/// Results stay reproducible because each task writes only its own slot and draws its
/// own random numbers (see random.hpp): which thread runs a task never matters.
#pragma once

#include <cstddef>
#include <functional>

#include "engine/progress.hpp"

namespace oversight {

/// `requested` workers (0 = std::thread::hardware_concurrency()), at least 1 and at most
/// one per task.
unsigned worker_count(unsigned requested, std::size_t tasks);

/// Runs task(i) once for every i in [0, count) on worker_count(threads, count) threads
/// (std::jthread; on the calling thread when that is 1 and there is no progress to draw).
/// After the first exception no new task starts; it is rethrown once every worker has
/// stopped. With `progress`, the calling thread reports the tasks done about 20 times a
/// second (begin and end are the caller's).
void parallel_for(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& task,
                  Progress* progress = nullptr);

}  // namespace oversight
