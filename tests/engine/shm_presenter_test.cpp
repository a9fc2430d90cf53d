// Frames put onto an X11 window through shared memory (render/shm_presenter.h) arrive there with
// their colours in the right order, one frame late, and without a validation message. Needs an X
// display (the tests run under Xvfb); skipped without one.
#include <gtest/gtest.h>

#include <array>
#include <chrono>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string>

#define GLFW_EXPOSE_NATIVE_X11
#include <GLFW/glfw3.h>
#include <GLFW/glfw3native.h>
#include <X11/Xutil.h>

#include "gpu/device.h"
#include "gpu/frames.h"
#include "gpu/image.h"
#include "gpu/instance.h"
#include "platform/window.h"
#include "render/shm_presenter.h"

namespace perfuse {
namespace {

constexpr int kWidth = 96, kHeight = 64;

// Fills the frame's target with COLOR (linear; the sRGB image stores 0 and 1 as 0 and 255) and leaves
// it where a frame's last pass would: TRANSFER_SRC_OPTIMAL.
void record_fill(VkCommandBuffer cmd, const FrameTarget& target, const VkClearColorValue& color) {
    transition_image(cmd, target.image,
                     {.from = VK_IMAGE_LAYOUT_UNDEFINED, .to = VK_IMAGE_LAYOUT_TRANSFER_DST_OPTIMAL,
                      .src_stage = VK_PIPELINE_STAGE_TRANSFER_BIT, .src_access = 0,
                      .dst_stage = VK_PIPELINE_STAGE_TRANSFER_BIT, .dst_access = VK_ACCESS_TRANSFER_WRITE_BIT});
    const VkImageSubresourceRange all{.aspectMask = VK_IMAGE_ASPECT_COLOR_BIT, .levelCount = 1, .layerCount = 1};
    vkCmdClearColorImage(cmd, target.image, VK_IMAGE_LAYOUT_TRANSFER_DST_OPTIMAL, &color, 1, &all);
    transition_image(cmd, target.image,
                     {.from = VK_IMAGE_LAYOUT_TRANSFER_DST_OPTIMAL, .to = VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL,
                      .src_stage = VK_PIPELINE_STAGE_TRANSFER_BIT, .src_access = VK_ACCESS_TRANSFER_WRITE_BIT,
                      .dst_stage = VK_PIPELINE_STAGE_TRANSFER_BIT, .dst_access = VK_ACCESS_TRANSFER_READ_BIT});
}

// The window's pixel at (X, Y) as the X server holds it, as 0-255 red, green, blue.
std::array<int, 3> window_rgb(const Window& window, int x, int y) {
    Display* display = glfwGetX11Display();
    XImage* image = XGetImage(display, glfwGetX11Window(window.handle()), x, y, 1, 1, AllPlanes, ZPixmap);
    if (!image) return {-1, -1, -1};
    const unsigned long pixel = XGetPixel(image, 0, 0);
    XDestroyImage(image);
    return {int((pixel >> 16) & 0xff), int((pixel >> 8) & 0xff), int(pixel & 0xff)};
}

// One frame through the presenter, as the desktop loop does it, filled with COLOUR. False when the
// presenter skipped it.
bool present_filled_frame(FrameRing& frames, ShmPresenter& presenter, const VkClearColorValue& colour) {
    FrameRing::Slot& slot = frames.wait_for_slot();
    if (!presenter.begin_frame(slot, frames.slot_index())) return false;
    const VkCommandBuffer cmd = frames.begin_recording();
    record_fill(cmd, presenter.target(), colour);
    presenter.end_frame(cmd);
    const FrameSync sync = presenter.sync();
    EXPECT_EQ(sync.wait, VK_NULL_HANDLE);  // nothing to acquire: the image is the presenter's own
    frames.submit(sync.wait, sync.wait_stage, sync.signal);
    presenter.present();
    return true;
}

// A small window with a validated device and a shared-memory presenter for it; PRESENTER is null
// (and WHY_NOT says why) when the presenter cannot be had. Members are destroyed in reverse order.
struct ShmRig {
    ShmRig(ValidationLog& log, const char* title, bool vsync)
        : window({.title = title, .width = kWidth, .height = kHeight}),
          instance(InstanceOptions{.validation = true}, &log),
          device(instance, DeviceOptions{}),
          presenter(ShmPresenter::create(device, window, vsync, why_not)),
          frames(presenter ? std::make_unique<FrameRing>(device) : nullptr) {}
    Window window;
    Instance instance;
    Device device;
    std::string why_not;
    std::unique_ptr<ShmPresenter> presenter;
    std::unique_ptr<FrameRing> frames;
};

TEST(ShmPresenter, PutsEachFrameOntoTheWindowOneFrameLateInItsOwnColours) {
    if (!std::getenv("DISPLAY")) GTEST_SKIP() << "no X display";
    ValidationLog log;
    {
        ShmRig rig(log, "shm presenter test", false);
        ASSERT_TRUE(rig.presenter) << rig.why_not;
        EXPECT_STREQ(rig.presenter->kind(), "x11-shm");
        EXPECT_EQ(rig.presenter->target().extent.width, uint32_t(kWidth));
        const std::array<VkClearColorValue, 3> colours{{{{0, 1, 0, 1}}, {{1, 0, 0, 1}}, {{0, 0, 1, 1}}}};
        std::optional<std::array<int, 3>> after_first;
        for (const VkClearColorValue& colour : colours) {
            rig.window.poll_events();
            ASSERT_TRUE(present_filled_frame(*rig.frames, *rig.presenter, colour));
            if (!after_first) after_first = window_rgb(rig.window, kWidth / 2, kHeight / 2);
        }
        // After the first frame nothing of ours is shown yet; after the third, the second (red, which
        // would show blue if red and blue were swapped on the way) is.
        EXPECT_NE(*after_first, (std::array<int, 3>{0, 255, 0}));
        EXPECT_EQ(window_rgb(rig.window, kWidth / 2, kHeight / 2), (std::array<int, 3>{255, 0, 0}));
        EXPECT_EQ(window_rgb(rig.window, 1, kHeight - 2), (std::array<int, 3>{255, 0, 0}));
    }
    EXPECT_EQ(log.problem_count(), 0) << ::testing::PrintToString(log.problems());
}

// With vsync there is no swapchain to wait for the display, so the presenter waits itself: frames
// reach the window no faster than the monitor refreshes (a lower bound, which a slow machine only
// makes easier to meet).
TEST(ShmPresenter, WithVsyncPutsFramesNoFasterThanTheDisplayRefreshes) {
    if (!std::getenv("DISPLAY")) GTEST_SKIP() << "no X display";
    ValidationLog log;
    {
        ShmRig rig(log, "shm presenter pacing test", true);
        ASSERT_TRUE(rig.presenter) << rig.why_not;
        constexpr int kFrames = 8;  // puts the first 7 (each is put when the next is presented)
        std::chrono::steady_clock::time_point first_put{};
        for (int i = 0; i < kFrames; ++i) {
            ASSERT_TRUE(present_filled_frame(*rig.frames, *rig.presenter, {{0.5f, 0.5f, 0.5f, 1.0f}}));
            if (i == 1) first_put = std::chrono::steady_clock::now();
        }
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - first_put).count();
        // Six puts after the first, each at least one refresh after the one before.
        EXPECT_GE(seconds, 6.0 / rig.window.refresh_rate_hz() * 0.95) << rig.window.refresh_rate_hz() << " Hz";
    }
    EXPECT_EQ(log.problem_count(), 0) << ::testing::PrintToString(log.problems());
}

}  // namespace
}  // namespace perfuse
