// The machine's own console: the heart-lung machine, ECMO or ILP console for the running circuit,
// readings in groups (each with "why did this change?"), then the controls.
#include <imgui.h>

#include "app/console_panels.h"
#include "app/console_style.h"
#include "console_layout.h"

namespace perfuse {

namespace {
const char* title_key(ConsoleKind k) {
    switch (k) {
        case ConsoleKind::ecmo: return "ecmo_title";
        case ConsoleKind::ilp: return "ilp_title";
        default: return "hlm_title";
    }
}

void reading_row(ConsolePanels& p, const LiveModel& live, const std::string& name) {
    const ConsoleSession& c = live.console();
    const ReadingLabel& label = p.text.reading(name);
    ImGui::TextUnformatted(label.label.c_str());
    ImGui::SameLine(ImGui::GetFontSize() * 12.5f);
    ImGui::PushStyleColor(ImGuiCol_Text, reading_colour(c.alarms, name));
    ImGui::TextUnformatted(shown_value(c.readings, name).c_str());
    ImGui::PopStyleColor();
    ImGui::SameLine(ImGui::GetFontSize() * 16.0f);
    ImGui::TextUnformatted(label.unit.c_str());
    ImGui::SameLine(ImGui::GetFontSize() * 20.5f);
    ImGui::PushID(name.c_str());
    if (ImGui::SmallButton(p.text["why_button"].c_str())) p.why_reading = p.why_reading == name ? "" : name;
    ImGui::PopID();
    if (p.why_reading != name || !live.sim()) return;
    const std::optional<std::string> cause = cause_of(live.causes(), name, *live.sim(), c.readings);
    ImGui::PushStyleColor(ImGuiCol_Text, kWhyColour);
    ImGui::TextWrapped("%s", cause ? cause->c_str() : p.text["why_none"].c_str());
    ImGui::PopStyleColor();
}
}  // namespace

void draw_machine_panel(ConsolePanels& p, LiveModel& live) {
    const ConsoleKind kind = live.sim() ? console_kind(live.sim()->type()) : ConsoleKind::none;
    if (begin_panel(p.text[title_key(kind)], "console_machine", PanelSlot::right, 24.0f)) {
        draw_time_controls(p, live);
        if (kind == ConsoleKind::none) {
            ImGui::TextWrapped("%s", p.text["no_model"].c_str());
        } else {
            if (live.using_external()) ImGui::TextWrapped("%s", p.text["external_model"].c_str());
            if (ImGui::BeginTabBar("console_tabs")) {
                if (ImGui::BeginTabItem(p.text["readings_tab"].c_str())) {
                    for (const ConsoleGroup& group : console_groups(kind)) {
                        heading(p.text[group.title]);
                        for (const std::string& name : group.readings) reading_row(p, live, name);
                    }
                    ImGui::EndTabItem();
                }
                if (ImGui::BeginTabItem(p.text["controls"].c_str())) {
                    draw_machine_controls(p, live, kind);
                    ImGui::EndTabItem();
                }
                if (ImGui::BeginTabItem(p.text["shortcuts"].c_str())) {
                    for (const std::string& line : p.text.shortcuts) ImGui::TextWrapped("%s", line.c_str());
                    ImGui::EndTabItem();
                }
                ImGui::EndTabBar();
            }
        }
    }
    end_panel();
}

}  // namespace perfuse
