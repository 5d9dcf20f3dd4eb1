#include "ingest/data_directory.hpp"

#include <stdexcept>

namespace oversight {

// Placeholder until the readers land: reports that nothing was read.
IngestResult read_data_directory(const std::string& directory, const IngestAssumptions&, Progress&) {
    throw std::runtime_error(directory + ": ingest not implemented yet");
}

}  // namespace oversight
