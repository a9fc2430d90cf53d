#include "platform/fault_switch.h"

#include <cctype>
#include <cstdlib>

namespace perfuse {

namespace {
// The frame number in VARIABLE, or 0 when it is unset or not a positive whole number.
uint64_t armed_at(const char* variable) {
    const char* value = std::getenv(variable);
    if (!value || !std::isdigit(static_cast<unsigned char>(value[0]))) return 0;
    char* end = nullptr;
    const unsigned long long n = std::strtoull(value, &end, 10);
    return *end == '\0' ? n : 0;
}
}  // namespace

bool fault_switch_fires(const char* variable, uint64_t count) {
    const uint64_t at = armed_at(variable);
    return at != 0 && at == count;
}

}  // namespace perfuse
