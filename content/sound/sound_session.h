#pragma once
// All of a run's sound: narration with captions, the console's alarm signal, and the room's
// ambience, mixed in volume groups and heard from where the listener stands. The app fills a
// SoundFrame each frame from what it shows; nothing here knows about windows or ImGui.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "audio/audio_engine.h"
#include "audio/narrator.h"
#include "sound/alarm_sound.h"
#include "sound/ambience.h"

namespace perfuse {

struct SoundSettings {
    bool narration = true;  // read texts aloud (captions follow the voice)
    MixerSettings mixer;
    SpeechSettings speech;

    bool operator==(const SoundSettings&) const = default;
};

struct SoundFrame {
    ListenerPose listener;
    std::vector<std::string> speak;          // texts shown this frame that ask to be read aloud
    std::optional<AlarmPriority> alarm;      // the most urgent unacknowledged alarm
    glm::vec3 alarm_m{0.0f};                 // the machine it sounds from
    AmbienceInput ambience;
};

class SoundSession {
public:
    SoundSession(std::unique_ptr<AudioBackend> backend, const SoundSettings& settings);

    void update(const SoundFrame& frame, float dt_s);
    void set_settings(const SoundSettings& settings);
    const SoundSettings& settings() const { return settings_; }

    void skip_speech() { narrator_.skip(); }
    void replay_speech() { narrator_.replay(); }
    // The sentence being read aloud now; empty when nothing is.
    std::string caption() const { return narrator_.caption(); }
    bool speaking() const { return narrator_.speaking(); }
    bool has_spoken_text() const { return !narrator_.current_text().empty(); }
    // A problem worth one line on stderr (no speech synthesiser), once.
    std::string take_problem() { return narrator_.take_problem(); }

    AudioEngine& audio() { return audio_; }
    const Narrator& narrator() const { return narrator_; }
    const AlarmSound& alarm() const { return alarm_; }
    const Ambience& ambience() const { return ambience_; }

private:
    SoundSettings settings_;
    AudioEngine audio_;
    Narrator narrator_;
    AlarmSound alarm_;
    Ambience ambience_;
};

}  // namespace perfuse
