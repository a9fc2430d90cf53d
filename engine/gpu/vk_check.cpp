#include "gpu/vk_check.h"

#include <filesystem>

#include "platform/fatal_hooks.h"

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

bool is_fatal_vulkan_result(VkResult result) {
    return result == VK_ERROR_DEVICE_LOST || result == VK_ERROR_SURFACE_LOST_KHR;
}

namespace {
// "vkQueueSubmit(queue, 1, &info, fence)" -> "vkQueueSubmit": the arguments mean nothing to a reader.
std::string call_name(const char* call) {
    const std::string text(call);
    const std::size_t bracket = text.find('(');
    return bracket != std::string::npos && bracket > 0 && text[bracket - 1] != ' ' ? text.substr(0, bracket) : text;
}

// One line for a fatal error: what happened in plain words, the technical detail in brackets,
// whether the learner's work was saved, and what to do.
std::string describe_fatal(VkResult result, const std::string& detail, const FatalHookReport& saved) {
    std::string line = result == VK_ERROR_DEVICE_LOST ? "the graphics device stopped working"
                                                      : "the window could no longer be drawn to";
    line += " (" + detail + "), so Perfuse has to close.";
    if (saved.ran > 0)
        line += saved.errors.empty() ? " Your progress was saved." : " Not everything could be saved: " + saved.errors + ".";
    return line + " Please start Perfuse again.";
}

[[noreturn]] void throw_fatal(VkResult result, const std::string& detail) {
    const FatalHookReport saved = run_fatal_hooks();
    throw VulkanError(describe_fatal(result, detail, saved), result);
}
}  // namespace

void throw_vulkan_error(const char* call, VkResult result, const char* file, int line) {
    const std::string where = std::filesystem::path(file).filename().string() + ":" + std::to_string(line);
    if (is_fatal_vulkan_result(result))
        throw_fatal(result, std::string(vk_result_name(result)) + " in " + call_name(call) + " at " + where);
    throw VulkanError(std::string("Vulkan call failed with ") + vk_result_name(result) + " at " + where + ": " + call,
                      result);
}

void throw_window_lost(const std::string& detail) { throw_fatal(VK_ERROR_SURFACE_LOST_KHR, detail); }

}  // namespace perfuse
