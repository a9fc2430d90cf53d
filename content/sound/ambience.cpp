#include "sound/ambience.h"

#include <algorithm>

#include "audio/tone.h"

namespace perfuse {

namespace {
constexpr int kSampleRateHz = 44100;
// A low electric-motor hum with a roller-pump rhythm; pitch 1 is the pump at its usual speed.
const ToneShape kHum{.fundamental_hz = 110.0f, .harmonic_gains = {0.5f, 0.3f, 0.15f}, .amplitude = 0.5f};
constexpr float kHumRhythmHz = 2.0f;
constexpr float kPumpGain = 0.35f;
constexpr float kMinPumpPitch = 0.3f, kMaxPumpPitch = 2.0f;
// Monitor beep: a short soft tone, well apart from the alarm tones (which are 440-660 Hz pulses).
const ToneShape kBeep{.fundamental_hz = 880.0f, .harmonic_gains = {0.2f}, .amplitude = 0.4f};
constexpr float kBeepS = 0.07f;
constexpr float kBeepGain = 0.4f;
constexpr float kBreathGain = 0.5f;
constexpr float kBreathLengthS = 3.0f;  // one inhale (1/3) and exhale; fits 20 breaths a minute
}  // namespace

Ambience::Ambience(AudioEngine& audio) : audio_(audio) {
    hum_ = audio_.load(render_hum(kHum, kHumRhythmHz, 0.4f, 2.0f, kSampleRateHz));
    beep_ = audio_.load(render_pulses({{0.0f, kBeepS, 0.005f, 0.02f}}, kBeep, kBeepS, kSampleRateHz));
    breath_ = audio_.load(render_breath(kBreathLengthS, 1.0f / 3.0f, 0.6f, kSampleRateHz));
}

Ambience::~Ambience() {
    if (pump_voice_) audio_.stop(pump_voice_);
    for (ClipId clip : {hum_, beep_, breath_}) audio_.unload(clip);
}

void Ambience::update_pump(const AmbienceInput& input) {
    const float speed = input.pump_speed.value_or(0.0f);
    if (speed <= 0.01f) {
        if (pump_voice_) audio_.stop(pump_voice_);
        pump_voice_ = 0;
        pump_gain_ = 0.0f;
        return;
    }
    // Faster is higher and a little louder; a barely turning pump is quiet.
    pump_pitch_ = std::clamp(speed, kMinPumpPitch, kMaxPumpPitch);
    pump_gain_ = kPumpGain * std::clamp(0.4f + 0.6f * speed, 0.0f, 1.2f);
    if (!pump_voice_)
        pump_voice_ = audio_.play(hum_, {.group = VolumeGroup::ambience, .gain = pump_gain_, .pitch = pump_pitch_,
                                         .loop = true, .position_m = input.pump_m});
    audio_.set_pitch(pump_voice_, pump_pitch_);
    audio_.set_gain(pump_voice_, pump_gain_);
    audio_.set_position(pump_voice_, input.pump_m);
}

void Ambience::update(const AmbienceInput& input, float dt_s) {
    update_pump(input);
    const float hr = input.heart_rate_bpm.value_or(0.0f);
    if (hr > 0.0f) {
        beat_phase_ += double(dt_s) * hr / 60.0;
        while (beat_phase_ >= 1.0) {  // a slow frame may hold two beats; play them both now
            beat_phase_ -= 1.0;
            ++beats_;
            audio_.play(beep_, {.group = VolumeGroup::ambience, .gain = kBeepGain, .position_m = input.monitor_m});
        }
    }
    if (input.breaths_per_min > 0.0f) {
        breath_phase_ += double(dt_s) * input.breaths_per_min / 60.0;
        while (breath_phase_ >= 1.0) {
            breath_phase_ -= 1.0;
            ++breaths_;
            audio_.play(breath_, {.group = VolumeGroup::ambience, .gain = kBreathGain, .position_m = input.ventilator_m});
        }
    }
}

}  // namespace perfuse
