#include "platform/file_io.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>

#include <unistd.h>

namespace perfuse {

namespace {
std::string describe(const std::filesystem::path& path, const char* what) {
    return path.string() + ": " + what;
}
}  // namespace

FileBytes read_file(const std::filesystem::path& path) {
    FileBytes result;
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
        result.error = describe(path, "file not found");
        return result;
    }
    if (std::filesystem::is_directory(path, ec)) {
        result.error = describe(path, "is a folder, not a file");
        return result;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        result.error = describe(path, std::strerror(errno));
        return result;
    }
    in.seekg(0, std::ios::end);
    const std::streamoff size = in.tellg();
    in.seekg(0, std::ios::beg);
    result.bytes.resize(static_cast<std::size_t>(size > 0 ? size : 0));
    if (size > 0 && !in.read(reinterpret_cast<char*>(result.bytes.data()), size)) {
        result.error = describe(path, "could not be read completely");
        result.bytes.clear();
    }
    return result;
}

std::string write_file_atomic(const std::filesystem::path& path, const void* data, std::size_t size_bytes) {
    const std::filesystem::path tmp = path.string() + ".tmp";
    std::FILE* file = std::fopen(tmp.c_str(), "wb");
    if (!file) return describe(path, std::strerror(errno));
    const bool written = std::fwrite(data, 1, size_bytes, file) == size_bytes;
    const bool flushed = std::fflush(file) == 0 && fsync(fileno(file)) == 0;
    const int saved_errno = errno;
    std::fclose(file);
    if (!written || !flushed) {
        std::remove(tmp.c_str());
        return describe(path, saved_errno ? std::strerror(saved_errno) : "write failed");
    }
    if (std::rename(tmp.c_str(), path.c_str()) != 0) {
        const std::string error = describe(path, std::strerror(errno));
        std::remove(tmp.c_str());
        return error;
    }
    return {};
}

std::string check_writable(const std::filesystem::path& path) {
    std::error_code ec;
    const std::filesystem::path dir = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    if (!std::filesystem::is_directory(dir, ec)) return describe(path, "its folder does not exist");
    if (std::filesystem::is_directory(path, ec)) return describe(path, "is a folder, not a file");
    if (std::filesystem::exists(path, ec)) {
        if (access(path.c_str(), W_OK) != 0) return describe(path, std::strerror(errno));
    } else if (access(dir.c_str(), W_OK) != 0) {
        return describe(path, std::strerror(errno));
    }
    return {};
}

}  // namespace perfuse
