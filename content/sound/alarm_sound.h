#pragma once
// The console's alarm, audible: the signal of the most urgent alarm not yet acknowledged, looping
// from the machine it belongs to, and silent once every alarm is acknowledged (the panels keep
// showing them: the banner is the visual twin).
#include <optional>

#include "alarms.h"
#include "audio/audio_engine.h"

namespace perfuse {

// The most urgent priority among alarms sounding or latched and not acknowledged; none when quiet.
std::optional<AlarmPriority> loudest_audible(const AlarmEngine& alarms);

class AlarmSound {
public:
    explicit AlarmSound(AudioEngine& audio);
    ~AlarmSound();
    AlarmSound(const AlarmSound&) = delete;
    AlarmSound& operator=(const AlarmSound&) = delete;

    // A change of priority starts the new signal from its burst; the same priority carries on.
    void update(std::optional<AlarmPriority> priority, const glm::vec3& position_m);
    std::optional<AlarmPriority> playing() const { return playing_; }
    VoiceId voice() const { return voice_; }

private:
    AudioEngine& audio_;
    ClipId clips_[3] = {0, 0, 0};  // by AlarmPriority
    VoiceId voice_ = 0;
    std::optional<AlarmPriority> playing_;
};

}  // namespace perfuse
