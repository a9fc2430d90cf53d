#include "gpu/image.h"

#include <utility>

#include "gpu/device.h"
#include "gpu/vk_check.h"

namespace perfuse {

VkImageView create_image_view(VkDevice device, VkImage image, VkFormat format, VkImageAspectFlags aspect,
                              uint32_t mip_levels) {
    const VkImageViewCreateInfo info{
        .sType = VK_STRUCTURE_TYPE_IMAGE_VIEW_CREATE_INFO,
        .image = image,
        .viewType = VK_IMAGE_VIEW_TYPE_2D,
        .format = format,
        .subresourceRange = {.aspectMask = aspect, .levelCount = mip_levels, .layerCount = 1},
    };
    VkImageView view = VK_NULL_HANDLE;
    VK_CHECK(vkCreateImageView(device, &info, nullptr, &view));
    return view;
}

Image::Image(Device& device, const ImageDesc& desc) : device_(&device), desc_(desc) {
    const VkImageCreateInfo info{
        .sType = VK_STRUCTURE_TYPE_IMAGE_CREATE_INFO,
        .imageType = VK_IMAGE_TYPE_2D,
        .format = desc.format,
        .extent = {desc.extent.width, desc.extent.height, 1},
        .mipLevels = desc.mip_levels,
        .arrayLayers = 1,
        .samples = desc.samples,
        .tiling = VK_IMAGE_TILING_OPTIMAL,
        .usage = desc.usage,
        .sharingMode = VK_SHARING_MODE_EXCLUSIVE,
        .initialLayout = VK_IMAGE_LAYOUT_UNDEFINED,
    };
    VK_CHECK(vkCreateImage(device.handle(), &info, nullptr, &image_));
    VkMemoryRequirements requirements;
    vkGetImageMemoryRequirements(device.handle(), image_, &requirements);
    memory_ = device.memory().allocate(requirements, VK_MEMORY_PROPERTY_DEVICE_LOCAL_BIT);
    VK_CHECK(vkBindImageMemory(device.handle(), image_, memory_.memory, memory_.offset));
    view_ = create_image_view(device.handle(), image_, desc.format, desc.aspect, desc.mip_levels);
}

Image::~Image() { destroy(); }

Image::Image(Image&& other) noexcept
    : device_(std::exchange(other.device_, nullptr)),
      desc_(other.desc_),
      image_(std::exchange(other.image_, VK_NULL_HANDLE)),
      view_(std::exchange(other.view_, VK_NULL_HANDLE)),
      memory_(std::exchange(other.memory_, {})) {}

Image& Image::operator=(Image&& other) noexcept {
    if (this != &other) {
        destroy();
        device_ = std::exchange(other.device_, nullptr);
        desc_ = other.desc_;
        image_ = std::exchange(other.image_, VK_NULL_HANDLE);
        view_ = std::exchange(other.view_, VK_NULL_HANDLE);
        memory_ = std::exchange(other.memory_, {});
    }
    return *this;
}

void Image::destroy() {
    if (!device_) return;
    vkDestroyImageView(device_->handle(), view_, nullptr);
    vkDestroyImage(device_->handle(), image_, nullptr);
    device_->memory().release(memory_);
    device_ = nullptr;
}

void transition_image(VkCommandBuffer cmd, VkImage image, const LayoutChange& change) {
    const VkImageMemoryBarrier barrier{
        .sType = VK_STRUCTURE_TYPE_IMAGE_MEMORY_BARRIER,
        .srcAccessMask = change.src_access,
        .dstAccessMask = change.dst_access,
        .oldLayout = change.from,
        .newLayout = change.to,
        .srcQueueFamilyIndex = VK_QUEUE_FAMILY_IGNORED,
        .dstQueueFamilyIndex = VK_QUEUE_FAMILY_IGNORED,
        .image = image,
        .subresourceRange = {.aspectMask = change.aspect,
                             .baseMipLevel = change.base_mip,
                             .levelCount = change.mip_count,
                             .layerCount = 1},
    };
    vkCmdPipelineBarrier(cmd, change.src_stage, change.dst_stage, 0, 0, nullptr, 0, nullptr, 1, &barrier);
}

}  // namespace perfuse
