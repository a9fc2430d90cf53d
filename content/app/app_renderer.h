#pragma once
// Everything one run draws with, built in dependency order: GPU context, room on the GPU, scene
// renderer, attachments, ImGui and the frames-in-flight ring.
#include <memory>
#include <string>
#include <vector>

#include "app/app_options.h"
#include "app/assembly_session.h"
#include "app/app_sound.h"
#include "app/benchmark_report.h"
#include "app/frame_recorder.h"
#include "app/mode_session.h"
#include "app/console_panels.h"
#include "app/live_model.h"
#include "app/machine_screens.h"
#include "app/overlay_panel.h"
#include "app/procedure_session.h"
#include "app/room.h"
#include "app/selection.h"
#include "app/ui_text.h"
#include "gpu/frames.h"
#include "gpu/gpu_timer.h"
#include "render/gpu_context.h"
#include "render/render_attachments.h"
#include "render/scene_gpu.h"
#include "render/scene_renderer.h"
#include "ui/imgui_layer.h"

namespace perfuse {

class Window;

// Which interactable labels are hidden behind something, refreshed a few per frame (see app_ui.cpp).
struct LabelOcclusion {
    std::vector<char> hidden;  // parallel to Room::interactables
    std::size_t next = 0;
};

struct AppRenderer {
    // WINDOW null: headless. TARGET_FORMAT / FINAL_LAYOUT / IMAGE_COUNT describe the frame targets.
    AppRenderer(const AppOptions& options, const Window* window, ValidationLog& log);
    // Replaces the room with world scene SCENE_ID (theatre, icu, ilp) at its first start point.
    // Returns an empty string, or one line saying why the room stays as it was.
    std::string switch_room(const std::string& scene_id);
    // Culls the room for CAMERA (`draws`) and for the key light (`shadow_casters`). TARGET_EXTENT: the
    // size of the picture, for how much detail far-off things need (SceneGpu::build_draws).
    void prepare_draws(const ViewCamera& camera, VkExtent2D target_extent);
    // What record_frame needs for this frame (valid until the next prepare_draws).
    FrameScene frame_scene(const ViewCamera& camera) const;
    FrameParts frame_parts() { return {*scene, *attachments, *ui, *gpu_timer, &screens}; }
    RenderFacts render_facts() const;
    // What the procedure's 3D assembly works with in this run (see assembly_session.h).
    AssemblyHost assembly_host();
    // Called once the frame targets are known (needs the device first for a window's swapchain).
    void create_renderers(VkFormat target_format, VkImageLayout final_layout, uint32_t image_count,
                          GLFWwindow* glfw_window);

    const AppOptions& options;
    UiText text;
    GpuContext gpu;
    Room room;
    std::unique_ptr<SceneGpu> room_gpu;
    DrawList draws;
    DrawList shadow_casters;
    std::unique_ptr<SceneRenderer> scene;
    std::unique_ptr<RenderAttachments> attachments;
    std::unique_ptr<ImGuiLayer> ui;
    std::unique_ptr<FrameRing> frames;
    std::unique_ptr<GpuTimer> gpu_timer;
    OverlayState overlay;
    Selection selection;
    LabelOcclusion label_occlusion;
    // Texts a panel asks to have read aloud this frame (a card opened, a tour or step text shown).
    // Sound speaks and captions them, then clears the list; without sound it is simply cleared.
    std::vector<std::string> speak_requests;
    // Start screen, Explore (tour, career, quiz), Learn/Assess, Present, and the player's settings.
    ModeSession modes;
    // Narration, alarm tones and room sounds; started by the first update_app (see app_sound.h).
    std::unique_ptr<AppSound> sound;
    // The running flow model and its console (rebuilt by switch_room; a procedure may swap in its own).
    std::unique_ptr<LiveModel> live;
    // The procedure being done (--procedure / --script, or started by a mode), see procedure_session.h.
    ProcedureSession procedure;
    // The procedure's parts, ports and tubes in the room, and what the trainee points at.
    AssemblySession assembly;
    ConsolePanels console_panels;  // the console, monitor, alarm, trend, crisis and instructor panels
    // The machines' screens in the room, drawn from the live model (last: freed before the GPU).
    MachineScreens screens;
};

// Exit code for the end of a run, once everything is destroyed: 3 when strict validation saw any
// message, else 0.
int validation_exit_code(const AppOptions& options, const ValidationLog& log);

}  // namespace perfuse
