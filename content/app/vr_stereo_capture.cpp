#include "app/vr_stereo_capture.h"

#include <algorithm>
#include <cstring>

#include "gpu/device.h"
#include "gpu/image.h"
#include "gpu/image_transitions.h"

namespace perfuse {

StereoCapture::StereoCapture(Device& device, const std::array<VkExtent2D, 2>& extents) : extents_(extents) {
    for (size_t i = 0; i < 2; ++i)
        readback_[i] = Buffer(device, VkDeviceSize(extents[i].width) * extents[i].height * 4,
                              VK_BUFFER_USAGE_TRANSFER_DST_BIT, MemoryUse::cpu_to_gpu);
}

void StereoCapture::record(VkCommandBuffer cmd, const std::array<FrameTarget, 2>& targets) {
    for (size_t i = 0; i < 2; ++i) {
        transition_image(cmd, targets[i].image, image_transitions::attachment_to_transfer_src);
        const VkBufferImageCopy region{
            .imageSubresource = {.aspectMask = VK_IMAGE_ASPECT_COLOR_BIT, .layerCount = 1},
            .imageExtent = {extents_[i].width, extents_[i].height, 1},
        };
        vkCmdCopyImageToBuffer(cmd, targets[i].image, VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL, readback_[i].handle(), 1,
                               &region);
        transition_image(cmd, targets[i].image, image_transitions::transfer_src_to_attachment);
        const VkBufferMemoryBarrier to_host{
            .sType = VK_STRUCTURE_TYPE_BUFFER_MEMORY_BARRIER,
            .srcAccessMask = VK_ACCESS_TRANSFER_WRITE_BIT,
            .dstAccessMask = VK_ACCESS_HOST_READ_BIT,
            .srcQueueFamilyIndex = VK_QUEUE_FAMILY_IGNORED,
            .dstQueueFamilyIndex = VK_QUEUE_FAMILY_IGNORED,
            .buffer = readback_[i].handle(),
            .size = VK_WHOLE_SIZE,
        };
        vkCmdPipelineBarrier(cmd, VK_PIPELINE_STAGE_TRANSFER_BIT, VK_PIPELINE_STAGE_HOST_BIT, 0, 0, nullptr, 1,
                             &to_host, 0, nullptr);
    }
}

ImageRgba8 StereoCapture::side_by_side(VkFormat format) const {
    ImageRgba8 image;
    image.width = int(extents_[0].width + extents_[1].width);
    image.height = int(std::max(extents_[0].height, extents_[1].height));
    image.pixels.assign(size_t(image.width) * image.height * 4, 0);
    const bool bgra = format == VK_FORMAT_B8G8R8A8_SRGB || format == VK_FORMAT_B8G8R8A8_UNORM;
    uint32_t x0 = 0;
    for (size_t i = 0; i < 2; ++i) {
        const auto* src = static_cast<const uint8_t*>(readback_[i].mapped());
        for (uint32_t y = 0; y < extents_[i].height; ++y) {
            for (uint32_t x = 0; x < extents_[i].width; ++x) {
                const uint8_t* p = src + (size_t(y) * extents_[i].width + x) * 4;
                uint8_t* q = image.pixels.data() + (size_t(y) * image.width + x0 + x) * 4;
                q[0] = bgra ? p[2] : p[0];
                q[1] = p[1];
                q[2] = bgra ? p[0] : p[2];
                q[3] = 255;  // screenshots are opaque
            }
        }
        x0 += extents_[i].width;
    }
    return image;
}

}  // namespace perfuse
