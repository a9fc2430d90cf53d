#include "app/mode_panels.h"

#include "app/app_renderer.h"
#include "app/mode_actions.h"
#include "app/mode_widgets.h"

namespace perfuse {

namespace {
struct StartButton {
    StartChoice choice;
    const char* label_key;
    const char* text_key;  // nullptr: no line under it
};
constexpr StartButton kButtons[kStartChoices] = {
    {StartChoice::explore, "start.explore", "start.explore_text"},
    {StartChoice::learn, "start.learn", "start.learn_text"},
    {StartChoice::present, "start.present", "start.present_text"},
    {StartChoice::settings, "start.settings", nullptr},
};
}  // namespace

void draw_start_screen(AppRenderer& r, const modes::UiColours& colours) {
    ModeSession& m = r.modes;
    const modes::ModeText& t = m.text;
    if (begin_centred_window("###start_screen", 30.0f, 0.45f, PanelKeys::modes)) {
        ImGui::SetWindowFontScale(1.6f);
        mode_heading(colours, t("start.title"));
        ImGui::SetWindowFontScale(1.0f);
        mode_text(t("start.sentence"));
        ImGui::Spacing();
        for (int i = 0; i < kStartChoices; ++i) {
            const StartButton& b = kButtons[i];
            ImGui::PushID(i);
            const std::string key = i < 3 ? std::to_string(i + 1) : "S";  // the key that picks it
            const std::string label = key + "   " + t(b.label_key);
            if (big_button(colours, label, m.start_focus == i, b.text_key ? 2.4f : 1.8f)) choose_start(r, b.choice);
            if (ImGui::IsItemHovered()) m.start_focus = i;
            if (b.text_key) mode_text(t(b.text_key));
            ImGui::Spacing();
            ImGui::PopID();
        }
        ImGui::Separator();
        ImGui::PushStyleColor(ImGuiCol_Text, to_imgui(colours.accent));
        mode_text(t("start.keys_hint"));
        ImGui::PopStyleColor();
    }
    ImGui::End();
}

}  // namespace perfuse
