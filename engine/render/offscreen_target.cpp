#include "render/offscreen_target.h"

#include <cstring>

#include "gpu/device.h"

namespace perfuse {

OffscreenTarget::OffscreenTarget(Device& device, VkExtent2D extent, VkFormat format)
    : extent_(extent),
      format_(format),
      color_(device, {.extent = extent,
                      .format = format,
                      .usage = VK_IMAGE_USAGE_COLOR_ATTACHMENT_BIT | VK_IMAGE_USAGE_TRANSFER_SRC_BIT |
                               VK_IMAGE_USAGE_TRANSFER_DST_BIT}),
      readback_(device, VkDeviceSize(extent.width) * extent.height * 4, VK_BUFFER_USAGE_TRANSFER_DST_BIT,
                MemoryUse::cpu_to_gpu) {}

FrameTarget OffscreenTarget::target() const { return {color_.handle(), color_.view(), format_, extent_}; }

void OffscreenTarget::record_readback(VkCommandBuffer cmd) const {
    const VkBufferImageCopy region{
        .imageSubresource = {.aspectMask = VK_IMAGE_ASPECT_COLOR_BIT, .layerCount = 1},
        .imageExtent = {extent_.width, extent_.height, 1},
    };
    vkCmdCopyImageToBuffer(cmd, color_.handle(), VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL, readback_.handle(), 1,
                           &region);
    // Make the copy visible to the host read that follows the fence wait.
    const VkBufferMemoryBarrier barrier{
        .sType = VK_STRUCTURE_TYPE_BUFFER_MEMORY_BARRIER,
        .srcAccessMask = VK_ACCESS_TRANSFER_WRITE_BIT,
        .dstAccessMask = VK_ACCESS_HOST_READ_BIT,
        .srcQueueFamilyIndex = VK_QUEUE_FAMILY_IGNORED,
        .dstQueueFamilyIndex = VK_QUEUE_FAMILY_IGNORED,
        .buffer = readback_.handle(),
        .size = VK_WHOLE_SIZE,
    };
    vkCmdPipelineBarrier(cmd, VK_PIPELINE_STAGE_TRANSFER_BIT, VK_PIPELINE_STAGE_HOST_BIT, 0, 0, nullptr, 1, &barrier,
                         0, nullptr);
}

const uint8_t* OffscreenTarget::mapped_pixels() const { return static_cast<const uint8_t*>(readback_.mapped()); }

ImageRgba8 OffscreenTarget::read_pixels() const {
    ImageRgba8 image;
    image.width = static_cast<int>(extent_.width);
    image.height = static_cast<int>(extent_.height);
    image.pixels.resize(static_cast<std::size_t>(image.width) * image.height * 4);
    std::memcpy(image.pixels.data(), readback_.mapped(), image.pixels.size());
    for (std::size_t i = 3; i < image.pixels.size(); i += 4) image.pixels[i] = 255;  // screenshots are opaque
    return image;
}

}  // namespace perfuse
