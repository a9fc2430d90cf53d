#include "render/scene_stretch.h"

#include "gpu/image.h"

namespace perfuse {

void stretch_scene_onto_target(VkCommandBuffer cmd, const Image& scene, VkExtent2D scene_extent,
                               const FrameTarget& target) {
    transition_image(cmd, scene.handle(),
                     {.from = VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL,
                      .to = VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL,
                      .src_stage = VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT,
                      .src_access = VK_ACCESS_COLOR_ATTACHMENT_WRITE_BIT,
                      .dst_stage = VK_PIPELINE_STAGE_TRANSFER_BIT,
                      .dst_access = VK_ACCESS_TRANSFER_READ_BIT});
    // Nothing was drawn into the target yet this frame, so its old contents can be dropped.
    transition_image(cmd, target.image,
                     {.from = VK_IMAGE_LAYOUT_UNDEFINED,
                      .to = VK_IMAGE_LAYOUT_TRANSFER_DST_OPTIMAL,
                      .src_stage = VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT,
                      .src_access = 0,
                      .dst_stage = VK_PIPELINE_STAGE_TRANSFER_BIT,
                      .dst_access = VK_ACCESS_TRANSFER_WRITE_BIT});
    const VkImageSubresourceLayers layers{VK_IMAGE_ASPECT_COLOR_BIT, 0, 0, 1};
    const VkImageBlit blit{
        .srcSubresource = layers,
        .srcOffsets = {{0, 0, 0}, {int32_t(scene_extent.width), int32_t(scene_extent.height), 1}},
        .dstSubresource = layers,
        .dstOffsets = {{0, 0, 0}, {int32_t(target.extent.width), int32_t(target.extent.height), 1}},
    };
    vkCmdBlitImage(cmd, scene.handle(), VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL, target.image,
                   VK_IMAGE_LAYOUT_TRANSFER_DST_OPTIMAL, 1, &blit, VK_FILTER_LINEAR);
    transition_image(cmd, target.image,
                     {.from = VK_IMAGE_LAYOUT_TRANSFER_DST_OPTIMAL,
                      .to = VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL,
                      .src_stage = VK_PIPELINE_STAGE_TRANSFER_BIT,
                      .src_access = VK_ACCESS_TRANSFER_WRITE_BIT,
                      .dst_stage = VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT,
                      .dst_access = VK_ACCESS_COLOR_ATTACHMENT_READ_BIT | VK_ACCESS_COLOR_ATTACHMENT_WRITE_BIT});
}

}  // namespace perfuse
