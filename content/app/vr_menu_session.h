#pragma once
// The floating menu's behaviour in a VR run: it opens in front of the player (the controllers' menu
// button hides it, or brings it back in front of them), its picture is redrawn while a pointer is on
// it (and twice a second for the live readings), and its buttons act: the guided tour's Back and
// Next take the player to the stop's room and viewpoint (a jump, with the comfort vignette), and the
// room buttons go to another room's start.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/ui_text.h"
#include "app/vr_menu.h"
#include "modes/tour.h"
#include "modes/tour_player.h"

namespace perfuse {

struct VrRenderer;
struct VrModel;
struct VrControls;

struct VrMenuSession {
    VrMenuSession() = default;
    VrMenuSession(const VrMenuSession&) = delete;  // the tour player points into the tour
    VrMenuSession& operator=(const VrMenuSession&) = delete;

    VrMenuText text;
    UiText ui;
    modes::Tour tour;
    std::optional<modes::TourPlayer> tour_player;
    std::optional<VrMenuPanel> panel;  // placed on the first tracked frame
    bool open = true;
    float since_redraw_s = 1e9f;
    int room_switches = 0;
    int clicks = 0;
    int frames = 0;  // update_vr_menu calls (for the test hook)
    std::vector<std::string> speak;  // texts to read aloud (a tour stop's card), taken by the sound
};

// Loads the menu's words, the room names and the guided tour. Throws one line naming a broken file.
std::unique_ptr<VrMenuSession> start_vr_menu(const std::filesystem::path& asset_dir);

// One frame after the controls were read: WORLD_FROM_HEAD is the head's pose in the world. Redraws
// the menu's picture when due and does what its buttons ask (may switch the room, rebuilding
// CONTROLS for it and reloading the model).
void update_vr_menu(VrMenuSession& menu, VrRenderer& r, VrModel& model, VrControls& controls,
                    const glm::mat4& world_from_head, const glm::vec3& head_tracking_m, float dt_s);

// The panel to draw and point at this frame, or null while hidden.
const VrMenuPanel* shown_menu(const VrMenuSession& menu);

}  // namespace perfuse
