/// \file store_location.hpp
/// \brief Reading the `location` given to open_store: which SQL engine, and where.
#pragma once

#include <string>

namespace oversight {

enum class StoreEngine {
    Sqlite,     ///< embedded file, the default
    Postgresql  ///< multi-user server (not yet available in this build)
};

struct StoreLocation {
    StoreEngine engine = StoreEngine::Sqlite;
    std::string target;   ///< SQLite: the file path; PostgreSQL: the whole URI
    std::string display;  ///< the location as it may appear in messages (no password)
};

/// `PATH` or `sqlite:PATH` -> SQLite; `postgresql://...` or `postgres://...` ->
/// PostgreSQL. Throws std::runtime_error for an empty location, an empty SQLite path or
/// any other `scheme://` (so that a typo in a server URI never silently becomes a file).
StoreLocation parse_store_location(const std::string& location);

}  // namespace oversight
