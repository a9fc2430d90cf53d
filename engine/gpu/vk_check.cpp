#include "gpu/vk_check.h"

#include <filesystem>

namespace perfuse {

const char* vk_result_name(VkResult result) {
    switch (result) {
#define PERFUSE_RESULT_NAME(name) \
    case name:                    \
        return #name;
        PERFUSE_RESULT_NAME(VK_SUCCESS)
        PERFUSE_RESULT_NAME(VK_NOT_READY)
        PERFUSE_RESULT_NAME(VK_TIMEOUT)
        PERFUSE_RESULT_NAME(VK_INCOMPLETE)
        PERFUSE_RESULT_NAME(VK_SUBOPTIMAL_KHR)
        PERFUSE_RESULT_NAME(VK_ERROR_OUT_OF_HOST_MEMORY)
        PERFUSE_RESULT_NAME(VK_ERROR_OUT_OF_DEVICE_MEMORY)
        PERFUSE_RESULT_NAME(VK_ERROR_INITIALIZATION_FAILED)
        PERFUSE_RESULT_NAME(VK_ERROR_DEVICE_LOST)
        PERFUSE_RESULT_NAME(VK_ERROR_MEMORY_MAP_FAILED)
        PERFUSE_RESULT_NAME(VK_ERROR_LAYER_NOT_PRESENT)
        PERFUSE_RESULT_NAME(VK_ERROR_EXTENSION_NOT_PRESENT)
        PERFUSE_RESULT_NAME(VK_ERROR_FEATURE_NOT_PRESENT)
        PERFUSE_RESULT_NAME(VK_ERROR_INCOMPATIBLE_DRIVER)
        PERFUSE_RESULT_NAME(VK_ERROR_TOO_MANY_OBJECTS)
        PERFUSE_RESULT_NAME(VK_ERROR_FORMAT_NOT_SUPPORTED)
        PERFUSE_RESULT_NAME(VK_ERROR_FRAGMENTED_POOL)
        PERFUSE_RESULT_NAME(VK_ERROR_OUT_OF_POOL_MEMORY)
        PERFUSE_RESULT_NAME(VK_ERROR_SURFACE_LOST_KHR)
        PERFUSE_RESULT_NAME(VK_ERROR_NATIVE_WINDOW_IN_USE_KHR)
        PERFUSE_RESULT_NAME(VK_ERROR_OUT_OF_DATE_KHR)
        PERFUSE_RESULT_NAME(VK_ERROR_VALIDATION_FAILED_EXT)
#undef PERFUSE_RESULT_NAME
        default:
            return "VK_ERROR_(unknown)";
    }
}

void throw_vulkan_error(const char* call, VkResult result, const char* file, int line) {
    const std::string where = std::filesystem::path(file).filename().string() + ":" + std::to_string(line);
    throw VulkanError(std::string("Vulkan call failed with ") + vk_result_name(result) + " at " + where + ": " + call,
                      result);
}

}  // namespace perfuse
