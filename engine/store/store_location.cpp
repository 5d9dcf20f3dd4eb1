#include "engine/store/store_location.hpp"

#include <stdexcept>
#include <string_view>

namespace oversight {
namespace {

constexpr std::string_view kSqlitePrefix = "sqlite:";
constexpr std::string_view kSchemeSeparator = "://";

/// A server URI may carry `user:password@`; messages and logs must not.
std::string without_credentials(const std::string& uri) {
    const auto authority = uri.find(kSchemeSeparator);
    if (authority == std::string::npos) return uri;
    const auto start = authority + kSchemeSeparator.size();
    const auto end = uri.find('/', start);
    const auto at = uri.rfind('@', end == std::string::npos ? uri.size() : end);
    if (at == std::string::npos || at < start) return uri;
    return uri.substr(0, start) + "***" + uri.substr(at);
}

/// RFC 3986 scheme: a letter, then letters, digits, '+', '-' or '.'. Anything else
/// before "://" is part of a file path.
bool is_scheme(std::string_view text) {
    const auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    if (text.empty() || !letter(text.front())) return false;
    for (const char c : text)
        if (!letter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') return false;
    return true;
}

}  // namespace

StoreLocation parse_store_location(const std::string& location) {
    if (location.empty()) throw std::runtime_error("store location is empty");

    const std::string_view text = location;
    if (text.starts_with(kSqlitePrefix)) {
        std::string path(text.substr(kSqlitePrefix.size()));
        if (path.empty())
            throw std::runtime_error("store location '" + location + "' names no SQLite file");
        return {StoreEngine::Sqlite, std::move(path), location};
    }

    const auto separator = text.find(kSchemeSeparator);
    const std::string_view scheme =
        separator == std::string_view::npos ? std::string_view{} : text.substr(0, separator);
    if (!is_scheme(scheme)) return {StoreEngine::Sqlite, location, location};

    const std::string display = without_credentials(location);
    if (scheme == "postgresql" || scheme == "postgres")
        return {StoreEngine::Postgresql, location, display};
    throw std::runtime_error("store location '" + display + "': unsupported scheme '" +
                             std::string(scheme) +
                             "' (use a file path, sqlite:PATH or postgresql://...)");
}

}  // namespace oversight
