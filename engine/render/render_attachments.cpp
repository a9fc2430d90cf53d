#include "render/render_attachments.h"

#include "gpu/device.h"

namespace perfuse {

RenderAttachments::RenderAttachments(Device& device, VkFormat color_format, VkSampleCountFlagBits samples)
    : device_(device), color_format_(color_format), samples_(device.max_msaa_samples(samples)) {}

void RenderAttachments::ensure_size(VkExtent2D extent) {
    if (extent.width == extent_.width && extent.height == extent_.height) return;
    extent_ = extent;
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
