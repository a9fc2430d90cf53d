#pragma once
// PNG files through stb: what screenshots are written as and golden images are read from.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace perfuse {

// Tightly packed 8-bit RGBA pixels, top row first.
struct ImageRgba8 {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> pixels;
};

// Returns an empty string or "PATH: what is wrong". Written atomically.
std::string write_png(const std::filesystem::path& path, const ImageRgba8& image);

struct PngReadResult {
    ImageRgba8 image;
    std::string error;
};
PngReadResult read_png(const std::filesystem::path& path);

}  // namespace perfuse
