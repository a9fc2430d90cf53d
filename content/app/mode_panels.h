#pragma once
// The modes' ImGui panels (one file each): start screen, settings, tour card, career, quiz,
// Learn/Assess choices, and Present mode's card. draw_mode_ui (mode_ui.cpp) picks which to draw.
#include "modes/palette.h"

namespace perfuse {

struct AppRenderer;

void draw_mode_ui(AppRenderer& r);

void draw_start_screen(AppRenderer& r, const modes::UiColours& colours);
void draw_settings_panel(AppRenderer& r, const modes::UiColours& colours);
void draw_tour_card(AppRenderer& r, const modes::UiColours& colours, bool presenting);
void draw_explore_bar(AppRenderer& r);
void draw_attract_procedure_card(AppRenderer& r, const modes::UiColours& colours);
void draw_career_panel(AppRenderer& r, const modes::UiColours& colours);
void draw_quiz_panel(AppRenderer& r, const modes::UiColours& colours);
void draw_learn_panel(AppRenderer& r, const modes::UiColours& colours);

}  // namespace perfuse
