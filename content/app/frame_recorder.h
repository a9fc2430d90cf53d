#pragma once
// Records one frame: the scene into the target (multisampled, resolved), then the ImGui panels
// over it, between two GPU timestamps. Shared by the window and the headless paths so both draw exactly the same thing.
#include <vulkan/vulkan.h>

#include "render/draw_list.h"
#include "render/frame_target.h"
#include "render/scene_renderer.h"

namespace perfuse {

class GpuTimer;
struct MachineScreens;
class ImGuiLayer;
class RenderAttachments;

struct FrameParts {
    SceneRenderer& scene;
    RenderAttachments& attachments;
    ImGuiLayer& ui;
    GpuTimer& gpu_timer;
    MachineScreens* screens = nullptr;  // the rooms' machine screens, redrawn before the scene samples them
};

void record_frame(VkCommandBuffer cmd, uint32_t frame_slot, const FrameTarget& target, FrameParts& parts,
                  const FrameScene& scene);

}  // namespace perfuse
