#include "ingest/whole_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace oversight {

std::optional<std::string> read_whole_file(const std::filesystem::path& path, std::string& problem) {
    const std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!file) {
        problem = std::strerror(errno);
        return std::nullopt;
    }
    std::string contents;
    std::error_code ignored;  // the size is only a hint for the buffer
    if (const auto size = std::filesystem::file_size(path, ignored); !ignored) contents.reserve(size);
    char buffer[1 << 16];
    std::size_t count = 0;
    while ((count = std::fread(buffer, 1, sizeof buffer, file.get())) > 0) contents.append(buffer, count);
    if (std::ferror(file.get())) {
        problem = "read error";
        return std::nullopt;
    }
    return contents;
}

}  // namespace oversight
