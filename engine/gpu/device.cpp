#include "gpu/device.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <stdexcept>

#include "gpu/instance.h"
#include "gpu/vk_check.h"

namespace perfuse {

namespace {
int type_rank(VkPhysicalDeviceType type) {
    switch (type) {
        case VK_PHYSICAL_DEVICE_TYPE_DISCRETE_GPU: return 0;
        case VK_PHYSICAL_DEVICE_TYPE_INTEGRATED_GPU: return 1;
        case VK_PHYSICAL_DEVICE_TYPE_VIRTUAL_GPU: return 2;
        case VK_PHYSICAL_DEVICE_TYPE_CPU: return 3;
        default: return 4;
    }
}

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

bool has_extension(VkPhysicalDevice device, const char* name) {
    uint32_t count = 0;
    vkEnumerateDeviceExtensionProperties(device, nullptr, &count, nullptr);
    std::vector<VkExtensionProperties> extensions(count);
    vkEnumerateDeviceExtensionProperties(device, nullptr, &count, extensions.data());
    return std::any_of(extensions.begin(), extensions.end(),
                       [&](const VkExtensionProperties& e) { return std::strcmp(e.extensionName, name) == 0; });
}

// A queue family that does graphics (and presents to the surface, when there is one); -1 if none.
int find_queue_family(VkPhysicalDevice device, VkSurfaceKHR surface) {
    uint32_t count = 0;
    vkGetPhysicalDeviceQueueFamilyProperties(device, &count, nullptr);
    std::vector<VkQueueFamilyProperties> families(count);
    vkGetPhysicalDeviceQueueFamilyProperties(device, &count, families.data());
    for (uint32_t i = 0; i < count; ++i) {
        if (!(families[i].queueFlags & VK_QUEUE_GRAPHICS_BIT)) continue;
        VkBool32 present = VK_TRUE;
        if (surface) vkGetPhysicalDeviceSurfaceSupportKHR(device, i, surface, &present);
        if (present) return static_cast<int>(i);
    }
    return -1;
}

std::string device_list(const std::vector<PhysicalDeviceInfo>& devices) {
    std::string names;
    for (const PhysicalDeviceInfo& d : devices) names += (names.empty() ? "" : ", ") + ("'" + d.name + "'");
    return names;
}
}  // namespace

const char* device_type_name(VkPhysicalDeviceType type) {
    switch (type) {
        case VK_PHYSICAL_DEVICE_TYPE_DISCRETE_GPU: return "discrete GPU";
        case VK_PHYSICAL_DEVICE_TYPE_INTEGRATED_GPU: return "integrated GPU";
        case VK_PHYSICAL_DEVICE_TYPE_VIRTUAL_GPU: return "virtual GPU";
        case VK_PHYSICAL_DEVICE_TYPE_CPU: return "CPU";
        default: return "other";
    }
}

std::vector<PhysicalDeviceInfo> ranked_physical_devices(VkInstance instance) {
    uint32_t count = 0;
    vkEnumeratePhysicalDevices(instance, &count, nullptr);
    std::vector<VkPhysicalDevice> handles(count);
    vkEnumeratePhysicalDevices(instance, &count, handles.data());
    std::vector<PhysicalDeviceInfo> devices;
    for (VkPhysicalDevice handle : handles) {
        VkPhysicalDeviceProperties props;
        vkGetPhysicalDeviceProperties(handle, &props);
        devices.push_back({handle, props.deviceName, props.deviceType});
    }
    std::stable_sort(devices.begin(), devices.end(), [](const PhysicalDeviceInfo& a, const PhysicalDeviceInfo& b) {
        return type_rank(a.type) < type_rank(b.type);
    });
    return devices;
}

Device::Device(const Instance& instance, const DeviceOptions& options) {
    std::vector<PhysicalDeviceInfo> devices = ranked_physical_devices(instance.handle());
    if (devices.empty())
        throw std::runtime_error("no Vulkan device found (install mesa-vulkan-drivers or your GPU's driver)");
    if (options.choose_physical) {
        const VkPhysicalDevice required = options.choose_physical(instance.handle());
        std::erase_if(devices, [&](const PhysicalDeviceInfo& d) { return d.handle != required; });
        if (devices.empty()) throw std::runtime_error("the Vulkan device the VR runtime asked for was not found");
    }
    int family = -1;
    for (const PhysicalDeviceInfo& candidate : devices) {
        if (!options.prefer_name.empty() && lower(candidate.name).find(lower(options.prefer_name)) == std::string::npos)
            continue;
        if (!has_extension(candidate.handle, VK_KHR_DYNAMIC_RENDERING_EXTENSION_NAME)) continue;
        if (options.surface && !has_extension(candidate.handle, VK_KHR_SWAPCHAIN_EXTENSION_NAME)) continue;
        family = find_queue_family(candidate.handle, options.surface);
        if (family < 0) continue;
        physical_ = candidate.handle;
        break;
    }
    if (!physical_) {
        if (!options.prefer_name.empty())
            throw std::runtime_error("no usable Vulkan device matches --gpu '" + options.prefer_name +
                                     "' (available: " + device_list(devices) + ")");
        throw std::runtime_error("no Vulkan device supports what Perfuse needs (graphics queue, dynamic rendering" +
                                 std::string(options.surface ? ", presenting to the window" : "") +
                                 "); found: " + device_list(devices));
    }
    queue_family_ = static_cast<uint32_t>(family);
    vkGetPhysicalDeviceProperties(physical_, &properties_);

    const float priority = 1.0f;
    const VkDeviceQueueCreateInfo queue_info{
        .sType = VK_STRUCTURE_TYPE_DEVICE_QUEUE_CREATE_INFO,
        .queueFamilyIndex = queue_family_,
        .queueCount = 1,
        .pQueuePriorities = &priority,
    };
    std::vector<const char*> extensions = {VK_KHR_DYNAMIC_RENDERING_EXTENSION_NAME};
    if (options.surface) extensions.push_back(VK_KHR_SWAPCHAIN_EXTENSION_NAME);
    VkPhysicalDeviceDynamicRenderingFeaturesKHR dynamic_rendering{
        .sType = VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_DYNAMIC_RENDERING_FEATURES_KHR,
        .dynamicRendering = VK_TRUE,
    };
    const VkDeviceCreateInfo info{
        .sType = VK_STRUCTURE_TYPE_DEVICE_CREATE_INFO,
        .pNext = &dynamic_rendering,
        .queueCreateInfoCount = 1,
        .pQueueCreateInfos = &queue_info,
        .enabledExtensionCount = static_cast<uint32_t>(extensions.size()),
        .ppEnabledExtensionNames = extensions.data(),
    };
    VK_CHECK(options.create ? options.create(physical_, info, &device_)
                            : vkCreateDevice(physical_, &info, nullptr, &device_));
    vkGetDeviceQueue(device_, queue_family_, 0, &queue_);
    cmd_begin_rendering =
        reinterpret_cast<PFN_vkCmdBeginRenderingKHR>(vkGetDeviceProcAddr(device_, "vkCmdBeginRenderingKHR"));
    cmd_end_rendering =
        reinterpret_cast<PFN_vkCmdEndRenderingKHR>(vkGetDeviceProcAddr(device_, "vkCmdEndRenderingKHR"));

    const VkCommandPoolCreateInfo pool_info{
        .sType = VK_STRUCTURE_TYPE_COMMAND_POOL_CREATE_INFO,
        .flags = VK_COMMAND_POOL_CREATE_TRANSIENT_BIT,
        .queueFamilyIndex = queue_family_,
    };
    VK_CHECK(vkCreateCommandPool(device_, &pool_info, nullptr, &upload_pool_));
    memory_ = std::make_unique<MemoryAllocator>(device_, physical_);
}

Device::~Device() {
    if (!device_) return;
    vkDeviceWaitIdle(device_);
    memory_.reset();
    vkDestroyCommandPool(device_, upload_pool_, nullptr);
    vkDestroyDevice(device_, nullptr);
}

VkSampleCountFlagBits Device::max_msaa_samples(VkSampleCountFlagBits wanted) const {
    const VkSampleCountFlags supported =
        properties_.limits.framebufferColorSampleCounts & properties_.limits.framebufferDepthSampleCounts;
    for (VkSampleCountFlagBits samples : {VK_SAMPLE_COUNT_4_BIT, VK_SAMPLE_COUNT_2_BIT})
        if (samples <= wanted && (supported & samples)) return samples;
    return VK_SAMPLE_COUNT_1_BIT;
}

void Device::submit_and_wait(const std::function<void(VkCommandBuffer)>& record) {
    const VkCommandBufferAllocateInfo alloc{
        .sType = VK_STRUCTURE_TYPE_COMMAND_BUFFER_ALLOCATE_INFO,
        .commandPool = upload_pool_,
        .level = VK_COMMAND_BUFFER_LEVEL_PRIMARY,
        .commandBufferCount = 1,
    };
    VkCommandBuffer cmd = VK_NULL_HANDLE;
    VK_CHECK(vkAllocateCommandBuffers(device_, &alloc, &cmd));
    const VkCommandBufferBeginInfo begin{
        .sType = VK_STRUCTURE_TYPE_COMMAND_BUFFER_BEGIN_INFO,
        .flags = VK_COMMAND_BUFFER_USAGE_ONE_TIME_SUBMIT_BIT,
    };
    VK_CHECK(vkBeginCommandBuffer(cmd, &begin));
    record(cmd);
    VK_CHECK(vkEndCommandBuffer(cmd));
    const VkSubmitInfo submit{
        .sType = VK_STRUCTURE_TYPE_SUBMIT_INFO,
        .commandBufferCount = 1,
        .pCommandBuffers = &cmd,
    };
    VK_CHECK(vkQueueSubmit(queue_, 1, &submit, VK_NULL_HANDLE));
    VK_CHECK(vkQueueWaitIdle(queue_));
    vkFreeCommandBuffers(device_, upload_pool_, 1, &cmd);
}

}  // namespace perfuse
