// Machine screens out of view are not recorded (each record costs about a millisecond on a CPU
// renderer): prepare_draws marks the screens its view shows, and a screen comes back into view with
// its newest picture. Screens that look small are redrawn less often. Runs on the real driver
// (lavapipe in CI) with validation on.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <stdexcept>
#include <string>

#include "app/app_renderer.h"
#include "app/view_camera.h"
#include "render/offscreen_target.h"

namespace perfuse {

namespace {
std::size_t shown_count(const MachineScreens& s) {
    return std::size_t(std::count_if(s.screens.begin(), s.screens.end(), [](const MachineScreen& m) { return m.shown; }));
}

std::unique_ptr<AppRenderer> icu_renderer(ValidationLog& log) {
    AppOptions options;
    options.validation = true;
    options.scene = "icu";
    auto r = std::make_unique<AppRenderer>(options, nullptr, log);
    r->create_renderers(OffscreenTarget::kFormat, VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL, 2, nullptr);
    return r;
}

// Each test on the ICU's renderer with validation on (lavapipe in CI): not one message may come.
class MachineScreensTest : public ::testing::Test {
protected:
    void TearDown() override {
        renderer_.reset();
        EXPECT_EQ(log_.problem_count(), 0) << ::testing::PrintToString(log_.problems());
    }

    ValidationLog log_;
    std::unique_ptr<AppRenderer> renderer_ = icu_renderer(log_);
    AppRenderer& r = *renderer_;
};
}  // namespace

TEST_F(MachineScreensTest, OnlyTheScreensInViewAreMarkedForRecording) {
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

// A screen that looks small from where the viewer stands is redrawn 4 times a second instead of 10:
// from the ICU's door the monitors are a few dozen pixels wide; from the adult ECMO camera the
// console's screen is close.
TEST_F(MachineScreensTest, ScreensThatLookSmallAreRedrawnLessOften) {
    const VkExtent2D extent{1280, 720};
    const auto screen_of = [&](ScreenKind kind) -> const MachineScreen& {
        for (const MachineScreen& screen : r.screens.screens)
            if (screen.kind == kind) return screen;
        throw std::runtime_error("the ICU has no screen of kind " + std::to_string(int(kind)));
    };
    // Redraws of the ECMO console's screen in one simulated second of 1/60 s frames.
    const auto redraws_in_a_second = [&] {
        int redraws = 0;
        for (int frame = 0; frame < 60; ++frame) {
            update_machine_screens(r.screens, r.console_panels, *r.live, 1.0f / 60.0f);
            redraws += screen_of(ScreenKind::ecmo_console).since_redraw_s == 0.0 ? 1 : 0;
        }
        return redraws;
    };
    r.prepare_draws(make_view_camera(start_pose(r.room), extent), extent);
    for (ScreenKind kind : {ScreenKind::ecmo_console, ScreenKind::paediatric_ecmo_console, ScreenKind::patient_monitor}) {
        EXPECT_TRUE(screen_of(kind).shown);
        EXPECT_LT(screen_of(kind).view_px, MachineScreens::kSmallViewPx);
        EXPECT_EQ(redraw_period_s(screen_of(kind)), MachineScreens::kSmallRedrawPeriodS);
    }
    EXPECT_EQ(redraws_in_a_second(), 4);

    // The adult ECMO camera, a metre nearer the console: its screen fills a good part of the view.
    CameraPose near = r.room.cameras.at("adult_ecmo");
    near.eye_m += glm::vec3(-std::sin(near.yaw_rad) * std::cos(near.pitch_rad), std::sin(near.pitch_rad),
                            -std::cos(near.yaw_rad) * std::cos(near.pitch_rad));
    r.prepare_draws(make_view_camera(near, extent), extent);
    EXPECT_GT(screen_of(ScreenKind::ecmo_console).view_px, 2.0f * MachineScreens::kSmallViewPx);
    EXPECT_EQ(redraw_period_s(screen_of(ScreenKind::ecmo_console)), MachineScreens::kRedrawPeriodS);
    EXPECT_FALSE(screen_of(ScreenKind::paediatric_ecmo_console).shown);  // behind the viewer: slow too
    EXPECT_EQ(redraw_period_s(screen_of(ScreenKind::paediatric_ecmo_console)), MachineScreens::kSmallRedrawPeriodS);
    EXPECT_EQ(redraws_in_a_second(), 10);
}

}  // namespace perfuse
