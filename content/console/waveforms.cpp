// Schematic beat shapes (see waveforms.h).
#include "waveforms.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace perfuse {

namespace {

constexpr double kMmHgPerStrokeMl = 0.6;  // ~70 ml stroke -> ~40 mmHg pulse pressure (approximate)
constexpr double kMaxPulsePressureMmHg = 80.0;
constexpr double kTypicalPulsePressureMmHg = 40.0;  // full-height pleth
constexpr double kPlethDelay = 0.12;  // the finger pulse arrives later in the beat than the radial

double gauss(double x, double mu, double sigma) { return std::exp(-0.5 * (x - mu) * (x - mu) / (sigma * sigma)); }

// Systolic upstroke, then run-off with a dicrotic notch; not yet normalised.
double raw_pulse(double phase) {
    if (phase < 0.12) return std::sin(0.5 * std::numbers::pi * phase / 0.12);
    return std::exp(-(phase - 0.12) / 0.3) + 0.12 * gauss(phase, 0.38, 0.03);
}

struct PulseNorm {
    double mean = 0.0, lo = 0.0, hi = 1.0;
};

const PulseNorm& pulse_norm() {
    static const PulseNorm n = [] {
        PulseNorm p{0.0, 1e9, -1e9};
        constexpr int kSamples = 2000;
        for (int i = 0; i < kSamples; ++i) {
            const double v = raw_pulse((i + 0.5) / kSamples);
            p.mean += v / kSamples;
            p.lo = std::min(p.lo, v);
            p.hi = std::max(p.hi, v);
        }
        return p;
    }();
    return n;
}

// Zero mean over a beat, peak-to-trough 1.
double pulse(double phase) {
    const PulseNorm& n = pulse_norm();
    return (raw_pulse(phase) - n.mean) / (n.hi - n.lo);
}

double rate(const Readings& r) { return r.hr_bpm.value_or(0.0); }

}  // namespace

double beat_phase(double t_s, double hr_bpm) {
    if (hr_bpm <= 0.0) return 0.0;
    const double beats = t_s * hr_bpm / 60.0;
    return beats - std::floor(beats);
}

double pulse_pressure_mmHg(const Readings& r) {
    const double hr = rate(r);
    if (hr <= 0.0 || !r.heart_output_l_min || *r.heart_output_l_min <= 0.0) return 0.0;
    const double stroke_ml = *r.heart_output_l_min * 1000.0 / hr;
    return std::min(kMmHgPerStrokeMl * stroke_ml, kMaxPulsePressureMmHg);
}

double ecg_mv(const Readings& r, double t_s) {
    const double hr = rate(r);
    if (hr <= 0.0) return 0.0;  // arrested: flat line
    const double x = beat_phase(t_s, hr);
    return 0.15 * gauss(x, 0.10, 0.025) - 0.10 * gauss(x, 0.20, 0.008) + 1.0 * gauss(x, 0.22, 0.010) -
           0.25 * gauss(x, 0.24, 0.010) + 0.30 * gauss(x, 0.45, 0.045);
}

double arterial_mmHg(const Readings& r, double t_s) {
    const double map = r.map_mmHg.value_or(0.0);
    const double pp = pulse_pressure_mmHg(r);
    if (pp <= 0.0) return map;
    return map + pp * pulse(beat_phase(t_s, rate(r)));
}

double pleth(const Readings& r, double t_s) {
    const double pp = pulse_pressure_mmHg(r);
    if (pp <= 0.0) return 0.5;
    double phase = beat_phase(t_s, rate(r)) - kPlethDelay;
    phase -= std::floor(phase);
    const double amplitude = std::min(pp / kTypicalPulsePressureMmHg, 1.0);
    return std::clamp(0.5 + amplitude * pulse(phase), 0.0, 1.0);
}

}  // namespace perfuse
