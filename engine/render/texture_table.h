#pragma once
// Base-colour textures on the GPU: each one an sRGB image with mipmaps and a descriptor set the
// lit pass binds as set 1. Index 0 is always a 1x1 white texture, for materials without one.
#include <cstdint>
#include <vector>

#include <vulkan/vulkan.h>

#include "gpu/image.h"
#include "scene/texture_image.h"

namespace perfuse {

class Device;

class TextureTable {
public:
    static constexpr uint32_t kMaxTextures = 256;
    static constexpr uint32_t kWhite = 0;

    explicit TextureTable(Device& device);
    ~TextureTable();
    TextureTable(const TextureTable&) = delete;
    TextureTable& operator=(const TextureTable&) = delete;

    enum class Encoding { srgb_color, linear_data };  // colours vs. normal maps (data must not be gamma-decoded)

    // Uploads IMAGE (blocking) and returns its index; kWhite when the table is full or the image empty.
    uint32_t add(const TextureImage& image, Encoding encoding = Encoding::srgb_color);
    // Registers VIEW, an image the caller owns and draws into (a render target such as
    // ui/imgui_surface.h), as a texture, and returns its index (kWhite when the table is full). The
    // image must be in SHADER_READ_ONLY_OPTIMAL whenever a frame samples it, and outlive its use:
    // clear() forgets it (register it again after), update() refuses it.
    uint32_t add_external(VkImageView view);
    // Replaces the pixels of texture INDEX with IMAGE of the same size (a monitor screen the app
    // redraws). Blocks until the copy is done; false when the size differs or INDEX is white.
    bool update(uint32_t index, const TextureImage& image);
    // Forgets every texture but white (when another scene replaces the current one). Waits for the
    // GPU to finish with them first.
    void clear();
    VkDescriptorSetLayout set_layout() const { return set_layout_; }
    VkDescriptorSet set(uint32_t index) const { return sets_.at(index); }
    uint32_t size() const { return uint32_t(images_.size()); }

private:
    VkDescriptorSet allocate_set(VkImageView view);

    Device& device_;
    VkSampler sampler_ = VK_NULL_HANDLE;
    VkDescriptorSetLayout set_layout_ = VK_NULL_HANDLE;
    VkDescriptorPool pool_ = VK_NULL_HANDLE;
    std::vector<Image> images_;  // an empty Image for an external view
    std::vector<uint32_t> mip_levels_;
    std::vector<VkDescriptorSet> sets_;
};

// Mip levels for a full chain down to 1x1.
uint32_t mip_levels_for(uint32_t width_px, uint32_t height_px);

}  // namespace perfuse
