#pragma once
// The information card in the VR headset: when the trigger selects a machine or a person, its card
// (the same sections as the desktop's card, app/info_card_panel.h) appears on a panel of its own in
// the world, about a metre from the player beside the item, facing them, a little below eye level
// (reading with the eyes lowered a little is the most comfortable). It stays where it was put, like
// a sign, until it is closed or another item is chosen. Its buttons: Read aloud, and Close.
#include <string>

#include <glm/glm.hpp>
#include <imgui.h>

#include "app/room.h"
#include "app/ui_text.h"
#include "app/vr_menu.h"

namespace perfuse {

// The card's panel: a metre away, 60 cm wide. Its image is 600 x 720 pixels, so the 22 px text is
// about 2.2 cm tall there: the same angle (about 1.3 degrees) as the floating menu's text at its distance.
inline constexpr float kVrCardWidthM = 0.6f;
inline constexpr float kVrCardHeightM = 0.72f;
inline constexpr int kVrCardWidthPx = 600;
inline constexpr int kVrCardHeightPx = 720;
// A shorter card shows only the top of its image, in steps of an eighth (90 px, 9 cm).
inline constexpr int kVrCardHeightSteps = 8;

// Where the card for an item at ITEM_M goes, for a head at WORLD_FROM_HEAD (its pose in the world,
// looking down -Z): about a metre away (nearer when the item is nearer), turned towards the item but
// kept within sight of where the head looks, set beside the item so that it stays in view, its face
// turned to the head and tipped back a little.
VrMenuPanel place_card(const glm::mat4& world_from_head, const glm::vec3& item_m);

// Shortens CARD (as placed) to the fewest eighths of its image that hold USED_PX rows, its top edge
// and width where they were, so a short card does not hang a blank half below its text.
void fit_card_height(VrMenuPanel& card, float used_px);

// What a press on the card asked for.
enum class VrCardChoice { none, read_aloud, close };

struct VrCardDrawn {
    VrCardChoice choice = VrCardChoice::none;
    bool fits = true;     // every line is on the panel (a headset has no scroll wheel)
    float used_px = 0.0f;  // image rows down to the end of its last line, padding included
};

// Draws ITEM_ID's card as one window filling SIZE (between the surface's begin_frame and end_frame):
// its title with the Read aloud and Close buttons under it (at the top, where the eyes land first),
// then its sections. Draws nothing when it has no card.
VrCardDrawn draw_vr_card(const UiText& text, const VrMenuText& words, const Room& room, const std::string& item_id,
                         ImVec2 size);

}  // namespace perfuse
