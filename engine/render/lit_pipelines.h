#pragma once
// The lit pass's pipelines, one per combination of what a draw needs: a base-colour texture, a
// normal map, the key light, blending, the hover/selection glow. Each bakes its choices into mesh.frag as specialisation
// constants, so the shader code a draw does not need is compiled out instead of branched over
// (CPU renderers execute both sides of a branch for every pixel).
#include <array>
#include <cstddef>

#include <vulkan/vulkan.h>

#include "gpu/pipeline.h"

namespace perfuse {

class Device;

struct LitVariant {
    bool blend = false;               // see-through: blended, both faces, no depth writes
    bool base_color_texture = false;
    bool normal_map = false;
    bool key_light = true;            // false: wholly outside the key light's cone
    bool highlight = false;           // hovered or selected: the glowing rim (about 3 ms a frame on
                                      // lavapipe when every pixel worked it out, almost always as zero)
};

struct LitPipelineOptions {
    VkShaderModule vertex = VK_NULL_HANDLE;    // mesh.vert; only needed while the pipelines are made
    VkShaderModule fragment = VK_NULL_HANDLE;  // mesh.frag
    VkPipelineLayout layout = VK_NULL_HANDLE;
    VkFormat color_format = VK_FORMAT_UNDEFINED;
    VkFormat depth_format = VK_FORMAT_UNDEFINED;
    VkSampleCountFlagBits samples = VK_SAMPLE_COUNT_1_BIT;
    VkPipelineCache pipeline_cache = VK_NULL_HANDLE;
    int shadow_taps = 9;  // 0: shadows off, 1: one filtered tap, 9: 3x3 filter
    bool fast_lighting = false;  // per-vertex fills and shadow position, Blinn-Phong key light (CPU renderers)
};

class LitPipelines {
public:
    // Makes every variant now, so no frame stalls later on a first-time combination.
    LitPipelines(Device& device, const LitPipelineOptions& options);
    ~LitPipelines();
    LitPipelines(const LitPipelines&) = delete;
    LitPipelines& operator=(const LitPipelines&) = delete;

    VkPipeline get(const LitVariant& variant) const { return pipelines_[index(variant)]; }

private:
    static constexpr std::size_t kVariants = 32;
    static std::size_t index(const LitVariant& variant);
    VkPipeline create(const LitVariant& variant, const LitPipelineOptions& options);

    Device& device_;
    std::array<VkPipeline, kVariants> pipelines_{};
};

}  // namespace perfuse
