#pragma once
// Small ImGui helpers shared by the modes' panels: palette colours, headings, a centred window,
// and big buttons that show keyboard focus.
#include <string>

#include <imgui.h>

#include "modes/palette.h"

namespace perfuse {

inline ImVec4 to_imgui(const modes::Rgba& c) { return ImVec4(c.r, c.g, c.b, c.a); }

// Text in the accent colour, for section headings.
void mode_heading(const modes::UiColours& colours, const std::string& text);
// Wrapped body text.
void mode_text(const std::string& text);
// A window centred on the screen, WIDTH_EM font-heights wide; returns ImGui::Begin's result
// (call ImGui::End() always). An ID starting "###" (no visible title) gets no title bar.
enum class PanelKeys {
    imgui,         // ImGui's keyboard navigation works the widgets (settings, career, Learn)
    modes,         // the modes' own keys act (start screen, quiz): ImGui navigation would double them
    modes_no_focus // as modes, and the panel does not take focus (the tour card beside an info card)
};
bool begin_centred_window(const char* id, float width_em, float y_fraction = 0.5f, PanelKeys keys = PanelKeys::imgui);
// A full-width button; FOCUSED draws a thick accent frame (keyboard focus on the start screen).
bool big_button(const modes::UiColours& colours, const std::string& label, bool focused, float height_em = 2.2f);
// Applies the high-contrast or normal ImGui style when it differs from APPLIED (-1: none yet),
// which it then updates.
void apply_mode_style(const modes::Settings& settings, int& applied);

}  // namespace perfuse
