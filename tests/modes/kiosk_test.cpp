// Present mode's kiosk timing: resets itself after inactivity, starts the attract loop later,
// any input hands control back; only Ctrl+Shift+Q exits.
#include <gtest/gtest.h>

#include "modes/kiosk.h"
#include "modes_test_files.h"
#include "world/world_error.h"

namespace perfuse::modes {
namespace {

constexpr float kStepS = 1.0f / 60.0f;

// Runs idle frames until an event other than none; returns it and the seconds it took.
std::pair<KioskEvent, float> run_until_event(Kiosk& kiosk, float limit_s) {
    float t = 0.0f;
    while (t < limit_s) {
        t += kStepS;
        if (const KioskEvent e = kiosk.update(kStepS, false); e != KioskEvent::none) return {e, t};
    }
    return {KioskEvent::none, t};
}

TEST(Kiosk, TimingsComeFromData) {
    const KioskTimings t = load_kiosk_timings(test::kAssets / "modes" / "kiosk.json");
    EXPECT_FLOAT_EQ(t.reset_after_idle_s, 90.0f);
    EXPECT_FLOAT_EQ(t.attract_after_idle_s, 120.0f);
}

TEST(Kiosk, IdleResetsThenAttractsAndInputHandsControlBack) {
    Kiosk kiosk({.reset_after_idle_s = 30.0f, .attract_after_idle_s = 45.0f, .attract_dwell_scale = 1.0f});
    // A presenter clicking now and then keeps it from resetting.
    for (int i = 0; i < 60 * 25; ++i) EXPECT_EQ(kiosk.update(kStepS, false), KioskEvent::none);
    EXPECT_EQ(kiosk.update(kStepS, true), KioskEvent::none);
    EXPECT_FLOAT_EQ(kiosk.idle_s(), 0.0f);

    auto [first, first_s] = run_until_event(kiosk, 100.0f);
    EXPECT_EQ(first, KioskEvent::reset);
    EXPECT_NEAR(first_s, 30.0f, 2 * kStepS);
    auto [second, second_s] = run_until_event(kiosk, 100.0f);
    EXPECT_EQ(second, KioskEvent::attract_started);
    EXPECT_NEAR(first_s + second_s, 45.0f, 2 * kStepS);
    EXPECT_TRUE(kiosk.attracting());
    // The loop runs on for as long as nobody touches anything, with no more events.
    EXPECT_EQ(run_until_event(kiosk, 600.0f).first, KioskEvent::none);
    EXPECT_EQ(kiosk.update(kStepS, true), KioskEvent::attract_stopped);
    EXPECT_FALSE(kiosk.attracting());
    EXPECT_EQ(run_until_event(kiosk, 100.0f).first, KioskEvent::reset);  // and the cycle starts again
}

TEST(Kiosk, OnlyCtrlShiftQExits) {
    EXPECT_TRUE(is_kiosk_exit_combo(true, true, true));
    EXPECT_FALSE(is_kiosk_exit_combo(false, true, true));
    EXPECT_FALSE(is_kiosk_exit_combo(true, false, true));
    EXPECT_FALSE(is_kiosk_exit_combo(true, true, false));
    EXPECT_FALSE(is_kiosk_exit_combo(false, false, true));  // a plain Q, e.g. turning left
}

TEST(Kiosk, AttractBeforeResetIsRejected) {
    test::ScratchDir dir;
    const auto file = dir.path() / "kiosk.json";
    test::write_text(file, R"({"reset_after_idle_s": 60, "attract_after_idle_s": 30})");
    try {
        load_kiosk_timings(file);
        FAIL() << "expected an error";
    } catch (const world::WorldError& e) {
        EXPECT_STREQ(e.what(), "kiosk.json: attract_after_idle_s: must be at least reset_after_idle_s");
    }
}

}  // namespace
}  // namespace perfuse::modes
