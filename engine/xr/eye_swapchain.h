#pragma once
// One eye's OpenXR swapchain: the runtime owns the images; each gets a view so it can be a
// FrameTarget for the same SceneRenderer the desktop uses. Images are handed out one per frame
// (acquire -> render -> release) and must be in COLOR_ATTACHMENT_OPTIMAL when released.
#include <cstdint>
#include <vector>

#define XR_USE_GRAPHICS_API_VULKAN
#include <vulkan/vulkan.h>
#include <openxr/openxr.h>
#include <openxr/openxr_platform.h>

#include "render/frame_target.h"

namespace perfuse {

// The sRGB colour format to ask for, from what the runtime offers (in its order of preference):
// the renderer writes linear light and relies on the format to encode it. UNDEFINED: none offered.
VkFormat choose_swapchain_format(const std::vector<int64_t>& offered);

class EyeSwapchain {
public:
    // READABLE adds transfer-source use, for copying a frame out (stereo screenshots).
    EyeSwapchain(XrSession session, VkDevice device, VkFormat format, VkExtent2D extent, bool readable);
    ~EyeSwapchain();
    EyeSwapchain(const EyeSwapchain&) = delete;
    EyeSwapchain& operator=(const EyeSwapchain&) = delete;

    // Acquires the next image and waits until the compositor is done reading it.
    FrameTarget acquire();
    void release();

    XrSwapchain handle() const { return swapchain_; }
    VkExtent2D extent() const { return extent_; }
    uint32_t image_count() const { return static_cast<uint32_t>(images_.size()); }

private:
    VkDevice device_;
    VkFormat format_;
    VkExtent2D extent_;
    XrSwapchain swapchain_ = XR_NULL_HANDLE;
    std::vector<VkImage> images_;
    std::vector<VkImageView> views_;
};

std::vector<int64_t> offered_swapchain_formats(XrSession session);

}  // namespace perfuse
