#pragma once
// Reading a data file: its text, or a one-line "PATH: cannot be read" error.
#include <optional>
#include <string>

namespace perfuse {

std::optional<std::string> read_text_file(const std::string& path);

}  // namespace perfuse
