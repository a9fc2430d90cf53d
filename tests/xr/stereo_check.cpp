// perfuse-stereo-check FILE.png: checks a side-by-side stereo screenshot (--vr-screenshot): both
// eyes show a scene (not a flat clear colour), the eyes differ, and the parallax runs the right way
// (the left eye sees the room shifted right compared with the right eye). Prints what it measured.
#include <cmath>
#include <cstdio>

#include "platform/png_io.h"

namespace {
using perfuse::ImageRgba8;

float luma(const ImageRgba8& img, int x, int y) {
    const uint8_t* p = img.pixels.data() + (size_t(y) * img.width + x) * 4;
    return 0.299f * p[0] + 0.587f * p[1] + 0.114f * p[2];
}

// Standard deviation of the luma of one half: a flat image is near 0.
float spread(const ImageRgba8& img, int x0, int w) {
    double sum = 0, sum2 = 0;
    for (int y = 0; y < img.height; ++y)
        for (int x = x0; x < x0 + w; ++x) {
            const double l = luma(img, x, y);
            sum += l;
            sum2 += l * l;
        }
    const double n = double(w) * img.height;
    return float(std::sqrt(std::max(0.0, sum2 / n - (sum / n) * (sum / n))));
}

// Mean |left(x, y) - right(x - shift, y)| over the overlap.
float difference(const ImageRgba8& img, int w, int shift) {
    double total = 0;
    long count = 0;
    for (int y = 0; y < img.height; ++y)
        for (int x = std::max(0, shift); x < std::min(w, w + shift); ++x) {
            total += std::abs(luma(img, x, y) - luma(img, w + x - shift, y));
            ++count;
        }
    return count ? float(total / count) : 1e9f;
}
}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: perfuse-stereo-check FILE.png\n");
        return 2;
    }
    const perfuse::PngReadResult read = perfuse::read_png(argv[1]);
    if (!read.error.empty()) {
        std::fprintf(stderr, "stereo-check: %s\n", read.error.c_str());
        return 1;
    }
    const ImageRgba8& img = read.image;
    if (img.width % 2 != 0 || img.width < 32) {
        std::fprintf(stderr, "stereo-check: %dx%d is not two eyes side by side\n", img.width, img.height);
        return 1;
    }
    const int w = img.width / 2;
    const float left_spread = spread(img, 0, w), right_spread = spread(img, w, w);
    int best_shift = 0;
    float best = 1e9f;
    const int max_shift = w / 8;
    for (int s = -max_shift; s <= max_shift; ++s) {
        const float d = difference(img, w, s);
        if (d < best) best = d, best_shift = s;
    }
    const float unshifted = difference(img, w, 0);
    std::printf("stereo-check: luma spread left %.1f right %.1f; eyes differ by %.2f; best match at a %+d px shift "
                "(%.2f)\n", left_spread, right_spread, unshifted, best_shift, best);
    int failures = 0;
    const auto fail = [&](const char* what) { std::fprintf(stderr, "stereo-check: %s\n", what), ++failures; };
    // Thresholds: a rendered room has strong light/dark structure (spread in the tens); identical
    // eyes give exactly 0; a one-pixel eye offset already differs by more than 0.1 on average.
    if (left_spread < 5.0f) fail("the left eye is flat: nothing was drawn into it");
    if (right_spread < 5.0f) fail("the right eye is flat: nothing was drawn into it");
    if (unshifted < 0.1f) fail("both eyes are identical: no eye offset");
    if (best_shift <= 0) fail("the left eye does not see the scene shifted right of the right eye's view");
    return failures ? 1 : 0;
}
