// The test-only fault switches fire exactly at the armed call and nowhere else.
#include <cstdlib>

#include <gtest/gtest.h>

#include "gpu/fault_injection.h"

namespace perfuse {

TEST(FaultInjection, UnsetMeansNoFaults) {
    unsetenv("PERFUSE_FAULT_DEVICE_LOST_AT_FRAME");
    unsetenv("PERFUSE_FAULT_SURFACE_LOST_AT_FRAME");
    unsetenv("PERFUSE_FAULT_OUT_OF_DATE_AT_FRAME");
    for (uint64_t n = 1; n < 100; ++n) {
        EXPECT_EQ(injected_fault(FaultPoint::queue_submit, n), VK_SUCCESS);
        EXPECT_EQ(injected_fault(FaultPoint::swapchain_acquire, n), VK_SUCCESS);
    }
}

TEST(FaultInjection, FiresAtTheArmedCallOnly) {
    setenv("PERFUSE_FAULT_DEVICE_LOST_AT_FRAME", "5", 1);
    setenv("PERFUSE_FAULT_OUT_OF_DATE_AT_FRAME", "3", 1);
    setenv("PERFUSE_FAULT_SURFACE_LOST_AT_FRAME", "7", 1);
    EXPECT_EQ(injected_fault(FaultPoint::queue_submit, 4), VK_SUCCESS);
    EXPECT_EQ(injected_fault(FaultPoint::queue_submit, 5), VK_ERROR_DEVICE_LOST);
    EXPECT_EQ(injected_fault(FaultPoint::queue_submit, 6), VK_SUCCESS);
    EXPECT_EQ(injected_fault(FaultPoint::swapchain_acquire, 3), VK_ERROR_OUT_OF_DATE_KHR);
    EXPECT_EQ(injected_fault(FaultPoint::swapchain_acquire, 5), VK_SUCCESS);  // device loss is for submits
    EXPECT_EQ(injected_fault(FaultPoint::swapchain_acquire, 7), VK_ERROR_SURFACE_LOST_KHR);
    unsetenv("PERFUSE_FAULT_DEVICE_LOST_AT_FRAME");
    unsetenv("PERFUSE_FAULT_SURFACE_LOST_AT_FRAME");
    unsetenv("PERFUSE_FAULT_OUT_OF_DATE_AT_FRAME");
}

TEST(FaultInjection, MalformedValuesArmNothing) {
    for (const char* bad : {"", "x", "3x", "-1", "0"}) {
        setenv("PERFUSE_FAULT_DEVICE_LOST_AT_FRAME", bad, 1);
        for (uint64_t n = 1; n < 10; ++n) EXPECT_EQ(injected_fault(FaultPoint::queue_submit, n), VK_SUCCESS) << bad;
    }
    unsetenv("PERFUSE_FAULT_DEVICE_LOST_AT_FRAME");
}

}  // namespace perfuse
