#include "gpu/fault_injection.h"

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

VkResult injected_fault(FaultPoint point, uint64_t count) {
    // Read on every call (a getenv per frame is nothing), so tests can arm and disarm in-process.
    switch (point) {
        case FaultPoint::queue_submit:
            return armed_at("PERFUSE_FAULT_DEVICE_LOST_AT_FRAME") == count ? VK_ERROR_DEVICE_LOST : VK_SUCCESS;
        case FaultPoint::swapchain_acquire:
            if (armed_at("PERFUSE_FAULT_SURFACE_LOST_AT_FRAME") == count) return VK_ERROR_SURFACE_LOST_KHR;
            if (armed_at("PERFUSE_FAULT_OUT_OF_DATE_AT_FRAME") == count) return VK_ERROR_OUT_OF_DATE_KHR;
            return VK_SUCCESS;
    }
    return VK_SUCCESS;
}

}  // namespace perfuse
