#pragma once
// The words the sound controls and caption bar show, from assets/sound/text.json (ready for
// translation), and the voices offered.
#include <filesystem>
#include <string>
#include <vector>

namespace perfuse {

struct VoiceChoice {
    std::string id;    // an eSpeak NG voice name
    std::string name;  // what the player sees
};

struct SoundText {
    std::string caption_skip, caption_replay, keys_hint;
    std::string settings_title, muted, reading_speed, voice, no_sound;
    std::vector<VoiceChoice> voices;  // at least one
};

// Throws std::runtime_error with one line naming FILE and the missing or wrong field.
SoundText load_sound_text(const std::filesystem::path& file);

}  // namespace perfuse
