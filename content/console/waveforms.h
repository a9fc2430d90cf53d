#pragma once
// Monitor waveforms. The flow model's heart is a mean-flow source (no beats), so the monitor draws a
// synthetic beat around the model's numbers: period 60/HR, arterial trace whose mean over a beat is
// the model's MAP and whose pulse pressure follows the model's stroke volume (heart output / HR), so
// it goes flat on full bypass with the heart arrested or empty. Shapes are schematic, not measured.
#include "readings.h"

namespace perfuse {

// 0-1 position in the current beat at simulated time t (0 when there is no rate).
double beat_phase(double t_s, double hr_bpm);
// Pulse pressure, mmHg, from stroke volume (approximate: 0.6 mmHg per ml of stroke, capped at 80).
double pulse_pressure_mmHg(const Readings& r);

double ecg_mv(const Readings& r, double t_s);            // lead II-like: P, QRS, T; flat without a rate
double arterial_mmHg(const Readings& r, double t_s);     // MAP + pulse; mean over a beat = MAP
double pleth(const Readings& r, double t_s);             // 0-1 plethysmograph, scaled by pulse pressure

}  // namespace perfuse
