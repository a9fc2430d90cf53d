#pragma once
// Shared look of the console panels: where each sits, headings, and the alarm priority colours
// (IEC 60601-1-8: high red, medium yellow, low cyan), so every panel and screen agrees.
#include <string>

#include <imgui.h>

#include "alarms.h"

namespace perfuse {

inline constexpr ImGuiWindowFlags kPanelFlags =
    ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_AlwaysAutoResize;
inline const ImVec4 kWhyColour{0.55f, 0.85f, 1.0f, 1.0f};
inline const ImVec4 kNormalValue{0.55f, 1.0f, 0.55f, 1.0f};

ImVec4 priority_colour(AlarmPriority p);
// The value colour of a reading: its most urgent shown alarm's colour, else the normal green.
ImVec4 reading_colour(const AlarmEngine& alarms, const std::string& reading);

enum class PanelSlot { left, right, top, bottom, centre, bottom_left, bottom_right };
// Positions the next window in its slot (first use; the user may move it after), WIDTH_EM wide.
void place_panel(PanelSlot slot, float width_em);
// A console window: placed in its slot, in the dark colours of a real console screen (readable priority
// colours, and distinct from the app shell's light panels). Always pair with end_panel().
bool begin_panel(const std::string& title, const char* id, PanelSlot slot, float width_em);
void end_panel();
void heading(const std::string& text);

}  // namespace perfuse
