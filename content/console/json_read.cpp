#include "json_read.h"

#include <fstream>
#include <sstream>

namespace perfuse {

std::optional<std::string> read_text_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::string one_line(const std::string& message) {
    constexpr std::size_t kMaxChars = 300;  // a quoted 20 kB key would bury the useful part
    std::string out;
    for (const char c : message) {
        if (out.size() >= kMaxChars) {
            out += "...";
            break;
        }
        const unsigned char u = static_cast<unsigned char>(c);
        if (c == '\n') out += "\\n";
        else if (c == '\t') out += "\\t";
        else if (u < 0x20 || u == 0x7f) {
            static const char* hex = "0123456789abcdef";
            out += "\\x";
            out += hex[u >> 4];
            out += hex[u & 15];
        } else out += c;
    }
    return out;
}

}  // namespace perfuse
