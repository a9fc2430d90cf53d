#include "wave_file.h"

#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <stdexcept>

namespace perfuse::test {

namespace {
uint32_t u32(const std::vector<char>& b, std::size_t at) {
    return uint32_t(uint8_t(b[at])) | uint32_t(uint8_t(b[at + 1])) << 8 | uint32_t(uint8_t(b[at + 2])) << 16 |
           uint32_t(uint8_t(b[at + 3])) << 24;
}
uint16_t u16(const std::vector<char>& b, std::size_t at) { return uint16_t(uint8_t(b[at]) | uint8_t(b[at + 1]) << 8); }
}  // namespace

WaveData read_wave(const std::string& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw std::runtime_error(file + ": file not found");
    const std::vector<char> b((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (b.size() < 12 || std::memcmp(b.data(), "RIFF", 4) != 0 || std::memcmp(b.data() + 8, "WAVE", 4) != 0)
        throw std::runtime_error(file + ": not a RIFF WAVE file");
    WaveData wave;
    int bits = 0;
    for (std::size_t at = 12; at + 8 <= b.size();) {
        const uint32_t size = u32(b, at + 4);
        const std::size_t body = at + 8;
        if (std::memcmp(b.data() + at, "fmt ", 4) == 0 && body + 16 <= b.size()) {
            wave.channels = u16(b, body + 2);
            wave.sample_rate_hz = int(u32(b, body + 4));
            bits = u16(b, body + 14);
        } else if (std::memcmp(b.data() + at, "data", 4) == 0) {
            if (bits != 16) throw std::runtime_error(file + ": expected 16-bit samples, got " + std::to_string(bits));
            // A file still being written may claim more than it holds (or 0): read what is there.
            const std::size_t end = b.size();
            for (std::size_t i = body; i + 1 < end; i += 2) wave.samples.push_back(int16_t(u16(b, i)));
            return wave;
        }
        at = body + size + (size & 1);
    }
    throw std::runtime_error(file + ": no data chunk");
}

std::size_t loud_samples(const WaveData& wave, int threshold) {
    std::size_t loud = 0;
    for (int16_t s : wave.samples) loud += std::abs(int(s)) > threshold;
    return loud;
}

}  // namespace perfuse::test
