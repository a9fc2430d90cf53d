// Sound's settings: the player's saved choices reach the mixer and narration; the caption bar's
// words load from assets/sound/text.json with clear errors.
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "sound/player_settings.h"
#include "sound/sound_text.h"

namespace perfuse {
namespace {

TEST(PlayerSettings, VolumesReadingAloudSpeedAndVoiceComeFromTheSavedSettings) {
    modes::Settings player;
    player.narration = false;
    player.reading_speed_wpm = 130;
    player.voice = "en-us";
    player.master_volume = 0.5f;
    player.narration_volume = 0.25f;
    player.effects_volume = 0.8f;
    SoundSettings base;
    base.mixer.muted = true;          // sound's own: kept
    base.speech.rate_wpm = 120;
    const SoundSettings s = with_player_settings(base, player);
    EXPECT_FALSE(s.narration);
    EXPECT_FLOAT_EQ(effective_gain(s.mixer, VolumeGroup::narration, 1.0f), 0.0f);  // still muted
    EXPECT_EQ(s.speech.rate_wpm, 130);
    EXPECT_EQ(s.speech.voice, "en-us");
    SoundSettings unmuted = s;
    unmuted.mixer.muted = false;
    EXPECT_FLOAT_EQ(effective_gain(unmuted.mixer, VolumeGroup::narration, 1.0f), 0.125f);
    EXPECT_FLOAT_EQ(effective_gain(unmuted.mixer, VolumeGroup::alarms, 1.0f), 0.4f);
    EXPECT_FLOAT_EQ(effective_gain(unmuted.mixer, VolumeGroup::ambience, 1.0f), 0.4f);
}

TEST(PlayerSettings, NarrationOffStopsWhatIsBeingRead) {
    SoundSession session(make_silent_backend(), SoundSettings{});
    SoundFrame frame;
    frame.speak = {"The heart-lung machine."};
    session.update(frame, 1.0f / 60.0f);
    const Narrator& n = session.narrator();
    EXPECT_TRUE(n.waiting() || n.speaking());  // the worker may already be done
    modes::Settings player;
    player.narration = false;
    session.set_settings(with_player_settings(session.settings(), player));
    EXPECT_FALSE(n.waiting() || n.speaking());
    session.update(frame, 1.0f / 60.0f);  // and new texts are not read
    EXPECT_FALSE(n.waiting() || n.speaking());
}

TEST(SoundText, TheShippedFileLoadsWithVoices) {
    const SoundText t = load_sound_text(std::filesystem::path(PERFUSE_ASSET_DIR) / "sound/text.json");
    EXPECT_FALSE(t.caption_skip.empty());
    ASSERT_FALSE(t.voices.empty());
    EXPECT_EQ(t.voices.front().id, SpeechSettings{}.voice);  // the default voice is offered first
}

TEST(SoundText, AMissingFieldIsNamed) {
    const std::filesystem::path file = std::filesystem::path(testing::TempDir()) / "sound_text.json";
    std::ofstream(file) << R"({"caption_skip": "Skip"})";
    try {
        load_sound_text(file);
        ADD_FAILURE();
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("sound_text.json: \"caption_replay\": expected some text"), std::string::npos)
            << e.what();
    }
}

}  // namespace
}  // namespace perfuse
