#pragma once
// The key light's shadow map: a depth image rendered from the light each frame, then sampled with
// a comparison sampler by the lit pass.
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
    // (DEPTH_STENCIL_READ_ONLY_OPTIMAL, visible to fragment shaders).
    void record(VkCommandBuffer cmd, const glm::mat4& light_view_proj, const DrawList& draws) const;

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
};

// The spot light's view-projection: looking along its axis, a square frustum just wider than its
// outer cone, from NEAR_M to FAR_M.
glm::mat4 spot_light_view_proj(const SpotLight& light, float near_m, float far_m);

}  // namespace perfuse
