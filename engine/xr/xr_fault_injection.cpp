#include "xr/xr_fault_injection.h"

#include "platform/fault_switch.h"

namespace perfuse {

XrResult injected_xr_fault(XrFaultPoint point, uint64_t count) {
    switch (point) {
        case XrFaultPoint::wait_frame:
            return fault_switch_fires("PERFUSE_FAULT_XR_SESSION_LOST_AT_FRAME", count) ? XR_ERROR_SESSION_LOST : XR_SUCCESS;
        case XrFaultPoint::session_state:
            return fault_switch_fires("PERFUSE_FAULT_XR_LOSS_PENDING_AT_FRAME", count) ? XR_SESSION_LOSS_PENDING : XR_SUCCESS;
        case XrFaultPoint::instance_event:
            return fault_switch_fires("PERFUSE_FAULT_XR_INSTANCE_LOST_AT_FRAME", count) ? XR_SESSION_LOSS_PENDING : XR_SUCCESS;
    }
    return XR_SUCCESS;
}

}  // namespace perfuse
