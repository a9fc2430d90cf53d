#pragma once
// The console's auditory alarm signals, built as IEC 60601-1-8 describes them: a burst of pulses
// per priority (high 10, medium 3, low 2), repeated after an interburst interval, each pulse a
// tone with harmonics. The numbers and where they come from are in alarm_signals.cpp.
#include <vector>

#include "alarm_limits.h"
#include "audio/pcm_clip.h"
#include "audio/tone.h"

namespace perfuse {

struct AlarmSignal {
    AlarmPriority priority = AlarmPriority::medium;
    std::vector<Pulse> burst;  // from the burst's start
    ToneShape tone;
    float interburst_s = 0.0f;  // end of the last pulse to the start of the next burst
    float cycle_s() const;      // burst plus interburst: what loops
};

AlarmSignal alarm_signal(AlarmPriority priority);
// One loop of SIGNAL: its burst, then silence until the next burst would start.
PcmClip render_alarm_cycle(const AlarmSignal& signal, int sample_rate_hz);

}  // namespace perfuse
