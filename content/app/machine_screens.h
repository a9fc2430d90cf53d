#pragma once
// The rooms' machine screens showing the live model: each screen material the room names
// ("screen:hlm_main", ... see screen_content.h) gets an offscreen ImGui surface (ui/imgui_surface.h)
// registered in the renderer's texture table; the surfaces are redrawn from the live model a few
// times a second (a real console refreshes about as often, and on a CPU renderer every redraw
// costs: a surface is a third of a million pixels), recorded before the lit pass, and the room's
// draws of those materials sample them. A screen that looks small from where the viewer stands is
// redrawn less often: 4 instead of 10 times a second, which nobody can tell from across a room
// (desktop view and VR eyes; the VR desktop mirror does not say, so screens it shows keep 10 Hz).
#include <memory>
#include <vector>

#include <glm/glm.hpp>
#include <vulkan/vulkan.h>

#include "app/console_panels.h"
#include "app/live_model.h"
#include "app/screen_content.h"
#include "render/draw_list.h"
#include "scene/scene.h"
#include "ui/imgui_surface.h"

namespace perfuse {

class Device;
class Instance;
class TextureTable;

struct MachineScreen {
    ScreenKind kind = ScreenKind::hlm_main;
    std::unique_ptr<ImGuiSurface> surface;
    uint32_t texture = 0;  // in the renderer's TextureTable
    bool shown = true;     // in this frame's draws (show_machine_screens); until a frame says, assumed so
    float view_px = kUnknownViewPx;  // how wide it looks in this frame's views, in pixels (the widest)
    double since_redraw_s = 0.0;

    static constexpr float kUnknownViewPx = 1e9f;  // a view that did not say: drawn as if close up
};

struct MachineScreens {
    static constexpr double kRedrawPeriodS = 0.1;        // 10 Hz
    static constexpr double kSmallRedrawPeriodS = 0.25;  // 4 Hz for screens out of view or looking small:
    static constexpr float kSmallViewPx = 120.0f;        // narrower than this (a sixth of its picture or less)
    std::vector<MachineScreen> screens;                  // one per screen kind the room shows
    bool redraw_due = true;                              // the next update draws every screen at once
};

// Where a view looks from and how many pixels a radian covers there (render/scene_gpu.h's
// pixels_per_radian), to tell how big a screen looks.
struct ScreenViewer {
    glm::vec3 eye_m{0.0f};
    float pixels_per_radian = 0.0f;  // 0: unknown (every screen counts as close up)
};

// How often SCREEN is redrawn now: kRedrawPeriodS, or kSmallRedrawPeriodS where it is out of view or
// looks narrower than kSmallViewPx.
double redraw_period_s(const MachineScreen& screen);

// Pixels of a screen's picture, in its face's proportions (tools/assetgen: width / height of the glass).
VkExtent2D screen_extent(ScreenKind kind);
// Text size on a screen's picture (1.0 = 18 px).
float screen_text_scale(ScreenKind kind);

// Gives each screen kind named by SCENE's materials a surface (kept from the last room when it had
// the same kind) and registers it in TEXTURES. Call after TEXTURES was cleared for a new room, with
// the GPU idle.
void bind_machine_screens(MachineScreens& s, const Scene& scene, const Instance& instance, Device& device,
                          TextureTable& textures, VkPipelineCache pipeline_cache);
// Redraws each screen from the live model when its redraw_period_s has passed (DT_S: the frame's
// time); every screen at once after a room change. Screens out of view are redrawn too (slowly), so
// one coming into view is recorded that frame with a picture at most a quarter of a second old.
void update_machine_screens(MachineScreens& s, const ConsolePanels& p, const LiveModel& live, float dt_s);
// Records the redrawn surfaces of the screens in view into CMD (before the lit pass that samples
// them). A screen out of view keeps its newest picture unrecorded until it comes into view: on a CPU
// renderer each record costs about a millisecond.
void record_machine_screens(MachineScreens& s, VkCommandBuffer cmd);
// Forgets which screens were in view: call before a frame's show_machine_screens.
void forget_shown_screens(MachineScreens& s);
// Makes DRAWS of screen materials show their surface (textured, self-lit look), and marks those
// screens as in view, as wide as they look from VIEWER.
void show_machine_screens(MachineScreens& s, DrawList& draws, const ScreenViewer& viewer = {});

}  // namespace perfuse
