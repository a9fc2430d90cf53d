#include "gpu/shader.h"

#include <cstring>
#include <stdexcept>
#include <vector>

#include "gpu/device.h"
#include "gpu/vk_check.h"
#include "platform/file_io.h"

namespace perfuse {

ShaderModule::ShaderModule(Device& device, const std::filesystem::path& spirv_path) : device_(device.handle()) {
    const FileBytes file = read_file(spirv_path);
    if (!file.ok()) throw std::runtime_error("shader not loaded: " + file.error + " (build the 'perfuse_shaders' target)");
    constexpr uint32_t kSpirvMagic = 0x07230203;
    uint32_t magic = 0;
    if (file.bytes.size() >= 4) std::memcpy(&magic, file.bytes.data(), 4);
    if (file.bytes.size() % 4 != 0 || magic != kSpirvMagic)
        throw std::runtime_error("shader not loaded: " + spirv_path.string() + ": not a SPIR-V file");
    std::vector<uint32_t> words(file.bytes.size() / 4);
    std::memcpy(words.data(), file.bytes.data(), file.bytes.size());
    const VkShaderModuleCreateInfo info{
        .sType = VK_STRUCTURE_TYPE_SHADER_MODULE_CREATE_INFO,
        .codeSize = file.bytes.size(),
        .pCode = words.data(),
    };
    VK_CHECK(vkCreateShaderModule(device_, &info, nullptr, &module_));
}

ShaderModule::~ShaderModule() { vkDestroyShaderModule(device_, module_, nullptr); }

}  // namespace perfuse
