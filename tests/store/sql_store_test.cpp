// The embedded SQLite store: what goes in comes back field for field and in order; a
// re-ingest replaces the data set; a failed write leaves the store exactly as it was;
// schema versions and store locations are checked with clear messages.
#include <gtest/gtest.h>

#include <Poco/Data/Session.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>

#include "engine/store/store.hpp"
#include "engine/store/store_location.hpp"
#include "store_test_support.hpp"

namespace oversight {
namespace {

using Poco::Data::Keywords::into;
using Poco::Data::Keywords::now;
using namespace store_test;

std::string file_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string message_of(const std::function<void()>& action) {
    try {
        action();
    } catch (const std::runtime_error& error) {
        return error.what();
    }
    return "(no exception)";
}

TEST(SqlStore, NewStoreIsAtTheCurrentSchemaVersionAndEmpty) {
    TempDir dir;
    auto store = open_store(dir.file("oversight.db"));
    EXPECT_EQ(store->schema_version(), current_schema_version());
    EXPECT_FALSE(store->current_ingest().has_value());
    const MarketData loaded = store->load_market_data();
    EXPECT_TRUE(loaded.placements.empty());
    EXPECT_TRUE(loaded.entities.empty());
    EXPECT_TRUE(store->load_warnings().empty());
}

TEST(SqlStore, RoundTripsEveryTableFieldForFieldInOrder) {
    TempDir dir;
    const MarketData data = sample_market_data();
    {
        auto store = open_store(dir.file("oversight.db"));
        store->replace_dataset(data, sample_warnings(), sample_record());
    }
    // A fresh connection, so nothing can come from a cache of the writer.
    auto store = open_store(dir.file("oversight.db"));
    expect_same(data, store->load_market_data());
    const auto warnings = store->load_warnings();
    expect_same_rows("warnings", sample_warnings(), warnings);
    const auto run = store->current_ingest();
    ASSERT_TRUE(run.has_value());
    EXPECT_EQ(run->source, sample_record().source);
    EXPECT_EQ(run->ingested_at, sample_record().ingested_at);
    EXPECT_EQ(run->row_count, 123u);
}

TEST(SqlStore, SqliteSchemeNamesTheSameFile) {
    TempDir dir;
    open_store(dir.file("a.db"))->replace_dataset(other_market_data(), {}, sample_record());
    auto store = open_store("sqlite:" + dir.file("a.db"));
    EXPECT_EQ(store->load_market_data().placements.size(), 1u);
}

TEST(SqlStore, ReingestReplacesTheWholeDataSet) {
    TempDir dir;
    auto store = open_store(dir.file("oversight.db"));
    store->replace_dataset(sample_market_data(), sample_warnings(), sample_record());
    IngestRecord second{"/data/other", "2026-11-24T08:00:00Z", 5};
    store->replace_dataset(other_market_data(), {}, second);

    expect_same(other_market_data(), store->load_market_data());
    EXPECT_TRUE(store->load_warnings().empty());
    EXPECT_EQ(store->current_ingest()->source, "/data/other");
    EXPECT_EQ(store->current_ingest()->row_count, 5u);
}

TEST(SqlStore, FailedReplaceLeavesTheStoreAsItWas) {
    TempDir dir;
    const std::string path = dir.file("oversight.db");
    auto store = open_store(path);
    store->replace_dataset(other_market_data(), {}, sample_record());

    // The second placement repeats the first one's id: the placements INSERT fails after
    // every earlier table has been written inside the transaction.
    MarketData bad = sample_market_data();
    bad.placements[1].placement_id = bad.placements[0].placement_id;
    const std::string message = message_of(
        [&] { store->replace_dataset(bad, sample_warnings(), {"/bad", "2026-11-25T00:00:00Z", 1}); });
    EXPECT_NE(message.find(path), std::string::npos) << message;
    EXPECT_NE(message.find("placements"), std::string::npos) << message;
    EXPECT_NE(message.find("'P0'"), std::string::npos) << message;
    EXPECT_NE(message.find("nothing was changed"), std::string::npos) << message;

    expect_same(other_market_data(), store->load_market_data());
    EXPECT_EQ(store->current_ingest()->source, sample_record().source);
    // And through a new connection, so the rollback reached the file.
    expect_same(other_market_data(), open_store(path)->load_market_data());
}

TEST(SqlStore, RefusesAStoreWrittenByANewerBuild) {
    TempDir dir;
    const std::string path = dir.file("oversight.db");
    open_store(path);
    {
        Poco::Data::Session raw = raw_session(path);
        raw << "INSERT INTO schema_version (version, applied_at) VALUES (999, 'later')", now;
    }
    const std::string before = file_bytes(path);
    const std::string message = message_of([&] { open_store(path); });
    EXPECT_NE(message.find(path), std::string::npos) << message;
    EXPECT_NE(message.find("999"), std::string::npos) << message;
    EXPECT_NE(message.find(std::to_string(current_schema_version())), std::string::npos) << message;
    EXPECT_EQ(file_bytes(path), before);
}

TEST(SqlStore, RefusesAFileThatIsNotADatabase) {
    TempDir dir;
    const std::string path = dir.file("notes.txt");
    std::ofstream(path) << "these are not the tables you are looking for\n";
    const std::string message = message_of([&] { open_store(path); });
    EXPECT_NE(message.find(path), std::string::npos) << message;
    EXPECT_EQ(file_bytes(path), "these are not the tables you are looking for\n");
}

TEST(SqlStore, PostgresqlIsRecognisedButNotInThisBuild) {
    const std::string message =
        message_of([] { open_store("postgresql://analyst:secret@db.example/oversight"); });
    EXPECT_NE(message.find("PostgreSQL"), std::string::npos) << message;
    EXPECT_EQ(message.find("secret"), std::string::npos) << "password must not be shown: " << message;
}

TEST(StoreLocation, ReadsPathsAndSchemes) {
    EXPECT_EQ(parse_store_location("oversight.db").engine, StoreEngine::Sqlite);
    EXPECT_EQ(parse_store_location("oversight.db").target, "oversight.db");
    EXPECT_EQ(parse_store_location("sqlite:/tmp/x.db").target, "/tmp/x.db");
    EXPECT_EQ(parse_store_location("postgres://h/db").engine, StoreEngine::Postgresql);
    EXPECT_THROW(parse_store_location(""), std::runtime_error);
    EXPECT_THROW(parse_store_location("sqlite:"), std::runtime_error);
    EXPECT_THROW(parse_store_location("mysql://h/db"), std::runtime_error);
}

}  // namespace
}  // namespace oversight
