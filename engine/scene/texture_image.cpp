#include "scene/texture_image.h"

#include <cstring>
#include <fstream>
#include <iterator>

// Declarations only: Debian's libstb already carries the implementation.
#include <stb_image.h>

namespace perfuse {

ImageResult decode_image_memory(const std::uint8_t* bytes, std::size_t size, const std::string& source_name) {
    ImageResult result;
    result.image.key = source_name;
    if (bytes == nullptr || size == 0) {
        result.error = source_name + ": image is empty";
        return result;
    }
    if (size > static_cast<std::size_t>(INT32_MAX)) {
        result.error = source_name + ": image is too large";
        return result;
    }
    int w = 0, h = 0, channels = 0;
    stbi_uc* pixels = stbi_load_from_memory(bytes, static_cast<int>(size), &w, &h, &channels, 4);
    if (pixels == nullptr) {
        const char* why = stbi_failure_reason();
        result.error = source_name + ": cannot decode image (" + (why ? why : "unknown format") + ")";
        return result;
    }
    result.image.width_px = static_cast<std::uint32_t>(w);
    result.image.height_px = static_cast<std::uint32_t>(h);
    result.image.rgba8.assign(pixels, pixels + static_cast<std::size_t>(w) * h * 4);
    stbi_image_free(pixels);
    return result;
}

ImageResult decode_image_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        ImageResult result;
        result.image.key = path.string();
        result.error = path.string() + ": image file not found or unreadable";
        return result;
    }
    const std::vector<std::uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return decode_image_memory(bytes.data(), bytes.size(), path.string());
}

TextureImage placeholder_image(const std::string& key) {
    constexpr std::uint32_t kSize_px = 8;  // 2x2 px checks: visible at any distance once filtered
    TextureImage image{.key = key, .width_px = kSize_px, .height_px = kSize_px, .rgba8 = {}, .placeholder = true};
    image.rgba8.reserve(kSize_px * kSize_px * 4);
    for (std::uint32_t y = 0; y < kSize_px; ++y)
        for (std::uint32_t x = 0; x < kSize_px; ++x) {
            const bool magenta = ((x / 2) + (y / 2)) % 2 == 0;
            const std::uint8_t c = magenta ? 255 : 0;
            image.rgba8.insert(image.rgba8.end(), {c, 0, c, 255});
        }
    return image;
}

}  // namespace perfuse
