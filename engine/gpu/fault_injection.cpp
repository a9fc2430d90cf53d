#include "gpu/fault_injection.h"

#include "platform/fault_switch.h"

namespace perfuse {

VkResult injected_fault(FaultPoint point, uint64_t count) {
    switch (point) {
        case FaultPoint::queue_submit:
            return fault_switch_fires("PERFUSE_FAULT_DEVICE_LOST_AT_FRAME", count) ? VK_ERROR_DEVICE_LOST : VK_SUCCESS;
        case FaultPoint::swapchain_acquire:
            if (fault_switch_fires("PERFUSE_FAULT_SURFACE_LOST_AT_FRAME", count)) return VK_ERROR_SURFACE_LOST_KHR;
            if (fault_switch_fires("PERFUSE_FAULT_OUT_OF_DATE_AT_FRAME", count)) return VK_ERROR_OUT_OF_DATE_KHR;
            return VK_SUCCESS;
    }
    return VK_SUCCESS;
}

}  // namespace perfuse
