// perfuse-wave-check FILE MIN_LOUD MAX_LOUD: how many samples of OpenAL Soft's wave output are
// louder than a sixth of full scale (speech and alarms are; the quiet room sounds are not), and
// whether that count is in range. Used by the app's sound tests.
#include <cstdio>
#include <cstdlib>
#include <stdexcept>

#include "wave_file.h"

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: perfuse-wave-check FILE MIN_LOUD MAX_LOUD\n");
        return 2;
    }
    try {
        const perfuse::test::WaveData wave = perfuse::test::read_wave(argv[1]);
        const std::size_t loud = perfuse::test::loud_samples(wave, 32767 / 6);
        const double seconds = double(wave.samples.size()) / std::max(1, wave.channels * wave.sample_rate_hz);
        std::printf("%s: %.2f s, %zu loud samples\n", argv[1], seconds, loud);
        return loud >= std::strtoull(argv[2], nullptr, 10) && loud <= std::strtoull(argv[3], nullptr, 10) ? 0 : 1;
    } catch (const std::runtime_error& e) {
        std::fprintf(stderr, "perfuse-wave-check: %s\n", e.what());
        return 1;
    }
}
