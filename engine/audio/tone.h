#pragma once
// Generated sounds: harmonic tones shaped into pulses (alarm bursts, monitor beeps), a soft hum for
// pumps and a breathing swell for ventilators. Everything is deterministic (fixed noise seed), so
// tests can measure what was made.
#include <vector>

#include "audio/pcm_clip.h"

namespace perfuse {

// A tone: a fundamental and its harmonics (gain of the 2nd, 3rd... relative to the fundamental).
struct ToneShape {
    float fundamental_hz = 440.0f;
    std::vector<float> harmonic_gains;  // [0] is the 2nd harmonic
    float amplitude = 0.5f;             // peak of the whole tone, 0..1 of full scale
};

// One pulse: when it starts and how long it lasts, with linear rise and fall ramps inside it.
struct Pulse {
    float start_s = 0.0f;
    float duration_s = 0.1f;
    float rise_s = 0.01f;
    float fall_s = 0.01f;
};

// Pulses of TONE over TOTAL_S seconds (silence elsewhere). Pulses past the end are cut.
PcmClip render_pulses(const std::vector<Pulse>& pulses, const ToneShape& tone, float total_s, int sample_rate_hz);

// A steady looping hum: the tone plus a slow amplitude wobble at WOBBLE_HZ (a roller pump's
// rhythm). The length is a whole number of wobble cycles and fundamental cycles, so it loops
// without a click.
PcmClip render_hum(const ToneShape& tone, float wobble_hz, float wobble_depth, float approx_length_s,
                   int sample_rate_hz);

// Filtered noise that swells in and out once over LENGTH_S (a ventilator breath), from a fixed seed.
PcmClip render_breath(float length_s, float inhale_fraction, float amplitude, int sample_rate_hz);

}  // namespace perfuse
