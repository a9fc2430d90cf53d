#pragma once
// A small plotting helper on ImGui's draw list (no plotting library is packaged): a framed box with a
// line through (time, value) points, its value range, and a time axis with labelled ticks.
#include <functional>
#include <string>
#include <vector>

#include <imgui.h>

#include "trends.h"

namespace perfuse {

struct PlotRange {
    double t0_s = 0.0, t1_s = 1.0;   // the time axis, simulated seconds
    double lo = 0.0, hi = 1.0;       // the value axis, in the shown unit
};

// A range that fits the values (with a margin), never narrower than MIN_SPAN so noise stays flat.
PlotRange fit_range(const std::vector<TrendPoint>& points, double t0_s, double t1_s, double min_span);

// A trend plot: TITLE above, the points as a line, the value range at the left, minute ticks below
// (labelled with MINUTES_WORD). Takes the full available width, HEIGHT_PX tall.
void plot_trend(const std::string& title, const std::vector<TrendPoint>& points, const PlotRange& range,
                ImU32 colour, float height_px, const std::string& minutes_word);

// A live waveform: SAMPLE(t) over the last WINDOW_S up to T_NOW_S, drawn like a monitor trace.
void plot_waveform(const std::string& title, const std::function<double(double)>& sample, double t_now_s,
                   double window_s, double lo, double hi, ImU32 colour, float height_px);

}  // namespace perfuse
