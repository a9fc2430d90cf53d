#include "app/sound_panel.h"

#include <algorithm>

#include <imgui.h>

#include "app/app_renderer.h"

namespace perfuse {

namespace {
constexpr ImGuiWindowFlags kCaptionFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                           ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                           ImGuiWindowFlags_AlwaysAutoResize;

// The sentence being read, at the top centre: the bottom holds the tour card and step panels'
// buttons, the top corners the app panel and the information card (22 font sizes wide).
void draw_caption_bar(SoundSession& session, const SoundText& text) {
    const std::string caption = session.caption();
    if (caption.empty()) return;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float font = ImGui::GetFontSize();
    const float between_panels = viewport->Size.x - 2.0f * (25.0f * font + 32.0f);
    const float width = std::clamp(between_panels, std::min(18.0f * font, viewport->Size.x - 32.0f), 40.0f * font);
    ImGui::SetNextWindowPos(ImVec2(viewport->Size.x * 0.5f, 16.0f), ImGuiCond_Always, ImVec2(0.5f, 0.0f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0.0f), ImVec2(width, viewport->Size.y * 0.4f));
    ImGui::SetNextWindowBgAlpha(0.85f);
    if (ImGui::Begin("###caption_bar", nullptr, kCaptionFlags)) {
        ImGui::PushTextWrapPos(width - ImGui::GetStyle().WindowPadding.x);
        ImGui::TextUnformatted(caption.c_str());
        ImGui::PopTextWrapPos();
        if (ImGui::SmallButton(text.caption_skip.c_str())) session.skip_speech();
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text.keys_hint.c_str());
        ImGui::SameLine();
        if (ImGui::SmallButton(text.caption_replay.c_str())) session.replay_speech();
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text.keys_hint.c_str());
    }
    ImGui::End();
}

// Mute is sound's own; reading speed and voice are the player's saved settings, like the volumes.
void draw_settings_window(AppSound& sound, ModeSession& modes) {
    SoundSession& session = *sound.session;
    const SoundText& text = sound.text;
    SoundSettings s = session.settings();
    bool changed = false;
    bool player_changed = false;
    bool save = false;  // once a slider is let go, or a voice chosen: not on every frame of a drag
    ImGui::SetNextWindowPos(ImVec2(16.0f, ImGui::GetMainViewport()->Size.y * 0.5f), ImGuiCond_FirstUseEver);
    if (ImGui::Begin((text.settings_title + "###sound_settings").c_str(), &sound.settings_open,
                     ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings)) {
        if (session.audio().silent()) ImGui::TextWrapped("%s", text.no_sound.c_str());
        // Volumes and reading aloud are the player's saved settings (the Settings panel).
        changed |= ImGui::Checkbox(text.muted.c_str(), &s.mixer.muted);
        player_changed |= ImGui::SliderInt(text.reading_speed.c_str(), &s.speech.rate_wpm, 100, 250, "%d");
        save |= ImGui::IsItemDeactivatedAfterEdit();
        std::string shown = s.speech.voice;
        for (const VoiceChoice& v : text.voices)
            if (v.id == s.speech.voice) shown = v.name;
        if (ImGui::BeginCombo(text.voice.c_str(), shown.c_str())) {
            for (const VoiceChoice& v : text.voices)
                if (ImGui::Selectable(v.name.c_str(), v.id == s.speech.voice)) {
                    s.speech.voice = v.id;
                    player_changed = save = true;
                }
            ImGui::EndCombo();
        }
    }
    ImGui::End();
    if (changed || player_changed) session.set_settings(s);
    if (player_changed) {  // else the player's settings would put the old values back next frame
        modes.settings.reading_speed_wpm = s.speech.rate_wpm;
        modes.settings.voice = s.speech.voice;
    }
    if (save) save_mode_settings(modes);
}
}  // namespace

void draw_sound_ui(AppRenderer& r, const glm::mat4& view) {
    if (!r.sound) return;
    set_sound_listener(*r.sound, view);
    if (!r.sound->session) return;
    // Offscreen pictures stay the same from run to run: when speech starts depends on a thread.
    if (!r.options.headless) draw_caption_bar(*r.sound->session, r.sound->text);
    if (r.sound->settings_open) draw_settings_window(*r.sound, r.modes);
}

}  // namespace perfuse
