#include "render/lit_pipelines.h"

#include <cstddef>

#include "geometry/mesh.h"
#include "gpu/device.h"

namespace perfuse {

namespace {
// mesh.frag's constant_id values, in order; booleans are 32-bit in SPIR-V. mesh.vert reads only
// base_color_texture and fast_lighting (the same constant_ids 0 and 4).
struct FragmentConstants {
    VkBool32 base_color_texture;
    VkBool32 normal_map;
    VkBool32 key_light;
    int32_t shadow_taps;
    VkBool32 fast_lighting;
    VkBool32 highlight;
};
constexpr VkSpecializationMapEntry kFragmentEntries[] = {
    {0, offsetof(FragmentConstants, base_color_texture), sizeof(VkBool32)},
    {1, offsetof(FragmentConstants, normal_map), sizeof(VkBool32)},
    {2, offsetof(FragmentConstants, key_light), sizeof(VkBool32)},
    {3, offsetof(FragmentConstants, shadow_taps), sizeof(int32_t)},
    {4, offsetof(FragmentConstants, fast_lighting), sizeof(VkBool32)},
    {5, offsetof(FragmentConstants, highlight), sizeof(VkBool32)},
};
constexpr VkSpecializationMapEntry kVertexEntries[] = {
    {0, offsetof(FragmentConstants, base_color_texture), sizeof(VkBool32)},
    {4, offsetof(FragmentConstants, fast_lighting), sizeof(VkBool32)},
};

std::vector<VkVertexInputAttributeDescription> vertex_attributes() {
    return {
        {.location = 0, .binding = 0, .format = VK_FORMAT_R32G32B32_SFLOAT, .offset = offsetof(Vertex, position)},
        {.location = 1, .binding = 0, .format = VK_FORMAT_R32G32B32_SFLOAT, .offset = offsetof(Vertex, normal)},
        {.location = 2, .binding = 0, .format = VK_FORMAT_R32G32_SFLOAT, .offset = offsetof(Vertex, uv)},
    };
}
}  // namespace

LitPipelines::LitPipelines(Device& device, const LitPipelineOptions& options) : device_(device) {
    try {
        for (std::size_t i = 0; i < kVariants; ++i) {
            const LitVariant variant{.blend = (i & 1) != 0,
                                     .base_color_texture = (i & 2) != 0,
                                     .normal_map = (i & 4) != 0,
                                     .key_light = (i & 8) != 0,
                                     .highlight = (i & 16) != 0};
            pipelines_[index(variant)] = create(variant, options);
        }
    } catch (...) {
        for (VkPipeline pipeline : pipelines_) vkDestroyPipeline(device_.handle(), pipeline, nullptr);
        throw;
    }
}

LitPipelines::~LitPipelines() {
    for (VkPipeline pipeline : pipelines_) vkDestroyPipeline(device_.handle(), pipeline, nullptr);
}

std::size_t LitPipelines::index(const LitVariant& variant) {
    return (variant.blend ? 1u : 0u) | (variant.base_color_texture ? 2u : 0u) | (variant.normal_map ? 4u : 0u) |
           (variant.key_light ? 8u : 0u) | (variant.highlight ? 16u : 0u);
}

VkPipeline LitPipelines::create(const LitVariant& variant, const LitPipelineOptions& options) {
    const FragmentConstants constants{
        .base_color_texture = variant.base_color_texture,
        .normal_map = variant.normal_map,
        .key_light = variant.key_light,
        .shadow_taps = options.shadow_taps,
        .fast_lighting = options.fast_lighting,
        .highlight = variant.highlight,
    };
    const VkSpecializationInfo specialization{
        .mapEntryCount = static_cast<uint32_t>(std::size(kFragmentEntries)),
        .pMapEntries = kFragmentEntries,
        .dataSize = sizeof constants,
        .pData = &constants,
    };
    const VkSpecializationInfo vertex_specialization{
        .mapEntryCount = static_cast<uint32_t>(std::size(kVertexEntries)),
        .pMapEntries = kVertexEntries,
        .dataSize = sizeof constants,
        .pData = &constants,
    };
    GraphicsPipelineDesc desc{
        .vertex = options.vertex,
        .fragment = options.fragment,
        .layout = options.layout,
        .vertex_bindings = {{.binding = 0, .stride = sizeof(Vertex), .inputRate = VK_VERTEX_INPUT_RATE_VERTEX}},
        .vertex_attributes = vertex_attributes(),
        .color_format = options.color_format,
        .depth_format = options.depth_format,
        .samples = options.samples,
        .fragment_specialization = &specialization,
        .vertex_specialization = &vertex_specialization,
    };
    if (variant.blend) {
        // Clear plastics (reservoir, oxygenator housing): both faces visible, behind-objects show through.
        desc.cull = VK_CULL_MODE_NONE;
        desc.depth_write = false;
        desc.alpha_blend = true;
    }
    return create_graphics_pipeline(device_, options.pipeline_cache, desc);
}

}  // namespace perfuse
