#include "xr/xr_runtime.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "xr/xr_check.h"

namespace perfuse {

namespace {
// The Vulkan version Perfuse's instance asks for (engine/gpu/instance.cpp).
constexpr XrVersion kVulkanVersion = XR_MAKE_VERSION(1, 2, 0);

std::vector<std::string> runtime_extensions() {
    uint32_t count = 0;
    const XrResult result = xrEnumerateInstanceExtensionProperties(nullptr, 0, &count, nullptr);
    // The loader reports a missing or broken runtime manifest here, before any instance exists.
    if (result == XR_ERROR_RUNTIME_UNAVAILABLE || result == XR_ERROR_RUNTIME_FAILURE ||
        result == XR_ERROR_INSTANCE_LOST) {
        const char* manifest = std::getenv("XR_RUNTIME_JSON");
        const std::string where = manifest && *manifest ? std::string(" at XR_RUNTIME_JSON=") + manifest : "";
        throw XrError("no OpenXR runtime found" + where +
                          " (install and activate one, e.g. Monado or SteamVR, or point XR_RUNTIME_JSON at its manifest)",
                      result);
    }
    XR_CHECK(result);
    std::vector<XrExtensionProperties> props(count, {.type = XR_TYPE_EXTENSION_PROPERTIES});
    XR_CHECK(xrEnumerateInstanceExtensionProperties(nullptr, count, &count, props.data()));
    std::vector<std::string> names;
    for (const XrExtensionProperties& p : props) names.emplace_back(p.extensionName);
    return names;
}

template <typename Fn>
Fn instance_function(XrInstance instance, const char* name) {
    PFN_xrVoidFunction fn = nullptr;
    XR_CHECK(xrGetInstanceProcAddr(instance, name, &fn));
    return reinterpret_cast<Fn>(fn);
}
}  // namespace

XrRuntime::XrRuntime(const std::string& app_name) {
    // The loader writes its own multi-line complaints to stderr when there is no runtime; the one
    // line thrown below already says why VR is off. XR_LOADER_DEBUG, when the user sets it, wins.
    setenv("XR_LOADER_DEBUG", "none", 0);
    const std::vector<std::string> extensions = runtime_extensions();
    if (std::find(extensions.begin(), extensions.end(), XR_KHR_VULKAN_ENABLE2_EXTENSION_NAME) == extensions.end())
        throw XrError("the OpenXR runtime does not support Vulkan (XR_KHR_vulkan_enable2)", XR_ERROR_EXTENSION_NOT_PRESENT);

    const char* enabled[] = {XR_KHR_VULKAN_ENABLE2_EXTENSION_NAME};
    XrInstanceCreateInfo create{.type = XR_TYPE_INSTANCE_CREATE_INFO,
                                .enabledExtensionCount = 1,
                                .enabledExtensionNames = enabled};
    std::strncpy(create.applicationInfo.applicationName, app_name.c_str(), XR_MAX_APPLICATION_NAME_SIZE - 1);
    std::strncpy(create.applicationInfo.engineName, "perfuse-engine", XR_MAX_ENGINE_NAME_SIZE - 1);
    create.applicationInfo.applicationVersion = 1;
    create.applicationInfo.apiVersion = XR_MAKE_VERSION(1, 0, 0);
    const XrResult created = xrCreateInstance(&create, &instance_);
    if (created == XR_ERROR_RUNTIME_UNAVAILABLE || created == XR_ERROR_RUNTIME_FAILURE)
        throw XrError(std::string("the OpenXR runtime failed to start (") + xr_result_name(created) + ")", created);
    XR_CHECK(created);
    try {
        XrInstanceProperties instance_props{.type = XR_TYPE_INSTANCE_PROPERTIES};
        XR_CHECK(xrGetInstanceProperties(instance_, &instance_props));
        info_.runtime_name = instance_props.runtimeName;

        const XrSystemGetInfo system_info{.type = XR_TYPE_SYSTEM_GET_INFO,
                                          .formFactor = XR_FORM_FACTOR_HEAD_MOUNTED_DISPLAY};
        const XrResult got = xrGetSystem(instance_, &system_info, &system_);
        if (got == XR_ERROR_FORM_FACTOR_UNAVAILABLE)
            throw XrError("no headset is connected to " + info_.runtime_name, got);
        XR_CHECK(got);
        XrSystemProperties system_props{.type = XR_TYPE_SYSTEM_PROPERTIES};
        XR_CHECK(xrGetSystemProperties(instance_, system_, &system_props));
        info_.system_name = system_props.systemName;

        uint32_t count = 0;
        const XrResult views =
            xrEnumerateViewConfigurationViews(instance_, system_, XR_VIEW_CONFIGURATION_TYPE_PRIMARY_STEREO, 0,
                                              &count, nullptr);
        if (views == XR_ERROR_VIEW_CONFIGURATION_TYPE_UNSUPPORTED || count != 2)
            throw XrError("the headset " + info_.system_name + " has no stereo view", views);
        XR_CHECK(views);
        info_.eye_views.assign(count, {.type = XR_TYPE_VIEW_CONFIGURATION_VIEW});
        XR_CHECK(xrEnumerateViewConfigurationViews(instance_, system_, XR_VIEW_CONFIGURATION_TYPE_PRIMARY_STEREO,
                                                   count, &count, info_.eye_views.data()));
        XR_CHECK(xrEnumerateEnvironmentBlendModes(instance_, system_, XR_VIEW_CONFIGURATION_TYPE_PRIMARY_STEREO, 0,
                                                  &count, nullptr));
        info_.blend_modes.resize(count);
        XR_CHECK(xrEnumerateEnvironmentBlendModes(instance_, system_, XR_VIEW_CONFIGURATION_TYPE_PRIMARY_STEREO,
                                                  count, &count, info_.blend_modes.data()));
        load_vulkan_functions();
        check_vulkan_version();
    } catch (...) {
        xrDestroyInstance(instance_);
        throw;
    }
}

XrRuntime::~XrRuntime() {
    if (instance_) xrDestroyInstance(instance_);
}

void XrRuntime::load_vulkan_functions() {
    get_requirements_ = instance_function<PFN_xrGetVulkanGraphicsRequirements2KHR>(
        instance_, "xrGetVulkanGraphicsRequirements2KHR");
    create_vulkan_instance_ = instance_function<PFN_xrCreateVulkanInstanceKHR>(instance_, "xrCreateVulkanInstanceKHR");
    get_vulkan_device_ = instance_function<PFN_xrGetVulkanGraphicsDevice2KHR>(instance_, "xrGetVulkanGraphicsDevice2KHR");
    create_vulkan_device_ = instance_function<PFN_xrCreateVulkanDeviceKHR>(instance_, "xrCreateVulkanDeviceKHR");
}

// The spec requires this call before the runtime creates any Vulkan object for us.
void XrRuntime::check_vulkan_version() const {
    XrGraphicsRequirementsVulkan2KHR requirements{.type = XR_TYPE_GRAPHICS_REQUIREMENTS_VULKAN2_KHR};
    XR_CHECK(get_requirements_(instance_, system_, &requirements));
    const auto major_minor = [](XrVersion v) { return XR_MAKE_VERSION(XR_VERSION_MAJOR(v), XR_VERSION_MINOR(v), 0); };
    if (major_minor(kVulkanVersion) < major_minor(requirements.minApiVersionSupported))
        throw XrError("the OpenXR runtime needs Vulkan " + std::to_string(XR_VERSION_MAJOR(requirements.minApiVersionSupported)) +
                          "." + std::to_string(XR_VERSION_MINOR(requirements.minApiVersionSupported)) +
                          " or newer; Perfuse uses 1.2",
                      XR_ERROR_GRAPHICS_REQUIREMENTS_CALL_MISSING);
}

VulkanCreation XrRuntime::vulkan_creation() {
    VulkanCreation creation;
    creation.create_instance = [this](const VkInstanceCreateInfo& info, VkInstance* out) {
        const XrVulkanInstanceCreateInfoKHR xr_info{.type = XR_TYPE_VULKAN_INSTANCE_CREATE_INFO_KHR,
                                                    .systemId = system_,
                                                    .pfnGetInstanceProcAddr = &vkGetInstanceProcAddr,
                                                    .vulkanCreateInfo = &info};
        VkResult vk_result = VK_SUCCESS;
        XR_CHECK(create_vulkan_instance_(instance_, &xr_info, out, &vk_result));
        return vk_result;
    };
    creation.choose_physical = [this](VkInstance vk_instance) {
        const XrVulkanGraphicsDeviceGetInfoKHR get{.type = XR_TYPE_VULKAN_GRAPHICS_DEVICE_GET_INFO_KHR,
                                                   .systemId = system_,
                                                   .vulkanInstance = vk_instance};
        VkPhysicalDevice physical = VK_NULL_HANDLE;
        XR_CHECK(get_vulkan_device_(instance_, &get, &physical));
        return physical;
    };
    creation.create_device = [this](VkPhysicalDevice physical, const VkDeviceCreateInfo& info, VkDevice* out) {
        // Perfuse's own extensions (VK_KHR_dynamic_rendering) and features travel in INFO; the
        // runtime adds the ones it needs for sharing swapchain images.
        const XrVulkanDeviceCreateInfoKHR xr_info{.type = XR_TYPE_VULKAN_DEVICE_CREATE_INFO_KHR,
                                                  .systemId = system_,
                                                  .pfnGetInstanceProcAddr = &vkGetInstanceProcAddr,
                                                  .vulkanPhysicalDevice = physical,
                                                  .vulkanCreateInfo = &info};
        VkResult vk_result = VK_SUCCESS;
        XR_CHECK(create_vulkan_device_(instance_, &xr_info, out, &vk_result));
        return vk_result;
    };
    return creation;
}

XrPath XrRuntime::path(const char* text) const {
    XrPath result = XR_NULL_PATH;
    XR_CHECK(xrStringToPath(instance_, text, &result));
    return result;
}

}  // namespace perfuse
