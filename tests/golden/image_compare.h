#pragma once
// Golden-image comparison with a tolerance, in the spirit of LightweightVK's CI: a pixel differs
// when any channel is off by more than max_channel_delta; the images match while at most
// max_differing_percent of pixels differ. Renderers on different drivers never agree bit for bit.
#include <string>

#include "platform/png_io.h"

namespace perfuse {

struct CompareTolerance {
    int max_channel_delta = 8;           // out of 255
    double max_differing_percent = 0.5;  // of all pixels
};

struct CompareResult {
    bool same_size = false;
    long differing_pixels = 0;
    double differing_percent = 0.0;
    int worst_channel_delta = 0;
    bool matches = false;
    ImageRgba8 diff;  // differing pixels in red over a faded copy of the expected image
};

CompareResult compare_images(const ImageRgba8& actual, const ImageRgba8& expected, const CompareTolerance& tolerance);
// One line saying what differed, for test output.
std::string describe(const CompareResult& result, const CompareTolerance& tolerance);

}  // namespace perfuse
