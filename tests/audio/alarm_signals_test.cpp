// IEC 60601-1-8 Tables 3 and 4, checked on the generated sound itself (not on the constants).
#include <gtest/gtest.h>

#include "pcm_measure.h"
#include "sound/alarm_signals.h"

namespace perfuse {
namespace {
using test::MeasuredPulse;

constexpr int kRate = 44100;

struct Expected {
    AlarmPriority priority;
    std::size_t pulses;
    double td_min_s, td_max_s;       // effective pulse duration
    double ts_min_s, ts_max_s;       // pulse spacing (x for high, y for medium/low)
    double interburst_min_s, interburst_max_s;
};
const Expected kExpected[] = {
    {AlarmPriority::high, 10, 0.075, 0.200, 0.050, 0.125, 2.5, 15.0},
    {AlarmPriority::medium, 3, 0.125, 0.250, 0.125, 0.250, 2.5, 30.0},
    {AlarmPriority::low, 2, 0.125, 0.250, 0.125, 0.250, 15.0, 1e9},
};

std::vector<MeasuredPulse> pulses_of(AlarmPriority p, double& cycle_s) {
    const PcmClip clip = render_alarm_cycle(alarm_signal(p), kRate);
    cycle_s = clip.duration_s();
    return test::measure_pulses(clip);
}

TEST(AlarmSignals, BurstTimingIsWithinIec60601_1_8) {
    for (const Expected& e : kExpected) {
        SCOPED_TRACE(to_string(e.priority));
        double cycle_s = 0.0;
        const std::vector<MeasuredPulse> pulses = pulses_of(e.priority, cycle_s);
        ASSERT_EQ(pulses.size(), e.pulses);
        for (const MeasuredPulse& p : pulses) {
            EXPECT_GE(p.duration_s(), e.td_min_s);
            EXPECT_LE(p.duration_s(), e.td_max_s);
            // Rise time 10-20 % of the pulse duration (1 ms of slack for the envelope's window).
            EXPECT_GE(p.rise_s, 0.10 * p.duration_s() - 0.001);
            EXPECT_LE(p.rise_s, 0.20 * p.duration_s() + 0.001);
        }
        // Interburst: end of the last pulse to the start of the next burst (the loop point).
        const double interburst_s = cycle_s - pulses.back().end_s + pulses.front().start_s;
        EXPECT_GE(interburst_s, e.interburst_min_s);
        EXPECT_LE(interburst_s, e.interburst_max_s);
    }
}

TEST(AlarmSignals, HighPriorityBurstHasTheStandardsRhythm) {
    double cycle_s = 0.0;
    const std::vector<MeasuredPulse> p = pulses_of(AlarmPriority::high, cycle_s);
    ASSERT_EQ(p.size(), 10u);
    const auto gap = [&](std::size_t after) { return p[after + 1].start_s - p[after].end_s; };  // 0-based
    const double x = gap(0), td = p[0].duration_s();
    for (std::size_t i : {0u, 1u, 3u, 5u, 6u, 8u}) {  // the short spacings, all x within 5 %
        EXPECT_GE(gap(i), 0.050);
        EXPECT_LE(gap(i), 0.125);
        EXPECT_NEAR(gap(i), x, 0.05 * x) << "spacing after pulse " << i + 1;
    }
    for (std::size_t i : {2u, 7u}) EXPECT_NEAR(gap(i), 2 * x + td, 0.05 * (2 * x + td)) << "after pulse " << i + 1;
    EXPECT_GE(gap(4), 0.35);
    EXPECT_LE(gap(4), 1.30);
}

TEST(AlarmSignals, MediumAndLowSpacingsAreEven) {
    for (AlarmPriority priority : {AlarmPriority::medium, AlarmPriority::low}) {
        double cycle_s = 0.0;
        const std::vector<MeasuredPulse> p = pulses_of(priority, cycle_s);
        for (std::size_t i = 0; i + 1 < p.size(); ++i) {
            const double spacing = p[i + 1].start_s - p[i].end_s;
            EXPECT_GE(spacing, 0.125) << to_string(priority);
            EXPECT_LE(spacing, 0.250) << to_string(priority);
        }
    }
}

TEST(AlarmSignals, PulsesHaveAFundamentalAndFourHarmonicsWithin15Db) {
    for (const Expected& e : kExpected) {
        const AlarmSignal signal = alarm_signal(e.priority);
        const PcmClip clip = render_alarm_cycle(signal, kRate);
        const double f0 = signal.tone.fundamental_hz;
        EXPECT_GE(f0, 150.0);
        EXPECT_LE(f0, 1000.0);
        // The steady middle of the first pulse.
        const Pulse& first = signal.burst.front();
        const auto from = std::size_t((first.start_s + first.rise_s) * kRate);
        const auto count = std::size_t((first.duration_s - first.rise_s - first.fall_s) * kRate);
        const double fundamental = test::tone_level(clip, from, count, f0);
        int harmonics_in_band = 0;
        for (int k = 2; k <= 8; ++k) {
            const double f = k * f0;
            if (f < 300.0 || f > 4000.0) continue;
            if (test::to_db(test::tone_level(clip, from, count, f) / fundamental) >= -15.0) ++harmonics_in_band;
        }
        EXPECT_GE(harmonics_in_band, 4) << to_string(e.priority);
        // And nothing in between: a harmonic tone, not noise.
        EXPECT_LT(test::to_db(test::tone_level(clip, from, count, 1.5 * f0) / fundamental), -30.0);
    }
}

TEST(AlarmSignals, PrioritiesSoundDifferent) {
    EXPECT_GT(alarm_signal(AlarmPriority::high).tone.fundamental_hz, alarm_signal(AlarmPriority::medium).tone.fundamental_hz);
    EXPECT_GT(alarm_signal(AlarmPriority::medium).tone.fundamental_hz, alarm_signal(AlarmPriority::low).tone.fundamental_hz);
    // Pulses in a burst differ by no more than 10 dB (Table 3): here they are equal.
    const PcmClip clip = render_alarm_cycle(alarm_signal(AlarmPriority::high), kRate);
    EXPECT_GT(peak_amplitude(clip), 32767 / 2);  // loud: over half of full scale
}

}  // namespace
}  // namespace perfuse
