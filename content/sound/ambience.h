#pragma once
// The quiet sounds of a working room, each from its machine: the pump's hum (pitch and level
// follow its speed), the ventilator's breaths, and the patient monitor's beep on every heartbeat
// of the model's heart rate. Every one has a visual twin: the pump head turns, the monitor shows
// the rate and its waveform.
#include <optional>

#include "audio/audio_engine.h"

namespace perfuse {

struct AmbienceInput {
    // Pump speed as a fraction of its usual running speed (1 = full flow); none: no pump.
    std::optional<float> pump_speed;
    glm::vec3 pump_m{0.0f};
    std::optional<float> heart_rate_bpm;  // none or 0: no heartbeat (arrested, no patient)
    glm::vec3 monitor_m{0.0f};
    float breaths_per_min = 0.0f;  // 0: ventilator off
    glm::vec3 ventilator_m{0.0f};
};

class Ambience {
public:
    explicit Ambience(AudioEngine& audio);
    ~Ambience();
    Ambience(const Ambience&) = delete;
    Ambience& operator=(const Ambience&) = delete;

    void update(const AmbienceInput& input, float dt_s);

    int beats() const { return beats_; }      // monitor beeps started so far
    int breaths() const { return breaths_; }  // ventilator breaths started so far
    float pump_pitch() const { return pump_pitch_; }
    float pump_gain() const { return pump_gain_; }
    VoiceId pump_voice() const { return pump_voice_; }

private:
    void update_pump(const AmbienceInput& input);

    AudioEngine& audio_;
    ClipId hum_ = 0, beep_ = 0, breath_ = 0;
    VoiceId pump_voice_ = 0;
    float pump_pitch_ = 1.0f, pump_gain_ = 0.0f;
    double beat_phase_ = 0.0, breath_phase_ = 0.0;  // fraction of the way to the next one
    int beats_ = 0, breaths_ = 0;
};

}  // namespace perfuse
