#pragma once
// A colour image to render into without a window (headless runs, screenshots, golden images),
// with a host-visible buffer to read the finished frame back.
#include <vulkan/vulkan.h>

#include "gpu/buffer.h"
#include "gpu/image.h"
#include "platform/png_io.h"
#include "render/frame_target.h"

namespace perfuse {

class Device;

class OffscreenTarget {
public:
    // sRGB so lighting is written linear and stored encoded, as on a swapchain.
    static constexpr VkFormat kFormat = VK_FORMAT_R8G8B8A8_SRGB;

    // FORMAT: another 4-byte colour format where the pixels go somewhere else (render/shm_presenter.h).
    OffscreenTarget(Device& device, VkExtent2D extent, VkFormat format = kFormat);

    FrameTarget target() const;
    // Records a copy of the finished image (in TRANSFER_SRC_OPTIMAL) into the readback buffer.
    void record_readback(VkCommandBuffer cmd) const;
    // Valid once the command buffer with record_readback has completed.
    ImageRgba8 read_pixels() const;
    // The read-back pixels as they are, rows of width x 4 bytes with no gaps (valid as read_pixels()).
    const uint8_t* mapped_pixels() const;
    VkExtent2D extent() const { return extent_; }

private:
    VkExtent2D extent_;
    VkFormat format_;
    Image color_;
    Buffer readback_;
};

}  // namespace perfuse
