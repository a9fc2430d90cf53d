#pragma once
// The key light's shadow map: a depth image rendered from the light, then sampled with a
// comparison sampler by the lit pass. The lamps do not move and most casters stand still, so the
// map is rendered again only when the light or what casts shadows changed (on a CPU renderer
// drawing it cost about as much as the rest of a frame's geometry).
#include <cstdint>
#include <filesystem>

#include <glm/glm.hpp>
#include <vulkan/vulkan.h>

#include "gpu/image.h"
#include "render/draw_list.h"
#include "render/lighting.h"

namespace perfuse {

class Device;

struct ShadowMapOptions {
    uint32_t size_px = 2048;  // 2048 keeps a 6 m room's shadows crisp to about 1 cm per texel
    std::filesystem::path shader_dir;
    VkPipelineCache pipeline_cache = VK_NULL_HANDLE;
};

class ShadowMap {
public:
    static constexpr VkFormat kFormat = VK_FORMAT_D32_SFLOAT;

    ShadowMap(Device& device, const ShadowMapOptions& options);
    ~ShadowMap();
    ShadowMap(const ShadowMap&) = delete;
    ShadowMap& operator=(const ShadowMap&) = delete;

    // Renders the opaque DRAWS from LIGHT_VIEW_PROJ and leaves the map ready for sampling
    // (DEPTH_STENCIL_READ_ONLY_OPTIMAL, visible to fragment shaders). Records nothing when the
    // light and the casters (meshes, transforms) are those of the last render. True: rendered.
    bool record(VkCommandBuffer cmd, const glm::mat4& light_view_proj, const DrawList& draws);
    // Forces the next record to render: for callers that rewrite a mesh's vertices in place
    // (same buffers, same index count), which the change check cannot see.
    void invalidate() { valid_ = false; }

    VkImageView view() const { return image_.view(); }
    VkSampler sampler() const { return sampler_; }
    uint32_t size_px() const { return size_px_; }

private:
    Device& device_;
    uint32_t size_px_;
    Image image_;
    VkSampler sampler_ = VK_NULL_HANDLE;
    VkPipelineLayout layout_ = VK_NULL_HANDLE;
    VkPipeline pipeline_ = VK_NULL_HANDLE;
    bool valid_ = false;            // the map holds a render of rendered_signature_
    uint64_t rendered_signature_ = 0;
};

// A fingerprint of what a shadow map render depends on: the light and, for each opaque caster,
// its mesh (buffers and index count) and transform. Equal fingerprints: the same map.
uint64_t shadow_signature(const glm::mat4& light_view_proj, const DrawList& draws);

// The spot light's view-projection: looking along its axis, a square frustum just wider than its
// outer cone, from NEAR_M to FAR_M.
glm::mat4 spot_light_view_proj(const SpotLight& light, float near_m, float far_m);

}  // namespace perfuse
