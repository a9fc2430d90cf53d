// Fatal errors (device or surface lost) save through the registered hooks first, and say so in one line.
#include <stdexcept>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "gpu/vk_check.h"
#include "platform/fatal_hooks.h"

namespace perfuse {

namespace {
std::string device_lost_message() {
    try {
        VK_CHECK(VK_ERROR_DEVICE_LOST);
    } catch (const VulkanError& e) {
        return e.what();
    }
    return "(nothing thrown)";
}
}  // namespace

TEST(FatalHooks, RunNewestFirstOnceAndOnlyWhileRegistered) {
    reset_fatal_hooks_for_test();
    std::vector<std::string> calls;
    {
        const ScopedFatalHook gone([&] { calls.push_back("gone"); return std::string(); });
    }
    const ScopedFatalHook settings([&] { calls.push_back("settings"); return std::string(); });
    const ScopedFatalHook progress([&] { calls.push_back("progress"); return std::string(); });
    const FatalHookReport first = run_fatal_hooks();
    EXPECT_EQ(first.ran, 2);
    EXPECT_EQ(first.errors, "");
    EXPECT_EQ(calls, (std::vector<std::string>{"progress", "settings"}));
    // A second fatal error on the way out does not save again.
    EXPECT_EQ(run_fatal_hooks().ran, 0);
    EXPECT_EQ(calls.size(), 2u);
    reset_fatal_hooks_for_test();
}

TEST(FatalHooks, OneFailingHookDoesNotStopTheOthers) {
    reset_fatal_hooks_for_test();
    bool settings_saved = false;
    const ScopedFatalHook settings([&] { settings_saved = true; return std::string(); });
    const ScopedFatalHook throws([]() -> std::string { throw std::runtime_error("progress.json: disk full"); });
    const ScopedFatalHook reports([] { return std::string("settings.json: read-only folder"); });
    const FatalHookReport report = run_fatal_hooks();
    EXPECT_EQ(report.ran, 3);
    EXPECT_EQ(report.errors, "settings.json: read-only folder; progress.json: disk full");
    EXPECT_TRUE(settings_saved);
    reset_fatal_hooks_for_test();
}

TEST(FatalHooks, DeviceLostSavesThenSaysSoInOneLine) {
    reset_fatal_hooks_for_test();
    int saves = 0;
    const ScopedFatalHook progress([&] { ++saves; return std::string(); });
    const std::string message = device_lost_message();
    EXPECT_EQ(saves, 1);
    EXPECT_EQ(message.find('\n'), std::string::npos) << message;
    EXPECT_EQ(message.rfind("the graphics device stopped working (VK_ERROR_DEVICE_LOST in VK_ERROR_DEVICE_LOST at "
                            "fatal_hooks_test.cpp:",
                            0),
              0u)
        << message;
    EXPECT_NE(message.find("Your progress was saved. Please start Perfuse again."), std::string::npos) << message;
    reset_fatal_hooks_for_test();
}

// A window lost outside Vulkan (the shared-memory presenter's picture cannot be remade) saves and says so
// exactly as a lost surface does.
TEST(FatalHooks, WindowLostOutsideVulkanSavesThenSaysSoInOneLine) {
    reset_fatal_hooks_for_test();
    int saves = 0;
    const ScopedFatalHook progress([&] { ++saves; return std::string(); });
    std::string message = "(nothing thrown)";
    VkResult result = VK_SUCCESS;
    try {
        throw_window_lost("X11 shared memory: no shared memory segment of 3686400 bytes");
    } catch (const VulkanError& e) {
        message = e.what();
        result = e.result;
    }
    EXPECT_EQ(saves, 1);
    EXPECT_EQ(result, VK_ERROR_SURFACE_LOST_KHR);
    EXPECT_EQ(message, "the window could no longer be drawn to (X11 shared memory: no shared memory segment of 3686400 "
                       "bytes), so Perfuse has to close. Your progress was saved. Please start Perfuse again.");
    reset_fatal_hooks_for_test();
}

TEST(FatalHooks, DeviceLostSaysWhatWasNotSaved) {
    reset_fatal_hooks_for_test();
    const ScopedFatalHook progress([] { return std::string("/saves/progress.json: the disk is full, so it was not saved"); });
    const std::string message = device_lost_message();
    EXPECT_NE(message.find("Not everything could be saved: /saves/progress.json: the disk is full"), std::string::npos)
        << message;
    EXPECT_EQ(message.find("Your progress was saved"), std::string::npos) << message;
    reset_fatal_hooks_for_test();
}

TEST(FatalHooks, OrdinaryErrorsDoNotRunHooks) {
    reset_fatal_hooks_for_test();
    int saves = 0;
    const ScopedFatalHook progress([&] { ++saves; return std::string(); });
    EXPECT_THROW(VK_CHECK(VK_ERROR_OUT_OF_HOST_MEMORY), VulkanError);
    EXPECT_EQ(saves, 0);
    EXPECT_TRUE(is_fatal_vulkan_result(VK_ERROR_SURFACE_LOST_KHR));
    EXPECT_FALSE(is_fatal_vulkan_result(VK_ERROR_OUT_OF_DATE_KHR));
    reset_fatal_hooks_for_test();
}

}  // namespace perfuse
