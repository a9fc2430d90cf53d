#include "pcm_measure.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <numbers>

namespace perfuse::test {

namespace {
// Envelope: the largest |sample| within 2 ms either side (longer than half a period of any
// alarm fundamental, so zero crossings inside a pulse do not split it).
std::vector<int> envelope(const PcmClip& clip) {
    const std::size_t half = std::size_t(clip.sample_rate_hz * 0.002);
    std::vector<int> magnitude(clip.samples.size());
    for (std::size_t i = 0; i < clip.samples.size(); ++i) magnitude[i] = std::abs(int(clip.samples[i]));
    std::vector<int> env(magnitude.size(), 0);
    for (std::size_t i = 0; i < magnitude.size(); ++i) {
        const std::size_t from = i > half ? i - half : 0, to = std::min(magnitude.size(), i + half + 1);
        env[i] = *std::max_element(magnitude.begin() + long(from), magnitude.begin() + long(to));
    }
    return env;
}
}  // namespace

std::vector<MeasuredPulse> measure_pulses(const PcmClip& clip) {
    const std::vector<int> env = envelope(clip);
    const int peak = env.empty() ? 0 : *std::max_element(env.begin(), env.end());
    std::vector<MeasuredPulse> pulses;
    if (peak == 0) return pulses;
    const double rate = clip.sample_rate_hz;
    const auto crosses = [&](std::size_t from, std::size_t to, double fraction) {  // first index at/above
        for (std::size_t i = from; i < to; ++i)
            if (env[i] >= fraction * peak) return i;
        return to;
    };
    for (std::size_t i = 0; i < env.size();) {
        if (env[i] < peak / 2) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < env.size() && env[end] >= peak / 2) ++end;
        // The rise: back from the half-peak point to where the envelope left 10 %.
        std::size_t rise_start = i;
        while (rise_start > 0 && env[rise_start - 1] >= 0.1 * peak) --rise_start;
        const std::size_t rise_end = crosses(rise_start, end, 0.9);
        pulses.push_back({double(i) / rate, double(end) / rate, double(rise_end - rise_start) / rate});
        i = end;
    }
    return pulses;
}

double tone_level(const PcmClip& clip, std::size_t first, std::size_t count, double frequency_hz) {
    const double w = 2.0 * std::numbers::pi * frequency_hz / clip.sample_rate_hz;
    const double coeff = 2.0 * std::cos(w);
    double s1 = 0.0, s2 = 0.0;
    const std::size_t last = std::min(clip.samples.size(), first + count);
    for (std::size_t i = first; i < last; ++i) {
        const double s = clip.samples[i] / 32768.0 + coeff * s1 - s2;
        s2 = s1;
        s1 = s;
    }
    const double power = s1 * s1 + s2 * s2 - coeff * s1 * s2;
    return 2.0 * std::sqrt(std::max(0.0, power)) / double(last - first);
}

double to_db(double ratio) { return 20.0 * std::log10(std::max(ratio, 1e-12)); }

}  // namespace perfuse::test
