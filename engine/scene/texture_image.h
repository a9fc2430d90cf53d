#pragma once
// Decoded 8-bit RGBA images (via stb_image) for material textures, so the renderer uploads pixels
// and never parses image formats itself.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace perfuse {

struct TextureImage {
    std::string key;  // the string a Material uses to name this texture (path or "gltf-embedded:N")
    std::uint32_t width_px = 0;
    std::uint32_t height_px = 0;
    std::vector<std::uint8_t> rgba8;  // width * height * 4 bytes, rows top to bottom
    bool placeholder = false;          // true when the real image could not be read
};

struct ImageResult {
    TextureImage image;
    std::string error;  // empty on success; otherwise one line naming the source and the problem
    bool ok() const { return error.empty(); }
};

ImageResult decode_image_file(const std::filesystem::path& path);
ImageResult decode_image_memory(const std::uint8_t* bytes, std::size_t size, const std::string& source_name);
// A small magenta/black checkerboard: loud on screen, so a missing texture is noticed, not hidden.
TextureImage placeholder_image(const std::string& key);

}  // namespace perfuse
