#pragma once
// OpenXR faults on demand, for tests. A real runtime loses its session rarely and never when asked
// (a headset unplugged, its service restarted), so these environment variables make the app's
// handling testable against the simulated headset, like engine/gpu/fault_injection.h for Vulkan:
//   PERFUSE_FAULT_XR_SESSION_LOST_AT_FRAME=N  xrWaitFrame number N (from 1) reports XR_ERROR_SESSION_LOST
//                                             instead of waiting
//   PERFUSE_FAULT_XR_LOSS_PENDING_AT_FRAME=N  once N frames were waited for, the session behaves as if
//                                             the runtime had moved it to XR_SESSION_STATE_LOSS_PENDING
//   PERFUSE_FAULT_XR_INSTANCE_LOST_AT_FRAME=N once N frames were waited for, the runtime behaves as if
//                                             it had sent XR_TYPE_EVENT_DATA_INSTANCE_LOSS_PENDING
// Unset: no faults.
#include <cstdint>

#include <openxr/openxr.h>

namespace perfuse {

enum class XrFaultPoint { wait_frame, session_state, instance_event };

// For call number COUNT (from 1) of xrWaitFrame: XR_ERROR_SESSION_LOST when armed, else XR_SUCCESS.
// For the two event points, COUNT is the number of frames waited for so far: XR_SESSION_LOSS_PENDING
// when that point is armed for COUNT, else XR_SUCCESS.
XrResult injected_xr_fault(XrFaultPoint point, uint64_t count);

}  // namespace perfuse
