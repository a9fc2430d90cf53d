#pragma once
// SPIR-V shader modules, loaded from the folder the build compiled shaders/ into.
#include <filesystem>

#include <vulkan/vulkan.h>

namespace perfuse {

class Device;

// Owns one VkShaderModule. Throws with "shader not found: PATH" (or invalid) when it cannot load.
class ShaderModule {
public:
    ShaderModule(Device& device, const std::filesystem::path& spirv_path);
    ~ShaderModule();
    ShaderModule(const ShaderModule&) = delete;
    ShaderModule& operator=(const ShaderModule&) = delete;
    VkShaderModule handle() const { return module_; }

private:
    VkDevice device_;
    VkShaderModule module_ = VK_NULL_HANDLE;
};

}  // namespace perfuse
