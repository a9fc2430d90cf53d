#pragma once
// Every VkResult is checked here. A failure throws VulkanError whose message names the call,
// the error and file:line, so the app can print one line and exit cleanly. Errors nothing can
// recover from (device lost, surface lost) first run the fatal hooks (platform/fatal_hooks.h),
// so progress is saved while the app's state still exists, and say so in plain words.
#include <stdexcept>
#include <string>

#include <vulkan/vulkan.h>

namespace perfuse {

class VulkanError : public std::runtime_error {
public:
    VulkanError(const std::string& message, VkResult result) : std::runtime_error(message), result(result) {}
    VkResult result;
};

const char* vk_result_name(VkResult result);
// True for results after which the app cannot carry on drawing and must close.
bool is_fatal_vulkan_result(VkResult result);
[[noreturn]] void throw_vulkan_error(const char* call, VkResult result, const char* file, int line);
// The window was lost outside Vulkan (a presenter of the app's own, render/shm_presenter.h): saves
// through the fatal hooks and throws as for VK_ERROR_SURFACE_LOST_KHR, with DETAIL in brackets.
[[noreturn]] void throw_window_lost(const std::string& detail);

}  // namespace perfuse

#define VK_CHECK(call)                                                                 \
    do {                                                                               \
        const VkResult vk_check_result_ = (call);                                      \
        if (vk_check_result_ != VK_SUCCESS)                                            \
            ::perfuse::throw_vulkan_error(#call, vk_check_result_, __FILE__, __LINE__); \
    } while (0)
