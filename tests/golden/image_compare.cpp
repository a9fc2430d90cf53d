#include "image_compare.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace perfuse {

CompareResult compare_images(const ImageRgba8& actual, const ImageRgba8& expected, const CompareTolerance& tolerance) {
    CompareResult result;
    result.same_size = actual.width == expected.width && actual.height == expected.height;
    if (!result.same_size) return result;
    result.diff = expected;
    const std::size_t pixels = std::size_t(actual.width) * actual.height;
    for (std::size_t p = 0; p < pixels; ++p) {
        int worst = 0;
        for (int c = 0; c < 3; ++c)
            worst = std::max(worst, std::abs(int(actual.pixels[p * 4 + c]) - int(expected.pixels[p * 4 + c])));
        result.worst_channel_delta = std::max(result.worst_channel_delta, worst);
        std::uint8_t* out = &result.diff.pixels[p * 4];
        if (worst > tolerance.max_channel_delta) {
            ++result.differing_pixels;
            out[0] = 255, out[1] = 0, out[2] = 0;
        } else {
            for (int c = 0; c < 3; ++c) out[c] = std::uint8_t(out[c] / 4 + 160);
        }
        out[3] = 255;
    }
    result.differing_percent = pixels ? 100.0 * double(result.differing_pixels) / double(pixels) : 0.0;
    result.matches = result.differing_percent <= tolerance.max_differing_percent;
    return result;
}

std::string describe(const CompareResult& result, const CompareTolerance& tolerance) {
    if (!result.same_size) return "images differ in size";
    char line[256];
    std::snprintf(line, sizeof line, "%ld pixels (%.3f%%) differ by more than %d/255 (limit %.2f%%); worst channel delta %d",
                  result.differing_pixels, result.differing_percent, tolerance.max_channel_delta,
                  tolerance.max_differing_percent, result.worst_channel_delta);
    return line;
}

}  // namespace perfuse
