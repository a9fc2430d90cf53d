#include "app/app_renderer.h"
#include "app/mode_panels.h"
#include "app/mode_widgets.h"

namespace perfuse {

namespace {
void feedback(const modes::ModeText& t, modes::QuizAttempt& quiz, const modes::UiColours& colours) {
    const bool right = quiz.chosen_right();
    ImGui::PushStyleColor(ImGuiCol_Text, to_imgui(right ? colours.good : colours.danger));
    ImGui::TextUnformatted((right ? quiz.quiz().right_label : quiz.quiz().wrong_label).c_str());
    ImGui::PopStyleColor();
    mode_text(quiz.question().explanation);
    if (ImGui::Button(t(quiz.index() + 1 == quiz.quiz().questions.size() ? "quiz.see_result" : "quiz.next").c_str()))
        quiz.next();
}

void question(const modes::ModeText& t, modes::QuizAttempt& quiz, const modes::UiColours& colours) {
    const modes::QuizQuestion& q = quiz.question();
    ImGui::Text("%zu / %zu", quiz.index() + 1, quiz.quiz().questions.size());
    mode_heading(colours, q.prompt);
    for (std::size_t i = 0; i < q.choices.size(); ++i) {
        const bool picked = quiz.chosen() == i;
        const bool show_right = quiz.answered() && i == q.answer;
        if (picked || show_right) ImGui::PushStyleColor(ImGuiCol_Button, to_imgui(show_right ? colours.good : colours.danger));
        const std::string label = std::to_string(i + 1) + "   " + q.choices[i];
        if (ImGui::Button(label.c_str(), ImVec2(-1.0f, 0.0f))) quiz.choose(i);
        if (picked || show_right) ImGui::PopStyleColor();
    }
    if (quiz.answered()) feedback(t, quiz, colours);
    ImGui::PushStyleColor(ImGuiCol_Text, to_imgui(colours.accent));
    mode_text(t("quiz.keys_hint"));
    ImGui::PopStyleColor();
}

void result(const modes::ModeText& t, ModeSession& m, const modes::UiColours& colours) {
    const modes::QuizAttempt& quiz = *m.quiz_attempt;
    const int total = int(quiz.quiz().questions.size());
    mode_heading(colours, t.format("quiz.score", {std::to_string(quiz.correct()), std::to_string(total)}));
    mode_text(quiz.quiz().result_text(quiz.correct()));
    if (ImGui::Button(t("quiz.again").c_str())) {
        m.quiz_attempt.emplace(m.quiz);
        return;
    }
    ImGui::SameLine();
    if (ImGui::Button(t("tour.career").c_str())) {
        m.quiz_attempt.reset();
        m.show_career = true;
        return;
    }
    ImGui::SameLine();
    if (ImGui::Button(t("quiz.close").c_str())) m.quiz_attempt.reset();
}
}  // namespace

void draw_quiz_panel(AppRenderer& r, const modes::UiColours& colours) {
    ModeSession& m = r.modes;
    if (!m.quiz_attempt) return;
    const modes::ModeText& t = m.text;
    if (begin_centred_window((m.quiz.title + "###quiz").c_str(), 28.0f, 0.5f, PanelKeys::modes)) {
        if (m.quiz_attempt->index() == 0 && !m.quiz_attempt->answered()) mode_text(m.quiz.intro);
        if (m.quiz_attempt->finished()) result(t, m, colours);
        else question(t, *m.quiz_attempt, colours);
    }
    ImGui::End();
}

}  // namespace perfuse
