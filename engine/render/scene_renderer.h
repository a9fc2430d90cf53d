#pragma once
// Forward renderer for lit meshes: pipelines per kind of draw, per-frame uniforms, push constants per draw.
// Draws into RenderAttachments (multisampled) and resolves into the frame target.
#include <array>
#include <filesystem>
#include <memory>

#include <vulkan/vulkan.h>

#include "gpu/buffer.h"
#include "gpu/frames.h"
#include "render/draw_list.h"
#include "render/frame_target.h"
#include "render/lighting.h"
#include "render/lit_pipelines.h"
#include "render/shadow_map.h"
#include "render/texture_table.h"

namespace perfuse {

class Device;
class RenderAttachments;

enum class ShadowQuality {
    off,
    low,   // 1024 texels, one filtered tap: for software renderers and weak laptops
    high,  // 2048 texels, 3x3 filtered taps
};

// How the lit pass shades each pixel (shaders/mesh.frag).
enum class LightingQuality {
    full,  // every light per pixel, GGX highlights
    fast,  // fill lights and ambient per vertex, Blinn-Phong key light: for software renderers
};

// What suits the device: software (CPU) renderers pay for every texture fetch, so they get `low`.
ShadowQuality default_shadow_quality(VkPhysicalDeviceType type);
// Fast on software (CPU) renderers, where per-pixel lighting is most of a frame; full on GPUs.
LightingQuality default_lighting_quality(VkPhysicalDeviceType type);
// 4x on GPUs; 1x on software renderers, where multisampling more than doubles the frame time.
VkSampleCountFlagBits default_msaa_samples(VkPhysicalDeviceType type);

struct SceneRendererOptions {
    std::filesystem::path shader_dir;
    VkFormat color_format = VK_FORMAT_UNDEFINED;
    VkSampleCountFlagBits samples = VK_SAMPLE_COUNT_1_BIT;
    VkPipelineCache pipeline_cache = VK_NULL_HANDLE;
    ShadowQuality shadows = ShadowQuality::high;
    LightingQuality lighting = LightingQuality::full;
    // Share one table between renderers that draw the same scene (the two eyes in VR); null: own one.
    TextureTable* shared_textures = nullptr;
};

// What one frame shows: the camera, the lights, what is drawn and what casts the key light's shadows.
struct FrameScene {
    const ViewCamera& camera;
    const Lighting& lighting;
    const DrawList& draws;           // opaque first, then see-through (SceneGpu::build_draws orders them)
    const DrawList& shadow_casters;  // culled against the key light's frustum
    glm::vec4 clear_color{0.0f, 0.0f, 0.0f, 1.0f};
};

class SceneRenderer {
public:
    SceneRenderer(Device& device, const SceneRendererOptions& options);
    ~SceneRenderer();
    SceneRenderer(const SceneRenderer&) = delete;
    SceneRenderer& operator=(const SceneRenderer&) = delete;

    // Records the shadow pass, then the lit pass into TARGET, which must be in
    // COLOR_ATTACHMENT_OPTIMAL and stays there (resolved scene in it).
    void record(VkCommandBuffer cmd, uint32_t frame_slot, const RenderAttachments& attachments,
                const FrameTarget& target, const FrameScene& scene);

    // Forces the shadow map to be drawn again next frame (see ShadowMap::invalidate).
    void invalidate_shadows() { shadow_map_->invalidate(); }
    // How many frames drew the shadow map (it is kept while the light and casters stand still).
    uint64_t shadow_renders() const { return shadow_renders_; }

    // The key light's view-projection for a lighting rig (also used to cull shadow casters).
    static glm::mat4 key_light_view_proj(const Lighting& lighting);
    ShadowQuality shadow_quality() const { return shadows_; }
    LightingQuality lighting_quality() const { return lighting_; }
    // How big the pieces of a scene's meshes should be for this lighting (SceneGpu's PIECE_M): fast
    // lighting samples the fill lights per vertex and tests the key light's reach per draw, so it
    // wants big floors and walls cut into pieces of about a metre and a half; full lighting wants them whole.
    float mesh_piece_m() const { return lighting_ == LightingQuality::fast ? 1.5f : 0.0f; }
    // Where scenes put their textures (bound as set 1 of the lit pass).
    TextureTable& textures() { return *textures_used_; }

private:
    void write_uniforms(uint32_t frame_slot, const ViewCamera& camera, const Lighting& lighting);
    void record_lit_pass(VkCommandBuffer cmd, uint32_t frame_slot, const RenderAttachments& attachments,
                         const FrameTarget& target, const FrameScene& scene);

    Device& device_;
    std::unique_ptr<ShadowMap> shadow_map_;
    std::unique_ptr<TextureTable> owned_textures_;
    TextureTable* textures_used_ = nullptr;
    ShadowQuality shadows_ = ShadowQuality::high;
    LightingQuality lighting_ = LightingQuality::full;
    uint64_t shadow_renders_ = 0;
    VkDescriptorSetLayout set_layout_ = VK_NULL_HANDLE;
    VkDescriptorPool descriptor_pool_ = VK_NULL_HANDLE;
    VkPipelineLayout layout_ = VK_NULL_HANDLE;
    std::unique_ptr<LitPipelines> pipelines_;
    std::array<Buffer, FrameRing::kFramesInFlight> uniforms_;
    std::array<VkDescriptorSet, FrameRing::kFramesInFlight> sets_{};
};

}  // namespace perfuse
