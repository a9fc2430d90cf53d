#include "sound/alarm_sound.h"

#include "sound/alarm_signals.h"

namespace perfuse {

namespace {
constexpr int kSampleRateHz = 44100;
// Alarms must carry across the room over the pump and the narration: twice a voice's level at the
// source, so a few metres away they still sound about as loud as speech at the listener's head.
constexpr float kAlarmGain = 2.0f;
}  // namespace

std::optional<AlarmPriority> loudest_audible(const AlarmEngine& alarms) {
    std::optional<AlarmPriority> loudest;
    for (const AlarmStatus& a : alarms.alarms)
        if (is_audible(a.state) && (!loudest || int(a.limit.priority) < int(*loudest))) loudest = a.limit.priority;
    return loudest;
}

AlarmSound::AlarmSound(AudioEngine& audio) : audio_(audio) {
    for (AlarmPriority p : {AlarmPriority::high, AlarmPriority::medium, AlarmPriority::low})
        clips_[int(p)] = audio_.load(render_alarm_cycle(alarm_signal(p), kSampleRateHz));
}

AlarmSound::~AlarmSound() {
    if (voice_) audio_.stop(voice_);
    for (ClipId clip : clips_) audio_.unload(clip);
}

void AlarmSound::update(std::optional<AlarmPriority> priority, const glm::vec3& position_m) {
    if (priority != playing_) {
        if (voice_) audio_.stop(voice_);
        voice_ = 0;
        playing_ = priority;
        if (priority)
            voice_ = audio_.play(clips_[int(*priority)],
                                 {.group = VolumeGroup::alarms, .gain = kAlarmGain, .loop = true, .position_m = position_m});
    }
    if (voice_) audio_.set_position(voice_, position_m);
}

}  // namespace perfuse
