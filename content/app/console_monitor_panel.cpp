// The patient monitor: ECG, arterial pressure and pulse-oximeter traces drawn live from the model's
// rate, MAP and stroke volume (content/console/waveforms.h), and the numbers beside them.
#include <imgui.h>

#include <algorithm>

#include "app/console_panels.h"
#include "app/console_plot.h"
#include "app/console_style.h"
#include "waveforms.h"

namespace perfuse {

namespace {
constexpr double kSweepWindowS = 5.0;  // seconds of trace on screen, like a monitor's sweep
constexpr float kTraceHeightEm = 3.2f;
constexpr ImU32 kEcgColour = IM_COL32(90, 255, 90, 255);
constexpr ImU32 kArterialColour = IM_COL32(255, 80, 80, 255);
constexpr ImU32 kPlethColour = IM_COL32(80, 220, 255, 255);
// Below this pulse pressure on forward pump flow the heart adds nothing: the traces are flat. The note
// says the machine does the heart's work only while it keeps a pressure up (not against a clamp).
constexpr double kFlatPulseMmHg = 1.0;
constexpr double kOnPumpLMin = 0.5;
constexpr double kPerfusedMapMmHg = 40.0;

void number(const ConsolePanels& p, const ConsoleSession& c, const std::string& name) {
    const ReadingLabel& label = p.text.reading(name);
    ImGui::BeginGroup();
    ImGui::TextUnformatted((label.label + " " + label.unit).c_str());
    ImGui::PushStyleColor(ImGuiCol_Text, reading_colour(c.alarms, name));
    ImGui::SetWindowFontScale(1.6f);
    ImGui::TextUnformatted(shown_value(c.readings, name).c_str());
    ImGui::SetWindowFontScale(1.0f);
    ImGui::PopStyleColor();
    ImGui::EndGroup();
}
}  // namespace

void draw_monitor_content(const ConsolePanels& p, const LiveModel& live) {
    if (!live.sim()) {
        ImGui::TextWrapped("%s", p.text["no_model"].c_str());
        return;
    }
    const ConsoleSession& c = live.console();
    const Readings& r = c.readings;
    const double t = live.sim()->time_s();
    const float h = ImGui::GetFontSize() * kTraceHeightEm;
    const double map = r.map_mmHg.value_or(0.0);
    const double pulse = pulse_pressure_mmHg(r);
    plot_waveform(p.text["waveform_ecg"], [&](double s) { return ecg_mv(r, s); }, t, kSweepWindowS, -0.5, 1.5,
                  kEcgColour, h);
    plot_waveform(p.text["waveform_arterial"], [&](double s) { return arterial_mmHg(r, s); }, t, kSweepWindowS,
                  std::max(0.0, map - pulse - 10.0), map + pulse + 10.0, kArterialColour, h);
    plot_waveform(p.text["waveform_pleth"], [&](double s) { return pleth(r, s); }, t, kSweepWindowS, -0.1, 1.1,
                  kPlethColour, h);
    if (pulse < kFlatPulseMmHg && r.pump_flow_l_min.value_or(0.0) > kOnPumpLMin && map >= kPerfusedMapMmHg)
        ImGui::TextWrapped("%s", p.text["flat_on_bypass"].c_str());
    const std::vector<std::string> names = monitor_readings();
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i % 3 != 0) ImGui::SameLine(ImGui::GetFontSize() * 7.5f * float(i % 3) + 8.0f);
        number(p, c, names[i]);
    }
}

void draw_monitor_panel(ConsolePanels& p, LiveModel& live) {
    if (begin_panel(p.text["monitor_title"], "console_monitor", PanelSlot::bottom_left, 24.0f))
        draw_monitor_content(p, live);
    end_panel();
}

}  // namespace perfuse
