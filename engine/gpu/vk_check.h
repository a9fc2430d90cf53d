#pragma once
// Every VkResult is checked here. A failure throws VulkanError whose message names the call,
// the error and file:line, so the app can print one line and exit cleanly.
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
[[noreturn]] void throw_vulkan_error(const char* call, VkResult result, const char* file, int line);

}  // namespace perfuse

#define VK_CHECK(call)                                                                 \
    do {                                                                               \
        const VkResult vk_check_result_ = (call);                                      \
        if (vk_check_result_ != VK_SUCCESS)                                            \
            ::perfuse::throw_vulkan_error(#call, vk_check_result_, __FILE__, __LINE__); \
    } while (0)
