#include "app/app_renderer.h"
#include "app/mode_panels.h"
#include "app/mode_widgets.h"

namespace perfuse {

void draw_mode_ui(AppRenderer& r) {
    ModeSession& m = r.modes;
    if (m.screen == ModeScreen::off) return;
    apply_mode_style(m.settings, m.applied_style);
    const modes::UiColours colours = modes::colours_for(m.settings);
    ImGui::PushStyleColor(ImGuiCol_Text, to_imgui(colours.text));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, to_imgui(colours.panel));
    if (m.show_settings) {
        draw_settings_panel(r, colours);
    } else if (m.show_career) {
        draw_career_panel(r, colours);
    } else {
        switch (m.screen) {
            case ModeScreen::start: draw_start_screen(r, colours); break;
            case ModeScreen::explore:
                draw_tour_card(r, colours, false);
                draw_quiz_panel(r, colours);
                draw_explore_bar(r);
                break;
            case ModeScreen::learn: draw_learn_panel(r, colours); break;
            case ModeScreen::present:
                draw_tour_card(r, colours, true);
                draw_attract_procedure_card(r, colours);
                break;
            case ModeScreen::off: break;
        }
    }
    ImGui::PopStyleColor(2);
}

}  // namespace perfuse
