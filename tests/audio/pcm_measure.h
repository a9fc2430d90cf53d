#pragma once
// Measuring generated sound the way a test bench would: pulses found from the amplitude envelope
// (edges at half the peak, as effective pulse durations are measured), and the level of single
// frequencies.
#include <vector>

#include "audio/pcm_clip.h"

namespace perfuse::test {

struct MeasuredPulse {
    double start_s = 0.0;  // envelope rises through half the peak
    double end_s = 0.0;    // and falls back through it
    double rise_s = 0.0;   // 10 % to 90 % of the peak
    double duration_s() const { return end_s - start_s; }
};

std::vector<MeasuredPulse> measure_pulses(const PcmClip& clip);
// Amplitude of the FREQUENCY_HZ component over samples [FIRST, FIRST + COUNT) (Goertzel).
double tone_level(const PcmClip& clip, std::size_t first, std::size_t count, double frequency_hz);
double to_db(double ratio);

}  // namespace perfuse::test
