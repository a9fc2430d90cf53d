#include "app/frame_recorder.h"

#include "app/machine_screens.h"

#include "gpu/gpu_timer.h"
#include "gpu/image.h"
#include "render/render_attachments.h"
#include "render/scene_renderer.h"
#include "ui/imgui_layer.h"

namespace perfuse {

void record_frame(VkCommandBuffer cmd, uint32_t frame_slot, const FrameTarget& target, FrameParts& parts,
                  const FrameScene& scene) {
    parts.attachments.ensure_size(target.extent);
    parts.gpu_timer.begin(cmd, frame_slot);
    // The previous contents are not needed; wait for any earlier use (last frame's copy or draw).
    transition_image(cmd, target.image,
                     {.from = VK_IMAGE_LAYOUT_UNDEFINED,
                      .to = VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL,
                      .src_stage = VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT | VK_PIPELINE_STAGE_TRANSFER_BIT,
                      .src_access = VK_ACCESS_COLOR_ATTACHMENT_WRITE_BIT,
                      .dst_stage = VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT,
                      .dst_access = VK_ACCESS_COLOR_ATTACHMENT_WRITE_BIT});
    if (parts.screens) record_machine_screens(*parts.screens, cmd);
    parts.scene.record(cmd, frame_slot, parts.attachments, target, scene);
    parts.ui.record(cmd, target);
    parts.gpu_timer.end(cmd, frame_slot);
}

}  // namespace perfuse
