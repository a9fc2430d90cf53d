// The alarm banner: shown alarms most urgent first in their priority colour (flashing while not yet
// acknowledged), acknowledge buttons, and the event log with simulated times.
#include <imgui.h>

#include <cmath>

#include "app/console_panels.h"
#include "app/console_style.h"
#include "display.h"

namespace perfuse {

namespace {
constexpr std::size_t kLogLines = 8;

// Text keys "priority_high" ... and "event_raised" ... follow the core's own names for them.
std::string priority_key(AlarmPriority p) { return std::string("priority_") + to_string(p); }
std::string event_key(AlarmEventKind k) { return std::string("event_") + to_string(k); }

// Unacknowledged alarms flash (half a second on, half off, in simulated time so screenshots are fixed).
ImVec4 banner_colour(const AlarmStatus& a, double t_s) {
    ImVec4 c = priority_colour(a.limit.priority);
    if (is_audible(a.state) && std::fmod(t_s, 1.0) >= 0.5) c.w = 0.55f;
    return c;
}

void alarm_line(ConsolePanels& p, LiveModel& live, const AlarmStatus& a, double t_s) {
    ImGui::PushID(a.limit.id.c_str());
    ImGui::PushStyleColor(ImGuiCol_Text, banner_colour(a, t_s));
    ImGui::Text("%s  %s", p.text[priority_key(a.limit.priority)].c_str(), p.text.alarm(a.limit.id).c_str());
    ImGui::PopStyleColor();
    ImGui::SameLine();
    if (is_audible(a.state)) {
        if (ImGui::SmallButton(p.text["acknowledge"].c_str())) acknowledge(live.console().alarms, a.limit.id, t_s);
    } else {
        ImGui::TextDisabled("%s", p.text["acknowledged"].c_str());
    }
    ImGui::PopID();
}

void event_log(ConsolePanels& p, const AlarmEngine& alarms) {
    if (!ImGui::CollapsingHeader(p.text["event_log"].c_str())) return;
    const std::size_t n = alarms.log.size();
    for (std::size_t i = 0; i < std::min(n, kLogLines); ++i) {
        const AlarmEvent& e = alarms.log[n - 1 - i];  // newest first
        ImGui::Text("%s  %s  %s", format_duration(e.t_s).c_str(), p.text.alarm(e.id).c_str(),
                    p.text[event_key(e.kind)].c_str());
    }
}
}  // namespace

void draw_alarm_panel(ConsolePanels& p, LiveModel& live) {
    if (!live.sim()) return;
    if (begin_panel(p.text["alarms_title"], "console_alarms", PanelSlot::top, 22.0f)) {
        const double t = live.sim()->time_s();
        const std::vector<const AlarmStatus*> shown = shown_alarms(live.console().alarms);
        if (shown.empty()) ImGui::TextDisabled("%s", p.text["no_alarms"].c_str());
        for (const AlarmStatus* a : shown) alarm_line(p, live, *a, t);
        if (!shown.empty() && ImGui::Button(p.text["acknowledge_all"].c_str())) live.acknowledge_all_alarms();
        event_log(p, live.console().alarms);
    }
    end_panel();
}

}  // namespace perfuse
