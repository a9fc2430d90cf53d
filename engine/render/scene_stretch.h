#pragma once
// Stretches a scene drawn at a lower render scale onto the full-size frame target (a linear-
// filtered blit), so the panels drawn afterwards land on a full-size picture.
#include <vulkan/vulkan.h>

#include "render/frame_target.h"

namespace perfuse {

class Image;

// SCENE (SCENE_EXTENT, in COLOR_ATTACHMENT_OPTIMAL after the lit pass) is stretched over the whole
// of TARGET, which is left in COLOR_ATTACHMENT_OPTIMAL for the UI pass.
void stretch_scene_onto_target(VkCommandBuffer cmd, const Image& scene, VkExtent2D scene_extent,
                               const FrameTarget& target);

}  // namespace perfuse
