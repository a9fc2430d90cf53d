#include "app/app_renderer.h"
#include "app/mode_panels.h"
#include "app/mode_widgets.h"

namespace perfuse {

namespace {
// Each control returns true when the player changed it; the panel saves after any change.
bool check(const modes::ModeText& t, const char* key, bool& value) { return ImGui::Checkbox(t(key).c_str(), &value); }

bool slider(const modes::ModeText& t, const char* key, float& value, float low, float high, const char* format) {
    return ImGui::SliderFloat(t(key).c_str(), &value, low, high, format, ImGuiSliderFlags_AlwaysClamp);
}

bool palette_choice(const modes::ModeText& t, modes::Palette& palette) {
    int index = palette == modes::Palette::colour_blind_safe ? 1 : 0;
    ImGui::TextUnformatted(t("settings.palette").c_str());
    ImGui::SameLine();
    bool changed = ImGui::RadioButton(t("settings.palette_standard").c_str(), &index, 0);
    ImGui::SameLine();
    changed |= ImGui::RadioButton(t("settings.palette_colour_blind_safe").c_str(), &index, 1);
    palette = index == 1 ? modes::Palette::colour_blind_safe : modes::Palette::standard;
    return changed;
}

bool reading_and_looking(const modes::ModeText& t, modes::Settings& s, const modes::UiColours& colours) {
    bool changed = false;
    mode_heading(colours, t("settings.reading"));
    changed |= slider(t, "settings.text_size", s.text_scale, 0.75f, 3.0f, "%.2f");
    changed |= check(t, "settings.high_contrast", s.high_contrast);
    changed |= palette_choice(t, s.palette);
    ImGui::Spacing();
    mode_heading(colours, t("settings.looking"));
    changed |= slider(t, "settings.mouse_sensitivity", s.mouse_sensitivity, 0.25f, 4.0f, "%.2f");
    changed |= check(t, "settings.invert_y", s.invert_y);
    changed |= check(t, "settings.reduced_motion", s.reduced_motion);
    changed |= check(t, "settings.fullscreen", s.fullscreen);
    return changed;
}

bool vr_and_sound(const modes::ModeText& t, modes::Settings& s, const modes::UiColours& colours) {
    bool changed = false;
    mode_heading(colours, t("settings.vr"));
    changed |= check(t, "settings.snap_turn", s.snap_turn);
    changed |= slider(t, "settings.snap_turn_deg", s.snap_turn_deg, 15.0f, 90.0f, "%.0f");
    changed |= check(t, "settings.vr_vignette", s.vr_vignette);
    changed |= check(t, "settings.vr_menu_on_wrist", s.vr_menu_on_wrist);
    ImGui::Spacing();
    mode_heading(colours, t("settings.sound"));
    changed |= check(t, "settings.narration", s.narration);
    changed |= slider(t, "settings.master_volume", s.master_volume, 0.0f, 1.0f, "%.2f");
    changed |= slider(t, "settings.narration_volume", s.narration_volume, 0.0f, 1.0f, "%.2f");
    changed |= slider(t, "settings.effects_volume", s.effects_volume, 0.0f, 1.0f, "%.2f");
    return changed;
}
}  // namespace

void draw_settings_panel(AppRenderer& r, const modes::UiColours& colours) {
    ModeSession& m = r.modes;
    const modes::ModeText& t = m.text;
    m.settings.text_scale = r.overlay.text_scale;  // + / - and the corner panel's slider change it too
    if (begin_centred_window((t("settings.title") + "###settings").c_str(), 28.0f)) {
        const bool changed = reading_and_looking(t, m.settings, colours) | vr_and_sound(t, m.settings, colours);
        if (changed) {
            r.overlay.text_scale = m.settings.text_scale;
            save_mode_settings(m);
        }
        if (!m.settings_status.empty()) mode_text(m.settings_status);
        for (const std::string& warning : m.shown_warnings) {
            ImGui::PushStyleColor(ImGuiCol_Text, to_imgui(colours.warning));
            mode_text(warning);
            ImGui::PopStyleColor();
        }
        ImGui::Spacing();
        if (ImGui::Button(t("settings.close").c_str())) m.show_settings = false;
    }
    ImGui::End();
}

}  // namespace perfuse
