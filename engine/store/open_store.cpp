// open_store: from a location string to a Store on the right SQL engine.
#include <Poco/Exception.h>

#include <memory>
#include <stdexcept>
#include <string>

#include "engine/store/sql_store.hpp"
#include "engine/store/sqlite_backend.hpp"
#include "engine/store/store.hpp"
#include "engine/store/store_location.hpp"

namespace oversight {
namespace {

SqlConnection connect(const StoreLocation& where) {
    try {
        return connect_sqlite(where.target);
    } catch (const Poco::Exception& error) {
        throw std::runtime_error("store " + where.display +
                                 ": cannot open the SQLite file: " + error.displayText());
    }
}

}  // namespace

std::unique_ptr<Store> open_store(const std::string& location) {
    const StoreLocation where = parse_store_location(location);
    switch (where.engine) {
        case StoreEngine::Sqlite:
            return std::make_unique<SqlStore>(where.display, connect(where));
        case StoreEngine::Postgresql:
            // The server issue adds a PostgreSQL SqlBackend (connector, writer lock, snapshot
            // isolation); everything above the session is shared with SQLite.
            throw std::runtime_error("store " + where.display +
                                     ": PostgreSQL store not available in this build");
    }
    throw std::logic_error("open_store: unhandled store engine");
}

}  // namespace oversight
