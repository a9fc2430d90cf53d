#pragma once
// The intermediate images a scene is drawn into before it lands in the frame target: a
// multisampled colour image (resolved into the target) and a depth buffer.
#include <vulkan/vulkan.h>

#include "gpu/image.h"

namespace perfuse {

class Device;

class RenderAttachments {
public:
    static constexpr VkFormat kDepthFormat = VK_FORMAT_D32_SFLOAT;

    RenderAttachments(Device& device, VkFormat color_format, VkSampleCountFlagBits samples);
    // (Re)creates the images when the size changed; cheap when it did not.
    void ensure_size(VkExtent2D extent);

    VkSampleCountFlagBits samples() const { return samples_; }
    VkFormat color_format() const { return color_format_; }
    const Image* msaa_color() const { return samples_ == VK_SAMPLE_COUNT_1_BIT ? nullptr : &msaa_color_; }
    const Image& depth() const { return depth_; }
    VkExtent2D extent() const { return extent_; }

private:
    Device& device_;
    VkFormat color_format_;
    VkSampleCountFlagBits samples_;
    VkExtent2D extent_{};
    Image msaa_color_;
    Image depth_;
};

}  // namespace perfuse
