#include "render/shadow_map.h"

#include <algorithm>
#include <cmath>

#include <glm/gtc/matrix_transform.hpp>

#include "gpu/device.h"
#include "gpu/pipeline.h"
#include "gpu/shader.h"
#include "gpu/vk_check.h"
#include "render/gpu_mesh.h"

namespace perfuse {

namespace {
// FNV-1a over raw bytes: cheap, and a collision would cost one stale shadow at worst.
class Fingerprint {
public:
    template <typename T>
    void add(const T& value) {
        const auto* bytes = reinterpret_cast<const unsigned char*>(&value);
        for (std::size_t i = 0; i < sizeof(T); ++i) hash_ = (hash_ ^ bytes[i]) * 1099511628211ull;
    }
    uint64_t value() const { return hash_; }

private:
    uint64_t hash_ = 14695981039346656037ull;
};

bool casts_shadow(const DrawItem& item) { return item.mesh && item.material.base_color.a >= 1.0f; }

bool supports_linear_depth_filter(VkPhysicalDevice physical) {
    VkFormatProperties props;
    vkGetPhysicalDeviceFormatProperties(physical, ShadowMap::kFormat, &props);
    return props.optimalTilingFeatures & VK_FORMAT_FEATURE_SAMPLED_IMAGE_FILTER_LINEAR_BIT;
}
}  // namespace

glm::mat4 spot_light_view_proj(const SpotLight& light, float near_m, float far_m) {
    const glm::vec3 direction = glm::normalize(light.direction);
    // Any up vector not parallel to the light's axis will do; lamps usually point straight down.
    const glm::vec3 up = std::abs(direction.y) > 0.99f ? glm::vec3(0.0f, 0.0f, 1.0f) : glm::vec3(0.0f, 1.0f, 0.0f);
    const glm::mat4 view = glm::lookAt(light.position, light.position + direction, up);
    const float fov_rad = glm::radians(std::min(2.0f * light.outer_angle_deg + 10.0f, 150.0f));
    return glm::perspective(fov_rad, 1.0f, near_m, far_m) * view;
}

uint64_t shadow_signature(const glm::mat4& light_view_proj, const DrawList& draws) {
    Fingerprint print;
    print.add(light_view_proj);
    for (const DrawItem& item : draws) {
        if (!casts_shadow(item)) continue;
        print.add(item.mesh);
        print.add(item.mesh->vertices.handle());
        print.add(item.mesh->indices.handle());
        print.add(item.mesh->index_count);
        print.add(item.first_index);
        print.add(drawn_index_count(item));
        print.add(item.model);
    }
    return print.value();
}

ShadowMap::ShadowMap(Device& device, const ShadowMapOptions& options)
    : device_(device),
      size_px_(options.size_px),
      image_(device, {.extent = {options.size_px, options.size_px},
                      .format = kFormat,
                      .usage = VK_IMAGE_USAGE_DEPTH_STENCIL_ATTACHMENT_BIT | VK_IMAGE_USAGE_SAMPLED_BIT,
                      .aspect = VK_IMAGE_ASPECT_DEPTH_BIT}) {
    const ShaderModule vertex(device, options.shader_dir / "shadow.vert.spv");
    const VkFilter filter = supports_linear_depth_filter(device.physical()) ? VK_FILTER_LINEAR : VK_FILTER_NEAREST;
    const VkSamplerCreateInfo sampler_info{
        .sType = VK_STRUCTURE_TYPE_SAMPLER_CREATE_INFO,
        .magFilter = filter,
        .minFilter = filter,
        .mipmapMode = VK_SAMPLER_MIPMAP_MODE_NEAREST,
        .addressModeU = VK_SAMPLER_ADDRESS_MODE_CLAMP_TO_BORDER,
        .addressModeV = VK_SAMPLER_ADDRESS_MODE_CLAMP_TO_BORDER,
        .addressModeW = VK_SAMPLER_ADDRESS_MODE_CLAMP_TO_BORDER,
        .compareEnable = VK_TRUE,
        .compareOp = VK_COMPARE_OP_LESS_OR_EQUAL,  // lit when the point is no deeper than the map
        .maxLod = 0.0f,
        .borderColor = VK_BORDER_COLOR_FLOAT_OPAQUE_WHITE,  // outside the map: lit
    };
    VK_CHECK(vkCreateSampler(device.handle(), &sampler_info, nullptr, &sampler_));
    const VkPushConstantRange push{.stageFlags = VK_SHADER_STAGE_VERTEX_BIT, .size = sizeof(glm::mat4)};
    const VkPipelineLayoutCreateInfo layout_info{
        .sType = VK_STRUCTURE_TYPE_PIPELINE_LAYOUT_CREATE_INFO,
        .pushConstantRangeCount = 1,
        .pPushConstantRanges = &push,
    };
    VK_CHECK(vkCreatePipelineLayout(device.handle(), &layout_info, nullptr, &layout_));
    pipeline_ = create_graphics_pipeline(
        device, options.pipeline_cache,
        {.vertex = vertex.handle(),
         .layout = layout_,
         .vertex_bindings = {{.binding = 0, .stride = sizeof(Vertex), .inputRate = VK_VERTEX_INPUT_RATE_VERTEX}},
         .vertex_attributes = {{.location = 0, .binding = 0, .format = VK_FORMAT_R32G32B32_SFLOAT,
                                .offset = offsetof(Vertex, position)}},
         .cull = VK_CULL_MODE_NONE,  // thin drapes and open shapes cast shadows from either side
         .depth_format = kFormat,
         .depth_bias = true});
}

ShadowMap::~ShadowMap() {
    vkDeviceWaitIdle(device_.handle());
    vkDestroyPipeline(device_.handle(), pipeline_, nullptr);
    vkDestroyPipelineLayout(device_.handle(), layout_, nullptr);
    vkDestroySampler(device_.handle(), sampler_, nullptr);
}

bool ShadowMap::record(VkCommandBuffer cmd, const glm::mat4& light_view_proj, const DrawList& draws) {
    const uint64_t signature = shadow_signature(light_view_proj, draws);
    if (valid_ && signature == rendered_signature_) return false;  // still in the read-only layout
    // Last frame's lit pass may still be sampling the map: wait for it, then discard the contents.
    transition_image(cmd, image_.handle(),
                     {.from = VK_IMAGE_LAYOUT_UNDEFINED,
                      .to = VK_IMAGE_LAYOUT_DEPTH_STENCIL_ATTACHMENT_OPTIMAL,
                      .src_stage = VK_PIPELINE_STAGE_FRAGMENT_SHADER_BIT,
                      .src_access = 0,
                      .dst_stage = VK_PIPELINE_STAGE_EARLY_FRAGMENT_TESTS_BIT | VK_PIPELINE_STAGE_LATE_FRAGMENT_TESTS_BIT,
                      .dst_access = VK_ACCESS_DEPTH_STENCIL_ATTACHMENT_READ_BIT |
                                    VK_ACCESS_DEPTH_STENCIL_ATTACHMENT_WRITE_BIT,
                      .aspect = VK_IMAGE_ASPECT_DEPTH_BIT});
    const VkRenderingAttachmentInfoKHR depth{
        .sType = VK_STRUCTURE_TYPE_RENDERING_ATTACHMENT_INFO_KHR,
        .imageView = image_.view(),
        .imageLayout = VK_IMAGE_LAYOUT_DEPTH_STENCIL_ATTACHMENT_OPTIMAL,
        .loadOp = VK_ATTACHMENT_LOAD_OP_CLEAR,
        .storeOp = VK_ATTACHMENT_STORE_OP_STORE,
        .clearValue = {.depthStencil = {1.0f, 0}},
    };
    const VkExtent2D extent{size_px_, size_px_};
    const VkRenderingInfoKHR rendering{
        .sType = VK_STRUCTURE_TYPE_RENDERING_INFO_KHR,
        .renderArea = {{0, 0}, extent},
        .layerCount = 1,
        .pDepthAttachment = &depth,
    };
    device_.cmd_begin_rendering(cmd, &rendering);
    const VkViewport viewport{0.0f, 0.0f, float(size_px_), float(size_px_), 0.0f, 1.0f};
    const VkRect2D scissor{{0, 0}, extent};
    vkCmdSetViewport(cmd, 0, 1, &viewport);
    vkCmdSetScissor(cmd, 0, 1, &scissor);
    vkCmdSetDepthBias(cmd, 1.25f, 0.0f, 1.75f);  // constant + slope-scaled: no acne on tilted surfaces
    vkCmdBindPipeline(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS, pipeline_);
    const GpuMesh* bound = nullptr;
    for (const DrawItem& item : draws) {
        if (!casts_shadow(item)) continue;  // clear plastic casts no shadow
        if (item.mesh != bound) {
            bind_mesh(cmd, *item.mesh);
            bound = item.mesh;
        }
        const glm::mat4 light_mvp = light_view_proj * item.model;
        vkCmdPushConstants(cmd, layout_, VK_SHADER_STAGE_VERTEX_BIT, 0, sizeof light_mvp, &light_mvp);
        vkCmdDrawIndexed(cmd, drawn_index_count(item), 1, item.first_index, 0, 0);
    }
    device_.cmd_end_rendering(cmd);
    transition_image(cmd, image_.handle(),
                     {.from = VK_IMAGE_LAYOUT_DEPTH_STENCIL_ATTACHMENT_OPTIMAL,
                      .to = VK_IMAGE_LAYOUT_DEPTH_STENCIL_READ_ONLY_OPTIMAL,
                      .src_stage = VK_PIPELINE_STAGE_LATE_FRAGMENT_TESTS_BIT,
                      .src_access = VK_ACCESS_DEPTH_STENCIL_ATTACHMENT_WRITE_BIT,
                      .dst_stage = VK_PIPELINE_STAGE_FRAGMENT_SHADER_BIT,
                      .dst_access = VK_ACCESS_SHADER_READ_BIT,
                      .aspect = VK_IMAGE_ASPECT_DEPTH_BIT});
    valid_ = true;
    rendered_signature_ = signature;
    return true;
}

}  // namespace perfuse
