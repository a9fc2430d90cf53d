#pragma once
// The Vulkan instance, with the Khronos validation layer and a debug messenger when asked for.
#include <functional>
#include <string>
#include <vector>

#include <vulkan/vulkan.h>

#include "gpu/validation_log.h"

namespace perfuse {

// Creates the VkInstance from the create info Perfuse built. An OpenXR runtime must create it itself
// (xrCreateVulkanInstanceKHR) so that it can add the extensions its compositor needs.
using CreateVkInstanceFn = std::function<VkResult(const VkInstanceCreateInfo& info, VkInstance* instance)>;

struct InstanceOptions {
    bool validation = false;
    std::vector<const char*> extensions;  // e.g. what the window system needs for a surface
    std::string app_name = "Perfuse";
    CreateVkInstanceFn create;            // empty: vkCreateInstance
};

class Instance {
public:
    // Throws VulkanError / std::runtime_error with one readable line (no driver, no layer).
    Instance(const InstanceOptions& options, ValidationLog* log);
    ~Instance();
    Instance(const Instance&) = delete;
    Instance& operator=(const Instance&) = delete;

    VkInstance handle() const { return instance_; }
    bool validation_enabled() const { return messenger_ != VK_NULL_HANDLE; }

private:
    VkInstance instance_ = VK_NULL_HANDLE;
    VkDebugUtilsMessengerEXT messenger_ = VK_NULL_HANDLE;
};

}  // namespace perfuse
