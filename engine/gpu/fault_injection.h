#pragma once
// Faults on demand, for tests. A real driver reports a lost device or a lost surface rarely and
// never when asked, so these environment variables make the app's handling testable:
//   PERFUSE_FAULT_DEVICE_LOST_AT_FRAME=N   queue submit number N (from 1) reports VK_ERROR_DEVICE_LOST
//                                          (after the work really was submitted)
//   PERFUSE_FAULT_SURFACE_LOST_AT_FRAME=N  swapchain acquire number N reports VK_ERROR_SURFACE_LOST_KHR
//   PERFUSE_FAULT_OUT_OF_DATE_AT_FRAME=N   swapchain acquire number N reports VK_ERROR_OUT_OF_DATE_KHR
// The two acquire faults replace the real call, so no image is acquired. Unset: no faults.
#include <cstdint>

#include <vulkan/vulkan.h>

namespace perfuse {

enum class FaultPoint { queue_submit, swapchain_acquire };

// The result to report for call number COUNT (from 1) at POINT: VK_SUCCESS unless a fault is armed.
VkResult injected_fault(FaultPoint point, uint64_t count);

}  // namespace perfuse
