#include "xr/xr_fault_injection.h"

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

bool fires(const char* variable, uint64_t count) {
    const uint64_t at = armed_at(variable);
    return at != 0 && at == count;
}
}  // namespace

XrResult injected_xr_fault(XrFaultPoint point, uint64_t count) {
    // Read on every call (a getenv per frame is nothing), so tests can arm and disarm in-process.
    switch (point) {
        case XrFaultPoint::wait_frame:
            return fires("PERFUSE_FAULT_XR_SESSION_LOST_AT_FRAME", count) ? XR_ERROR_SESSION_LOST : XR_SUCCESS;
        case XrFaultPoint::session_state:
            return fires("PERFUSE_FAULT_XR_LOSS_PENDING_AT_FRAME", count) ? XR_SESSION_LOSS_PENDING : XR_SUCCESS;
        case XrFaultPoint::instance_event:
            return fires("PERFUSE_FAULT_XR_INSTANCE_LOST_AT_FRAME", count) ? XR_SESSION_LOSS_PENDING : XR_SUCCESS;
    }
    return XR_SUCCESS;
}

}  // namespace perfuse
