#pragma once
// The floating menu's behaviour in a VR run: it opens in front of the player (the controllers' menu
// button hides it, or brings it back in front of them), its picture is redrawn while a pointer is on
// it (and twice a second for the live readings), and its buttons act: the guided tour's Back and
// Next take the player to the stop's room and viewpoint (a jump, with the comfort vignette), and the
// room buttons go to another room's start. The information card of the item the trigger chose has a
// panel of its own (app/vr_card_session.h), kept here beside the menu: while it is shown, a floating
// menu gives way to it (one panel in front of the player at a time; the menu button or the card's
// Close brings the menu back), a menu on the wrist stays.
#include <array>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/ui_text.h"
#include "app/vr_card_session.h"
#include "app/vr_menu.h"
#include "modes/tour.h"
#include "modes/tour_player.h"
#include "xr/controller_actions.h"

namespace perfuse {

struct VrRenderer;
struct VrModel;
struct VrControls;
struct VrProcedureMenu;

struct VrMenuSession {
    VrMenuSession() = default;
    VrMenuSession(const VrMenuSession&) = delete;  // the tour player points into the tour
    VrMenuSession& operator=(const VrMenuSession&) = delete;

    VrMenuText text;
    UiText ui;
    modes::Tour tour;
    std::optional<modes::TourPlayer> tour_player;
    std::optional<VrMenuPanel> panel;  // placed on the first tracked frame
    bool wrist_wanted = true;          // the player's choice: on the left wrist while that grip is tracked
    bool on_wrist = false;             // where it is this frame
    bool open = true;
    float since_redraw_s = 1e9f;
    int room_switches = 0;
    int clicks = 0;
    int frames = 0;  // update_vr_menu calls (for the test hook)
    std::vector<std::string> speak;  // texts to read aloud (a tour stop's card), taken by the sound
    VrProcedureMenu* procedures = nullptr;  // the procedures page, lent by the run (app/vr_menu_procedures.h)
    VrCardSession card;              // the selected item's information card
};

// The panels a pointer can press, in this order (VrPanelPointer::panel): the menu, the card.
inline constexpr std::size_t kMenuPanel = 0;
inline constexpr std::size_t kCardPanel = 1;

// Loads the menu's words, the room names and the guided tour. Throws one line naming a broken file.
std::unique_ptr<VrMenuSession> start_vr_menu(const std::filesystem::path& asset_dir);

// One frame after the controls were read: WORLD_FROM_HEAD is the head's pose in the world, LEFT the
// left controller (the menu sits on its wrist when wanted and its grip is tracked; floating in front
// of the player otherwise). Redraws the menu's picture when due and does what its buttons ask (may
// switch the room, rebuilding CONTROLS for it and reloading the model); the card likewise.
void update_vr_menu(VrMenuSession& menu, VrRenderer& r, VrModel& model, VrControls& controls,
                    const glm::mat4& world_from_head, const glm::vec3& head_tracking_m, const HandInput& left,
                    float dt_s);

// The menu's panel to draw and point at this frame, or null while hidden (or giving way to a card).
const VrMenuPanel* shown_menu(const VrMenuSession& menu);
// The menu's and the card's panels (kMenuPanel, kCardPanel), null while hidden.
std::array<const VrMenuPanel*, 2> shown_panels(const VrMenuSession& menu);

}  // namespace perfuse
