// The console's controls (pump, clamps, gas, heater, cardioplegia, hand crank) and the time control.
// Every control writes a settings patch to the model; the readings then show what the model does.
#include <imgui.h>

#include <cstdio>

#include "app/console_panels.h"
#include "app/console_style.h"
#include "display.h"

namespace perfuse {

namespace {
// Control ranges (the console's dials, not limits of safe practice).
constexpr float kMaxCpbFlowLMin = 7.0f, kMaxIlpFlowLMin = 1.5f, kMaxRpm = 5000.0f;
constexpr float kMaxSweepLMin = 10.0f, kMinHeaterC = 15.0f, kMaxHeaterC = 40.0f;
constexpr float kMaxCardioplegiaMlMin = 500.0f, kMaxCrankRpm = 120.0f;

// A slider on one setting; applies a patch only when the user moves it.
bool setting_slider(const std::string& label, float& value, float lo, float hi, const char* format) {
    ImGui::TextUnformatted(label.c_str());
    ImGui::SetNextItemWidth(-1.0f);
    return ImGui::SliderFloat(("##" + label).c_str(), &value, lo, hi, format);
}

void pump_control(ConsolePanels& p, LiveModel& live, ConsoleKind kind) {
    const phys::Settings& s = live.sim()->settings();
    const Readings& now = live.console().readings;
    phys::SettingsPatch patch;
    if (kind == ConsoleKind::ecmo) {
        float rpm = float(s.pump_rpm.value_or(now.pump_rpm.value_or(0.0)));
        if (setting_slider(p.text["pump_rpm_control"], rpm, 0.0f, kMaxRpm, "%.0f")) patch.pump_rpm = rpm;
    } else {  // roller pumps are set by flow; until the trainee sets one the model runs full flow
        float flow = float(s.pump_flow_l_min.value_or(now.pump_flow_l_min.value_or(0.0)));
        const float max = kind == ConsoleKind::ilp ? kMaxIlpFlowLMin : kMaxCpbFlowLMin;
        if (setting_slider(p.text["pump_flow_control"], flow, 0.0f, max, "%.2f")) patch.pump_flow_l_min = flow;
    }
    if (live.sim()->fault_active(phys::Fault::power_loss)) {
        float crank = float(s.hand_crank_rpm);
        if (setting_slider(p.text["hand_crank_control"], crank, 0.0f, kMaxCrankRpm, "%.0f")) patch.hand_crank_rpm = crank;
    }
    if (patch.pump_rpm || patch.pump_flow_l_min || patch.hand_crank_rpm) live.apply(patch);
}

void clamp_controls(ConsolePanels& p, LiveModel& live) {
    const phys::Settings& s = live.sim()->settings();
    bool arterial = s.arterial_clamp, venous = s.venous_clamp;
    phys::SettingsPatch patch;
    if (ImGui::Checkbox(p.text["arterial_clamp"].c_str(), &arterial)) patch.arterial_clamp = arterial;
    if (ImGui::Checkbox(p.text["venous_clamp"].c_str(), &venous)) patch.venous_clamp = venous;
    if (patch.arterial_clamp || patch.venous_clamp) live.apply(patch);
}

void gas_and_heat_controls(ConsolePanels& p, LiveModel& live, ConsoleKind kind) {
    const phys::Settings& s = live.sim()->settings();
    phys::SettingsPatch patch;
    float sweep = float(s.sweep_l_min.value_or(0.0)), fio2 = float(s.fio2.value_or(0.21) * 100.0);
    float heater = float(s.heater_c.value_or(37.0)), cardioplegia = float(s.cardioplegia_ml_min);
    if (setting_slider(p.text["sweep_control"], sweep, 0.0f, kMaxSweepLMin, "%.1f")) patch.sweep_l_min = sweep;
    if (setting_slider(p.text["fio2_control"], fio2, 21.0f, 100.0f, "%.0f")) patch.fio2 = fio2 / 100.0;
    if (setting_slider(p.text["heater_control"], heater, kMinHeaterC, kMaxHeaterC, "%.1f")) patch.heater_c = heater;
    if (kind == ConsoleKind::heart_lung_machine &&
        setting_slider(p.text["cardioplegia_control"], cardioplegia, 0.0f, kMaxCardioplegiaMlMin, "%.0f"))
        patch.cardioplegia_ml_min = cardioplegia;
    if (patch.sweep_l_min || patch.fio2 || patch.heater_c || patch.cardioplegia_ml_min) live.apply(patch);
}
}  // namespace

void draw_machine_controls(ConsolePanels& p, LiveModel& live, ConsoleKind kind) {
    if (!live.sim()) return;
    pump_control(p, live, kind);
    clamp_controls(p, live);
    gas_and_heat_controls(p, live, kind);
}

void draw_time_controls(ConsolePanels& p, LiveModel& live) {
    TimeControl& tc = live.time();
    const double t = live.sim() ? live.sim()->time_s() : 0.0;
    ImGui::Text("%s %s", p.text["model_time"].c_str(), format_duration(t).c_str());
    ImGui::SameLine();
    if (ImGui::RadioButton(p.text["pause"].c_str(), tc.speed == 0.0)) set_speed(tc, 0.0);
    for (const double speed : {1.0, 2.0, 10.0}) {
        char label[24];
        std::snprintf(label, sizeof label, "%gx", speed);
        ImGui::SameLine();
        if (ImGui::RadioButton(label, tc.speed == speed)) set_speed(tc, speed);
    }
}

}  // namespace perfuse
