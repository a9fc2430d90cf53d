#pragma once
// The intermediate images a scene is drawn into before it lands in the frame target: a
// multisampled colour image (resolved into the target) and a depth buffer. With a render scale
// below 1 they are smaller than the target, and a single-sample colour image holds the scene
// until it is stretched onto the target (CPU renderers: fewer pixels to shade; the panels drawn
// over it afterwards stay sharp at the target's full size).
#include <vulkan/vulkan.h>

#include "gpu/image.h"

namespace perfuse {

class Device;

class RenderAttachments {
public:
    static constexpr VkFormat kDepthFormat = VK_FORMAT_D32_SFLOAT;

    RenderAttachments(Device& device, VkFormat color_format, VkSampleCountFlagBits samples);
    // Scene pixels per target pixel along each axis, 0.25 to 1. Takes effect at the next ensure_size.
    void set_render_scale(float scale);
    // (Re)creates the images for a target of TARGET_EXTENT when its size or the scale changed;
    // cheap when neither did.
    void ensure_size(VkExtent2D target_extent);

    VkSampleCountFlagBits samples() const { return samples_; }
    VkFormat color_format() const { return color_format_; }
    const Image* msaa_color() const { return samples_ == VK_SAMPLE_COUNT_1_BIT ? nullptr : &msaa_color_; }
    const Image& depth() const { return depth_; }
    // The scene's own colour image when it is drawn smaller than the target; null at scale 1.
    const Image* scaled_color() const { return scaled_ ? &scaled_color_ : nullptr; }
    float render_scale() const { return render_scale_; }
    VkExtent2D extent() const { return extent_; }  // the size the scene is drawn at

private:
    Device& device_;
    VkFormat color_format_;
    VkSampleCountFlagBits samples_;
    float render_scale_ = 1.0f;
    bool scaled_ = false;
    VkExtent2D target_extent_{};
    VkExtent2D extent_{};
    Image scaled_color_;
    Image msaa_color_;
    Image depth_;
};

}  // namespace perfuse
