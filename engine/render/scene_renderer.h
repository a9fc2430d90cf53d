#pragma once
// Forward renderer for lit meshes: one pipeline, per-frame uniforms, push constants per draw.
// Draws into RenderAttachments (multisampled) and resolves into the frame target.
#include <array>
#include <filesystem>

#include <vulkan/vulkan.h>

#include "gpu/buffer.h"
#include "gpu/frames.h"
#include "render/draw_list.h"
#include "render/frame_target.h"
#include "render/lighting.h"

namespace perfuse {

class Device;
class RenderAttachments;

struct SceneRendererOptions {
    std::filesystem::path shader_dir;
    VkFormat color_format = VK_FORMAT_UNDEFINED;
    VkSampleCountFlagBits samples = VK_SAMPLE_COUNT_1_BIT;
    VkPipelineCache pipeline_cache = VK_NULL_HANDLE;
};

class SceneRenderer {
public:
    SceneRenderer(Device& device, const SceneRendererOptions& options);
    ~SceneRenderer();
    SceneRenderer(const SceneRenderer&) = delete;
    SceneRenderer& operator=(const SceneRenderer&) = delete;

    // Expects TARGET in COLOR_ATTACHMENT_OPTIMAL and leaves it there (resolved scene in it).
    // DRAWS must list opaque items before see-through ones (SceneGpu::build_draws does).
    void record(VkCommandBuffer cmd, uint32_t frame_slot, const RenderAttachments& attachments,
                const FrameTarget& target, const ViewCamera& camera, const Lighting& lighting,
                const DrawList& draws, const glm::vec4& clear_color);

private:
    void write_uniforms(uint32_t frame_slot, const ViewCamera& camera, const Lighting& lighting);

    Device& device_;
    VkDescriptorSetLayout set_layout_ = VK_NULL_HANDLE;
    VkDescriptorPool descriptor_pool_ = VK_NULL_HANDLE;
    VkPipelineLayout layout_ = VK_NULL_HANDLE;
    VkPipeline pipeline_ = VK_NULL_HANDLE;          // opaque
    VkPipeline blend_pipeline_ = VK_NULL_HANDLE;    // see-through (alpha < 1): blended, no depth writes
    std::array<Buffer, FrameRing::kFramesInFlight> uniforms_;
    std::array<VkDescriptorSet, FrameRing::kFramesInFlight> sets_{};
};

}  // namespace perfuse
