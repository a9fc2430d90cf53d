#include "audio/tone.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numbers>

namespace perfuse {

namespace {
constexpr float kTwoPi = 2.0f * std::numbers::pi_v<float>;

int16_t to_sample(float value) {
    return int16_t(std::lround(std::clamp(value, -1.0f, 1.0f) * 32767.0f));
}

// The tone's waveform at time T, scaled so its peak is 1 before AMPLITUDE.
float tone_value(const ToneShape& tone, float t_s, float normaliser) {
    float value = std::sin(kTwoPi * tone.fundamental_hz * t_s);
    for (std::size_t i = 0; i < tone.harmonic_gains.size(); ++i)
        value += tone.harmonic_gains[i] * std::sin(kTwoPi * tone.fundamental_hz * float(i + 2) * t_s);
    return value * normaliser;
}

float tone_normaliser(const ToneShape& tone) {
    float sum = 1.0f;
    for (float gain : tone.harmonic_gains) sum += std::abs(gain);
    return tone.amplitude / sum;  // the partials can never add past AMPLITUDE
}

float pulse_envelope(const Pulse& p, float t_s) {
    const float local = t_s - p.start_s;
    if (local < 0.0f || local >= p.duration_s) return 0.0f;
    if (p.rise_s > 0.0f && local < p.rise_s) return local / p.rise_s;
    const float left = p.duration_s - local;
    if (p.fall_s > 0.0f && left < p.fall_s) return left / p.fall_s;
    return 1.0f;
}
}  // namespace

void append_silence(PcmClip& clip, float seconds) {
    clip.samples.resize(clip.samples.size() + std::size_t(std::max(0.0f, seconds) * float(clip.sample_rate_hz)), 0);
}

int peak_amplitude(const PcmClip& clip) {
    int peak = 0;
    for (int16_t s : clip.samples) peak = std::max(peak, std::abs(int(s)));
    return peak;
}

PcmClip render_pulses(const std::vector<Pulse>& pulses, const ToneShape& tone, float total_s, int sample_rate_hz) {
    PcmClip clip{.sample_rate_hz = sample_rate_hz, .samples = {}};
    clip.samples.assign(std::size_t(std::max(0.0f, total_s) * float(sample_rate_hz)), 0);
    const float normaliser = tone_normaliser(tone);
    for (const Pulse& p : pulses) {
        const std::size_t first = std::size_t(std::max(0.0f, p.start_s) * float(sample_rate_hz));
        const std::size_t last = std::min(clip.samples.size(), std::size_t((p.start_s + p.duration_s) * float(sample_rate_hz)));
        for (std::size_t i = first; i < last; ++i) {
            const float t_s = float(i) / float(sample_rate_hz);
            // Phase restarts with each pulse so every pulse sounds (and measures) the same.
            clip.samples[i] = to_sample(pulse_envelope(p, t_s) * tone_value(tone, t_s - p.start_s, normaliser));
        }
    }
    return clip;
}

PcmClip render_hum(const ToneShape& tone, float wobble_hz, float wobble_depth, float approx_length_s,
                   int sample_rate_hz) {
    // Whole wobble cycles, then whole fundamental cycles, so the loop point is seamless.
    const float wobbles = std::max(1.0f, std::round(approx_length_s * wobble_hz));
    const float cycles = std::max(1.0f, std::round(wobbles / wobble_hz * tone.fundamental_hz));
    ToneShape exact = tone;
    const float length_s = wobbles / wobble_hz;
    exact.fundamental_hz = cycles / length_s;
    const float normaliser = tone_normaliser(exact);
    PcmClip clip{.sample_rate_hz = sample_rate_hz, .samples = {}};
    clip.samples.resize(std::size_t(std::lround(length_s * float(sample_rate_hz))));
    for (std::size_t i = 0; i < clip.samples.size(); ++i) {
        const float t_s = float(i) / float(sample_rate_hz);
        const float wobble = 1.0f - wobble_depth * 0.5f * (1.0f - std::cos(kTwoPi * wobble_hz * t_s));
        clip.samples[i] = to_sample(wobble * tone_value(exact, t_s, normaliser));
    }
    return clip;
}

PcmClip render_breath(float length_s, float inhale_fraction, float amplitude, int sample_rate_hz) {
    PcmClip clip{.sample_rate_hz = sample_rate_hz, .samples = {}};
    clip.samples.resize(std::size_t(std::max(0.1f, length_s) * float(sample_rate_hz)));
    uint32_t state = 0x2545F491u;  // fixed seed: the same breath every run
    float low = 0.0f, lower = 0.0f;
    const float inhale_s = std::clamp(inhale_fraction, 0.1f, 0.9f) * length_s;
    for (std::size_t i = 0; i < clip.samples.size(); ++i) {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        const float white = float(state) / float(UINT32_MAX) * 2.0f - 1.0f;
        // Two one-pole low-passes: a soft hiss like air in tubing rather than white noise.
        low += 0.08f * (white - low);
        lower += 0.3f * (low - lower);
        const float t_s = float(i) / float(sample_rate_hz);
        const float phase = t_s < inhale_s ? t_s / inhale_s : 1.0f - (t_s - inhale_s) / (length_s - inhale_s);
        const float envelope = std::sin(0.5f * std::numbers::pi_v<float> * std::clamp(phase, 0.0f, 1.0f));
        clip.samples[i] = to_sample(amplitude * 4.0f * envelope * envelope * lower);
    }
    return clip;
}

}  // namespace perfuse
