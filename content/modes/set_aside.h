#pragma once
// Keeping a file we cannot use (corrupt, or from a newer version) instead of overwriting it: it is
// renamed to FILE.bad-1 (or -2, -3... the first free name) so the player or a supervisor can still
// recover it, and a fresh file is started in its place.
#include <filesystem>
#include <string>

namespace perfuse::modes {

// Renames FILE aside. Returns the new path, or an empty path when the rename failed.
std::filesystem::path set_aside(const std::filesystem::path& file);

// The tail of a load warning: "kept as NAME.bad-1" or "could not keep it aside".
std::string kept_aside_note(const std::filesystem::path& file);

}  // namespace perfuse::modes
