#pragma once
// Physical-device choice and the logical device with its one graphics(+present) queue.
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <vulkan/vulkan.h>

#include "gpu/memory.h"

namespace perfuse {

class Instance;

// An OpenXR runtime drives its headset from one physical device and must create the logical device
// itself (xrGetVulkanGraphicsDevice2KHR / xrCreateVulkanDeviceKHR), adding what its compositor needs.
using ChoosePhysicalDeviceFn = std::function<VkPhysicalDevice(VkInstance instance)>;
using CreateVkDeviceFn =
    std::function<VkResult(VkPhysicalDevice physical, const VkDeviceCreateInfo& info, VkDevice* device)>;

struct DeviceOptions {
    std::string prefer_name;             // --gpu: case-insensitive part of the device name; empty = best
    VkSurfaceKHR surface = VK_NULL_HANDLE;  // when set, the queue must present to it and swapchains are enabled
    ChoosePhysicalDeviceFn choose_physical;  // empty: rank them all; set: only the one it returns
    CreateVkDeviceFn create;                 // empty: vkCreateDevice
};

struct PhysicalDeviceInfo {
    VkPhysicalDevice handle = VK_NULL_HANDLE;
    std::string name;
    VkPhysicalDeviceType type = VK_PHYSICAL_DEVICE_TYPE_OTHER;
};

// All devices the loader reports, in the order they would be preferred (discrete > integrated > virtual > CPU).
std::vector<PhysicalDeviceInfo> ranked_physical_devices(VkInstance instance);
const char* device_type_name(VkPhysicalDeviceType type);

class Device {
public:
    // Throws with one readable line: no device, no device matching --gpu, no dynamic rendering.
    Device(const Instance& instance, const DeviceOptions& options);
    ~Device();
    Device(const Device&) = delete;
    Device& operator=(const Device&) = delete;

    VkDevice handle() const { return device_; }
    VkPhysicalDevice physical() const { return physical_; }
    VkQueue queue() const { return queue_; }
    uint32_t queue_family() const { return queue_family_; }
    const VkPhysicalDeviceProperties& properties() const { return properties_; }
    std::string name() const { return properties_.deviceName; }
    MemoryAllocator& memory() { return *memory_; }
    // Highest of 4x / 2x / 1x that colour and depth attachments both support.
    VkSampleCountFlagBits max_msaa_samples(VkSampleCountFlagBits wanted) const;

    // Records into a one-time command buffer, submits it and waits: for uploads at load time only.
    void submit_and_wait(const std::function<void(VkCommandBuffer)>& record);

    PFN_vkCmdBeginRenderingKHR cmd_begin_rendering = nullptr;
    PFN_vkCmdEndRenderingKHR cmd_end_rendering = nullptr;

private:
    VkPhysicalDevice physical_ = VK_NULL_HANDLE;
    VkPhysicalDeviceProperties properties_{};
    VkDevice device_ = VK_NULL_HANDLE;
    VkQueue queue_ = VK_NULL_HANDLE;
    uint32_t queue_family_ = 0;
    VkCommandPool upload_pool_ = VK_NULL_HANDLE;
    std::unique_ptr<MemoryAllocator> memory_;
};

}  // namespace perfuse
