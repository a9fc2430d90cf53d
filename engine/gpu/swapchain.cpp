#include "gpu/swapchain.h"

#include <algorithm>

#include "gpu/device.h"
#include "gpu/fault_injection.h"
#include "gpu/image.h"
#include "gpu/vk_check.h"

namespace perfuse {

namespace {
VkSurfaceFormatKHR choose_format(VkPhysicalDevice physical, VkSurfaceKHR surface) {
    uint32_t count = 0;
    vkGetPhysicalDeviceSurfaceFormatsKHR(physical, surface, &count, nullptr);
    std::vector<VkSurfaceFormatKHR> formats(count);
    vkGetPhysicalDeviceSurfaceFormatsKHR(physical, surface, &count, formats.data());
    // sRGB formats so the shaders can write linear colour and the hardware encodes it.
    for (VkFormat wanted : {VK_FORMAT_B8G8R8A8_SRGB, VK_FORMAT_R8G8B8A8_SRGB})
        for (const VkSurfaceFormatKHR& f : formats)
            if (f.format == wanted && f.colorSpace == VK_COLOR_SPACE_SRGB_NONLINEAR_KHR) return f;
    return formats.at(0);
}

VkPresentModeKHR choose_present_mode(VkPhysicalDevice physical, VkSurfaceKHR surface, bool vsync) {
    if (vsync) return VK_PRESENT_MODE_FIFO_KHR;  // always supported
    uint32_t count = 0;
    vkGetPhysicalDeviceSurfacePresentModesKHR(physical, surface, &count, nullptr);
    std::vector<VkPresentModeKHR> modes(count);
    vkGetPhysicalDeviceSurfacePresentModesKHR(physical, surface, &count, modes.data());
    for (VkPresentModeKHR wanted : {VK_PRESENT_MODE_MAILBOX_KHR, VK_PRESENT_MODE_IMMEDIATE_KHR})
        if (std::find(modes.begin(), modes.end(), wanted) != modes.end()) return wanted;
    return VK_PRESENT_MODE_FIFO_KHR;
}
}  // namespace

Swapchain::Swapchain(Device& device, VkSurfaceKHR surface, const SwapchainOptions& options)
    : device_(device), surface_(surface), options_(options) {
    create(VK_NULL_HANDLE);
}

Swapchain::~Swapchain() {
    destroy_views();
    if (swapchain_) vkDestroySwapchainKHR(device_.handle(), swapchain_, nullptr);
}

void Swapchain::destroy_views() {
    for (VkImageView view : views_) vkDestroyImageView(device_.handle(), view, nullptr);
    views_.clear();
}

void Swapchain::recreate(VkExtent2D extent) {
    vkDeviceWaitIdle(device_.handle());
    options_.extent = extent;
    destroy_views();
    VkSwapchainKHR old = swapchain_;
    create(old);
    vkDestroySwapchainKHR(device_.handle(), old, nullptr);
}

void Swapchain::create(VkSwapchainKHR old) {
    VkSurfaceCapabilitiesKHR caps;
    VK_CHECK(vkGetPhysicalDeviceSurfaceCapabilitiesKHR(device_.physical(), surface_, &caps));
    const VkSurfaceFormatKHR surface_format = choose_format(device_.physical(), surface_);
    format_ = surface_format.format;
    extent_ = caps.currentExtent.width != UINT32_MAX
                  ? caps.currentExtent
                  : VkExtent2D{std::clamp(options_.extent.width, caps.minImageExtent.width, caps.maxImageExtent.width),
                               std::clamp(options_.extent.height, caps.minImageExtent.height,
                                          caps.maxImageExtent.height)};
    uint32_t image_count = std::max(options_.image_count, caps.minImageCount);
    if (caps.maxImageCount) image_count = std::min(image_count, caps.maxImageCount);
    usage_ = VK_IMAGE_USAGE_COLOR_ATTACHMENT_BIT |
             (caps.supportedUsageFlags & (VK_IMAGE_USAGE_TRANSFER_SRC_BIT | VK_IMAGE_USAGE_TRANSFER_DST_BIT));
    const VkSwapchainCreateInfoKHR info{
        .sType = VK_STRUCTURE_TYPE_SWAPCHAIN_CREATE_INFO_KHR,
        .surface = surface_,
        .minImageCount = image_count,
        .imageFormat = format_,
        .imageColorSpace = surface_format.colorSpace,
        .imageExtent = extent_,
        .imageArrayLayers = 1,
        // Transfer use where offered: screenshots copy from it, a VR mirror can copy an eye into it.
        .imageUsage = usage_,
        .imageSharingMode = VK_SHARING_MODE_EXCLUSIVE,
        .preTransform = caps.currentTransform,
        .compositeAlpha = VK_COMPOSITE_ALPHA_OPAQUE_BIT_KHR,
        .presentMode = choose_present_mode(device_.physical(), surface_, options_.vsync),
        .clipped = VK_TRUE,
        .oldSwapchain = old,
    };
    VK_CHECK(vkCreateSwapchainKHR(device_.handle(), &info, nullptr, &swapchain_));
    uint32_t count = 0;
    vkGetSwapchainImagesKHR(device_.handle(), swapchain_, &count, nullptr);
    images_.resize(count);
    vkGetSwapchainImagesKHR(device_.handle(), swapchain_, &count, images_.data());
    for (VkImage image : images_)
        views_.push_back(create_image_view(device_.handle(), image, format_, VK_IMAGE_ASPECT_COLOR_BIT));
}

Swapchain::Acquire Swapchain::acquire(VkSemaphore signal, uint32_t& image_index) {
    // Test-only faults replace the call, so no image is acquired and SIGNAL stays unsignalled.
    if (const VkResult fault = injected_fault(FaultPoint::swapchain_acquire, ++acquires_); fault != VK_SUCCESS) {
        if (fault == VK_ERROR_OUT_OF_DATE_KHR) return Acquire::rebuild;
        throw_vulkan_error("vkAcquireNextImageKHR (simulated fault)", fault, __FILE__, __LINE__);
    }
    const VkResult result =
        vkAcquireNextImageKHR(device_.handle(), swapchain_, UINT64_MAX, signal, VK_NULL_HANDLE, &image_index);
    if (result == VK_ERROR_OUT_OF_DATE_KHR) return Acquire::rebuild;
    if (result != VK_SUBOPTIMAL_KHR) VK_CHECK(result);  // SUBOPTIMAL still gives a usable image
    return Acquire::ok;
}

bool Swapchain::present(VkSemaphore wait, uint32_t image_index) {
    const VkPresentInfoKHR info{
        .sType = VK_STRUCTURE_TYPE_PRESENT_INFO_KHR,
        .waitSemaphoreCount = 1,
        .pWaitSemaphores = &wait,
        .swapchainCount = 1,
        .pSwapchains = &swapchain_,
        .pImageIndices = &image_index,
    };
    const VkResult result = vkQueuePresentKHR(device_.queue(), &info);
    if (result == VK_ERROR_OUT_OF_DATE_KHR || result == VK_SUBOPTIMAL_KHR) return false;
    VK_CHECK(result);
    return true;
}

}  // namespace perfuse
