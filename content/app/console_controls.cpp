// The console's controls (pump, clamps, gas, heater, cardioplegia, hand crank) and the time control.
// Every control writes a settings patch to the model; the readings then show what the model does.
#include <imgui.h>

#include <cstdio>
#include <optional>

#include "app/console_panels.h"
#include "app/console_style.h"
#include "display.h"

namespace perfuse {

namespace {
// Control ranges (the console's dials, not limits of safe practice).
constexpr float kMaxCpbFlowLMin = 7.0f, kMaxIlpFlowLMin = 1.5f, kMaxRpm = 5000.0f;
constexpr float kMaxSweepLMin = 10.0f, kMinHeaterC = 15.0f, kMaxHeaterC = 40.0f;
constexpr float kMaxCardioplegiaMlMin = 500.0f, kMaxCrankRpm = 120.0f;

// What the sliders did this frame: a patch of the settings moved, and whether one was let go (a
// running procedure then gets its value once; while dragged only the model follows).
struct SliderEdits {
    phys::SettingsPatch patch;
    bool changed = false;
    bool let_go = false;
    void apply_to(LiveModel& live) const {
        if (changed) live.apply(patch, let_go ? LiveModel::ControlEdit::done : LiveModel::ControlEdit::dragging);
    }
};

// A slider on one setting; puts VALUE in TARGET while it is moved and when it is let go after a change.
void setting_slider(SliderEdits& edits, std::optional<double>& target, const std::string& label, float value, float lo,
                    float hi, const char* format) {
    ImGui::TextUnformatted(label.c_str());
    ImGui::SetNextItemWidth(-1.0f);
    const bool moved = ImGui::SliderFloat(("##" + label).c_str(), &value, lo, hi, format);
    const bool let_go = ImGui::IsItemDeactivatedAfterEdit();
    if (!moved && !let_go) return;
    target = value;
    edits.changed = true;
    edits.let_go = edits.let_go || let_go;
}

void pump_control(ConsolePanels& p, LiveModel& live, ConsoleKind kind) {
    const phys::Settings& s = live.sim()->settings();
    const Readings& now = live.console().readings;
    SliderEdits edits;
    if (kind == ConsoleKind::ecmo) {
        const float rpm = float(s.pump_rpm.value_or(now.pump_rpm.value_or(0.0)));
        setting_slider(edits, edits.patch.pump_rpm, p.text["pump_rpm_control"], rpm, 0.0f, kMaxRpm, "%.0f");
    } else {  // roller pumps are set by flow; until the trainee sets one the model runs full flow
        const float flow = float(s.pump_flow_l_min.value_or(now.pump_flow_l_min.value_or(0.0)));
        const float max = kind == ConsoleKind::ilp ? kMaxIlpFlowLMin : kMaxCpbFlowLMin;
        setting_slider(edits, edits.patch.pump_flow_l_min, p.text["pump_flow_control"], flow, 0.0f, max, "%.2f");
    }
    if (live.sim()->fault_active(phys::Fault::power_loss)) {
        setting_slider(edits, edits.patch.hand_crank_rpm, p.text["hand_crank_control"], float(s.hand_crank_rpm), 0.0f,
                       kMaxCrankRpm, "%.0f");
    }
    edits.apply_to(live);
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
    SliderEdits edits;
    phys::SettingsPatch& patch = edits.patch;
    setting_slider(edits, patch.sweep_l_min, p.text["sweep_control"], float(s.sweep_l_min.value_or(0.0)), 0.0f,
                   kMaxSweepLMin, "%.1f");
    std::optional<double> fio2_percent;
    setting_slider(edits, fio2_percent, p.text["fio2_control"], float(s.fio2.value_or(0.21) * 100.0), 21.0f, 100.0f, "%.0f");
    if (fio2_percent) patch.fio2 = *fio2_percent / 100.0;
    setting_slider(edits, patch.heater_c, p.text["heater_control"], float(s.heater_c.value_or(37.0)), kMinHeaterC,
                   kMaxHeaterC, "%.1f");
    if (kind == ConsoleKind::heart_lung_machine)
        setting_slider(edits, patch.cardioplegia_ml_min, p.text["cardioplegia_control"], float(s.cardioplegia_ml_min),
                       0.0f, kMaxCardioplegiaMlMin, "%.0f");
    edits.apply_to(live);
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
