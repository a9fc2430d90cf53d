// perfuse-stereo-check FILE.png: checks a side-by-side stereo screenshot (--vr-screenshot): both
// eyes show a scene (not a flat clear colour), the eyes differ, and the parallax runs the right way
// (the left eye sees the room shifted right compared with the right eye). Prints what it measured.
// perfuse-stereo-check --vignette ON.png OFF.png: the same view with the comfort vignette at full
// strength and without it: in each eye the edges are much darker with it, the middle is not.
#include <cmath>
#include <cstdio>
#include <string>

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
// Mean luma of one eye (starting at column X0, W wide): the border band (the outer eighth on every
// side) or the middle (the central third each way).
float region_mean(const ImageRgba8& img, int x0, int w, bool border) {
    const int bw = w / 8, bh = img.height / 8;
    double total = 0;
    long count = 0;
    for (int y = 0; y < img.height; ++y)
        for (int x = 0; x < w; ++x) {
            const bool in_border = x < bw || x >= w - bw || y < bh || y >= img.height - bh;
            const bool in_middle = x >= w / 3 && x < 2 * w / 3 && y >= img.height / 3 && y < 2 * img.height / 3;
            if (border ? !in_border : !in_middle) continue;
            total += luma(img, x0 + x, y);
            ++count;
        }
    return count ? float(total / count) : 0.0f;
}

int check_vignette(const char* on_file, const char* off_file) {
    const perfuse::PngReadResult on = perfuse::read_png(on_file), off = perfuse::read_png(off_file);
    for (const perfuse::PngReadResult* r : {&on, &off})
        if (!r->error.empty()) return std::fprintf(stderr, "stereo-check: %s\n", r->error.c_str()), 1;
    if (on.image.width != off.image.width || on.image.height != off.image.height || on.image.width % 2 != 0)
        return std::fprintf(stderr, "stereo-check: the two pictures are not the same pair of eyes\n"), 1;
    const int w = on.image.width / 2;
    int failures = 0;
    for (int eye = 0; eye < 2; ++eye) {
        const char* name = eye == 0 ? "left" : "right";
        const float edge_on = region_mean(on.image, eye * w, w, true), edge_off = region_mean(off.image, eye * w, w, true);
        const float mid_on = region_mean(on.image, eye * w, w, false), mid_off = region_mean(off.image, eye * w, w, false);
        std::printf("stereo-check: %s eye: edges %.1f with the vignette, %.1f without; middle %.1f and %.1f\n", name,
                    edge_on, edge_off, mid_on, mid_off);
        // The outer bands are 95 % black at full strength; the middle lies inside the hole. The head
        // moves a little between the two runs, hence the margins.
        if (edge_off < 8.0f) std::fprintf(stderr, "stereo-check: %s eye: too dark at the edges to test\n", name), ++failures;
        else if (edge_on > 0.35f * edge_off)
            std::fprintf(stderr, "stereo-check: %s eye: the edges are not darkened\n", name), ++failures;
        if (mid_on < 0.75f * mid_off) std::fprintf(stderr, "stereo-check: %s eye: the middle is darkened too\n", name), ++failures;
    }
    return failures ? 1 : 0;
}
}  // namespace

int main(int argc, char** argv) {
    if (argc == 4 && std::string(argv[1]) == "--vignette") return check_vignette(argv[2], argv[3]);
    if (argc != 2) {
        std::fprintf(stderr, "usage: perfuse-stereo-check FILE.png | --vignette ON.png OFF.png\n");
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
