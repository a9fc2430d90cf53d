#include <gtest/gtest.h>

#include "image_compare.h"

namespace perfuse {

namespace {
ImageRgba8 flat(int w, int h, std::uint8_t value) {
    ImageRgba8 image{.width = w, .height = h};
    image.pixels.assign(std::size_t(w) * h * 4, value);
    return image;
}
}  // namespace

TEST(ImageCompare, SmallNoiseEverywhereStillMatches) {
    const ImageRgba8 expected = flat(100, 100, 100);
    const ImageRgba8 actual = flat(100, 100, 108);  // every channel off by 8: within tolerance
    const CompareResult result = compare_images(actual, expected, {});
    EXPECT_TRUE(result.matches);
    EXPECT_EQ(result.differing_pixels, 0);
    EXPECT_EQ(result.worst_channel_delta, 8);
}

TEST(ImageCompare, AFewBadPixelsPassManyFail) {
    const ImageRgba8 expected = flat(100, 100, 100);
    ImageRgba8 actual = expected;
    for (int p = 0; p < 50; ++p) actual.pixels[std::size_t(p) * 4] = 200;  // 0.5% of pixels, way off
    CompareResult result = compare_images(actual, expected, {});
    EXPECT_EQ(result.differing_pixels, 50);
    EXPECT_TRUE(result.matches);
    actual.pixels[50 * 4 + 1] = 0;  // one more: 0.51%
    result = compare_images(actual, expected, {});
    EXPECT_FALSE(result.matches);
    EXPECT_EQ(result.diff.pixels[50 * 4 + 0], 255);  // marked red in the diff image
    EXPECT_EQ(result.diff.pixels[50 * 4 + 1], 0);
}

TEST(ImageCompare, DifferentSizesNeverMatch) {
    const CompareResult result = compare_images(flat(10, 10, 0), flat(10, 11, 0), {});
    EXPECT_FALSE(result.same_size);
    EXPECT_FALSE(result.matches);
    EXPECT_EQ(describe(result, {}), "images differ in size");
}

}  // namespace perfuse
