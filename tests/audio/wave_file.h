#pragma once
// Reads what OpenAL Soft's wave output wrote (16-bit PCM, plain or WAVE_FORMAT_EXTENSIBLE).
#include <string>
#include <vector>

#include <cstdint>

namespace perfuse::test {

struct WaveData {
    int channels = 0;
    int sample_rate_hz = 0;
    std::vector<int16_t> samples;  // interleaved
};

// Throws std::runtime_error naming FILE and the problem (missing, not RIFF, not 16-bit).
WaveData read_wave(const std::string& file);
// How many samples are louder than THRESHOLD (0..32767).
std::size_t loud_samples(const WaveData& wave, int threshold);

}  // namespace perfuse::test
