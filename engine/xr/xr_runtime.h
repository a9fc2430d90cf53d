#pragma once
// The OpenXR instance and the head-mounted system, with the XR_KHR_vulkan_enable2 entry points the
// runtime uses to create Perfuse's Vulkan instance and device itself. Creating one is how the app
// learns whether VR is possible: every reason it is not (no runtime, no headset, no Vulkan support)
// is thrown as one readable line.
#include <string>
#include <vector>

#define XR_USE_GRAPHICS_API_VULKAN
#include <vulkan/vulkan.h>
#include <openxr/openxr.h>
#include <openxr/openxr_platform.h>

#include "render/gpu_context.h"

namespace perfuse {

struct XrRuntimeInfo {
    std::string runtime_name;           // e.g. "Monado(XRT) by Collabora et al 'v24.0.0'"
    std::string system_name;            // the headset
    std::vector<XrViewConfigurationView> eye_views;  // recommended per-eye image sizes (primary stereo)
    std::vector<XrEnvironmentBlendMode> blend_modes;
};

class XrRuntime {
public:
    // Throws XrError with one line: no runtime, no headset, no Vulkan binding or no stereo view.
    explicit XrRuntime(const std::string& app_name);
    ~XrRuntime();
    XrRuntime(const XrRuntime&) = delete;
    XrRuntime& operator=(const XrRuntime&) = delete;

    XrInstance instance() const { return instance_; }
    XrSystemId system() const { return system_; }
    const XrRuntimeInfo& info() const { return info_; }
    // How GpuContext must create Vulkan for this runtime. Valid while this object lives.
    VulkanCreation vulkan_creation();
    // The interned path for TEXT, e.g. "/user/hand/left".
    XrPath path(const char* text) const;

private:
    void load_vulkan_functions();
    void check_vulkan_version() const;

    XrInstance instance_ = XR_NULL_HANDLE;
    XrSystemId system_ = XR_NULL_SYSTEM_ID;
    XrRuntimeInfo info_;
    PFN_xrGetVulkanGraphicsRequirements2KHR get_requirements_ = nullptr;
    PFN_xrCreateVulkanInstanceKHR create_vulkan_instance_ = nullptr;
    PFN_xrGetVulkanGraphicsDevice2KHR get_vulkan_device_ = nullptr;
    PFN_xrCreateVulkanDeviceKHR create_vulkan_device_ = nullptr;
};

}  // namespace perfuse
