/// \file key_index.hpp
/// \brief The keys one file defines: finds a key used twice in the file and answers the
/// references of files read after it.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "ingest/table.hpp"

namespace oversight {

class KeyIndex {
public:
    /// Records `key` as first seen on `line`; when it was seen before, returns that
    /// earlier line and keeps it.
    std::optional<std::size_t> insert(std::string_view key, std::size_t line);
    bool contains(std::string_view key) const { return lines_.find(key) != lines_.end(); }

    /// References into a file are checked only when the file was read and has its key
    /// column: a missing file is not a broken reference, and checking against it would
    /// bury the one real problem under one error per referencing row.
    bool checkable() const { return checkable_; }
    void set_checkable(bool checkable) { checkable_ = checkable; }

private:
    /// Heterogeneous lookup: a cell's string_view finds a key without a temporary string.
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view key) const { return std::hash<std::string_view>{}(key); }
    };
    std::unordered_map<std::string, std::size_t, Hash, std::equal_to<>> lines_;
    bool checkable_ = false;
};

/// Records `key`, the current row's cell of `column`; DUP001 at that cell when an
/// earlier row had it.
void check_unique(Table& table, KeyIndex& keys, Column column, std::string_view key);

/// The same for a key of several cells, reported at `column`; `description` names the
/// key in the message, e.g. "index point 'cpi' on 2024-01-31".
void check_unique(Table& table, KeyIndex& keys, Column column, std::string_view key,
                  const std::string& description);

/// REF001 at the current row's cell of `column` unless `keys` holds `id`.
/// `target` names what should hold it, e.g. "setting" and "settings.csv".
void check_reference(Table& table, const KeyIndex& keys, Column column, std::string_view id,
                     std::string_view target, std::string_view target_file);

}  // namespace oversight
