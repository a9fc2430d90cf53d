#pragma once
// A 2D VkImage with one view and its memory range. Move-only.
#include <vulkan/vulkan.h>

#include "gpu/memory.h"

namespace perfuse {

class Device;

struct ImageDesc {
    VkExtent2D extent{};
    VkFormat format = VK_FORMAT_UNDEFINED;
    VkImageUsageFlags usage = 0;
    VkSampleCountFlagBits samples = VK_SAMPLE_COUNT_1_BIT;
    VkImageAspectFlags aspect = VK_IMAGE_ASPECT_COLOR_BIT;
    uint32_t mip_levels = 1;
};

class Image {
public:
    Image() = default;
    Image(Device& device, const ImageDesc& desc);
    ~Image();
    Image(Image&& other) noexcept;
    Image& operator=(Image&& other) noexcept;
    Image(const Image&) = delete;
    Image& operator=(const Image&) = delete;

    VkImage handle() const { return image_; }
    VkImageView view() const { return view_; }
    const ImageDesc& desc() const { return desc_; }

private:
    void destroy();
    Device* device_ = nullptr;
    ImageDesc desc_;
    VkImage image_ = VK_NULL_HANDLE;
    VkImageView view_ = VK_NULL_HANDLE;
    MemoryRange memory_;
};

// Creates a view of a whole single-mip 2D image (also used for swapchain images).
VkImageView create_image_view(VkDevice device, VkImage image, VkFormat format, VkImageAspectFlags aspect,
                              uint32_t mip_levels = 1);

// One layout transition with the given stages/accesses (synchronization 1).
struct LayoutChange {
    VkImageLayout from = VK_IMAGE_LAYOUT_UNDEFINED;
    VkImageLayout to = VK_IMAGE_LAYOUT_UNDEFINED;
    VkPipelineStageFlags src_stage = VK_PIPELINE_STAGE_TOP_OF_PIPE_BIT;
    VkAccessFlags src_access = 0;
    VkPipelineStageFlags dst_stage = VK_PIPELINE_STAGE_BOTTOM_OF_PIPE_BIT;
    VkAccessFlags dst_access = 0;
    VkImageAspectFlags aspect = VK_IMAGE_ASPECT_COLOR_BIT;
    uint32_t base_mip = 0;
    uint32_t mip_count = 1;
};
void transition_image(VkCommandBuffer cmd, VkImage image, const LayoutChange& change);

}  // namespace perfuse
