// Machine screens out of view are not recorded (each record costs about a millisecond on a CPU
// renderer): prepare_draws marks the screens its view shows, and a screen comes back into view with
// its newest picture. Runs on the real driver (lavapipe in CI) with validation on.
#include <gtest/gtest.h>

#include <algorithm>

#include "app/app_renderer.h"
#include "app/view_camera.h"
#include "render/offscreen_target.h"

namespace perfuse {

namespace {
std::size_t shown_count(const MachineScreens& s) {
    return std::size_t(std::count_if(s.screens.begin(), s.screens.end(), [](const MachineScreen& m) { return m.shown; }));
}
}  // namespace

TEST(MachineScreens, OnlyTheScreensInViewAreMarkedForRecording) {
    ValidationLog log;
    {
        AppOptions options;
        options.validation = true;
        options.scene = "icu";
        AppRenderer r(options, nullptr, log);
        r.create_renderers(OffscreenTarget::kFormat, VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL, 2, nullptr);
        ASSERT_GE(r.screens.screens.size(), 2u);
        const VkExtent2D extent{640, 360};

        // The ICU's start view looks along the bays at the monitors and the ECMO consoles.
        r.prepare_draws(make_view_camera(start_pose(r.room), extent), extent);
        EXPECT_GE(shown_count(r.screens), 2u);

        // Straight up at the ceiling: no screen in view, none recorded.
        CameraPose up = start_pose(r.room);
        up.pitch_rad = 1.5f;
        r.prepare_draws(make_view_camera(up, extent), extent);
        EXPECT_EQ(shown_count(r.screens), 0u);

        // Looking back down, they are shown (and recorded) again.
        r.prepare_draws(make_view_camera(start_pose(r.room), extent), extent);
        EXPECT_GE(shown_count(r.screens), 2u);
    }
    EXPECT_EQ(log.problem_count(), 0) << ::testing::PrintToString(log.problems());
}

}  // namespace perfuse
