#include "render/scene_renderer.h"

#include <algorithm>
#include <cmath>

#include <glm/gtc/matrix_transform.hpp>

#include "gpu/device.h"
#include "gpu/shader.h"
#include "gpu/vk_check.h"
#include "render/frame_uniforms.h"
#include "render/gpu_mesh.h"
#include "render/light_reach.h"
#include "render/render_attachments.h"
#include "render/scene_stretch.h"

namespace perfuse {

namespace {
// The key light's shadow frustum: from just below the lamp to beyond the far wall of a large room.
constexpr float kShadowNearM = 0.1f;
constexpr float kShadowFarM = 20.0f;

int shadow_taps(ShadowQuality quality) {
    return quality == ShadowQuality::high ? 9 : quality == ShadowQuality::low ? 1 : 0;
}
}  // namespace

ShadowQuality default_shadow_quality(VkPhysicalDeviceType type) {
    return type == VK_PHYSICAL_DEVICE_TYPE_CPU ? ShadowQuality::low : ShadowQuality::high;
}

LightingQuality default_lighting_quality(VkPhysicalDeviceType type) {
    return type == VK_PHYSICAL_DEVICE_TYPE_CPU ? LightingQuality::fast : LightingQuality::full;
}

VkSampleCountFlagBits default_msaa_samples(VkPhysicalDeviceType type) {
    return type == VK_PHYSICAL_DEVICE_TYPE_CPU ? VK_SAMPLE_COUNT_1_BIT : VK_SAMPLE_COUNT_4_BIT;
}

SceneRenderer::SceneRenderer(Device& device, const SceneRendererOptions& options) : device_(device) {
    // Shaders first: a missing file throws before anything needs cleaning up.
    const ShaderModule vertex(device, options.shader_dir / "mesh.vert.spv");
    const ShaderModule fragment(device, options.shader_dir / "mesh.frag.spv");
    const VkDevice vk = device.handle();
    // A 1-texel map when shadows are off keeps one shader and one descriptor layout for both cases.
    shadows_ = options.shadows;
    lighting_ = options.lighting;
    const uint32_t map_px = shadows_ == ShadowQuality::high ? 2048u : shadows_ == ShadowQuality::low ? 1024u : 1u;
    shadow_map_ = std::make_unique<ShadowMap>(device, ShadowMapOptions{.size_px = map_px,
                                                                       .shader_dir = options.shader_dir,
                                                                       .pipeline_cache = options.pipeline_cache});
    const VkDescriptorSetLayoutBinding bindings[] = {
        {.binding = 0,
         .descriptorType = VK_DESCRIPTOR_TYPE_UNIFORM_BUFFER,
         .descriptorCount = 1,
         .stageFlags = VK_SHADER_STAGE_VERTEX_BIT | VK_SHADER_STAGE_FRAGMENT_BIT},
        {.binding = 1,
         .descriptorType = VK_DESCRIPTOR_TYPE_COMBINED_IMAGE_SAMPLER,
         .descriptorCount = 1,
         .stageFlags = VK_SHADER_STAGE_FRAGMENT_BIT},
    };
    const VkDescriptorSetLayoutCreateInfo set_info{
        .sType = VK_STRUCTURE_TYPE_DESCRIPTOR_SET_LAYOUT_CREATE_INFO,
        .bindingCount = 2,
        .pBindings = bindings,
    };
    VK_CHECK(vkCreateDescriptorSetLayout(vk, &set_info, nullptr, &set_layout_));
    const VkPushConstantRange push{
        .stageFlags = VK_SHADER_STAGE_VERTEX_BIT | VK_SHADER_STAGE_FRAGMENT_BIT,
        .size = sizeof(DrawConstants),
    };
    if (!options.shared_textures) owned_textures_ = std::make_unique<TextureTable>(device);
    textures_used_ = options.shared_textures ? options.shared_textures : owned_textures_.get();
    // Set 1: base colour, set 2: normal map; both come from the same table with the same layout.
    const VkDescriptorSetLayout set_layouts[] = {set_layout_, textures_used_->set_layout(), textures_used_->set_layout()};
    const VkPipelineLayoutCreateInfo layout_info{
        .sType = VK_STRUCTURE_TYPE_PIPELINE_LAYOUT_CREATE_INFO,
        .setLayoutCount = 3,
        .pSetLayouts = set_layouts,
        .pushConstantRangeCount = 1,
        .pPushConstantRanges = &push,
    };
    VK_CHECK(vkCreatePipelineLayout(vk, &layout_info, nullptr, &layout_));
    pipelines_ = std::make_unique<LitPipelines>(device, LitPipelineOptions{
                                                            .vertex = vertex.handle(),
                                                            .fragment = fragment.handle(),
                                                            .layout = layout_,
                                                            .color_format = options.color_format,
                                                            .depth_format = RenderAttachments::kDepthFormat,
                                                            .samples = device.max_msaa_samples(options.samples),
                                                            .pipeline_cache = options.pipeline_cache,
                                                            .shadow_taps = shadow_taps(shadows_),
                                                            .fast_lighting = lighting_ == LightingQuality::fast});

    const VkDescriptorPoolSize pool_sizes[] = {
        {VK_DESCRIPTOR_TYPE_UNIFORM_BUFFER, FrameRing::kFramesInFlight},
        {VK_DESCRIPTOR_TYPE_COMBINED_IMAGE_SAMPLER, FrameRing::kFramesInFlight},
    };
    const VkDescriptorPoolCreateInfo pool_info{
        .sType = VK_STRUCTURE_TYPE_DESCRIPTOR_POOL_CREATE_INFO,
        .maxSets = FrameRing::kFramesInFlight,
        .poolSizeCount = 2,
        .pPoolSizes = pool_sizes,
    };
    VK_CHECK(vkCreateDescriptorPool(vk, &pool_info, nullptr, &descriptor_pool_));
    for (uint32_t i = 0; i < FrameRing::kFramesInFlight; ++i) {
        uniforms_[i] = Buffer(device, sizeof(FrameUniforms), VK_BUFFER_USAGE_UNIFORM_BUFFER_BIT, MemoryUse::cpu_to_gpu);
        const VkDescriptorSetAllocateInfo alloc{
            .sType = VK_STRUCTURE_TYPE_DESCRIPTOR_SET_ALLOCATE_INFO,
            .descriptorPool = descriptor_pool_,
            .descriptorSetCount = 1,
            .pSetLayouts = &set_layout_,
        };
        VK_CHECK(vkAllocateDescriptorSets(vk, &alloc, &sets_[i]));
        const VkDescriptorBufferInfo buffer_info{uniforms_[i].handle(), 0, sizeof(FrameUniforms)};
        const VkDescriptorImageInfo shadow_info{shadow_map_->sampler(), shadow_map_->view(),
                                                VK_IMAGE_LAYOUT_DEPTH_STENCIL_READ_ONLY_OPTIMAL};
        const VkWriteDescriptorSet writes[] = {
            {.sType = VK_STRUCTURE_TYPE_WRITE_DESCRIPTOR_SET,
             .dstSet = sets_[i],
             .dstBinding = 0,
             .descriptorCount = 1,
             .descriptorType = VK_DESCRIPTOR_TYPE_UNIFORM_BUFFER,
             .pBufferInfo = &buffer_info},
            {.sType = VK_STRUCTURE_TYPE_WRITE_DESCRIPTOR_SET,
             .dstSet = sets_[i],
             .dstBinding = 1,
             .descriptorCount = 1,
             .descriptorType = VK_DESCRIPTOR_TYPE_COMBINED_IMAGE_SAMPLER,
             .pImageInfo = &shadow_info},
        };
        vkUpdateDescriptorSets(vk, 2, writes, 0, nullptr);
    }
}

SceneRenderer::~SceneRenderer() {
    const VkDevice vk = device_.handle();
    vkDeviceWaitIdle(vk);
    pipelines_.reset();
    vkDestroyPipelineLayout(vk, layout_, nullptr);
    owned_textures_.reset();
    vkDestroyDescriptorPool(vk, descriptor_pool_, nullptr);
    vkDestroyDescriptorSetLayout(vk, set_layout_, nullptr);
}

namespace {
// What mesh.frag needs of a material that is the same at every pixel, worked out once per draw rather
// than at every pixel: on a CPU renderer the pixel shader's length is most of a frame (README "Benchmarks").
glm::vec4 material_constants(const Material& material) {
    const float metallic = std::clamp(material.metallic, 0.0f, 1.0f);
    const float roughness = std::clamp(material.roughness, 0.04f, 1.0f);
    // Fast lighting's normalised Blinn-Phong highlight: the exponent that matches this roughness
    // (Walter et al. 2007's mapping of a Beckmann width), and the lobe's normalisation.
    const float a = roughness * roughness;
    const float exponent = std::clamp(2.0f / (a * a) - 2.0f, 1.0f, 512.0f);
    return {metallic, roughness, exponent, (exponent + 8.0f) / (8.0f * 3.14159265f)};
}

// Whether KEY's cone can light any of ITEM: what the draw's maker found, or else its bounds' test.
bool key_light_reaches(const SpotLight& key, const DrawItem& item) {
    if (item.key_light_reaches) return *item.key_light_reaches;
    const DrawBox box = draw_box(item);
    return spot_reaches_bounds(key, box.bounds, box.model);
}
}  // namespace

void SceneRenderer::write_uniforms(uint32_t frame_slot, const ViewCamera& camera, const Lighting& lighting) {
    FrameUniforms u;
    u.view_proj = camera.projection * camera.view;
    u.camera_position = glm::vec4(camera.position, 1.0f);
    const SpotLight& key = lighting.key;
    u.key_position = glm::vec4(key.position, 1.0f);
    // The cone's soft edge, a smoothstep from the outer cone to the inner one, as a scale and offset
    // of the angle's cosine: worked out once here rather than at every pixel.
    const float cos_outer = std::cos(glm::radians(key.outer_angle_deg));
    const float cone_scale = 1.0f / std::max(std::cos(glm::radians(key.inner_angle_deg)) - cos_outer, 1e-4f);
    u.key_direction = glm::vec4(glm::normalize(key.direction), cone_scale);
    u.key_color = glm::vec4(key.color * key.intensity, -cos_outer * cone_scale);
    int fill_count = 0;
    for (const PointLight& fill : lighting.fills) {
        if (fill_count == kMaxFillLights) break;
        u.fill_position[fill_count] = glm::vec4(fill.position, fill.range_m);
        u.fill_color[fill_count] = glm::vec4(fill.color * fill.intensity, 0.0f);
        ++fill_count;
    }
    u.sky_color = glm::vec4(lighting.sky_color, 0.0f);
    u.ground_color = glm::vec4(lighting.ground_color, 0.0f);
    u.params = glm::vec4(static_cast<float>(fill_count), lighting.exposure, 1.0f, 0.0f);  // unused slots stay black
    u.light_view_proj = key_light_view_proj(lighting);
    u.shadow_params = glm::vec4(1.0f / float(shadow_map_->size_px()), 0.0005f,
                                shadows_ != ShadowQuality::off ? 1.0f : 0.0f, shadows_ == ShadowQuality::high ? 1.0f : 0.0f);
    uniforms_[frame_slot].write(&u, sizeof u);
}

glm::mat4 SceneRenderer::key_light_view_proj(const Lighting& lighting) {
    return spot_light_view_proj(lighting.key, kShadowNearM, kShadowFarM);
}

void SceneRenderer::record(VkCommandBuffer cmd, uint32_t frame_slot, const RenderAttachments& attachments,
                           const FrameTarget& target, const FrameScene& scene) {
    write_uniforms(frame_slot, scene.camera, scene.lighting);
    static const DrawList kNothing;
    // With shadows off the 1-texel map is still cleared, so it is in a valid layout for sampling.
    if (shadow_map_->record(cmd, key_light_view_proj(scene.lighting),
                            shadows_ != ShadowQuality::off ? scene.shadow_casters : kNothing))
        ++shadow_renders_;
    record_lit_pass(cmd, frame_slot, attachments, target, scene);
}

void SceneRenderer::record_lit_pass(VkCommandBuffer cmd, uint32_t frame_slot, const RenderAttachments& attachments,
                                    const FrameTarget& target, const FrameScene& scene) {
    const glm::vec4& clear_color = scene.clear_color;
    // The depth buffer (and MSAA image) are reused every frame: wait for last frame's use, then discard.
    transition_image(cmd, attachments.depth().handle(),
                     {.from = VK_IMAGE_LAYOUT_UNDEFINED,
                      .to = VK_IMAGE_LAYOUT_DEPTH_STENCIL_ATTACHMENT_OPTIMAL,
                      .src_stage = VK_PIPELINE_STAGE_LATE_FRAGMENT_TESTS_BIT,
                      .src_access = VK_ACCESS_DEPTH_STENCIL_ATTACHMENT_WRITE_BIT,
                      .dst_stage = VK_PIPELINE_STAGE_EARLY_FRAGMENT_TESTS_BIT,
                      .dst_access = VK_ACCESS_DEPTH_STENCIL_ATTACHMENT_WRITE_BIT |
                                    VK_ACCESS_DEPTH_STENCIL_ATTACHMENT_READ_BIT,
                      .aspect = VK_IMAGE_ASPECT_DEPTH_BIT});
    const Image* msaa = attachments.msaa_color();
    const Image* scaled = attachments.scaled_color();
    // The single-sample image the scene ends in: the target itself, or the smaller scaled image.
    const VkImageView scene_view = scaled ? scaled->view() : target.view;
    if (scaled) {
        transition_image(cmd, scaled->handle(),
                         {.from = VK_IMAGE_LAYOUT_UNDEFINED,
                          .to = VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL,
                          .src_stage = VK_PIPELINE_STAGE_TRANSFER_BIT,
                          .src_access = 0,
                          .dst_stage = VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT,
                          .dst_access = VK_ACCESS_COLOR_ATTACHMENT_WRITE_BIT});
    }
    if (msaa) {
        transition_image(cmd, msaa->handle(),
                         {.from = VK_IMAGE_LAYOUT_UNDEFINED,
                          .to = VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL,
                          .src_stage = VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT,
                          .src_access = VK_ACCESS_COLOR_ATTACHMENT_WRITE_BIT,
                          .dst_stage = VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT,
                          .dst_access = VK_ACCESS_COLOR_ATTACHMENT_WRITE_BIT});
    }
    const VkClearValue clear{.color = {{clear_color.r, clear_color.g, clear_color.b, clear_color.a}}};
    const VkRenderingAttachmentInfoKHR color{
        .sType = VK_STRUCTURE_TYPE_RENDERING_ATTACHMENT_INFO_KHR,
        .imageView = msaa ? msaa->view() : scene_view,
        .imageLayout = VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL,
        .resolveMode = msaa ? VK_RESOLVE_MODE_AVERAGE_BIT : VK_RESOLVE_MODE_NONE,
        .resolveImageView = msaa ? scene_view : VK_NULL_HANDLE,
        .resolveImageLayout = VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL,
        .loadOp = VK_ATTACHMENT_LOAD_OP_CLEAR,
        .storeOp = msaa ? VK_ATTACHMENT_STORE_OP_DONT_CARE : VK_ATTACHMENT_STORE_OP_STORE,
        .clearValue = clear,
    };
    const VkRenderingAttachmentInfoKHR depth{
        .sType = VK_STRUCTURE_TYPE_RENDERING_ATTACHMENT_INFO_KHR,
        .imageView = attachments.depth().view(),
        .imageLayout = VK_IMAGE_LAYOUT_DEPTH_STENCIL_ATTACHMENT_OPTIMAL,
        .loadOp = VK_ATTACHMENT_LOAD_OP_CLEAR,
        .storeOp = VK_ATTACHMENT_STORE_OP_DONT_CARE,
        .clearValue = {.depthStencil = {1.0f, 0}},
    };
    const VkRenderingInfoKHR rendering{
        .sType = VK_STRUCTURE_TYPE_RENDERING_INFO_KHR,
        .renderArea = {{0, 0}, attachments.extent()},
        .layerCount = 1,
        .colorAttachmentCount = 1,
        .pColorAttachments = &color,
        .pDepthAttachment = &depth,
    };
    device_.cmd_begin_rendering(cmd, &rendering);
    const VkExtent2D extent = attachments.extent();
    const VkViewport viewport{0.0f, 0.0f, float(extent.width), float(extent.height), 0.0f, 1.0f};
    const VkRect2D scissor{{0, 0}, extent};
    vkCmdSetViewport(cmd, 0, 1, &viewport);
    vkCmdSetScissor(cmd, 0, 1, &scissor);
    vkCmdBindDescriptorSets(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS, layout_, 0, 1, &sets_[frame_slot], 0, nullptr);
    const GpuMesh* bound = nullptr;
    VkPipeline bound_pipeline = VK_NULL_HANDLE;
    uint32_t bound_texture = UINT32_MAX;
    uint32_t bound_normal_texture = UINT32_MAX;
    for (const DrawItem& item : scene.draws) {
        if (!item.mesh) continue;
        const LitVariant variant{
            .blend = item.material.base_color.a < 1.0f,
            .base_color_texture = item.texture != TextureTable::kWhite,
            .normal_map = item.normal_texture != TextureTable::kWhite,
            .key_light = key_light_reaches(scene.lighting.key, item),
            .highlight = item.highlight > 0.0f,
        };
        if (const VkPipeline pipeline = pipelines_->get(variant); pipeline != bound_pipeline) {
            vkCmdBindPipeline(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS, pipeline);
            bound_pipeline = pipeline;
        }
        if (item.mesh != bound) {
            bind_mesh(cmd, *item.mesh);
            bound = item.mesh;
        }
        if (item.texture != bound_texture) {
            const VkDescriptorSet texture_set =
                textures_used_->set(item.texture < textures_used_->size() ? item.texture : TextureTable::kWhite);
            vkCmdBindDescriptorSets(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS, layout_, 1, 1, &texture_set, 0, nullptr);
            bound_texture = item.texture;
        }
        if (item.normal_texture != bound_normal_texture) {
            const VkDescriptorSet normal_set = textures_used_->set(
                item.normal_texture < textures_used_->size() ? item.normal_texture : TextureTable::kWhite);
            vkCmdBindDescriptorSets(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS, layout_, 2, 1, &normal_set, 0, nullptr);
            bound_normal_texture = item.normal_texture;
        }
        const DrawConstants constants{
            .model = item.model,
            .base_color = item.material.base_color,
            .emissive = glm::vec4(item.material.emissive, item.highlight),
            .material = material_constants(item.material),
        };
        vkCmdPushConstants(cmd, layout_, VK_SHADER_STAGE_VERTEX_BIT | VK_SHADER_STAGE_FRAGMENT_BIT, 0,
                           sizeof constants, &constants);
        vkCmdDrawIndexed(cmd, drawn_index_count(item), 1, item.first_index, 0, 0);
    }
    device_.cmd_end_rendering(cmd);
    if (scaled) stretch_scene_onto_target(cmd, *scaled, attachments.extent(), target);
}

}  // namespace perfuse
