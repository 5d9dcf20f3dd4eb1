/// \file sqlite_backend.hpp
/// \brief The embedded SQLite engine: opening a file and tuning the connection for one
/// writer and any number of readers.
#pragma once

#include <string>

#include "engine/store/sql_backend.hpp"

namespace oversight {

/// Opens (creating if needed) the SQLite file at `path` and applies the store's
/// pragmas. Throws Poco::Exception when the file cannot be opened or is not a database.
SqlConnection connect_sqlite(const std::string& path);

}  // namespace oversight
