#include "sound/alarm_signals.h"

namespace perfuse {

// Source: IEC 60601-1-8:2006+A1:2012+A2:2020, 6.3.3.1, Table 3 (the burst) and Table 4 (the pulse).
// Unverified: written without a copy of the standard at hand (only previews are public).
//   Pulses per burst: high 10, medium 3, low 1 or 2.
//   Effective pulse duration td: high 75-200 ms; medium and low 125-250 ms.
//   Pulse spacing ts (end of one pulse to the start of the next): high x = 50-125 ms; medium and
//   low y = 125-250 ms. High only: 3rd-4th and 8th-9th spacing 2x + td; 5th-6th 0.35-1.30 s.
//   Interburst interval: high 2.5-15 s; medium 2.5-30 s; low more than 15 s (or no repeat).
//   Rise time 10-20 % of td (the fall here mirrors the rise).
//   Pulse frequency 150-1000 Hz with at least 4 harmonics in 300-4000 Hz.
// Chosen inside those ranges (the test checks every one from the generated sound); the three
// fundamentals differ so the priorities also differ in pitch, most urgent highest.
namespace {
struct BurstTiming {
    float pulse_s, spacing_s, rise_s, interburst_s, fundamental_hz, amplitude;
};
constexpr BurstTiming kHigh{0.150f, 0.100f, 0.020f, 4.0f, 660.0f, 0.80f};
constexpr BurstTiming kMedium{0.200f, 0.200f, 0.030f, 8.0f, 523.0f, 0.65f};
constexpr BurstTiming kLow{0.200f, 0.200f, 0.030f, 18.0f, 440.0f, 0.50f};
constexpr float kHighMidBurstGapS = 0.60f;  // 5th-6th pulse: two halves of the burst, 0.35-1.30 s
// 2nd to 5th harmonics from -4 to -12 dB: four harmonics, all within 15 dB of the fundamental.
const std::vector<float> kHarmonics{0.63f, 0.45f, 0.35f, 0.25f};

const BurstTiming& timing_of(AlarmPriority p) {
    return p == AlarmPriority::high ? kHigh : p == AlarmPriority::medium ? kMedium : kLow;
}

// The spacing after each pulse but the last.
std::vector<float> spacings(AlarmPriority p, const BurstTiming& t) {
    if (p == AlarmPriority::medium) return {t.spacing_s, t.spacing_s};
    if (p == AlarmPriority::low) return {t.spacing_s};
    const float x = t.spacing_s, wide = 2.0f * x + t.pulse_s;  // "x x x - x x ... x x x - x x"
    return {x, x, wide, x, kHighMidBurstGapS, x, x, wide, x};
}
}  // namespace

float AlarmSignal::cycle_s() const {
    return burst.empty() ? interburst_s : burst.back().start_s + burst.back().duration_s + interburst_s;
}

AlarmSignal alarm_signal(AlarmPriority priority) {
    const BurstTiming& t = timing_of(priority);
    AlarmSignal signal;
    signal.priority = priority;
    signal.tone = {.fundamental_hz = t.fundamental_hz, .harmonic_gains = kHarmonics, .amplitude = t.amplitude};
    signal.interburst_s = t.interburst_s;
    float start_s = 0.0f;
    for (float gap_s : spacings(priority, t)) {
        signal.burst.push_back({start_s, t.pulse_s, t.rise_s, t.rise_s});
        start_s += t.pulse_s + gap_s;
    }
    signal.burst.push_back({start_s, t.pulse_s, t.rise_s, t.rise_s});
    return signal;
}

PcmClip render_alarm_cycle(const AlarmSignal& signal, int sample_rate_hz) {
    return render_pulses(signal.burst, signal.tone, signal.cycle_s(), sample_rate_hz);
}

}  // namespace perfuse
