#include <filesystem>

#include <gtest/gtest.h>

#include "platform/png_io.h"

namespace perfuse {

TEST(PngIo, RoundTripKeepsEveryPixel) {
    ImageRgba8 image{.width = 7, .height = 3};
    for (int i = 0; i < 7 * 3; ++i) {
        image.pixels.insert(image.pixels.end(), {std::uint8_t(i * 11), std::uint8_t(255 - i), std::uint8_t(i * 3), 255});
    }
    const auto path = std::filesystem::temp_directory_path() / "perfuse_png_roundtrip.png";
    ASSERT_EQ(write_png(path, image), "");
    const PngReadResult back = read_png(path);
    ASSERT_EQ(back.error, "");
    EXPECT_EQ(back.image.width, 7);
    EXPECT_EQ(back.image.height, 3);
    EXPECT_EQ(back.image.pixels, image.pixels);
}

TEST(PngIo, NotAPngGivesReadableError) {
    const auto path = std::filesystem::temp_directory_path() / "perfuse_not_a.png";
    {
        std::FILE* f = std::fopen(path.c_str(), "wb");
        std::fputs("hello", f);
        std::fclose(f);
    }
    const PngReadResult back = read_png(path);
    EXPECT_NE(back.error.find("not a readable image"), std::string::npos) << back.error;
}

TEST(PngIo, EmptyImageIsRefused) {
    EXPECT_NE(write_png(std::filesystem::temp_directory_path() / "perfuse_empty.png", ImageRgba8{}), "");
}

}  // namespace perfuse
