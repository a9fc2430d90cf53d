#include "app/vr_card_session.h"

#include "app/info_card_panel.h"
#include "app/vr_card.h"
#include "app/vr_controls.h"
#include "app/vr_renderer.h"
#include "app/vr_test_hooks.h"

namespace perfuse {

namespace {
// A new selection: its card in front of the player beside the item, or none.
void follow_selection(VrCardSession& card, const Room& room, const std::string& selected,
                      const glm::mat4& world_from_head) {
    card.item = selected;
    card.panel.reset();
    const Interactable* item = selected.empty() ? nullptr : room.find_interactable(selected);
    if (!item || info_card_title(room, selected).empty()) return;
    card.panel = place_card(world_from_head, item->label_anchor_m);
    card.redraw = true;
    ++card.opened;
}

VrCardChoice redraw(VrCardSession& card, VrRenderer& r, const UiText& text, const VrMenuText& words,
                    const VrPanelPointer* pointer, float dt_s) {
    ImGuiSurface& surface = *r.card.surface;
    point_at_surface(surface, pointer);
    surface.begin_frame(dt_s);
    const VrCardDrawn drawn = draw_vr_card(text, words, r.room, card.item, surface.size());
    surface.end_frame();
    r.card.redrawn = true;
    card.fits = drawn.fits;
    fit_card_height(*card.panel, drawn.used_px);
    return drawn.choice;
}
}  // namespace

void update_vr_card(VrCardSession& card, VrRenderer& r, const UiText& text, const VrMenuText& words,
                    const VrPanelPointer* pointer, const glm::mat4& world_from_head, float dt_s, int frame,
                    std::vector<std::string>& speak) {
    if (r.selection.selected != card.item) follow_selection(card, r.room, r.selection.selected, world_from_head);
    if (!card.panel) return;
    VrCardChoice choice = VrCardChoice::none;
    // Every frame while pointed at (ImGui needs the trigger's press and release as they happen).
    if (pointer || card.pointed || card.redraw) choice = redraw(card, r, text, words, pointer, dt_s);
    card.redraw = false;
    card.pointed = pointer != nullptr;
    if (const VrCardChoice test = test_card_choice(frame); test != VrCardChoice::none) choice = test;
    switch (choice) {
        case VrCardChoice::none: return;
        case VrCardChoice::read_aloud:
            speak.push_back(info_card_speech(text, r.room, card.item));
            ++card.read_aloud;
            return;
        case VrCardChoice::close:
            r.selection.selected.clear();
            card.item.clear();
            card.panel.reset();
            ++card.closed;
            return;
    }
}

const VrMenuPanel* shown_card(const VrCardSession& card) { return card.panel ? &*card.panel : nullptr; }

}  // namespace perfuse
