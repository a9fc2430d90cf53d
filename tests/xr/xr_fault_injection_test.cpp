// The OpenXR test faults (xr/xr_fault_injection.h) fire at the armed frame only, and not at all
// when unset or malformed. The app's handling of them runs against the runtime (xr.session_lost_*).
#include <cstdlib>

#include <gtest/gtest.h>

#include "xr/xr_fault_injection.h"

namespace perfuse {
namespace {

struct XrFaults : ::testing::Test {
    void SetUp() override { clear(); }
    void TearDown() override { clear(); }
    static void clear() {
        unsetenv("PERFUSE_FAULT_XR_SESSION_LOST_AT_FRAME");
        unsetenv("PERFUSE_FAULT_XR_LOSS_PENDING_AT_FRAME");
        unsetenv("PERFUSE_FAULT_XR_INSTANCE_LOST_AT_FRAME");
    }
};

TEST_F(XrFaults, NoneWhenUnset) {
    for (uint64_t n = 0; n < 5; ++n) {
        EXPECT_EQ(injected_xr_fault(XrFaultPoint::wait_frame, n), XR_SUCCESS);
        EXPECT_EQ(injected_xr_fault(XrFaultPoint::session_state, n), XR_SUCCESS);
        EXPECT_EQ(injected_xr_fault(XrFaultPoint::instance_event, n), XR_SUCCESS);
    }
}

TEST_F(XrFaults, EachFiresAtItsFrameOnly) {
    setenv("PERFUSE_FAULT_XR_SESSION_LOST_AT_FRAME", "4", 1);
    setenv("PERFUSE_FAULT_XR_LOSS_PENDING_AT_FRAME", "6", 1);
    setenv("PERFUSE_FAULT_XR_INSTANCE_LOST_AT_FRAME", "8", 1);
    EXPECT_EQ(injected_xr_fault(XrFaultPoint::wait_frame, 3), XR_SUCCESS);
    EXPECT_EQ(injected_xr_fault(XrFaultPoint::wait_frame, 4), XR_ERROR_SESSION_LOST);
    EXPECT_EQ(injected_xr_fault(XrFaultPoint::wait_frame, 5), XR_SUCCESS);
    EXPECT_EQ(injected_xr_fault(XrFaultPoint::session_state, 4), XR_SUCCESS);
    EXPECT_EQ(injected_xr_fault(XrFaultPoint::session_state, 6), XR_SESSION_LOSS_PENDING);
    EXPECT_EQ(injected_xr_fault(XrFaultPoint::instance_event, 6), XR_SUCCESS);
    EXPECT_EQ(injected_xr_fault(XrFaultPoint::instance_event, 8), XR_SESSION_LOSS_PENDING);
}

TEST_F(XrFaults, MalformedValuesArmNothing) {
    for (const char* bad : {"", "-3", "x4", "4x", " 4"}) {
        setenv("PERFUSE_FAULT_XR_SESSION_LOST_AT_FRAME", bad, 1);
        for (uint64_t n = 0; n < 6; ++n) EXPECT_EQ(injected_xr_fault(XrFaultPoint::wait_frame, n), XR_SUCCESS) << bad;
    }
}

}  // namespace
}  // namespace perfuse
