#pragma once
// The floating menu in VR: a panel in the world, below eye level in front of the player, drawn with
// Dear ImGui into an offscreen image (ui/imgui_surface.h) that the lit pass shows on a quad. The
// controllers' pointers press its buttons (trigger = click). It shows the room, the guided tour's
// card with Back and Next, buttons to go to the other rooms, and a summary of the patient and the
// machine from the live model (readings and alarms).
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <glm/glm.hpp>
#include <imgui.h>

#include "xr/controller_actions.h"

namespace perfuse {

class LiveModel;
struct ConsoleText;
struct VrProcedureMenu;

// assets/vr/menu_en.json
struct VrMenuText {
    std::string title, hint, tour, tour_progress, next, back, rooms, console, no_circuit, alarms, no_alarms;
    std::string read_aloud;  // on the information card (app/vr_card.h)
};
// Throws std::runtime_error with one line naming the file and the missing text.
VrMenuText load_vr_menu_text(const std::filesystem::path& file);

// The panel: centred on world_from_panel's origin, its face the local XY plane facing +Z.
struct VrMenuPanel {
    glm::mat4 world_from_panel{1.0f};
    float width_m = 0.44f;
    float height_m = 0.33f;  // 4:3, like its image
    int on_hand = -1;        // the hand (Hand) it is worn on, which cannot point at it; -1: none
    float image_rows = 1.0f; // how much of its image it shows, from the top (a card shorter than its image)
};

// In front of the head (WORLD_FROM_HEAD: its pose in the world, looking down -Z), turned to face it
// about the vertical only, below eye level and tipped back towards the eyes like a lectern.
VrMenuPanel place_menu(const glm::mat4& world_from_head);

// On the left wrist: WORLD_FROM_GRIP is that controller's grip pose in the world (OpenXR: -Z along
// the pointing direction, +Y out of the back of the hand, +Z towards the wrist). The panel sits a
// little above the back of the hand towards the wrist, smaller than the floating one (it is nearer
// the eyes, so its text looks about as big), its face turned to HEAD_M (the eyes) with its top edge
// level, and takes no pointer from the hand it is worn on.
VrMenuPanel place_menu_on_wrist(const glm::mat4& world_from_grip, const glm::vec3& head_m);
// Where the menu goes this frame: on the left wrist when WANTED and LEFT's grip pose is tracked
// (WORLD_FROM_TRACKING puts it in the world), or nothing: it floats.
std::optional<VrMenuPanel> menu_on_wrist(bool wanted, const HandInput& left, const glm::mat4& world_from_tracking,
                                         const glm::vec3& head_m);

struct VrMenuHit {
    glm::vec2 uv{0.0f};  // in its image: 0..1 across, 0..image_rows down (image pixels are uv * size)
    float distance_m = 0.0f;
};
// Where the ray from ORIGIN along DIRECTION (unit) meets the panel's front, if it does.
std::optional<VrMenuHit> menu_hit(const VrMenuPanel& panel, const glm::vec3& origin, const glm::vec3& direction);

// What the menu shows this frame.
struct VrMenuView {
    std::string room_name;
    std::string stop_title, stop_text;  // empty: no tour
    std::size_t stop_index = 0, stop_count = 0;
    std::vector<std::pair<std::string, std::string>> rooms;  // id, button text (the other rooms)
    const LiveModel* live = nullptr;
    const ConsoleText* console_text = nullptr;
    VrProcedureMenu* procedures = nullptr;  // the procedures page (app/vr_menu_procedures.h), or none
};

// What a press on the menu asked for.
struct VrMenuChoice {
    enum class Kind { none, next_stop, previous_stop, go_to_room } kind = Kind::none;
    std::string room;  // go_to_room
};

// Draws the menu as one window filling SIZE (between the surface's begin_frame and end_frame).
VrMenuChoice draw_vr_menu(const VrMenuText& text, const VrMenuView& view, ImVec2 size);

}  // namespace perfuse
