#pragma once
// The single-sample colour image a frame ends in: a swapchain image or the offscreen target.
#include <vulkan/vulkan.h>

namespace perfuse {

struct FrameTarget {
    VkImage image = VK_NULL_HANDLE;
    VkImageView view = VK_NULL_HANDLE;
    VkFormat format = VK_FORMAT_UNDEFINED;
    VkExtent2D extent{};
};

}  // namespace perfuse
