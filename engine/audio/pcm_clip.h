#pragma once
// A mono 16-bit sound held in memory: what the generators and the speech synthesiser produce and
// what the audio engine uploads.
#include <cstdint>
#include <vector>

namespace perfuse {

struct PcmClip {
    int sample_rate_hz = 44100;
    std::vector<int16_t> samples;

    float duration_s() const { return sample_rate_hz > 0 ? float(samples.size()) / float(sample_rate_hz) : 0.0f; }
    bool empty() const { return samples.empty(); }
};

// Appends SECONDS of silence.
void append_silence(PcmClip& clip, float seconds);
// Largest absolute sample, 0..32767 (0 for an empty or silent clip).
int peak_amplitude(const PcmClip& clip);

}  // namespace perfuse
