#include "error_checks.h"

namespace perfuse::fuzz {

std::string bad_error_reason(const std::string& error, const std::string& file_name) {
    if (error.empty()) return "the error is empty";
    if (error.find('\n') != std::string::npos || error.find('\r') != std::string::npos) {
        return "the error spans several lines: " + error;
    }
    if (error.find(file_name) == std::string::npos) return "the error does not name " + file_name + ": " + error;
    // "FILE: " and nothing after it says nothing about what is wrong.
    const size_t at = error.find(file_name) + file_name.size();
    if (error.find_first_not_of(": ", at) == std::string::npos) return "the error says only the file name: " + error;
    return {};
}

}  // namespace perfuse::fuzz
