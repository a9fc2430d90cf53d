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

// Why a save failed, in words a learner can act on, with the system's own words after them.
std::string describe_write_error(const std::filesystem::path& path, int error) {
    const char* system = error ? std::strerror(error) : "write failed";
    switch (error) {
        case ENOSPC:
        case EDQUOT:
            return describe(path, ("the disk is full, so it was not saved (" + std::string(system) + ")").c_str());
        case EROFS:
        case EACCES:
        case EPERM:
            return describe(path, ("this folder cannot be written to, so it was not saved (" + std::string(system) + ")").c_str());
        default:
            return describe(path, system);
    }
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

std::filesystem::path atomic_temp_path(const std::filesystem::path& path) {
    return path.string() + "." + std::to_string(getpid()) + ".tmp";
}

std::string write_file_atomic(const std::filesystem::path& path, const void* data, std::size_t size_bytes) {
    const std::filesystem::path tmp = atomic_temp_path(path);
    std::FILE* file = std::fopen(tmp.c_str(), "wb");
    if (!file) return describe_write_error(path, errno);
    errno = 0;
    const bool written = std::fwrite(data, 1, size_bytes, file) == size_bytes;
    const bool flushed = written && std::fflush(file) == 0 && fsync(fileno(file)) == 0;
    int saved_errno = errno;
    // Closing can be where a network drive first reports a full disk.
    const bool closed = std::fclose(file) == 0;
    if (!closed && saved_errno == 0) saved_errno = errno;
    if (!written || !flushed || !closed) {
        std::remove(tmp.c_str());
        return describe_write_error(path, saved_errno);
    }
    if (std::rename(tmp.c_str(), path.c_str()) != 0) {
        const std::string error = describe_write_error(path, errno);
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
