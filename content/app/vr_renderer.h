#pragma once
// Everything a VR run draws with, built in dependency order on an OpenXR runtime: the GPU context
// created through the runtime, the room on the GPU, the session, the controllers, and per eye a
// swapchain, a scene renderer and its attachments. Destroyed in reverse, so the session and its
// swapchains go before the Vulkan device they live on.
#include <array>
#include <memory>
#include <vector>

#include "app/app_options.h"
#include "app/assembly_session.h"
#include "app/machine_screens.h"
#include "app/vr_menu.h"
#include "app/room.h"
#include "app/selection.h"
#include "app/vr_mirror.h"
#include "app/vr_pointer.h"
#include "app/vr_vignette.h"
#include "gpu/frames.h"
#include "gpu/gpu_timer.h"
#include "render/gpu_context.h"
#include "render/render_attachments.h"
#include "render/scene_gpu.h"
#include "render/scene_renderer.h"
#include "ui/imgui_surface.h"
#include "xr/comfort.h"
#include "xr/controller_actions.h"
#include "xr/eye_swapchain.h"
#include "xr/xr_runtime.h"
#include "xr/xr_session.h"

namespace perfuse {

struct VrEye {
    std::unique_ptr<EyeSwapchain> swapchain;
    std::unique_ptr<SceneRenderer> scene;
    std::unique_ptr<RenderAttachments> attachments;
    DrawList draws;  // culled for this eye's frustum
};

// A panel's picture (the floating menu, the information card) and the quad that shows it.
struct VrMenuGpu {
    std::unique_ptr<ImGuiSurface> surface;
    // 1 x 1 m in its XY plane, facing +Z, image top-left at (-0.5, 0.5); quads[i] shows the top
    // (i + 1) / quads.size() of the image (a card shorter than its image), the last all of it.
    std::vector<GpuMesh> quads;
    uint32_t texture = 0;  // the surface in eyes[0]'s texture table
    bool redrawn = false;  // the surface has a new picture to record this frame
};

struct VrRenderer {
    // Throws (one line) when the session or its swapchains cannot be made. MIRROR_WINDOW (optional)
    // gets the desktop mirror.
    VrRenderer(const AppOptions& options, XrRuntime& runtime, const ComfortSettings& comfort, ValidationLog& log,
               Window* mirror_window);

    // Culls the room for each eye, the mirror (when MIRROR_CAMERA is set) and once for the key light's
    // shadows, and adds EXTRA (the pointer), the menu on MENU_PANEL and the information card on CARD_PANEL
    // (when set) and VIGNETTE_STRENGTH's comfort vignette (eyes only: the audience watching the mirror is not moving).
    void prepare_draws(const std::array<ViewCamera, 2>& cameras, const ViewCamera* mirror_camera,
                       const DrawList& extra, const VrMenuPanel* menu_panel, const VrMenuPanel* card_panel,
                       float vignette_strength);
    // Replaces the room with world scene SCENE_ID (theatre, icu, ilp). Returns an empty string, or one
    // line saying why the room stays as it was.
    std::string switch_room(const std::string& scene_id);
    // Records both eyes into their acquired swapchain images (and the mirror, when MIRROR_CAMERA is set).
    void record_eyes(VkCommandBuffer cmd, uint32_t frame_slot, const std::array<FrameTarget, 2>& targets,
                     const std::array<ViewCamera, 2>& cameras, const ViewCamera* mirror_camera);

    const AppOptions& options;
    GpuContext gpu;
    Room room;
    std::unique_ptr<SceneGpu> room_gpu;
    DrawList shadow_casters;
    VrPointerMeshes pointer_meshes;
    VrVignetteMeshes vignette_meshes;
    Selection selection;
    std::unique_ptr<XrSessionOwner> session;
    std::unique_ptr<ControllerActions> controllers;
    std::array<VrEye, 2> eyes;
    VkFormat swapchain_format = VK_FORMAT_UNDEFINED;
    std::unique_ptr<VrMirror> mirror;
    std::unique_ptr<FrameRing> frames;
    std::unique_ptr<GpuTimer> timer;  // both eyes of a frame, start of the first to end of the second
    MachineScreens screens;           // the machines' screens showing the live model, as on the desktop
    AssemblySession assembly;         // a procedure's parts, ports and tubes in the room (app/vr_assembly.h)
    VrMenuGpu menu;
    VrMenuGpu card;                   // the selected item's information card (app/vr_card.h)
};

// The per-eye size: --vr-eye-size when given (clamped to what the runtime allows), else recommended.
VkExtent2D vr_eye_extent(const AppOptions& options, const XrViewConfigurationView& view);

}  // namespace perfuse
