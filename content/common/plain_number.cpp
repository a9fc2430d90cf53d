#include "common/plain_number.h"

#include <cstdio>

namespace perfuse {

std::string plain_number(double value) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.2f", value);
    std::string s = buffer;
    // Only a fixed-point number has zeros to trim ("inf" and "nan" have no point).
    if (s.find('.') != std::string::npos) {
        while (s.back() == '0') s.pop_back();
        if (s.back() == '.') s.pop_back();
    }
    return s == "-0" ? "0" : s;
}

}  // namespace perfuse
