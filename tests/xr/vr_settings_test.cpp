// The player's saved settings in VR (app/vr_settings.h): the comfort choices come from the saved
// file, the VR flags win, a broken file falls back to the defaults, and a lost session's fatal
// hooks save them.
#include <cstdio>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "app/app_options.h"
#include "app/vr_session_loss.h"
#include "app/vr_settings.h"

namespace perfuse {
namespace {

TEST(VrComfort, TheSavedSettingsAreUsed) {
    modes::Settings saved;
    saved.snap_turn_deg = 45.0f;
    saved.vr_vignette = false;
    saved.reduced_motion = true;
    const ComfortSettings c = vr_comfort(saved, AppOptions{});
    EXPECT_FLOAT_EQ(c.snap_turn_deg, 45.0f);
    EXPECT_TRUE(c.snap_turn);
    EXPECT_FALSE(c.vignette);
    EXPECT_TRUE(c.reduced_motion);
    EXPECT_EQ(c.play_area, PlayArea::seated);
    saved.snap_turn = false;
    EXPECT_FALSE(vr_comfort(saved, AppOptions{}).snap_turn);
}

TEST(VrMenuPlace, TheSavedChoiceUnlessTheFlagSaysOtherwise) {
    modes::Settings saved;
    AppOptions options;
    EXPECT_TRUE(vr_menu_on_wrist(saved, options)) << "the wrist by default";
    saved.vr_menu_on_wrist = false;
    EXPECT_FALSE(vr_menu_on_wrist(saved, options));
    options.vr_menu = "wrist";
    EXPECT_TRUE(vr_menu_on_wrist(saved, options));
    saved.vr_menu_on_wrist = true;
    options.vr_menu = "floating";
    EXPECT_FALSE(vr_menu_on_wrist(saved, options));
}

TEST(VrComfort, FlagsWinOverTheSavedSettings) {
    modes::Settings saved;
    saved.snap_turn = false;
    saved.snap_turn_deg = 45.0f;
    saved.vr_vignette = false;
    AppOptions options;
    options.vr_snap_turn_deg = 60.0f;  // the default value, but not given: the saved one stands
    EXPECT_FLOAT_EQ(vr_comfort(saved, options).snap_turn_deg, 45.0f);
    options.vr_snap_turn_given = true;
    options.vr_vignette = "on";
    options.vr_play_area = "standing";
    const ComfortSettings c = vr_comfort(saved, options);
    EXPECT_FLOAT_EQ(c.snap_turn_deg, 60.0f);
    EXPECT_TRUE(c.snap_turn) << "asking for a snap size asks for snap turning";
    EXPECT_TRUE(c.vignette);
    EXPECT_EQ(c.play_area, PlayArea::standing);
    options.vr_turn = "smooth";
    EXPECT_FALSE(vr_comfort(saved, options).snap_turn);
}

TEST(VrComfort, ABadValueIsOneLine) {
    AppOptions options;
    options.vr_snap_turn_given = true;
    options.vr_snap_turn_deg = 5.0f;
    try {
        vr_comfort({}, options);
        FAIL() << "no error";
    } catch (const std::runtime_error& e) {
        EXPECT_STREQ(e.what(), "VR comfort settings: snap turn must be 15 to 90 degrees");
    }
}

struct VrSettingsFile : ::testing::Test {
    void SetUp() override {
        dir = std::filesystem::temp_directory_path() /
              ("perfuse_vr_settings_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
        std::filesystem::remove_all(dir);
        std::filesystem::create_directories(dir);
        reset_fatal_hooks_for_test();
    }
    void TearDown() override { std::filesystem::remove_all(dir); }
    std::filesystem::path dir;
};

TEST_F(VrSettingsFile, ReadsTheFileTheDesktopWrites) {
    modes::Settings saved;
    saved.snap_turn_deg = 15.0f;
    saved.vr_vignette = false;
    saved.master_volume = 0.3f;
    ASSERT_EQ(modes::save_settings(dir / "settings.json", saved), "");
    const std::unique_ptr<VrSettings> s = load_vr_settings(AppOptions{}, dir / "settings.json");
    EXPECT_EQ(s->player, saved);
    EXPECT_FLOAT_EQ(s->comfort.snap_turn_deg, 15.0f);
    EXPECT_FALSE(s->comfort.vignette);
}

TEST_F(VrSettingsFile, ABrokenFileGivesTheDefaults) {
    std::ofstream(dir / "settings.json") << "{\"version\": 1, \"snap_turn_deg\": ";
    const std::unique_ptr<VrSettings> s = load_vr_settings(AppOptions{}, dir / "settings.json");
    EXPECT_EQ(s->player, modes::Settings{});
    EXPECT_FLOAT_EQ(s->comfort.snap_turn_deg, 30.0f);
}

TEST_F(VrSettingsFile, AFatalErrorSavesThem) {
    const std::filesystem::path file = dir / "settings.json";
    const std::unique_ptr<VrSettings> s = load_vr_settings(AppOptions{}, file);
    s->player.snap_turn_deg = 60.0f;
    const FatalHookReport report = run_fatal_hooks();
    EXPECT_EQ(report.ran, 1);
    EXPECT_EQ(report.errors, "");
    EXPECT_FLOAT_EQ(modes::load_settings(file).settings.snap_turn_deg, 60.0f);
}

TEST_F(VrSettingsFile, NoConfigFolderNothingToSave) {
    const std::unique_ptr<VrSettings> s = load_vr_settings(AppOptions{}, {});
    EXPECT_EQ(s->player, modes::Settings{});
    EXPECT_EQ(run_fatal_hooks().errors, "");
    EXPECT_TRUE(std::filesystem::is_empty(dir));
}

TEST(VrSessionLoss, OneLineSayingWhatWasSaved) {
    EXPECT_EQ(session_lost_message("XR_ERROR_SESSION_LOST", {.ran = 1, .errors = ""}),
              "the VR headset was lost (XR_ERROR_SESSION_LOST), so Perfuse has to close. Your settings were saved. "
              "Please start Perfuse again.");
    EXPECT_EQ(session_lost_message("XR_SESSION_STATE_LOSS_PENDING", {.ran = 1, .errors = "/x/settings.json: disk full"}),
              "the VR headset was lost (XR_SESSION_STATE_LOSS_PENDING), so Perfuse has to close. Not everything could "
              "be saved: /x/settings.json: disk full. Please start Perfuse again.");
    EXPECT_EQ(session_lost_message("XR_ERROR_INSTANCE_LOST", {}),
              "the VR headset was lost (XR_ERROR_INSTANCE_LOST), so Perfuse has to close. Please start Perfuse again.");
}

}  // namespace
}  // namespace perfuse
