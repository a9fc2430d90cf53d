#include "xr/eye_swapchain.h"

#include "gpu/image.h"
#include "xr/xr_check.h"

namespace perfuse {

VkFormat choose_swapchain_format(const std::vector<int64_t>& offered) {
    for (const int64_t format : offered) {
        if (format == VK_FORMAT_R8G8B8A8_SRGB || format == VK_FORMAT_B8G8R8A8_SRGB) return static_cast<VkFormat>(format);
    }
    return VK_FORMAT_UNDEFINED;
}

std::vector<int64_t> offered_swapchain_formats(XrSession session) {
    uint32_t count = 0;
    XR_CHECK(xrEnumerateSwapchainFormats(session, 0, &count, nullptr));
    std::vector<int64_t> formats(count);
    XR_CHECK(xrEnumerateSwapchainFormats(session, count, &count, formats.data()));
    return formats;
}

EyeSwapchain::EyeSwapchain(XrSession session, VkDevice device, VkFormat format, VkExtent2D extent, bool readable)
    : device_(device), format_(format), extent_(extent) {
    const XrSwapchainCreateInfo info{.type = XR_TYPE_SWAPCHAIN_CREATE_INFO,
                                     .usageFlags = XR_SWAPCHAIN_USAGE_COLOR_ATTACHMENT_BIT |
                                                   (readable ? XR_SWAPCHAIN_USAGE_TRANSFER_SRC_BIT : 0),
                                     .format = format,
                                     .sampleCount = 1,  // the renderer resolves its MSAA image into it
                                     .width = extent.width,
                                     .height = extent.height,
                                     .faceCount = 1,
                                     .arraySize = 1,
                                     .mipCount = 1};
    XR_CHECK(xrCreateSwapchain(session, &info, &swapchain_));
    try {
        uint32_t count = 0;
        XR_CHECK(xrEnumerateSwapchainImages(swapchain_, 0, &count, nullptr));
        std::vector<XrSwapchainImageVulkan2KHR> images(count, {.type = XR_TYPE_SWAPCHAIN_IMAGE_VULKAN2_KHR});
        XR_CHECK(xrEnumerateSwapchainImages(swapchain_, count, &count,
                                            reinterpret_cast<XrSwapchainImageBaseHeader*>(images.data())));
        for (const XrSwapchainImageVulkan2KHR& image : images) {
            images_.push_back(image.image);
            views_.push_back(create_image_view(device_, image.image, format_, VK_IMAGE_ASPECT_COLOR_BIT));
        }
    } catch (...) {
        for (VkImageView view : views_) vkDestroyImageView(device_, view, nullptr);
        xrDestroySwapchain(swapchain_);
        throw;
    }
}

EyeSwapchain::~EyeSwapchain() {
    for (VkImageView view : views_) vkDestroyImageView(device_, view, nullptr);
    if (swapchain_) xrDestroySwapchain(swapchain_);
}

FrameTarget EyeSwapchain::acquire() {
    uint32_t index = 0;
    const XrSwapchainImageAcquireInfo acquire{.type = XR_TYPE_SWAPCHAIN_IMAGE_ACQUIRE_INFO};
    XR_CHECK(xrAcquireSwapchainImage(swapchain_, &acquire, &index));
    const XrSwapchainImageWaitInfo wait{.type = XR_TYPE_SWAPCHAIN_IMAGE_WAIT_INFO, .timeout = XR_INFINITE_DURATION};
    XR_CHECK(xrWaitSwapchainImage(swapchain_, &wait));
    return {images_[index], views_[index], format_, extent_};
}

void EyeSwapchain::release() {
    const XrSwapchainImageReleaseInfo release{.type = XR_TYPE_SWAPCHAIN_IMAGE_RELEASE_INFO};
    XR_CHECK(xrReleaseSwapchainImage(swapchain_, &release));
}

}  // namespace perfuse
