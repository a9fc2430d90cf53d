#pragma once
// Reading and writing whole files with errors that name the file and the problem.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace perfuse {

struct FileBytes {
    std::vector<std::uint8_t> bytes;
    std::string error;  // empty on success, else "PATH: what is wrong"
    bool ok() const { return error.empty(); }
};

FileBytes read_file(const std::filesystem::path& path);

// Writes to a temporary file beside PATH (atomic_temp_path), flushes, then renames over PATH, so a
// crash or a full disk never leaves a half-written file where a good one was. Returns an empty string or "PATH: what is wrong".
std::string write_file_atomic(const std::filesystem::path& path, const void* data, std::size_t size_bytes);

// The temporary file write_file_atomic writes first: beside PATH, so the rename stays on one file
// system, and named for this process, so two copies of the app saving the same file at once (their
// shared pipeline cache) never write into each other's half-written file.
std::filesystem::path atomic_temp_path(const std::filesystem::path& path);

// Checks up front that PATH can be created or overwritten (so a long render does not fail at the end).
std::string check_writable(const std::filesystem::path& path);

}  // namespace perfuse
