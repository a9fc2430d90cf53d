// Monitor waveforms: period from the model's HR, the arterial trace averages to the model's MAP,
// pulse follows stroke volume and goes flat with no heart output (full bypass, arrested heart).
#include <gtest/gtest.h>

#include "waveforms.h"

namespace perfuse {
namespace {

Readings beating(double hr, double output_l_min, double map) {
    Readings r;
    r.hr_bpm = hr;
    r.heart_output_l_min = output_l_min;
    r.map_mmHg = map;
    return r;
}

TEST(Waveforms, ArterialTraceAveragesToTheModelsMapOverABeat) {
    const Readings r = beating(75, 5.0, 90);
    const double period = 60.0 / 75.0;
    double sum = 0, lo = 1e9, hi = -1e9;
    const int n = 4000;
    for (int i = 0; i < n; ++i) {
        const double p = arterial_mmHg(r, 10.0 + (i + 0.5) * period / n);
        sum += p;
        lo = std::min(lo, p);
        hi = std::max(hi, p);
    }
    EXPECT_NEAR(sum / n, 90.0, 0.05);
    EXPECT_NEAR(hi - lo, pulse_pressure_mmHg(r), 0.5);
    EXPECT_NEAR(pulse_pressure_mmHg(r), 0.6 * 5000.0 / 75.0, 1e-9);
}

TEST(Waveforms, RepeatsEveryBeat) {
    const Readings r = beating(60, 4.0, 80);
    for (double t : {0.1, 0.37, 0.8}) {
        EXPECT_NEAR(ecg_mv(r, t), ecg_mv(r, t + 1.0), 1e-9);
        EXPECT_NEAR(arterial_mmHg(r, t), arterial_mmHg(r, t + 3.0), 1e-9);
    }
    double r_peak = -1;
    for (int i = 0; i < 1000; ++i) r_peak = std::max(r_peak, ecg_mv(r, i / 1000.0));
    EXPECT_NEAR(r_peak, 1.0, 0.1);  // R wave ~1 mV
}

TEST(Waveforms, FlatOnFullBypassWithTheHeartArrested) {
    Readings r = beating(0, 0.0, 65);  // the console shows HR 0 once the heart is arrested
    EXPECT_EQ(pulse_pressure_mmHg(r), 0.0);
    EXPECT_EQ(ecg_mv(r, 1.23), 0.0);
    EXPECT_EQ(arterial_mmHg(r, 1.23), 65.0);
    EXPECT_EQ(pleth(r, 1.23), 0.5);
    r = beating(80, 0.0, 65);  // beating but empty: no pulse
    EXPECT_EQ(arterial_mmHg(r, 0.4), 65.0);
    EXPECT_NE(ecg_mv(r, 60.0 / 80.0 * 0.22), 0.0);
}

}  // namespace
}  // namespace perfuse
