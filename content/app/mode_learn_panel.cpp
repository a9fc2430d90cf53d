#include "app/app_renderer.h"
#include "app/mode_learn.h"
#include "app/mode_panels.h"
#include "app/mode_widgets.h"

namespace perfuse {

namespace {
// A row of radio buttons over OPTIONS; returns true when the choice changed.
bool choose_one(const std::string& label, const std::vector<modes::ChoiceOption>& options, std::string& id,
                const std::vector<std::string>* allowed = nullptr) {
    bool changed = false;
    ImGui::TextUnformatted(label.c_str());
    ImGui::PushID(label.c_str());
    for (const modes::ChoiceOption& option : options) {
        const bool offered = !allowed || std::find(allowed->begin(), allowed->end(), option.id) != allowed->end();
        ImGui::SameLine();
        ImGui::BeginDisabled(!offered);
        if (ImGui::RadioButton(option.name.c_str(), id == option.id)) {
            id = option.id;
            changed = true;
        }
        ImGui::EndDisabled();
    }
    ImGui::PopID();
    return changed;
}

void procedure_choice(ModeSession& m) {
    const modes::ModeText& t = m.text;
    ImGui::TextUnformatted(t("learn.procedure").c_str());
    for (const modes::ProcedureOption& p : m.learn_options.procedures) {
        if (ImGui::RadioButton(p.option.name.c_str(), m.learn_choice.procedure == p.option.id)) {
            m.learn_choice.procedure = p.option.id;
            modes::fit_age_to_procedure(m.learn_options, m.learn_choice);
        }
        ImGui::SameLine();
        ImGui::TextWrapped("%s", p.option.text.c_str());
    }
}

void report_folder_field(ModeSession& m) {
    char folder[512] = {};
    m.report_folder_text.copy(folder, sizeof folder - 1);
    if (ImGui::InputText(m.text("learn.report_folder").c_str(), folder, sizeof folder)) m.report_folder_text = folder;
}

void progress_lines(const ModeSession& m) {
    const modes::ModeText& t = m.text;
    const auto it = m.progress.procedures.find(m.learn_choice.procedure);
    if (it == m.progress.procedures.end()) {
        mode_text(t("learn.never"));
        return;
    }
    const modes::ProcedureProgress& p = it->second;
    mode_text(t.format("learn.attempts", {std::to_string(p.attempts), std::to_string(p.completions)}));
    if (p.best_score_percent >= 0) mode_text(t.format("learn.best_score", {std::to_string(p.best_score_percent)}));
    if (p.steps_total > 0)
        mode_text(t.format("learn.last_step", {std::to_string(p.last_step_reached), std::to_string(p.steps_total)}));
}

// While a run goes on, only a small bar: what was started, and the way back to the choices.
void draw_running_bar(AppRenderer& r) {
    ModeSession& m = r.modes;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(viewport->Size.x * 0.5f, viewport->Size.y - 16.0f), ImGuiCond_Always, ImVec2(0.5f, 1.0f));
    ImGui::SetNextWindowSize(ImVec2(std::min(ImGui::GetFontSize() * 34.0f, viewport->Size.x - 32.0f), 0.0f));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoTitleBar;
    if (ImGui::Begin("###learn_running", nullptr, flags | ImGuiWindowFlags_AlwaysAutoResize)) {
        mode_text(m.learn_status);
        if (ImGui::Button(m.text("learn.finish").c_str())) finish_learning(r);
    }
    ImGui::End();
}
}  // namespace

void draw_learn_panel(AppRenderer& r, const modes::UiColours& colours) {
    ModeSession& m = r.modes;
    const modes::ModeText& t = m.text;
    if (m.learn_running) return draw_running_bar(r);
    if (begin_centred_window((t("learn.title") + "###learn").c_str(), 34.0f)) {
        procedure_choice(m);
        ImGui::Spacing();
        choose_one(t("learn.style"), m.learn_options.styles, m.learn_choice.style);
        if (const auto* style = modes::find_option(m.learn_options.styles, m.learn_choice.style)) mode_text(style->text);
        ImGui::Spacing();
        mode_heading(colours, t("learn.patient"));
        const modes::ProcedureOption* procedure = modes::find_procedure(m.learn_options, m.learn_choice.procedure);
        choose_one(t("learn.age"), m.learn_options.ages, m.learn_choice.age, procedure ? &procedure->ages : nullptr);
        choose_one(t("learn.heart"), m.learn_options.hearts, m.learn_choice.heart);
        choose_one(t("learn.lungs"), m.learn_options.lungs, m.learn_choice.lungs);
        ImGui::Spacing();
        mode_heading(colours, t("learn.progress"));
        progress_lines(m);
        if (m.learn_choice.style == "assess") report_folder_field(m);
        ImGui::Spacing();
        if (ImGui::Button(t("learn.start").c_str())) start_learning(r);
        ImGui::SameLine();
        if (ImGui::Button(t("learn.back").c_str())) m.screen = ModeScreen::start;
        if (!m.learn_status.empty()) mode_text(m.learn_status);
    }
    ImGui::End();
}

}  // namespace perfuse
