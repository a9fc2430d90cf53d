#pragma once
// The window's swapchain: 3 images, FIFO (vsync) unless asked otherwise, rebuilt on resize and
// whenever presentation reports OUT_OF_DATE or SUBOPTIMAL.
#include <vector>

#include <vulkan/vulkan.h>

namespace perfuse {

class Device;

struct SwapchainOptions {
    VkExtent2D extent{};               // wanted size; the surface may dictate another
    uint32_t image_count = 3;
    bool vsync = true;                 // FIFO; otherwise MAILBOX/IMMEDIATE when available (benchmarks)
};

class Swapchain {
public:
    Swapchain(Device& device, VkSurfaceKHR surface, const SwapchainOptions& options);
    ~Swapchain();
    Swapchain(const Swapchain&) = delete;
    Swapchain& operator=(const Swapchain&) = delete;

    // Rebuilds for a new size (waits for the device to go idle first).
    void recreate(VkExtent2D extent);

    enum class Acquire { ok, rebuild };
    // Acquires the next image; `rebuild` means the caller must recreate() and skip this frame.
    Acquire acquire(VkSemaphore signal, uint32_t& image_index);
    // Presents; returns false when the swapchain must be rebuilt.
    bool present(VkSemaphore wait, uint32_t image_index);

    VkFormat format() const { return format_; }
    VkExtent2D extent() const { return extent_; }
    uint32_t image_count() const { return static_cast<uint32_t>(images_.size()); }
    VkImage image(uint32_t i) const { return images_[i]; }
    VkImageView view(uint32_t i) const { return views_[i]; }
    // Whether its images can be copied or blitted into (the surface offered transfer-destination use).
    bool accepts_transfers() const { return (usage_ & VK_IMAGE_USAGE_TRANSFER_DST_BIT) != 0; }

private:
    void create(VkSwapchainKHR old);
    void destroy_views();

    Device& device_;
    VkSurfaceKHR surface_;
    SwapchainOptions options_;
    VkSwapchainKHR swapchain_ = VK_NULL_HANDLE;
    VkFormat format_ = VK_FORMAT_UNDEFINED;
    VkExtent2D extent_{};
    VkImageUsageFlags usage_ = 0;
    std::vector<VkImage> images_;
    std::vector<VkImageView> views_;
    uint64_t acquires_ = 0;  // counts calls to acquire(), for fault_injection.h
};

}  // namespace perfuse
