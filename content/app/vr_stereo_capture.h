#pragma once
// Copies both eyes of one VR frame out of their swapchain images into one side-by-side picture
// (left eye on the left), for --vr-screenshot: proof that both eyes were drawn, and a way to see
// the eye offset.
#include <array>

#include <vulkan/vulkan.h>

#include "gpu/buffer.h"
#include "platform/png_io.h"
#include "render/frame_target.h"

namespace perfuse {

class Device;

class StereoCapture {
public:
    StereoCapture(Device& device, const std::array<VkExtent2D, 2>& extents);
    // TARGETS are in COLOR_ATTACHMENT_OPTIMAL (rendered) and are left so for release to the runtime.
    void record(VkCommandBuffer cmd, const std::array<FrameTarget, 2>& targets);
    // Valid once the command buffer with record() has completed; BGRA formats are swizzled to RGBA.
    ImageRgba8 side_by_side(VkFormat format) const;

private:
    std::array<VkExtent2D, 2> extents_;
    std::array<Buffer, 2> readback_;
};

}  // namespace perfuse
