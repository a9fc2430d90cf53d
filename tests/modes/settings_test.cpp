// Settings survive a save and load exactly; a broken or newer file is reported in one line, kept
// aside (nothing lost) and replaced by defaults.
#include <cstdlib>

#include <gtest/gtest.h>

#include "modes/settings.h"
#include "platform/file_io.h"
#include "modes_test_files.h"

namespace perfuse::modes {
namespace {

Settings changed_settings() {
    Settings s;
    s.text_scale = 1.75f;
    s.high_contrast = true;
    s.palette = Palette::colour_blind_safe;
    s.mouse_sensitivity = 0.5f;
    s.invert_y = true;
    s.reduced_motion = true;
    s.fullscreen = true;
    s.snap_turn = false;
    s.snap_turn_deg = 45.0f;
    s.vr_vignette = false;
    s.vr_menu_on_wrist = false;
    s.narration = false;
    s.master_volume = 0.25f;
    s.narration_volume = 0.5f;
    s.effects_volume = 0.125f;
    s.reading_speed_wpm = 120;
    s.voice = "en-us";
    return s;
}

TEST(Settings, SaveAndLoadRoundTripEveryField) {
    test::ScratchDir dir;
    const auto file = dir.path() / "settings.json";
    const Settings saved = changed_settings();
    ASSERT_NE(saved, Settings{});
    ASSERT_EQ(save_settings(file, saved), "");
    const SettingsLoad loaded = load_settings(file);
    EXPECT_EQ(loaded.warning, "");
    EXPECT_EQ(loaded.settings, saved);
    EXPECT_FALSE(std::filesystem::exists(atomic_temp_path(dir.path() / "settings.json")));  // the temp file was renamed
}

TEST(Settings, MissingFileGivesDefaultsQuietly) {
    test::ScratchDir dir;
    const SettingsLoad loaded = load_settings(dir.path() / "settings.json");
    EXPECT_EQ(loaded.warning, "");
    EXPECT_EQ(loaded.settings, Settings{});
}

TEST(Settings, CorruptFileIsReportedKeptAsideAndDefaultsUsed) {
    test::ScratchDir dir;
    const auto file = dir.path() / "settings.json";
    const std::string broken = "{\"version\": 1, \"text_scale\": 2.0,";
    test::write_text(file, broken);
    const SettingsLoad loaded = load_settings(file);
    EXPECT_EQ(loaded.settings, Settings{});
    EXPECT_EQ(loaded.warning, file.string() + ": not valid JSON (line 1, column 34); kept as settings.json.bad-1, using default settings");
    EXPECT_EQ(loaded.warning.find('\n'), std::string::npos);
    EXPECT_FALSE(std::filesystem::exists(file));
    EXPECT_EQ(test::read_text(dir.path() / "settings.json.bad-1"), broken);  // nothing lost
    // A second bad file does not overwrite the first one kept.
    test::write_text(file, "[]");
    EXPECT_NE(load_settings(file).warning.find("kept as settings.json.bad-2"), std::string::npos);
    EXPECT_EQ(test::read_text(dir.path() / "settings.json.bad-1"), broken);
}

TEST(Settings, FutureVersionIsKeptAsideNotHalfRead) {
    test::ScratchDir dir;
    const auto file = dir.path() / "settings.json";
    test::write_text(file, "{\"version\": 7, \"text_scale\": 2.0}");
    const SettingsLoad loaded = load_settings(file);
    EXPECT_EQ(loaded.settings, Settings{});
    EXPECT_EQ(loaded.warning, file.string() +
                                  ": version 7 is newer than this Perfuse understands (1); kept as settings.json.bad-1, "
                                  "using default settings");
    EXPECT_TRUE(std::filesystem::exists(dir.path() / "settings.json.bad-1"));
}

TEST(Settings, WrongTypeNamesTheField) {
    try {
        settings_from_json("{\"version\": 1, \"invert_y\": \"yes\"}");
        FAIL() << "expected an error";
    } catch (const std::runtime_error& e) {
        EXPECT_STREQ(e.what(), "invert_y: expected true or false");
    }
    EXPECT_THROW(settings_from_json("{\"version\": 1, \"palette\": \"purple\"}"), std::runtime_error);
    EXPECT_THROW(settings_from_json("{\"text_scale\": 1}"), std::runtime_error);  // no version
}

TEST(Settings, VrMenuIsWristOrFloating) {
    EXPECT_TRUE(Settings{}.vr_menu_on_wrist) << "on the wrist by default (floating while no controller is tracked)";
    EXPECT_FALSE(settings_from_json("{\"version\": 1, \"vr_menu\": \"floating\"}").vr_menu_on_wrist);
    EXPECT_TRUE(settings_from_json("{\"version\": 1, \"vr_menu\": \"wrist\"}").vr_menu_on_wrist);
    EXPECT_NE(settings_to_json(Settings{}).find("\"vr_menu\": \"wrist\""), std::string::npos);
    try {
        settings_from_json("{\"version\": 1, \"vr_menu\": \"pocket\"}");
        FAIL() << "expected an error";
    } catch (const std::runtime_error& e) {
        EXPECT_STREQ(e.what(), "vr_menu: expected \"wrist\" or \"floating\", got \"pocket\"");
    }
}

TEST(Settings, OutOfRangeValuesAreClampedNotRejected) {
    const Settings s = settings_from_json("{\"version\": 1, \"text_scale\": 12, \"master_volume\": -3, \"snap_turn_deg\": 5, \"reading_speed_wpm\": 900}");
    EXPECT_FLOAT_EQ(s.text_scale, 3.0f);
    EXPECT_FLOAT_EQ(s.master_volume, 0.0f);
    EXPECT_FLOAT_EQ(s.snap_turn_deg, 15.0f);
    EXPECT_EQ(s.reading_speed_wpm, 250);
}

TEST(Settings, DefaultFileFollowsXdgConfigHome) {
    test::ScratchDir dir;
    const char* old = std::getenv("XDG_CONFIG_HOME");
    const std::string saved_env = old ? old : "";
    setenv("XDG_CONFIG_HOME", dir.path().c_str(), 1);
    const auto file = default_settings_file();
    if (old) setenv("XDG_CONFIG_HOME", saved_env.c_str(), 1); else unsetenv("XDG_CONFIG_HOME");
    EXPECT_EQ(file, dir.path() / "perfuse" / "settings.json");
    EXPECT_TRUE(std::filesystem::is_directory(dir.path() / "perfuse"));
}

}  // namespace
}  // namespace perfuse::modes
