#pragma once
// The information card of the selected machine or person, in a panel on the right: what it is,
// what it does, who uses it (or, for people, what they do and how they work with the perfusionist),
// one "did you know", and the source.
#include "app/room.h"
#include "app/selection.h"
#include "app/ui_text.h"

namespace perfuse {

// Draws the card for selection.selected (nothing when empty); closing it clears the selection.
void draw_info_card_panel(const UiText& text, const Room& room, Selection& selection);
// The card's title (an item's name, a person's role); empty when ITEM_ID has no card.
std::string info_card_title(const Room& room, const std::string& item_id);
// The card's sections, each with its heading, into the current ImGui window (the desktop panel and
// the card in the VR headset draw the same). Returns false, drawing nothing, when there is no card.
bool draw_info_card_sections(const UiText& text, const Room& room, const std::string& item_id);
// What reading ITEM_ID's card aloud says: the title and every section the panel shows, with its
// heading, except the source (a reference, not something to listen to). Empty when there is no card.
std::string info_card_speech(const UiText& text, const Room& room, const std::string& item_id);

}  // namespace perfuse
