#include "app/app_renderer.h"
#include "app/mode_actions.h"
#include "app/mode_panels.h"
#include "app/mode_widgets.h"

namespace perfuse {

void draw_tour_card(AppRenderer& r, const modes::UiColours& colours, bool presenting) {
    ModeSession& m = r.modes;
    if (!m.tour_player || !m.tour_player->active()) return;
    modes::TourPlayer& player = *m.tour_player;
    const modes::ModeText& t = m.text;
    const modes::TourStop& stop = player.stop();
    if (begin_centred_window("###tour_card", presenting ? 34.0f : 26.0f, 0.97f, PanelKeys::modes_no_focus)) {
        ImGui::PushStyleColor(ImGuiCol_PlotHistogram, to_imgui(colours.accent));
        ImGui::Text("%s", t.format("tour.progress", {std::to_string(player.index() + 1), std::to_string(player.count())}).c_str());
        ImGui::ProgressBar(float(player.index() + 1) / float(player.count()), ImVec2(-1.0f, ImGui::GetFontSize() * 0.4f), "");
        ImGui::PopStyleColor();
        mode_heading(colours, stop.title);
        mode_text(stop.text);
        ImGui::Spacing();
        if (m.kiosk && m.kiosk->attracting()) {
            mode_text(t("present.attract"));
        } else {
            ImGui::BeginDisabled(player.index() == 0);
            if (ImGui::Button(t(presenting ? "present.previous" : "tour.previous").c_str())) player.previous();
            ImGui::EndDisabled();
            ImGui::SameLine();
            const bool last = player.index() + 1 == player.count();
            if (ImGui::Button(t(last && !presenting ? "tour.finish" : presenting ? "present.next" : "tour.next").c_str()))
                player.next();
            if (!presenting) {
                ImGui::SameLine();
                if (ImGui::Button(t("tour.leave").c_str())) player.leave();
            }
        }
        ImGui::PushStyleColor(ImGuiCol_Text, to_imgui(colours.accent));
        mode_text(presenting ? t("present.exit_hint") : t("tour.keys_hint"));
        ImGui::PopStyleColor();
    }
    ImGui::End();
}

void draw_attract_procedure_card(AppRenderer& r, const modes::UiColours& colours) {
    const ModeSession& m = r.modes;
    if (!m.attract_procedure_running) return;
    if (begin_centred_window("###attract_procedure", 34.0f, 0.97f, PanelKeys::modes_no_focus)) {
        mode_heading(colours, m.text("present.autoplay_title"));
        mode_text(m.text("present.autoplay_text"));
        mode_text(m.text("present.attract"));
    }
    ImGui::End();
}

void draw_explore_bar(AppRenderer& r) {
    ModeSession& m = r.modes;
    if ((m.tour_player && m.tour_player->active()) || m.quiz_attempt) return;
    const modes::ModeText& t = m.text;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(viewport->Size.x * 0.5f, viewport->Size.y - 16.0f), ImGuiCond_Always, ImVec2(0.5f, 1.0f));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoTitleBar |
                                   ImGuiWindowFlags_AlwaysAutoResize;
    if (ImGui::Begin("###explore_bar", nullptr, flags)) {
        if (ImGui::Button(t("tour.start").c_str())) enter_mode(m, ModeScreen::explore);
        ImGui::SameLine();
        if (ImGui::Button(t("tour.career").c_str())) m.show_career = true;
        ImGui::SameLine();
        if (!m.quiz.questions.empty() && ImGui::Button(t("tour.quiz").c_str())) m.quiz_attempt.emplace(m.quiz);
        ImGui::SameLine();
        if (ImGui::Button(t("tour.settings").c_str())) m.show_settings = true;
    }
    ImGui::End();
}

}  // namespace perfuse
