#pragma once
// What every parser of outside input promises about a rejected file: one line, not empty, naming the
// file. Returns an empty string when `error` keeps that promise, else what is wrong with it.
#include <string>

namespace perfuse::fuzz {

std::string bad_error_reason(const std::string& error, const std::string& file_name);

}  // namespace perfuse::fuzz
