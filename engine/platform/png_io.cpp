#include "platform/png_io.h"

#include <stb/stb_image.h>
#include <stb/stb_image_write.h>

#include "platform/file_io.h"

namespace perfuse {

namespace {
void append_bytes(void* context, void* data, int size) {
    auto* out = static_cast<std::vector<std::uint8_t>*>(context);
    const auto* bytes = static_cast<const std::uint8_t*>(data);
    out->insert(out->end(), bytes, bytes + size);
}
}  // namespace

std::string write_png(const std::filesystem::path& path, const ImageRgba8& image) {
    if (image.width <= 0 || image.height <= 0 ||
        image.pixels.size() != static_cast<std::size_t>(image.width) * image.height * 4) {
        return path.string() + ": image has no pixels";
    }
    std::vector<std::uint8_t> encoded;
    const int stride = image.width * 4;
    if (!stbi_write_png_to_func(append_bytes, &encoded, image.width, image.height, 4, image.pixels.data(), stride)) {
        return path.string() + ": PNG encoding failed";
    }
    return write_file_atomic(path, encoded.data(), encoded.size());
}

PngReadResult read_png(const std::filesystem::path& path) {
    PngReadResult result;
    FileBytes file = read_file(path);
    if (!file.ok()) {
        result.error = file.error;
        return result;
    }
    int width = 0, height = 0, channels = 0;
    stbi_uc* pixels = stbi_load_from_memory(file.bytes.data(), static_cast<int>(file.bytes.size()), &width, &height,
                                            &channels, 4);
    if (!pixels) {
        result.error = path.string() + ": not a readable image (" + stbi_failure_reason() + ")";
        return result;
    }
    result.image.width = width;
    result.image.height = height;
    result.image.pixels.assign(pixels, pixels + static_cast<std::size_t>(width) * height * 4);
    stbi_image_free(pixels);
    return result;
}

}  // namespace perfuse
