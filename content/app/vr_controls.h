#pragma once
// What the controllers do in the room: thumbstick snap turns and teleports (aimed with that hand's
// pointer, landing only on valid floor), and the trigger selecting the item the pointer is on.
// Starts the user where a desktop walker starts, facing the same way.
#include <array>
#include <cstddef>
#include <functional>
#include <optional>
#include <span>

#include "app/room.h"
#include "app/selection.h"
#include "app/vr_menu.h"
#include "xr/comfort.h"
#include "xr/controller_actions.h"
#include "xr/locomotion.h"
#include "xr/teleport.h"

namespace perfuse {

class ImGuiSurface;

// A controller's laser: from its aim pose to what it points at (or a fixed reach).
struct PointerBeam {
    glm::vec3 origin_m{0.0f};
    glm::vec3 direction{0.0f, 0.0f, -1.0f};  // unit
    float length_m = 0.0f;
};

// A controller pointing at a panel (the menu, an information card): where, and whether its trigger is held.
struct VrPanelPointer {
    glm::vec2 uv{0.0f};
    bool pressed = false;
    std::size_t panel = 0;  // which of the panels given to update_controls
};

// Gives SURFACE's ImGui the pointer as its mouse (none: the mouse is away), before its begin_frame.
void point_at_surface(ImGuiSurface& surface, const VrPanelPointer* pointer);

struct VrControls {
    PlayerRig rig;
    float floor_y_m = 0.0f;
    ComfortSettings comfort;
    TeleportRules rules;
    std::array<StickState, 2> sticks{};
    std::array<std::optional<TeleportTarget>, 2> aims;  // while a hand aims a teleport
    std::array<std::optional<PointerBeam>, 2> beams;    // tracked controllers that are not aiming
    int teleports = 0;
    int snap_turns = 0;
    bool jumped = false;       // a snap turn or teleport happened this frame (the vignette flashes)
    float turn_rad_s = 0.0f;   // smooth turning speed this frame
    std::optional<VrPanelPointer> panel_pointer;  // this frame: a pointer on a panel (the first hand)
    bool menu_pressed = false;                    // this frame: a menu button went down
};

// Something beside the room that a controller's pointer can meet first (the procedure's parts, mounts,
// ports and lines): given hand HAND's aim ray, how far along it the pointer is taken, or none. The beam
// then ends there, and the room behind is neither hovered nor selected.
using VrPointerClaim = std::function<std::optional<float>(std::size_t hand, const Ray& ray)>;

// The rig that puts the tracking space's origin at the room's start (see reference_space.h).
VrControls start_controls(const Room& room, const ComfortSettings& comfort, XrReferenceSpaceType space);

// One frame of input, DT_S seconds long. HEAD_TRACKING_M is the head (between the eyes) in tracking space.
// PANELS (null entries are hidden ones): the menu and the information card, each taking a pointer that
// reaches it before the room (the nearest panel wins); a panel worn on a hand takes no pointer from that hand.
// CLAIM (optional) is asked next, before the room.
void update_controls(VrControls& controls, const ControllerInput& input, const glm::vec3& head_tracking_m,
                     const Room& room, Selection& selection, float dt_s, std::span<const VrMenuPanel* const> panels,
                     const VrPointerClaim& claim = {});
inline void update_controls(VrControls& controls, const ControllerInput& input, const glm::vec3& head_tracking_m,
                            const Room& room, Selection& selection, float dt_s, const VrMenuPanel* panel = nullptr) {
    update_controls(controls, input, head_tracking_m, room, selection, dt_s, std::span(&panel, 1));
}

}  // namespace perfuse
