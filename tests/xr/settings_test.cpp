// Comfort settings, the choice of reference space and of swapchain format, and XR_CHECK's message.
#include <cmath>

#include <gtest/gtest.h>

#include "xr/comfort.h"
#include "xr/eye_swapchain.h"
#include "xr/reference_space.h"
#include "xr/xr_check.h"

namespace perfuse {
namespace {

TEST(Comfort, DefaultsAreTheGentleOnesAndValid) {
    const ComfortSettings c;
    EXPECT_EQ(c.play_area, PlayArea::seated);
    EXPECT_FLOAT_EQ(c.snap_turn_deg, 30.0f);
    EXPECT_LT(c.stick_release, c.stick_engage);
    EXPECT_EQ(comfort_problem(c), "");
}

TEST(Comfort, EachBadValueIsNamed) {
    ComfortSettings c;
    c.snap_turn_deg = 5.0f;
    EXPECT_EQ(comfort_problem(c), "snap turn must be 15 to 90 degrees");
    c = {};
    c.snap_turn_deg = std::nanf("");
    EXPECT_EQ(comfort_problem(c), "snap turn must be 15 to 90 degrees");
    c = {};
    c.stick_release = 0.65f;  // too close to engage: a jittery stick would turn twice
    EXPECT_EQ(comfort_problem(c), "stick release threshold must be at least 0.1 below the engage threshold");
    c = {};
    c.teleport_max_distance_m = 50.0f;
    EXPECT_EQ(comfort_problem(c), "teleport distance must be 0.5 to 20 m");
    c = {};
    c.eye_height_m = 0.5f;
    EXPECT_EQ(comfort_problem(c), "eye height must be 1.0 to 2.2 m");
}

TEST(ReferenceSpace, StandingUsesTheStageWhenThereIsOne) {
    const std::vector<XrReferenceSpaceType> all = {XR_REFERENCE_SPACE_TYPE_VIEW, XR_REFERENCE_SPACE_TYPE_LOCAL,
                                                   XR_REFERENCE_SPACE_TYPE_STAGE};
    const std::vector<XrReferenceSpaceType> no_stage = {XR_REFERENCE_SPACE_TYPE_VIEW, XR_REFERENCE_SPACE_TYPE_LOCAL};
    EXPECT_EQ(choose_reference_space(PlayArea::standing, all), XR_REFERENCE_SPACE_TYPE_STAGE);
    EXPECT_EQ(choose_reference_space(PlayArea::standing, no_stage), XR_REFERENCE_SPACE_TYPE_LOCAL);
    EXPECT_EQ(choose_reference_space(PlayArea::seated, all), XR_REFERENCE_SPACE_TYPE_LOCAL);
}

TEST(ReferenceSpace, LocalOriginIsAtEyeHeightAndStageOriginOnTheFloor) {
    EXPECT_FLOAT_EQ(origin_height_above_floor_m(XR_REFERENCE_SPACE_TYPE_STAGE, 1.7f), 0.0f);
    EXPECT_FLOAT_EQ(origin_height_above_floor_m(XR_REFERENCE_SPACE_TYPE_LOCAL, 1.7f), 1.7f);
}

TEST(SwapchainFormat, FirstSrgbFormatInTheRuntimesOrder) {
    EXPECT_EQ(choose_swapchain_format({VK_FORMAT_R8G8B8A8_UNORM, VK_FORMAT_B8G8R8A8_SRGB, VK_FORMAT_R8G8B8A8_SRGB}),
              VK_FORMAT_B8G8R8A8_SRGB);
    EXPECT_EQ(choose_swapchain_format({VK_FORMAT_R8G8B8A8_SRGB, VK_FORMAT_B8G8R8A8_SRGB}), VK_FORMAT_R8G8B8A8_SRGB);
    EXPECT_EQ(choose_swapchain_format({VK_FORMAT_R8G8B8A8_UNORM, VK_FORMAT_R16G16B16A16_SFLOAT}), VK_FORMAT_UNDEFINED);
    EXPECT_EQ(choose_swapchain_format({}), VK_FORMAT_UNDEFINED);
}

TEST(XrCheck, FailuresThrowWithTheResultNameCallAndPlace) {
    try {
        XR_CHECK(XR_ERROR_SESSION_LOST);
        FAIL() << "XR_CHECK did not throw";
    } catch (const XrError& e) {
        const std::string message = e.what();
        EXPECT_EQ(e.result, XR_ERROR_SESSION_LOST);
        EXPECT_NE(message.find("XR_ERROR_SESSION_LOST"), std::string::npos) << message;
        EXPECT_NE(message.find("settings_test.cpp:"), std::string::npos) << message;
    }
}

TEST(XrCheck, SuccessCodesPass) {
    EXPECT_NO_THROW(XR_CHECK(XR_SUCCESS));
    EXPECT_NO_THROW(XR_CHECK(XR_SESSION_LOSS_PENDING));
    EXPECT_NO_THROW(XR_CHECK(XR_FRAME_DISCARDED));
    EXPECT_STREQ(xr_result_name(XR_ERROR_RUNTIME_UNAVAILABLE), "XR_ERROR_RUNTIME_UNAVAILABLE");
    EXPECT_STREQ(xr_result_name(static_cast<XrResult>(-987654)), "XR_(unknown result)");
}

}  // namespace
}  // namespace perfuse
