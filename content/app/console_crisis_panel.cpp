// Crisis practice: pick a crisis, start it on the live model, see what to look for once it begins,
// respond with the console (or have the right response or the common mistake played), then the
// assessment of the safe values and the debrief with the trends around the moment it happened.
#include <imgui.h>

#include <algorithm>

#include "app/console_panels.h"
#include "app/console_style.h"
#include "display.h"

namespace perfuse {

namespace {
constexpr float kDebriefPlotEm = 3.5f;

void bullets(const std::vector<std::string>& lines) {
    for (const std::string& line : lines) {
        ImGui::Bullet();
        ImGui::TextWrapped("%s", line.c_str());
    }
}

void picker(ConsolePanels& p, LiveModel& live) {
    if (p.crises.empty()) return;
    p.crisis_index = std::clamp(p.crisis_index, 0, int(p.crises.size()) - 1);
    ImGui::SetNextItemWidth(-1.0f);
    if (ImGui::BeginCombo("##crisis", p.crises[std::size_t(p.crisis_index)].title.c_str())) {
        for (int i = 0; i < int(p.crises.size()); ++i)
            if (ImGui::Selectable(p.crises[std::size_t(i)].title.c_str(), i == p.crisis_index)) p.crisis_index = i;
        ImGui::EndCombo();
    }
    if (ImGui::Button(p.text["crisis_start"].c_str())) {
        const std::string error = live.start_crisis(p.crises[std::size_t(p.crisis_index)]);
        if (!error.empty()) p.load_error += error + "\n";
    }
}

void assessment(const ConsolePanels& p, const CrisisPlayer& c) {
    ImGui::PushStyleColor(ImGuiCol_Text, c.safe ? kNormalValue : priority_colour(AlarmPriority::high));
    ImGui::TextWrapped("%s", p.text[c.safe ? "result_safe" : "result_unsafe"].c_str());
    ImGui::PopStyleColor();
    for (const CriterionResult& r : c.criteria) {
        if (r.met) continue;
        const ReadingLabel& label = p.text.reading(r.criterion.reading);
        const DisplayFormat f = display_format(r.criterion.reading);
        ImGui::BulletText("%s: %s %s", label.label.c_str(), format_value(r.value, f).c_str(), label.unit.c_str());
    }
}

void debrief(const ConsolePanels& p, const LiveModel& live, const CrisisPlayer& c) {
    heading(p.text["debrief"]);
    ImGui::TextWrapped("%s", c.crisis.debrief.c_str());
    heading(p.text["right_response"]);
    bullets(c.crisis.response_steps);
    if (ImGui::CollapsingHeader(p.text["debrief_alarms"].c_str())) {
        for (const AlarmEvent& e : debrief_alarm_events(c.crisis, live.console().alarms, c.crisis.onset_s))
            ImGui::BulletText("%s  %s  %s", format_duration(e.t_s).c_str(), p.text.alarm(e.id).c_str(),
                              p.text[std::string("event_") + to_string(e.kind)].c_str());
    }
    const float h = ImGui::GetFontSize() * kDebriefPlotEm;
    for (const DebriefWindow& w : debrief_windows(c.crisis, live.console().trends, c.crisis.onset_s))
        plot_reading(p, live.console().trends, w.reading, w.t0_s, w.t1_s, h);
}

void running(ConsolePanels& p, LiveModel& live, const CrisisPlayer& c) {
    ImGui::TextWrapped("%s", c.crisis.title.c_str());
    const double t = live.sim() ? live.sim()->time_s() : 0.0;
    if (t < c.crisis.onset_s) {
        ImGui::Text("%s %.0f", p.text["crisis_onset_in"].c_str(), c.crisis.onset_s - t);
    } else {
        ImGui::TextWrapped("%s", p.text["crisis_running"].c_str());
        heading(p.text["look_for"]);
        bullets(c.crisis.look_for);
    }
    if (!c.played && !c.assessed) {
        if (ImGui::Button(p.text["play_right"].c_str())) live.play_crisis_response(CrisisResponse::correct);
        if (ImGui::Button(p.text["play_wrong"].c_str())) live.play_crisis_response(CrisisResponse::wrong);
    }
    if (c.played == CrisisResponse::wrong) ImGui::TextWrapped("%s", c.crisis.wrong_response_text.c_str());
    if (!c.assessed) {
        ImGui::Text("%s %s", p.text["assessment_due"].c_str(),
                    format_duration(c.crisis.onset_s + c.crisis.assess_after_s).c_str());
    } else {
        assessment(p, c);
        debrief(p, live, c);
    }
    if (ImGui::Button(p.text["crisis_end"].c_str())) live.end_crisis();
}
}  // namespace

void draw_crisis_panel(ConsolePanels& p, LiveModel& live) {
    if (begin_panel(p.text["crisis_title"], "console_crisis", PanelSlot::centre, 26.0f)) {
        if (const CrisisPlayer* c = live.crisis())
            running(p, live, *c);
        else
            picker(p, live);
        if (!p.load_error.empty()) {
            ImGui::TextDisabled("%s", p.text["crises_error"].c_str());
            ImGui::TextWrapped("%s", p.load_error.c_str());
        }
    }
    end_panel();
}

}  // namespace perfuse
