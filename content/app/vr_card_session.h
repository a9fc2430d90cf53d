#pragma once
// The information card's behaviour in a VR run: when the selection changes (the trigger on a machine
// or a person), the new item's card is placed beside it facing the player (app/vr_card.h) and drawn
// once; while a pointer is on it, it is redrawn every frame so its buttons answer; Read aloud reads it
// again, Close (or choosing nothing) takes it away.
#include <optional>
#include <string>
#include <vector>

#include "app/ui_text.h"
#include "app/vr_menu.h"

namespace perfuse {

struct VrRenderer;
struct VrPanelPointer;

struct VrCardSession {
    std::string item;                  // whose card is shown (an interactable id); empty: none
    std::optional<VrMenuPanel> panel;  // where it is, while shown
    bool redraw = false;               // its picture is out of date
    bool pointed = false;              // a pointer was on it last frame (one more redraw ends its hover)
    bool fits = true;                  // the last card drawn had room for every line
    int opened = 0;                    // cards shown this run
    int read_aloud = 0;                // Read aloud presses
    int closed = 0;                    // Close presses
};

// One frame: follows R's selection (placing a new card in front of WORLD_FROM_HEAD, the head's pose
// in the world), redraws the card's picture when due and does what its buttons ask (POINTER: a
// controller on the card this frame, or null; FRAME: the run's frame, for a test hook's press). A card
// to read aloud goes onto SPEAK.
void update_vr_card(VrCardSession& card, VrRenderer& r, const UiText& text, const VrMenuText& words,
                    const VrPanelPointer* pointer, const glm::mat4& world_from_head, float dt_s, int frame,
                    std::vector<std::string>& speak);

// The card's panel to draw and point at this frame, or null while none is shown.
const VrMenuPanel* shown_card(const VrCardSession& card);

}  // namespace perfuse
