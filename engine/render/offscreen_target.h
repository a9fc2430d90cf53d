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

    OffscreenTarget(Device& device, VkExtent2D extent);

    FrameTarget target() const;
    // Records a copy of the finished image (in TRANSFER_SRC_OPTIMAL) into the readback buffer.
    void record_readback(VkCommandBuffer cmd) const;
    // Valid once the command buffer with record_readback has completed.
    ImageRgba8 read_pixels() const;

private:
    VkExtent2D extent_;
    Image color_;
    Buffer readback_;
};

}  // namespace perfuse
