#include "render/render_attachments.h"

#include <algorithm>
#include <cmath>

#include "gpu/device.h"

namespace perfuse {

RenderAttachments::RenderAttachments(Device& device, VkFormat color_format, VkSampleCountFlagBits samples)
    : device_(device), color_format_(color_format), samples_(device.max_msaa_samples(samples)) {}

namespace {
uint32_t scaled_length(uint32_t length, float scale) {
    return std::max(1u, uint32_t(std::lround(double(length) * scale)));
}

// A smaller scene is stretched with a linear-filtered blit: the format must allow that.
bool can_stretch(VkPhysicalDevice physical, VkFormat format) {
    VkFormatProperties properties{};
    vkGetPhysicalDeviceFormatProperties(physical, format, &properties);
    const VkFormatFeatureFlags needed = VK_FORMAT_FEATURE_BLIT_SRC_BIT | VK_FORMAT_FEATURE_BLIT_DST_BIT |
                                        VK_FORMAT_FEATURE_SAMPLED_IMAGE_FILTER_LINEAR_BIT;
    return (properties.optimalTilingFeatures & needed) == needed;
}
}  // namespace

void RenderAttachments::set_render_scale(float scale) {
    scale = std::clamp(scale, 0.25f, 1.0f);
    if (!can_stretch(device_.physical(), color_format_)) scale = 1.0f;
    if (scale == render_scale_) return;
    render_scale_ = scale;
    target_extent_ = {};  // rebuild at the next ensure_size
}

void RenderAttachments::ensure_size(VkExtent2D target_extent) {
    if (target_extent.width == target_extent_.width && target_extent.height == target_extent_.height) return;
    target_extent_ = target_extent;
    const VkExtent2D extent{scaled_length(target_extent.width, render_scale_),
                            scaled_length(target_extent.height, render_scale_)};
    scaled_ = extent.width != target_extent.width || extent.height != target_extent.height;
    extent_ = extent;
    if (scaled_) {
        scaled_color_ = Image(device_, {.extent = extent,
                                        .format = color_format_,
                                        .usage = VK_IMAGE_USAGE_COLOR_ATTACHMENT_BIT | VK_IMAGE_USAGE_TRANSFER_SRC_BIT});
    }
    if (samples_ != VK_SAMPLE_COUNT_1_BIT) {
        // Transient: on tiled GPUs the multisampled pixels never need to reach memory.
        msaa_color_ = Image(device_, {.extent = extent,
                                      .format = color_format_,
                                      .usage = VK_IMAGE_USAGE_COLOR_ATTACHMENT_BIT |
                                               VK_IMAGE_USAGE_TRANSIENT_ATTACHMENT_BIT,
                                      .samples = samples_});
    }
    depth_ = Image(device_, {.extent = extent,
                             .format = kDepthFormat,
                             .usage = VK_IMAGE_USAGE_DEPTH_STENCIL_ATTACHMENT_BIT,
                             .samples = samples_,
                             .aspect = VK_IMAGE_ASPECT_DEPTH_BIT});
}

}  // namespace perfuse
