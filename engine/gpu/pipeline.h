#pragma once
// Graphics pipelines for dynamic rendering, described by one plain struct.
#include <vector>

#include <vulkan/vulkan.h>

namespace perfuse {

class Device;

struct GraphicsPipelineDesc {
    VkShaderModule vertex = VK_NULL_HANDLE;
    VkShaderModule fragment = VK_NULL_HANDLE;
    VkPipelineLayout layout = VK_NULL_HANDLE;
    std::vector<VkVertexInputBindingDescription> vertex_bindings;
    std::vector<VkVertexInputAttributeDescription> vertex_attributes;
    VkPrimitiveTopology topology = VK_PRIMITIVE_TOPOLOGY_TRIANGLE_LIST;
    VkCullModeFlags cull = VK_CULL_MODE_BACK_BIT;
    VkFormat color_format = VK_FORMAT_UNDEFINED;  // UNDEFINED: depth-only (shadow maps)
    VkFormat depth_format = VK_FORMAT_UNDEFINED;
    VkSampleCountFlagBits samples = VK_SAMPLE_COUNT_1_BIT;
    bool depth_test = true;
    bool depth_write = true;
    bool alpha_blend = false;
    bool depth_bias = false;
    // Constants baked into the fragment shader (its constant_id values): the compiler drops the
    // branches they switch off, which software renderers would otherwise execute for every pixel.
    const VkSpecializationInfo* fragment_specialization = nullptr;
    const VkSpecializationInfo* vertex_specialization = nullptr;  // the same for the vertex shader
};

VkPipeline create_graphics_pipeline(Device& device, VkPipelineCache cache, const GraphicsPipelineDesc& desc);

}  // namespace perfuse
