#include "render/scene_stretch.h"

#include "gpu/image.h"
#include "gpu/image_transitions.h"

namespace perfuse {

void stretch_scene_onto_target(VkCommandBuffer cmd, const Image& scene, VkExtent2D scene_extent,
                               const FrameTarget& target) {
    transition_image(cmd, scene.handle(), image_transitions::attachment_to_transfer_src);
    // Nothing was drawn into the target yet this frame, so its old contents can be dropped.
    transition_image(cmd, target.image, image_transitions::discard_to_transfer_dst);
    const VkImageSubresourceLayers layers{VK_IMAGE_ASPECT_COLOR_BIT, 0, 0, 1};
    const VkImageBlit blit{
        .srcSubresource = layers,
        .srcOffsets = {{0, 0, 0}, {int32_t(scene_extent.width), int32_t(scene_extent.height), 1}},
        .dstSubresource = layers,
        .dstOffsets = {{0, 0, 0}, {int32_t(target.extent.width), int32_t(target.extent.height), 1}},
    };
    vkCmdBlitImage(cmd, scene.handle(), VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL, target.image,
                   VK_IMAGE_LAYOUT_TRANSFER_DST_OPTIMAL, 1, &blit, VK_FILTER_LINEAR);
    transition_image(cmd, target.image, image_transitions::transfer_dst_to_attachment);
}

}  // namespace perfuse
