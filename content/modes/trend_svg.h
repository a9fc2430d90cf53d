#pragma once
// One trend as an inline SVG line plot for the report: the safe band shaded, axes labelled with the
// first and last time and the value range, the line in a colour that also reads in greyscale.
#include <string>

#include "modes/assessment.h"

namespace perfuse::modes {

struct SvgSize {
    int width_px = 640;
    int height_px = 180;
};

// An <svg> element; a series with fewer than two points draws the frame and a "no data" note.
std::string trend_svg(const TrendSeries& series, const std::string& no_data_text, SvgSize size = {});

}  // namespace perfuse::modes
