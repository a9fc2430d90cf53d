#pragma once
// Reading a data file: its text, or a one-line "PATH: cannot be read" error; and keeping every
// error message to one line whatever the file contained.
#include <optional>
#include <string>

namespace perfuse {

std::optional<std::string> read_text_file(const std::string& path);

// MESSAGE made safe to print as one line: control characters (a newline inside a JSON key, say)
// become \n, \t or \xNN escapes, and very long messages are cut with "...".
std::string one_line(const std::string& message);

}  // namespace perfuse
